"""The review report for budget sign-off (HTML or Markdown) and the gate's verdict.

The page a finance reviewer reads: verdict, alignment table, goal tree, budget by
goal, department and initiative against the plan budget, budget share against
contribution share, a timeline with quarters and seasonal peaks, and the findings
grouped by goal with their fixes. Self-contained: inline CSS and SVG only.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from planlint.api.finding import Finding
from planlint.driver.files import InputError
from planlint.facts.budget import department_of, goal_weight, proposed_cuts
from planlint.facts.progress import progress
from planlint.facts.values import shown
from planlint.i18n.numbers import money, num
from planlint.model import Goal, Initiative, Plan

LABELS = {
    "zh": {
        "title": "计划评审报告", "ready": "可以提交预算签批", "blocked": "暂不能签批", "errors": "错误",
        "warnings": "警告", "infos": "提示", "alignment": "目标对齐表", "company": "公司目标", "bu": "业务单元目标",
        "sub": "营销子目标", "strategy": "策略", "initiative": "举措", "owner": "负责人", "deadline": "截止",
        "budget": "预算", "metric": "指标", "baseline": "基准", "target": "目标值", "tree": "目标树",
        "budget_title": "预算", "by_goal": "按目标", "by_dept": "按部门", "by_initiative": "按举措",
        "plan_budget": "计划预算", "share": "预算占比 vs 贡献占比", "budget_share": "预算占比",
        "contribution_share": "贡献占比", "timeline": "时间线", "findings": "问题与修改建议", "fix": "建议",
        "none": "没有问题", "period": "周期", "generated": "生成于", "plan_level": "计划整体", "total": "合计",
        "balance": "预算平衡", "over": "超支", "left": "结余", "peaks": "大促节点",
        "allocation": "按贡献度的预算分配建议", "asked": "申请", "proposed": "建议", "progress": "进度", "as_of": "截至",
        "expected": "计划应达", "actual": "实际", "status": "状态",
    },
    "en": {
        "title": "Plan review", "ready": "Ready for budget sign-off", "blocked": "Blocked", "errors": "errors",
        "warnings": "warnings", "infos": "info", "alignment": "Alignment", "company": "Company goal", "bu": "BU goal",
        "sub": "Marketing sub-goal", "strategy": "Strategy", "initiative": "Initiative", "owner": "Owner",
        "deadline": "Deadline", "budget": "Budget", "metric": "Metric", "baseline": "Baseline", "target": "Target",
        "tree": "Goal tree", "budget_title": "Budget", "by_goal": "By goal", "by_dept": "By department",
        "by_initiative": "By initiative", "plan_budget": "Plan budget", "share": "Budget share vs contribution share",
        "budget_share": "budget share", "contribution_share": "contribution share", "timeline": "Timeline",
        "findings": "Findings and fixes", "fix": "fix", "none": "No findings", "period": "Period",
        "generated": "Generated", "plan_level": "Plan-wide", "total": "Total", "balance": "Budget balance",
        "over": "over", "left": "left", "peaks": "Seasonal peaks", "allocation": "Proposed allocation by contribution",
        "asked": "asked", "proposed": "proposed", "progress": "Progress", "as_of": "as of", "expected": "expected",
        "actual": "actual", "status": "status",
    },
}
PEAKS = [((6, 18), "618"), ((11, 11), "双11")]


@dataclass
class Row:
    company: str = ""
    bu: str = ""
    sub: str = ""
    strategy: str = ""
    initiative: str = ""
    owner: str = ""
    deadline: str = ""
    budget: str = ""
    metric: str = ""
    baseline: str = ""
    target: str = ""


@dataclass
class Report:
    plan: Plan
    findings: list[Finding]
    lang: str
    labels: dict[str, str]
    counts: dict[str, int]
    ready: bool
    rows: list[Row] = field(default_factory=list)
    tree: list[tuple[int, Goal]] = field(default_factory=list)
    by_goal: list[tuple[str, float]] = field(default_factory=list)
    by_dept: list[tuple[str, float]] = field(default_factory=list)
    by_initiative: list[tuple[str, float]] = field(default_factory=list)
    shares: list[tuple[str, float, float]] = field(default_factory=list)
    groups: list[tuple[str, list[Finding]]] = field(default_factory=list)
    plan_budget: float | None = None
    spent: float = 0.0
    currency: str = "CNY"
    allocation: list[tuple[str, float, float]] = field(default_factory=list)  # id, asked, proposed
    progress: list = field(default_factory=list)

    def money(self, value: float | None) -> str:
        return "-" if value is None else money(value, self.currency, self.lang)

    def show(self, goal: Goal, value: float) -> str:
        """A goal's number the way its plan writes it (650万元, 45%)."""
        return shown(goal, value).render("zh-Hans" if self.lang == "zh" else "en")

    def rag(self, status: str) -> str:
        return {"red": "红", "amber": "黄", "green": "绿"}[status] if self.lang == "zh" else status


def blocking(findings: list[Finding], strict: bool = False) -> list[Finding]:
    """What stops sign-off: errors (and warnings when strict), and any budget overrun."""
    levels = ("error", "warning") if strict else ("error",)
    return [f for f in findings if f.severity in levels or f.code == "RS001"]


def build_report(plan: Plan, findings: list[Finding], lang: str | None = None, strict: bool = False,
                 linter=None) -> Report:
    lang = lang or plan.lang
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    rep = Report(plan=plan, findings=findings, lang=lang, labels=LABELS[lang], counts=counts,
                 ready=not blocking(findings, strict))
    rep.currency = plan.meta.budget.unit if plan.meta and plan.meta.budget and plan.meta.budget.unit in ("CNY", "USD") \
        else (plan.meta.currency if plan.meta else "CNY")
    rep.plan_budget = plan.meta.budget.value if plan.meta and plan.meta.budget else None
    rep.rows = _rows(plan, rep)
    rep.tree = _tree(plan)
    _budgets(plan, rep)
    rep.groups = _groups(plan, findings, rep.labels)
    if rep.plan_budget is not None and rep.spent > rep.plan_budget:
        asked = [(i, i.budget.value) for i in plan.initiatives if i.budget is not None and i.budget.unit in (None, rep.currency)]
        cuts = {id(i): new for i, _, new in proposed_cuts(plan, asked, rep.spent - rep.plan_budget)}
        rep.allocation = [(i.id or "?", old, cuts.get(id(i), old)) for i, old in asked]
    if linter is not None:
        rep.progress = progress_rows(plan, linter)
    return rep


def _level_of(goal: Goal) -> str:
    if goal.level == "company":
        return "company"
    if goal.level == "bu":
        return "bu"
    return "sub"


def _fmt_q(goal: Goal, rep: Report) -> tuple[str, str, str]:
    metric = goal.metric.name + (f" ({goal.metric.unit_text})" if goal.metric and goal.metric.unit_text else "") \
        if goal.metric else ""
    baseline = goal.baseline.text if goal.baseline else ""
    target = goal.target.text if goal.target else ""
    return metric, baseline, target


def _rows(plan: Plan, rep: Report) -> list[Row]:
    idx = plan.index
    rows: list[Row] = []
    for goal in plan.goals:
        if goal.id in idx.children and goal.id not in idx.supporters:
            continue  # a row per goal that is worked on or is a leaf, with its chain above it
        chain = list(reversed([goal, *idx.ancestors(goal)]))
        row = Row()
        subs = []
        for g in chain:
            label = f"{g.id} {g.title or ''}".strip()
            slot = _level_of(g) if g is not goal or goal.level in ("company", "bu") else "sub"
            if slot == "company" and not row.company:
                row.company = label
            elif slot == "bu" and not row.bu:
                row.bu = label
            elif g is goal or slot == "sub":
                subs.append(label if g is goal else (g.id or ""))
        row.sub = " → ".join(subs)
        row.metric, row.baseline, row.target = _fmt_q(goal, rep)
        row.deadline = goal.deadline.end.isoformat() if goal.deadline else ""
        supporters = idx.supporters.get(goal.id or "", [])
        if not supporters:
            row.owner = goal.owner.value if goal.owner else ""
            rows.append(row)
            continue
        for ini in supporters:
            r = Row(**row.__dict__)
            r.strategy = ini.strategy.value if ini.strategy else ""
            r.initiative = f"{ini.id} {ini.title or ''}".strip()
            r.owner = ini.owner.value if ini.owner else ""
            r.budget = rep.money(ini.budget.value) if ini.budget else ""
            rows.append(r)
    return rows


def _tree(plan: Plan) -> list[tuple[int, Goal]]:
    idx = plan.index
    out: list[tuple[int, Goal]] = []
    seen: set[int] = set()

    def walk(goal: Goal, depth: int) -> None:
        if id(goal) in seen:
            return
        seen.add(id(goal))
        out.append((depth, goal))
        for child in idx.children.get(goal.id or "", []):
            walk(child, depth + 1)

    for goal in plan.goals:
        if goal.parent is None or goal.parent.value not in idx.goals:
            walk(goal, 0)
    for goal in plan.goals:  # goals caught in a parent cycle
        walk(goal, 0)
    return out


def _share(ini: Initiative, plan: Plan) -> list[Goal]:
    return [plan.index.goals[r.value] for r in ini.supports if r.value in plan.index.goals]


def _budgets(plan: Plan, rep: Report) -> None:
    per_goal: dict[str, float] = {}
    per_dept: dict[str, float] = {}
    for ini in plan.initiatives:
        if ini.budget is None or ini.budget.unit not in (None, rep.currency):
            continue
        amount = ini.budget.value
        rep.spent += amount
        rep.by_initiative.append((ini.id or "?", amount))
        goals = _share(ini, plan)
        for g in goals:
            per_goal[g.id or "?"] = per_goal.get(g.id or "?", 0.0) + amount / len(goals)
        dept = department_of(plan, ini) or "-"
        per_dept[dept] = per_dept.get(dept, 0.0) + amount
    rep.by_goal = sorted(per_goal.items(), key=lambda x: -x[1])
    rep.by_dept = sorted(per_dept.items(), key=lambda x: -x[1])
    weights = {gid: goal_weight(plan, plan.index.goals[gid]) for gid in per_goal}
    total_w = sum(weights.values()) or 1.0
    total_b = sum(per_goal.values()) or 1.0
    rep.shares = [(gid, per_goal[gid] / total_b, weights[gid] / total_w) for gid, _ in rep.by_goal]


def _groups(plan: Plan, findings: list[Finding], labels: dict[str, str]) -> list[tuple[str, list[Finding]]]:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        owner = plan.index.block_at(f.line)
        kind = {"team": "团队", "goal": "目标", "initiative": "举措"} if labels is LABELS["zh"] else {}
        name = (f"{kind.get(owner.kind, owner.kind)} {owner.label}" if owner is not None and owner.kind != "plan"
                else labels["plan_level"])
        groups.setdefault(name, []).append(f)
    return list(groups.items())


# ------------------------------------------------------------------ SVG charts
def bar_chart(items: list[tuple[str, float]], rep: Report, limit: float | None = None, width: int = 640) -> Markup:
    """Horizontal bars, with a red line at ``limit`` (the budget) when given."""
    if not items:
        return Markup("")
    row, left, right = 22, 150, 110
    top = max([v for _, v in items] + [limit or 0]) or 1.0
    scale = (width - left - right) / top
    height = row * len(items) + 24
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    for i, (name, value) in enumerate(items):
        y = 6 + i * row
        over = limit is not None and value > limit
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(_short(name))}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(1, value * scale):.1f}" height="{row - 6}" '
                     f'class="{"bar over" if over else "bar"}"/>')
        parts.append(f'<text x="{left + value * scale + 4:.1f}" y="{y + 13}">{escape(rep.money(value))}</text>')
    if limit is not None:
        x = left + limit * scale
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 14}" class="limit"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 2}" text-anchor="middle" class="limit-label">'
                     f'{escape(rep.labels["plan_budget"])} {escape(rep.money(limit))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def share_chart(rep: Report, width: int = 640) -> Markup:
    """Per goal: budget share (dark) against contribution share (light)."""
    if not rep.shares:
        return Markup("")
    row, left = 30, 150
    span = width - left - 60
    height = row * len(rep.shares) + 30
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">',
             f'<rect x="{left}" y="2" width="10" height="10" class="bar"/><text x="{left + 14}" y="11">'
             f'{escape(rep.labels["budget_share"])}</text>',
             f'<rect x="{left + 160}" y="2" width="10" height="10" class="bar contrib"/><text x="{left + 174}" y="11">'
             f'{escape(rep.labels["contribution_share"])}</text>']
    for i, (gid, b, c) in enumerate(rep.shares):
        y = 20 + i * row
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(_short(gid))}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(1, b * span):.1f}" height="11" class="bar"/>')
        parts.append(f'<rect x="{left}" y="{y + 12}" width="{max(1, c * span):.1f}" height="11" class="bar contrib"/>')
        parts.append(f'<text x="{left + max(b, c) * span + 4:.1f}" y="{y + 16}">{b:.0%} / {c:.0%}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline(rep: Report, width: int = 640) -> Markup:
    """Initiative windows over the plan period, with quarter bands and the 618 / Double 11 peaks."""
    plan = rep.plan
    wins = [(i.id or "?", i.window) for i in plan.initiatives if i.window is not None]
    period = plan.meta.period if plan.meta and plan.meta.period else None
    if not wins and period is None:
        return Markup("")
    start = period.start if period else min(w.start for _, w in wins)
    end = period.end if period else max(w.end for _, w in wins)
    start = min([start, *[w.start for _, w in wins]])
    end = max([end, *[w.end for _, w in wins]])
    days = max(1, (end - start).days + 1)
    left, row = 150, 20
    span = width - left - 10
    height = 30 + row * len(wins) + 10

    def x(d: dt.date) -> float:
        return left + (d - start).days / days * span

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    q = dt.date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
    band = 0
    while q <= end:
        nq = dt.date(q.year + (q.month + 3 > 12), (q.month + 2) % 12 + 1, 1)
        a, b = max(q, start), min(nq - dt.timedelta(days=1), end)
        parts.append(f'<rect x="{x(a):.1f}" y="0" width="{max(0.0, x(b) - x(a)):.1f}" height="{height}" '
                     f'class="{"band" if band % 2 == 0 else "band alt"}"/>')
        parts.append(f'<text x="{x(a) + 3:.1f}" y="12" class="small">{q.year} Q{(q.month - 1) // 3 + 1}</text>')
        q, band = nq, band + 1
    for year in range(start.year, end.year + 1):
        for (m, d), name in PEAKS:
            day = dt.date(year, m, d)
            if start <= day <= end:
                parts.append(f'<line x1="{x(day):.1f}" y1="14" x2="{x(day):.1f}" y2="{height}" class="peak"/>')
                parts.append(f'<text x="{x(day) + 2:.1f}" y="24" class="peak-label">{escape(name)}</text>')
    if period is not None:
        parts.append(f'<line x1="{x(period.end + dt.timedelta(days=1)):.1f}" y1="0" '
                     f'x2="{x(period.end + dt.timedelta(days=1)):.1f}" y2="{height}" class="limit"/>')
    for i, (name, w) in enumerate(wins):
        y = 30 + i * row
        outside = period is not None and (w.start < period.start or w.end > period.end)
        parts.append(f'<text x="{left - 6}" y="{y + 12}" text-anchor="end">{escape(_short(name))}</text>')
        parts.append(f'<rect x="{x(w.start):.1f}" y="{y}" width="{max(2.0, x(w.end + dt.timedelta(days=1)) - x(w.start)):.1f}" '
                     f'height="{row - 6}" class="{"bar over" if outside else "bar"}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ------------------------------------------------------------------- rendering
def _env() -> Environment:
    env = Environment(loader=PackageLoader("planlint.output", "templates"),
                      autoescape=select_autoescape(["html", "j2", "htm"], default_for_string=True, default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(bar_chart=bar_chart, share_chart=share_chart, timeline=timeline, num=num)
    return env


def render(rep: Report, fmt: str) -> str:
    name = "report.html.j2" if fmt == "html" else "report.md.j2"
    env = _env()
    if fmt == "md":
        env.autoescape = False  # Markdown is text; cells are escaped by the md_cell filter
    env.filters["md_cell"] = lambda s: str(s or "").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")
    return env.get_template(name).render(r=rep, L=rep.labels, today=dt.date.today().isoformat())


def write_atomically(path: Path, text: str, overwrite: bool = True) -> None:
    """Write to a temporary file beside ``path`` and rename it over: never a half-written file."""
    write_bytes_atomically(path, text.encode("utf-8"), overwrite)


def write_bytes_atomically(path: Path, data: bytes, overwrite: bool = True) -> None:
    """Atomically, with the user's umask (0644 by default) or the mode of the file it replaces.
    With ``overwrite=False`` an existing file is never replaced, not even one that appeared
    meanwhile (FileExistsError)."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise InputError(f"{path}: the folder {folder} does not exist; create it first or write somewhere else")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write in {folder}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            os.fchmod(fh.fileno(), mode)
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails when the name is taken: no window between check and write
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                if path.exists():
                    raise FileExistsError(str(path)) from None
                os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if os.path.exists(tmp):
        os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def verdict(plan: Plan, stops: list[Finding], lang: str) -> str:
    """One screen: the plan, ready or blocked, and per blocking finding who owns it and what to change."""
    zh = lang == "zh"
    title = plan.meta.title if plan.meta and plan.meta.title else plan.path
    if not stops:
        return f"✓ {plan.path}: {title}: " + ("可以提交预算签批" if zh else "ready for budget sign-off")
    lines = [f"✗ {plan.path}: {title}: " + (f"暂不能签批, {len(stops)} 个问题需要处理" if zh
                                           else f"blocked, {len(stops)} thing(s) to change")]
    for f in stops:
        node = plan.index.block_at(f.line)
        who = node.owner.value if node is not None and node.owner is not None else (
            plan.meta.owner.value if plan.meta and plan.meta.owner else "?")
        lines.append(f"  {f.line}:{f.column} {f.code} [{'负责人' if zh else 'owner'}: {who}] {f.message}")
        if f.fix:
            lines.append(f"      {'建议' if zh else 'fix'}: {f.fix}")
    return "\n".join(lines)


def progress_rows(plan: Plan, linter) -> list:
    """Each goal's progress at its `actual` date, with the thresholds from config (rule TR003)."""
    opts = linter.options_of("TR003")
    return [p for g in plan.goals if (p := progress(plan, g, opts.red_below, opts.green_at)) is not None]


def status_table(plan: Plan, linter, lang: str) -> str:
    rows = progress_rows(plan, linter)
    zh = lang == "zh"
    if not rows:
        return "没有目标填写了 实际: 数值 截至 日期" if zh else "no goal has actual: VALUE as of DATE"
    loc = "zh-Hans" if zh else "en"
    head = ["目标", "负责人", "截至", "计划应达", "实际", "完成度", "状态"] if zh else \
        ["goal", "owner", "as of", "expected", "actual", "progress", "status"]
    colour = {"red": "红", "amber": "黄", "green": "绿"} if zh else {"red": "RED", "amber": "AMBER", "green": "GREEN"}
    table = [head] + [[p.goal.id or "?", p.goal.owner.value if p.goal.owner else "-", p.as_of.isoformat(),
                       shown(p.goal, p.expected).render(loc), shown(p.goal, p.actual).render(loc), f"{p.ratio:.0%}", colour[p.status]]
                      for p in rows]
    widths = [max(_width(r[i]) for r in table) for i in range(len(head))]
    return "\n".join("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in table)


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)
