"""The review report for budget sign-off (HTML or Markdown) and the gate's verdict.

The page a finance reviewer reads: the verdict (``output.signoff``: ready or blocked, the
budget balance, waivers, what blocks), what changed since the approved version
(``output.diff``), the alignment table, the goal tree, budget by initiative, goal and
department against the plan budget, budget share against contribution share, a timeline
with quarters and (where they apply) seasonal peaks, and the findings grouped by block with
their fixes. Every money figure comes from one attribution (``facts.budget``): an initiative
that supports several goals is split between them, so every column adds up to what the
initiatives ask. Every word follows the plan's language and script (``output.labels``).
Self-contained: inline CSS and SVG only.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tempfile
from dataclasses import field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from planlint.api.finding import Finding, Waived
from planlint.driver.files import InputError
from planlint.facts.budget import (
    UNASSIGNED,
    Budget,
    Check,
    amount,
    budget,
    goal_weight,
    proposed_cuts,
    supported_goals,
)
from planlint.facts.progress import progress
from planlint.facts.values import shown
from planlint.i18n.messages import Money, Term
from planlint.i18n.numbers import num
from planlint.i18n.ui import ui
from planlint.language.keywords import BUILTIN
from planlint.language.script import is_hant, is_zh
from planlint.model import Goal, Initiative, Node, Plan
from planlint.output.diff import Changes
from planlint.output.labels import Words, word
from planlint.output.signoff import Acceptance, Decision, WaiverRow, blocking, decide
from planlint.records import record

__all__ = ["Report", "blocking", "build_report", "gate_text", "render", "status_table"]

TIMELINE_YEARS = 5  # a timeline shows at most this many years from the plan's start (a window to 9999 is clipped)


def seasonal_peaks(plan: Plan) -> list[tuple[tuple[int, int], Term]]:
    """The peaks of the plan's seasonal calendar (the language pack's calendars by market: 618 and
    Double 11 for Chinese e-commerce; none for a plan no calendar applies to)."""
    calendar = (plan.language or BUILTIN).calendar_for(plan)
    return [(day, Term(zh, en)) for day, zh, en in getattr(calendar, "peaks", ())]


@record
class Cell:
    """A table cell: a value, or ``missing`` (the plan should say and does not), or ``na`` (does
    not apply to this row); ``kind`` also says how it may wrap (money, dates, names never do)."""

    text: str = ""
    kind: str = "text"  # text, money, date, person, missing, na
    note: str = ""


NA = Cell("—", "na")


@record
class Row:
    file: Cell = field(default_factory=lambda: NA)
    company: Cell = field(default_factory=lambda: NA)
    bu: Cell = field(default_factory=lambda: NA)
    sub: Cell = field(default_factory=lambda: NA)
    strategy: Cell = field(default_factory=lambda: NA)
    initiative: Cell = field(default_factory=lambda: NA)
    owner: Cell = field(default_factory=lambda: NA)
    deadline: Cell = field(default_factory=lambda: NA)
    budget: Cell = field(default_factory=lambda: NA)
    metric: Cell = field(default_factory=lambda: NA)
    baseline: Cell = field(default_factory=lambda: NA)
    target: Cell = field(default_factory=lambda: NA)
    amount: float = 0.0  # the money this row carries (an initiative's share for this goal)

    def cells(self, with_file: bool) -> list[Cell]:
        out = [self.company, self.bu, self.sub, self.strategy, self.initiative, self.owner, self.deadline,
               self.budget, self.metric, self.baseline, self.target]
        return [self.file, *out] if with_file else out


COLUMNS = ("company", "bu", "sub", "strategy", "initiative", "owner", "deadline", "budget", "metric", "baseline",
           "target")


@record
class Group:
    """The findings of one block (or of the plan as a whole)."""

    title: str
    path: str
    findings: list[Finding]


@record
class Report:
    plan: Plan  # the plan, or the plan set as one plan
    findings: list[Finding]
    locale: str  # en, zh-Hans, zh-Hant, zh-Hant-HK
    decision: Decision
    budget: Budget
    plans: list[Plan] = field(default_factory=list)  # the files of the set
    rows: list[Row] = field(default_factory=list)
    tree: list[tuple[int, Goal]] = field(default_factory=list)
    by_goal: list[tuple[str, float]] = field(default_factory=list)
    by_dept: list[tuple[str, float]] = field(default_factory=list)
    by_initiative: list[tuple[str, float]] = field(default_factory=list)
    shares: list[tuple[str, float, float]] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    allocation: list[tuple[str, float, float]] = field(default_factory=list)  # initiative, asked, proposed
    progress: list = field(default_factory=list)
    changes: Changes | None = None

    def __post_init__(self) -> None:
        self.L = Words(self.locale)

    # ------------------------------------------------------------- numbers, words
    @property
    def currency(self) -> str:
        return self.budget.currency

    @property
    def plan_budget(self) -> float | None:
        return self.budget.cap

    @property
    def spent(self) -> float:
        return self.budget.asked

    @property
    def ready(self) -> bool:
        return self.decision.ready

    @property
    def multi(self) -> bool:
        """The set has several files: rows and findings say which file."""
        return len(self.plans) > 1

    @property
    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) for s in ("error", "warning", "info")}

    @property
    def html_lang(self) -> str:
        return {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "zh-Hant-HK": "zh-HK"}.get(self.locale, "en")

    @property
    def title(self) -> str:
        return self.plan.meta.title if self.plan.meta and self.plan.meta.title else self.plan.path

    def money(self, value: float | None) -> str:
        return "—" if value is None else Money(value, self.currency).render(self.locale)

    def show(self, goal: Goal, value: float) -> str:
        """A goal's number the way its plan writes it (650万元, 45%)."""
        return shown(goal, value).render(self.locale)

    def sev(self, severity: str) -> str:
        return word(severity, self.locale)

    def rag(self, status: str) -> str:
        return word(status, self.locale)

    def term(self, t: Term) -> str:
        return t.render(self.locale)

    def kind(self, node: Node | None) -> str:
        return word(f"kind-{node.kind}" if node is not None else "kind-plan", self.locale)

    def message(self, f: Finding) -> tuple[str, str | None]:
        return f.text(self.locale)

    def balance_text(self, check: Check) -> str:
        name = check.holder.id or check.holder.label
        asked, cap = self.money(check.asked), self.money(check.cap)
        text = word(f"check-{check.holder.kind}-{check.what}", self.locale, asked=asked, cap=cap, name=name)
        tail = word("over", self.locale, money=self.money(check.over)) if not check.holds else \
            word("left", self.locale, money=self.money(check.cap - check.asked))
        return f"{text}: {tail}"

    def how(self, w: Waived) -> str:
        if w.how == "suppressed":
            return word("how-suppressed", self.locale, line=w.line or "?")
        if w.how == "downgraded":
            return word("how-downgraded", self.locale, code=w.finding.code, level=self.sev(w.configured or "info"))
        return word("how-ignored", self.locale, code=w.finding.code)

    def acceptance(self, row: WaiverRow) -> str:
        if row.accepted is None:
            return word("not-accepted", self.locale)
        return word("accepted", self.locale, source=row.accepted.source, reason=row.accepted.reason)

    def unused_text(self, a: Acceptance) -> str:
        key = "expired-acceptance" if a.until is not None and a.until < dt.date.today() else "unused-acceptance"
        return word(key, self.locale, source=a.source, code=a.code, block=a.block, until=str(a.until))

    def empty_text(self, key: str) -> str:
        from planlint.i18n.messages import Field

        return word(key, self.locale, period=Field("period"), budget=Field("budget"))

    def where(self, f: Finding) -> str:
        """line:column, with the file when the set has several."""
        return f"{f.path}:{f.line}:{f.column}" if self.multi else f"{f.line}:{f.column}"


# ------------------------------------------------------------------ building
def build_report(plan: Plan, findings: list[Finding], locale: str | None = None, strict: bool = False,
                 linter=None, *, plans: list[Plan] | None = None, waived: list[Waived] | None = None,
                 accepted: list[Acceptance] | None = None, changes: Changes | None = None,
                 decision: Decision | None = None) -> Report:
    """The report of a plan (or of a plan set as one plan: ``plans`` are its files)."""
    locale = _locale(locale or plan.locale)
    decision = decision or decide(plan, findings, waived, accepted, strict)
    rep = Report(plan=plan, findings=findings, locale=locale, decision=decision, budget=budget(plan),
                 plans=list(plans or [plan]), changes=changes)
    rep.rows = _rows(plan, rep)
    rep.tree = _tree(plan)
    _budgets(plan, rep)
    rep.groups = _groups(plan, findings, rep)
    b = rep.budget
    if b.cap is not None and b.asked > b.cap + 1e-6:
        cuts = {id(n): new for n, _, new in proposed_cuts(plan, b.by_initiative, b.asked - b.cap)}
        rep.allocation = [(ini.label, old, round(cuts.get(id(ini), old), -3)) for ini, old in b.by_initiative]
    if linter is not None:
        rep.progress = progress_rows(plan, linter)
    return rep


def _locale(code: str) -> str:
    return {"zh": "zh-Hans"}.get(code, code)


def _level_of(goal: Goal) -> str:
    if goal.level == "company":
        return "company"
    if goal.level == "bu":
        return "bu"
    return "sub"


def _text_cell(value: str | None, kind: str = "text") -> Cell:
    return Cell(value, kind) if value else Cell("", "missing")


def _goal_cells(goal: Goal, row: Row) -> None:
    metric = goal.metric.name + (f" ({goal.metric.unit_text})" if goal.metric.unit_text else "") if goal.metric else None
    row.metric = _text_cell(metric)
    row.baseline = _text_cell(goal.baseline.text if goal.baseline else None, "num")
    row.target = _text_cell(goal.target.text if goal.target else None, "num")
    row.deadline = _text_cell(goal.deadline.end.isoformat() if goal.deadline else None, "date")


def _rows(plan: Plan, rep: Report) -> list[Row]:
    """A row per initiative behind each goal that is worked on or is a leaf (its share of the
    initiative's money), a row for such a goal with no initiative, and a row per initiative that
    supports no goal of the plan: the budget column adds up to what the initiatives ask."""
    idx = plan.index
    rows: list[Row] = []
    for goal in plan.goals:
        first = idx.goals.get(goal.id or "") is goal
        supporters = list({id(i): i for i in idx.supporters.get(goal.id or "", [])}.values()) if first else []
        if goal.id in idx.children and not supporters and first:
            continue  # a row per goal that is worked on or is a leaf, with its chain above it
        chain = list(reversed([goal, *idx.ancestors(goal)]))
        row = Row()
        subs = []
        for g in chain:
            label = f"{g.id} {g.title or ''}".strip()
            slot = _level_of(g) if g is not goal or goal.level in ("company", "bu") else "sub"
            if slot == "company" and row.company is NA:
                row.company = Cell(label)
            elif slot == "bu" and row.bu is NA:
                row.bu = Cell(label)
            elif g is goal or slot == "sub":
                subs.append(label if g is goal else (g.id or ""))
        if subs:
            row.sub = Cell(" → ".join(subs))
        _goal_cells(goal, row)
        if rep.multi:
            row.file = Cell(goal.path, "path")
        if not supporters:
            row.owner = _text_cell(goal.owner.value if goal.owner else None, "person")
            rows.append(row)
            continue
        for ini in supporters:
            r = Row(**row.__dict__)
            _initiative_cells(plan, ini, r, rep, goal)
            if rep.multi and ini.path != goal.path:
                r.file = Cell(f"{goal.path} · {ini.path}", "path")
            rows.append(r)
    for ini in plan.initiatives:
        if supported_goals(plan, ini):
            continue
        r = Row(sub=Cell(rep.L("no-goal"), "missing"))
        if rep.multi:
            r.file = Cell(ini.path, "path")
        _initiative_cells(plan, ini, r, rep, None)
        rows.append(r)
    return rows


def _initiative_cells(plan: Plan, ini: Initiative, r: Row, rep: Report, goal: Goal | None) -> None:
    b = rep.budget
    r.strategy = _text_cell(ini.strategy.value if ini.strategy else None)
    r.initiative = Cell(f"{ini.id} {ini.title or ''}".strip() or ini.label)
    r.owner = _text_cell(ini.owner.value if ini.owner else None, "person")
    whole = amount(ini.budget, b.currency)
    if ini.budget is None:
        r.budget = Cell("", "missing")
    elif whole is None:  # another currency: shown, not counted
        r.budget = Cell(ini.budget.text, "money", rep.L("foreign", money=ini.budget.text, currency=b.currency))
    else:
        parts = b.shares.get(id(ini)) or []
        part = next((v for g, v in parts if g is goal), whole) if goal is not None else whole
        r.amount = part
        note = rep.L("of-total", total=rep.money(whole)) if abs(part - whole) > 1e-6 else ""
        r.budget = Cell(rep.money(part), "money", note)


def _tree(plan: Plan) -> list[tuple[int, Goal]]:
    idx = plan.index
    out: list[tuple[int, Goal]] = []
    seen: set[int] = set()

    def walk(goal: Goal, depth: int) -> None:
        stack = [(goal, depth)]
        while stack:
            g, d = stack.pop()
            if id(g) in seen:
                continue
            seen.add(id(g))
            out.append((d, g))
            stack.extend((c, d + 1) for c in reversed(idx.children.get(g.id or "", [])))

    for goal in plan.goals:
        if goal.parent is None or goal.parent.value not in idx.goals:
            walk(goal, 0)
    for goal in plan.goals:  # goals caught in a parent cycle
        walk(goal, 0)
    return out


def _budgets(plan: Plan, rep: Report) -> None:
    """The charts' figures, all from ``facts.budget``: each list adds up to what is asked."""
    b = rep.budget
    rep.by_initiative = [(ini.label, v) for ini, v in b.by_initiative]
    goals = [(g, b.of_goal(g)) for g in plan.goals if id(g) in b.by_goal]
    rep.by_goal = sorted(((g.label, v) for g, v in goals), key=lambda x: -x[1])
    if b.unattached > 1e-6:
        rep.by_goal.append((rep.L("no-goal"), b.unattached))
    rep.by_dept = sorted(((d if d != UNASSIGNED else rep.L("no-department"), v) for d, v in b.by_department.items()),
                         key=lambda x: -x[1])
    weights = {id(g): goal_weight(plan, g) for g, _ in goals}
    total_w = sum(weights.values()) or 1.0
    total_b = sum(v for _, v in goals) or 1.0
    rep.shares = [(g.label, v / total_b, weights[id(g)] / total_w) for g, v in sorted(goals, key=lambda x: -x[1])]


def _groups(plan: Plan, findings: list[Finding], rep: Report) -> list[Group]:
    """Findings grouped by the block they are in (``block_at(line, path)``), in file order."""
    groups: dict[tuple[str, int], Group] = {}
    for f in sorted(findings, key=Finding.sort_key):
        node = plan.index.block_at(f.line, f.path)
        key = (f.path, id(node) if node is not None and node.kind != "plan" else 0)
        if key not in groups:
            if node is None or node.kind == "plan":
                title = rep.L("plan-level")
            else:
                title = f"{rep.kind(node)} {node.id or ''}".strip()
                if node.title:
                    title += f"「{node.title}」" if is_zh(rep.locale) else f" ({node.title})"
            groups[key] = Group(title, f.path, [])
        groups[key].findings.append(f)
    return list(groups.values())


# ------------------------------------------------------------------ SVG charts
def bar_chart(items: list[tuple[str, float]], rep: Report, limit: float | None = None, width: int = 640) -> Markup:
    """Horizontal bars, each labelled with its name and amount, with a red line at ``limit``
    (the budget) when given."""
    if not items:
        return Markup("")
    row, left, right = 22, 150, 110
    top = max([v for _, v in items] + [limit or 0]) or 1.0
    scale = (width - left - right) / top
    height = row * len(items) + (28 if limit is not None else 8)
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    for i, (name, value) in enumerate(items):
        y = 6 + i * row
        over = limit is not None and value > limit + 1e-6
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(_short(name or "?"))}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(1, value * scale):.1f}" height="{row - 6}" '
                     f'class="{"bar over" if over else "bar"}"/>')
        parts.append(f'<text x="{left + value * scale + 4:.1f}" y="{y + 13}">{escape(rep.money(value))}</text>')
    if limit is not None:
        x = left + limit * scale
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 16}" class="limit"/>')
        parts.append(f'<text x="{min(x, width - 80):.1f}" y="{height - 3}" text-anchor="middle" class="limit-label">'
                     f'{escape(rep.L.plan_budget)} {escape(rep.money(limit))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def share_chart(rep: Report, width: int = 640) -> Markup:
    """Per goal: budget share (dark) against contribution share (light)."""
    if not rep.shares:
        return Markup("")
    row, left = 30, 150
    span = width - left - 70
    height = row * len(rep.shares) + 24
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">',
             f'<rect x="{left}" y="2" width="10" height="10" class="bar"/><text x="{left + 14}" y="11">'
             f'{escape(rep.L.budget_share)}</text>',
             f'<rect x="{left + 160}" y="2" width="10" height="10" class="bar contrib"/><text x="{left + 174}" y="11">'
             f'{escape(rep.L.contribution_share)}</text>']
    for i, (gid, b, c) in enumerate(rep.shares):
        y = 20 + i * row
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(_short(gid))}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(1, b * span):.1f}" height="11" class="bar"/>')
        parts.append(f'<rect x="{left}" y="{y + 12}" width="{max(1, c * span):.1f}" height="11" class="bar contrib"/>')
        parts.append(f'<text x="{left + max(b, c) * span + 4:.1f}" y="{y + 16}">{b:.0%} / {c:.0%}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _plus_days(d: dt.date, days: int) -> dt.date:
    try:
        return d + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _plus_years(d: dt.date, years: int) -> dt.date:
    year = min(max(d.year + years, dt.MINYEAR), dt.MAXYEAR)
    return d.replace(year=year, day=min(d.day, 28))


def timeline_range(rep: Report) -> tuple[dt.date, dt.date, bool] | None:
    """The dates the timeline shows: the plan period and the windows, at most TIMELINE_YEARS
    from the start (the period's, else the first window's); True when something was clipped."""
    plan = rep.plan
    wins = [i.window for i in plan.initiatives if i.window is not None]
    period = plan.meta.period if plan.meta and plan.meta.period else None
    if not wins and period is None:
        return None
    anchor = period.start if period else min(w.start for w in wins)
    start = min(([period.start] if period else []) + [w.start for w in wins])
    end = max(([period.end] if period else []) + [w.end for w in wins])
    lo = max(start, _plus_years(anchor, -1))
    hi = min(end, _plus_days(_plus_years(anchor, TIMELINE_YEARS), -1))
    return lo, max(lo, hi), lo > start or hi < end


def timeline(rep: Report, width: int = 640) -> Markup:
    """Initiative windows over the plan period, with quarter (or year) bands and the seasonal
    peaks that apply; a window beyond what is drawn runs to the edge."""
    plan = rep.plan
    span_of = timeline_range(rep)
    if span_of is None:
        return Markup("")
    lo, hi, _ = span_of
    wins = [(i.label, i.window) for i in plan.initiatives if i.window is not None]
    period = plan.meta.period if plan.meta and plan.meta.period else None
    days = max(1, (hi - lo).days + 1)
    left, row = 150, 20
    span = width - left - 10
    height = 30 + row * len(wins) + 10

    def x(d: dt.date) -> float:
        d = min(max(d, lo), _plus_days(hi, 1))
        return left + (d - lo).days / days * span

    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    quarters = days <= 3 * 366
    step = 3 if quarters else 12
    q = dt.date(lo.year, 3 * ((lo.month - 1) // 3) + 1, 1) if quarters else dt.date(lo.year, 1, 1)
    band = 0
    while q <= hi:
        months = q.month - 1 + step
        nq = dt.date(q.year + months // 12, months % 12 + 1, 1) if q.year + months // 12 <= dt.MAXYEAR else dt.date.max
        a, b = max(q, lo), min(_plus_days(nq, -1), hi)
        parts.append(f'<rect x="{x(a):.1f}" y="0" width="{max(0.0, x(_plus_days(b, 1)) - x(a)):.1f}" height="{height}" '
                     f'class="{"band" if band % 2 == 0 else "band alt"}"/>')
        name = f"{q.year} Q{(q.month - 1) // 3 + 1}" if quarters else str(q.year)
        parts.append(f'<text x="{x(a) + 3:.1f}" y="12" class="small">{name}</text>')
        if nq == dt.date.max:
            break
        q, band = nq, band + 1
    for year in range(lo.year, hi.year + 1):
        for (m, d), name in seasonal_peaks(plan):
            day = dt.date(year, m, d)
            if lo <= day <= hi:
                parts.append(f'<line x1="{x(day):.1f}" y1="14" x2="{x(day):.1f}" y2="{height}" class="peak"/>')
                parts.append(f'<text x="{x(day) + 2:.1f}" y="24" class="peak-label">{escape(rep.term(name))}</text>')
    if period is not None and period.end < hi:
        px = x(_plus_days(period.end, 1))
        parts.append(f'<line x1="{px:.1f}" y1="0" x2="{px:.1f}" y2="{height}" class="limit"/>')
    for i, (name, w) in enumerate(wins):
        y = 30 + i * row
        outside = period is not None and (w.start < period.start or w.end > period.end)
        parts.append(f'<text x="{left - 6}" y="{y + 12}" text-anchor="end">{escape(_short(name))}</text>')
        parts.append(f'<rect x="{x(w.start):.1f}" y="{y}" width="{max(2.0, x(_plus_days(w.end, 1)) - x(w.start)):.1f}" '
                     f'height="{row - 6}" class="{"bar over" if outside else "bar"}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ------------------------------------------------------------------- rendering
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>!|~&#])")
_MD_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(://)|\b(www)(\.)")


def md_text(value: object) -> str:
    """Plan text (or any text) as literal Markdown: every character that could start a link, an
    image, HTML, emphasis or a table cell is escaped, and web addresses are not turned into
    links (GitHub's autolinks), so ``[x](javascript:...)`` and ``![](http://...)`` stay text."""
    text = " ".join(str(value if value is not None else "").split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_AUTOLINK.sub(lambda m: "\\://" if m.group(1) else f"{m.group(2)}\\.", text)


_WHOLE = re.compile(r"(?<![A-Za-z0-9_.-])(?:\d{4}-\d{2}-\d{2}|(?:[A-Z]{0,3}[¥$€£])?\d(?:[\d,.]*\d)?"
                    r"(?:\s?(?:万|亿|萬|億|k|M))?(?:%|个百分点|個百分點|pp|\s[A-Z]{3}\b|[\u4e00-\u9fff]{0,3}[元币幣金镑鎊])?)")


def keep_whole(value: object) -> Markup:
    """Text for HTML with every amount, percentage and date in it kept on one line (65\n0万元 never)."""
    text = str(value if value is not None else "")
    out, pos = [], 0
    for m in _WHOLE.finditer(text):
        if m.end() - m.start() < 2:
            continue
        out.append(escape(text[pos:m.start()]))
        out.append(Markup('<span class="nowrap">') + escape(m.group()) + Markup("</span>"))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _env() -> Environment:
    env = Environment(loader=PackageLoader("planlint.output", "templates"),
                      autoescape=select_autoescape(["html", "j2", "htm"], default_for_string=True, default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(bar_chart=bar_chart, share_chart=share_chart, timeline=timeline, num=num,
                       timeline_range=timeline_range)
    env.filters["md"] = md_text
    env.filters["whole"] = keep_whole
    return env


def render(rep: Report, fmt: str) -> str:
    from planlint.output.diff import delta_text, item_text, rows, value_text

    name = "report.html.j2" if fmt == "html" else "report.md.j2"
    env = _env()
    if fmt == "md":
        env.autoescape = False  # Markdown is text: everything goes through the md filter
    env.globals.update(diff_rows=rows, diff_item=item_text, diff_value=value_text, diff_delta=delta_text)
    return env.get_template(name).render(r=rep, L=rep.L, today=dt.date.today().isoformat(),
                                         hant=is_hant(rep.locale))


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
        raise InputError(ui("no-folder", path=str(path), folder=str(folder)))
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise InputError(ui("cannot-write", path=str(path), why=exc.strerror or str(exc))) from None
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



def gate_text(d: Decision, locale: str, files: list[str] | None = None) -> str:
    """One screen for the gate: the plan (or set), ready or blocked; what is missing, the budget
    balance, and per blocking finding and waiver its line, who owns it and what to change."""
    plan = d.plan
    title = plan.meta.title if plan.meta and plan.meta.title else plan.path
    where = plan.path if not files or len(files) < 2 else f"{plan.path} (+{len(files) - 1})"
    rep = Report(plan=plan, findings=[], locale=_locale(locale), decision=d, budget=budget(plan),
                 plans=[plan] * max(1, len(files or [])))
    fix, owner = word("fix", rep.locale), word("owner", rep.locale)
    things = len(d.empty) + len(d.stops) + len(d.overruns) + len(d.open_waivers)
    head = f"✓ {where}: {title}: {word('ready', rep.locale)}" if d.ready else \
        f"✗ {where}: {title}: {word('blocked', rep.locale)}, {word('n-blocking', rep.locale, n=things)}"
    lines = [head]
    if d.empty:
        lines.append(f"  {word('nothing', rep.locale)}:")
        lines.extend(f"    {rep.empty_text(key)}" for key in d.empty)
    for check in d.checks:
        mark = "✗" if not check.holds else "·"
        lines.append(f"  {mark} {word('balance', rep.locale)}: {rep.balance_text(check)}")
    for f in d.stops:
        _, who = d.owner_of(f)
        message, fixed = f.text(rep.locale)
        lines.append(f"  {rep.where(f)} {f.code} [{owner}: {who or '?'}] {message}")
        if fixed:
            lines.append(f"      {fix}: {fixed}")
    for w in d.waivers:
        f = w.finding
        message, _ = f.text(rep.locale)
        mark = "✗" if w.accepted is None else "·"
        lines.append(f"  {mark} {word('waiver', rep.locale)} {rep.where(f)} {f.code} [{owner}: {w.owner or '?'}] {message}")
        lines.append(f"      {rep.how(w.waived)}; {rep.acceptance(w)}")
    for a in d.unused:
        lines.append(f"  · {rep.unused_text(a)}")
    return "\n".join(lines)


def progress_rows(plan: Plan, linter) -> list:
    """Each goal's progress at its latest actual, with the thresholds from config (rule TR003)."""
    opts = linter.options_of("TR003")
    return [p for g in plan.goals
            if (p := progress(plan, g, opts.red_below, opts.green_at, opts.red_days)) is not None]


# what one observation of a series is compared with, for the status table's note
_PERIOD_NOTE = {"day": ("日目标", "daily target", "天", "days"), "week": ("周目标", "weekly target", "周", "weeks"),
                "month": ("月目标", "monthly target", "个月", "months")}


def status_table(plan: Plan, linter, lang: str) -> str:
    rows = progress_rows(plan, linter)
    zh = lang == "zh"
    loc = plan.locale if zh and plan.locale.startswith("zh") else ("zh-Hans" if zh else "en")
    if not rows:
        if not zh:
            return "no goal has actual: VALUE as of DATE (or a series of dated actuals)"
        none = "没有目标填写了 实际: 数值 截至 日期 (或一列按日期的实际值)"
        if loc.startswith("zh-Hant"):
            from planlint.language.script import to_hant

            none = to_hant(none, loc, prose=True)
        return none
    head = ["目标", "负责人", "截至", "计划应达", "实际", "完成度", "状态"] if zh else \
        ["goal", "owner", "as of", "expected", "actual", "progress", "status"]
    colour = {"red": "红", "amber": "黄", "green": "绿"} if zh else {"red": "RED", "amber": "AMBER", "green": "GREEN"}
    opts = linter.options_of("TR003")
    table = [head] + [[p.goal.id or "?", p.goal.owner.value if p.goal.owner else "-", p.as_of.isoformat(),
                       shown(p.goal, p.expected).render(loc), shown(p.goal, p.actual).render(loc), f"{p.ratio:.0%}",
                       colour[p.status], _note(p, zh, opts.red_below)]
                      for p in rows]
    if any(r[-1] for r in table[1:]):
        table[0] = [*head, "说明" if zh else "note"]
    else:
        table = [r[:-1] if i else r for i, r in enumerate(table)]
    widths = [max(_width(r[i]) for r in table) for i in range(len(table[0]))]
    out = "\n".join("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in table)
    if loc.startswith("zh-Hant"):
        from planlint.language.script import to_hant

        out = to_hant(out, loc, prose=True)
    return out


def _note(p, zh: bool, red_below: float) -> str:
    """For a series: what the latest value is compared with, and a run of periods below red."""
    if not p.series:
        return ""
    zh_target, en_target, zh_unit, en_unit = _PERIOD_NOTE.get(p.every, ("每期目标", "target per period", "期", "periods"))
    if p.streak:
        return (f"{zh_target}; 连续 {p.streak} {zh_unit}低于 {red_below:.0%}" if zh
                else f"{en_target}; {p.streak} {en_unit} in a row below {red_below:.0%}")
    return zh_target if zh else en_target


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)
