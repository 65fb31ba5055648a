"""Alignment: the chain company goal -> BU goal -> marketing sub-goal -> initiative holds.

Method: BU +5pp = speaker 2pp + lock 3pp (alignment framework, step 1); annual
targets split into quarters with seasonal weights (annual plan 2(3)); each
strategy fits its goal (step 3); everything inside the plan period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.values import base, change, target_base
from planlint.i18n.numbers import num
from planlint.language.keywords import suggest
from planlint.language.script import fold
from planlint.model import Goal, Plan, Quantity
from planlint.rules.common import field_indent, label, last_line_span, show


def _contribution(parent: Goal, child: Goal, q: Quantity) -> tuple[str, float] | None:
    """A child's contribution as (kind, value): pp of the parent, share in %, or base units."""
    if q.unit == "pp":
        return "pp", q.value
    if q.unit == "%":
        return "share", q.value
    if q.unit is not None:
        return "abs", q.value
    # a bare number: in the parent's units
    return "abs", base(parent, q) or q.value


class ContributionsMismatch(Rule):
    """The children's contributions do not add up to the parent's change.

    What it checks: for a goal whose children declare `contributes` (贡献): points (`3pp`,
    `3个百分点`) add up to the parent's change in points; shares (`40%`) add up to 100%;
    amounts (`2500万元`) add up to the parent's change. The finding stands on the first
    child's `contributes`.
    Why: "市場份額提升5個百分點, 其中智能音箱貢獻2個百分點, 智能門鎖貢獻3個百分點"
    (alignment framework, step 1): if the parts do not make the whole, the parent goal is
    missed even when every child succeeds.
    Bad:
        目标 O1  基准: 10  目标值: 15         # +5pp
        目标 LOCK    贡献: 2个百分点
        目标 SPEAKER 贡献: 2个百分点
    Good: LOCK 3个百分点 + SPEAKER 2个百分点 = 5.
    Fix: the gap, and the child contribution that closes it (or a new child for the rest).
    """

    code = "AL001"
    name = "contributions-mismatch"
    category = "alignment"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for parent_id, children in plan.index.children.items():
            parent = plan.index.goals.get(parent_id)
            declared = [c for c in children if c.contributes is not None]
            if parent is None or not declared:
                continue
            hit = self._check_parent(parent, declared, ctx)
            if hit is not None:
                yield hit

    def _check_parent(self, parent: Goal, declared: list[Goal], ctx: Context) -> Hit | None:
        kinds = {_contribution(parent, c, c.contributes)[0] for c in declared}
        if len(kinds) != 1:
            return None
        kind = kinds.pop()
        total = sum(_contribution(parent, c, c.contributes)[1] for c in declared)
        if kind == "share":
            need = 100.0
            unit_zh = unit_en = "%"
        else:
            delta = change(parent)
            if delta is None:
                return None
            if kind == "pp":
                if (parent.metric is None or parent.metric.unit != "%") and (parent.baseline is None or parent.baseline.unit != "%"):
                    return None
                need = delta
                unit_zh, unit_en = "个百分点", "pp"
            else:
                need = delta
                unit_zh = unit_en = ""
        if abs(total - need) <= max(1e-6, abs(need) * 0.005):
            return None
        first = declared[0]
        parts = " + ".join(f"{c.id} {num(_contribution(parent, c, c.contributes)[1])}" for c in declared)

        def fmt(v: float) -> str:
            if kind == "abs":
                return show(parent, v, ctx)
            return f"{num(v)}{ctx.t(unit_zh, unit_en)}"

        gap = need - total
        if kind == "pp":
            moved = ctx.t(f"{show(parent, base(parent, parent.baseline), ctx)} → {show(parent, target_base(parent), ctx)}",
                          f"{show(parent, base(parent, parent.baseline), ctx)} -> {show(parent, target_base(parent), ctx)}")
            need_text = ctx.t(f"{parent.id} 需要提升 {fmt(need)} ({moved})", f"{parent.id} must move {fmt(need)} ({moved})")
        elif kind == "share":
            need_text = ctx.t("份额合计应为 100%", "the shares must add up to 100%")
        else:
            need_text = ctx.t(f"{parent.id} 需要增加 {fmt(need)}", f"{parent.id} must grow by {fmt(need)}")
        msg = ctx.t(f"下级目标贡献合计 {parts} = {fmt(total)}, 但{need_text}",
                    f"the children contribute {parts} = {fmt(total)}, but {need_text}")
        biggest = max(declared, key=lambda c: _contribution(parent, c, c.contributes)[1])
        new_value = _contribution(parent, biggest, biggest.contributes)[1] + gap
        if kind == "share":
            verb_zh, verb_en = ("提高", "raise") if gap > 0 else ("降低", "lower")
            fix = ctx.t(f"把 {biggest.id} 的贡献{verb_zh}到 {fmt(new_value)}, 使份额合计为 100%",
                        f"{verb_en} {biggest.id} to {fmt(new_value)} so that the shares add up to 100%")
        elif gap > 0:
            fix = ctx.t(f"还差 {fmt(gap)}: 把 {biggest.id} 的贡献提高到 {fmt(new_value)}, 或增加一个贡献 {fmt(gap)} 的下级目标, 或下调 {parent.id} 的目标值",
                        f"{fmt(gap)} is not covered: raise {biggest.id} to {fmt(new_value)}, add a child that contributes {fmt(gap)}, or lower {parent.id}'s target")
        else:
            fix = ctx.t(f"多出 {fmt(-gap)}: 把 {biggest.id} 的贡献降到 {fmt(new_value)}, 或提高 {parent.id} 的目标值",
                        f"{fmt(-gap)} too much: lower {biggest.id} to {fmt(new_value)}, or raise {parent.id}'s target")
        span = first.contributes.span or first.header_span
        edits = []
        if biggest.contributes.span is not None and new_value > 0 and kind in ("pp", "share"):
            written = biggest.contributes.text
            unit = written.lstrip("0123456789.,+- ") if written else ""
            edits.append(Edit(span=biggest.contributes.span, text=f"{num(new_value)}{unit}"))
        return Hit(span, msg, fix, edits)


class SplitMismatch(Rule):
    """A goal's `split` (拆分) does not add up to its target, or falls outside its time.

    What it checks: the values under `split` add up to the target (a flow such as sales or new
    users), or rise to it with the last period equal to the target (a level such as a share);
    every period ends by the goal's deadline.
    Why: quarterly and monthly targets are how an annual goal is tracked (annual plan 2(3)); a
    split that does not add up makes every quarterly review wrong.
    Bad:
        目标值: 2000
        拆分:
          2025-Q1: 400
          2025-Q2: 400
    Good: 400 + 500 + 500 + 600 = 2000.
    Fix: the difference, put on the last period (or spread).
    """

    code = "AL002"
    name = "split-mismatch"
    category = "alignment"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            entries = [e for e in goal.split if e.quantity is not None]
            if not entries:
                continue
            if goal.deadline is not None:
                for e in goal.split:
                    if e.period is not None and e.period.start > goal.deadline.end:
                        msg = ctx.t(f"{label(goal, ctx)} 的拆分时段 {e.key} 在截止 {goal.deadline.text} 之后",
                                    f"the split period {e.key} of {label(goal, ctx)} is after its deadline {goal.deadline.text}")
                        fix = ctx.t("删除这一时段, 或推迟截止", "remove the period or move the deadline")
                        yield Hit(e.key_span, msg, fix)
            t = target_base(goal)
            if t is None:
                continue
            vals = [base(goal, e.quantity) for e in entries]
            total = sum(vals)
            tol = max(1e-6, abs(t) * 0.005)
            if abs(total - t) <= tol or abs(vals[-1] - t) <= tol and vals == sorted(vals):
                continue
            delta = change(goal)
            if delta is not None and abs(total - delta) <= tol:
                continue  # the split spreads the growth, not the total
            gap = t - total
            last = entries[-1]
            fixed = base(goal, last.quantity) + gap
            parts = " + ".join(num(v / (goal.metric.scale if goal.metric else 1)) for v in vals)
            msg = ctx.t(f"{label(goal, ctx)} 的拆分合计 {parts} = {show(goal, total, ctx)}, 与目标值 {show(goal, t, ctx)} 不一致",
                        f"the split of {label(goal, ctx)} adds up to {parts} = {show(goal, total, ctx)}, not the target {show(goal, t, ctx)}")
            new_text = num(fixed / (goal.metric.scale if goal.metric and last.quantity.unit is None else 1))
            fix = ctx.t(f"差 {show(goal, gap, ctx)}: 把 {last.key} 改为 {new_text}, 或按季节权重重新分配",
                        f"{show(goal, gap, ctx)} apart: set {last.key} to {new_text}, or re-spread by season")
            edits = [Edit(span=last.value_span, text=new_text)] if last.value_span and fixed >= 0 else []
            yield Hit(goal.fields["split"].key_span, msg, fix, edits)


class UnknownReference(Rule):
    """`parent` or `supports` names a goal that is not in the plan.

    What it checks: every id in `parent` (上级) and `supports` (支撑) is the id of a goal.
    Why: a broken link breaks the chain from initiative to company goal (alignment framework,
    table 3); usually it is a typo.
    Bad:
        支撑: G9
    Good:
        支撑: STICKY
    Fix: the closest goal id ("did you mean"), else the list of goal ids.
    """

    code = "AL003"
    name = "unknown-reference"
    category = "alignment"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        ids = list(plan.index.goals)
        refs = [(g, g.parent) for g in plan.goals if g.parent is not None]
        refs += [(i, r) for i in plan.initiatives for r in i.supports]
        for node, ref in refs:
            if ref.value in plan.index.goals:
                continue
            others = [i for i in ids if i != node.id]  # a goal is never its own parent
            guess = suggest(ref.value, others)
            msg = ctx.t(f"{label(node, ctx)} 引用的目标「{ref.value}」不在本计划中",
                        f"{label(node, ctx)} refers to goal '{ref.value}', which is not in this plan")
            if guess:
                fix = ctx.t(f"是不是 {guess}?", f"did you mean {guess}?")
                edits = [Edit(span=ref.span, text=guess)] if ref.span else []
            else:
                fix = ctx.t(f"改为本计划中的目标编号: {', '.join(others[:8])}", f"use a goal id of this plan: {', '.join(others[:8])}")
                edits = []
            yield Hit(ref.span or node.header_span, msg, fix, edits)


class ParentCycle(Rule):
    """Goals are each other's parents.

    What it checks: following `parent` from any goal never comes back to it.
    Why: a cycle has no top: nothing in it reaches a company goal.
    Bad:
        目标 A  上级: B
        目标 B  上级: A
    Good: one of them is the parent, the other the child.
    Fix: names the cycle; remove the `parent` of the goal that should be on top.
    """

    code = "AL004"
    name = "parent-cycle"
    category = "alignment"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        reported: set[str] = set()
        for goal in plan.goals:
            path = [goal]
            seen = {goal.id}
            current = goal
            while current.parent is not None and current.parent.value in plan.index.goals:
                current = plan.index.goals[current.parent.value]
                if current.id == goal.id:
                    ids = [g.id for g in path]
                    if not reported & set(ids):
                        reported.update(ids)
                        chain = " → ".join([*ids, goal.id])
                        msg = ctx.t(f"上级关系形成循环: {chain}", f"parents form a cycle: {chain}")
                        fix = ctx.t(f"删除 {goal.id} 的 上级, 让它成为这一组的最上层", f"remove the parent of {goal.id} so that it is the top")
                        yield Hit(goal.parent.span or goal.header_span, msg, fix)
                    break
                if current.id in seen:
                    break
                seen.add(current.id)
                path.append(current)


class DeadlineBeyond(Rule):
    """A goal's deadline falls after its parent's deadline or after the plan period.

    What it checks: `deadline` (截止) against the parent goal's deadline and the plan's
    `period` (周期); a period-shaped date counts by its last day (2024年Q4 = 2024-12-31).
    Why: a sub-goal that lands after its parent cannot contribute to it in time; a deadline
    outside the plan is outside the budget that pays for it (alignment framework, table 1).
    Bad:
        上级: O1          # 截止: 2024年Q4
        截止: 2025年Q1
    Good:
        截止: 2024年Q4
    Fix: the latest date that fits (the earlier of the parent's deadline and the period end).
    """

    code = "AL005"
    name = "deadline-beyond-parent"
    category = "alignment"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        period = plan.meta.period if plan.meta is not None else None
        for goal in plan.goals:
            if goal.deadline is None:
                continue
            end = goal.deadline.end
            parent = plan.index.goals.get(goal.parent.value) if goal.parent else None
            late_parent = parent is not None and parent.deadline is not None and end > parent.deadline.end
            late_plan = period is not None and end > period.end
            if period is not None and end < period.start:
                msg = ctx.t(f"{label(goal, ctx)} 的截止 {goal.deadline.text} 早于计划周期 ({period.text})",
                            f"the deadline of {label(goal, ctx)}, {goal.deadline.text}, is before the plan period ({period.text})")
                fix = ctx.t(f"改为周期内的日期, 例如 截止: {period.end.isoformat()}", f"use a date in the period, e.g. deadline: {period.end.isoformat()}")
                yield Hit(goal.deadline.span or goal.header_span, msg, fix)
                continue
            if not late_parent and not late_plan:
                continue
            limits = []
            reasons_zh, reasons_en = [], []
            if late_parent:
                limits.append(parent.deadline.end)
                reasons_zh.append(f"上级 {parent.id} 的截止 ({parent.deadline.text})")
                reasons_en.append(f"its parent {parent.id}'s deadline ({parent.deadline.text})")
            if late_plan:
                limits.append(period.end)
                reasons_zh.append(f"计划周期 ({period.text})")
                reasons_en.append(f"the plan period ({period.text})")
            latest = min(limits)
            latest_text = parent.deadline.text if late_parent and latest == parent.deadline.end else latest.isoformat()
            msg = ctx.t(f"{label(goal, ctx)} 的截止 {goal.deadline.text} 晚于" + "和".join(reasons_zh),
                        f"the deadline of {label(goal, ctx)}, {goal.deadline.text}, is after " + " and ".join(reasons_en))
            fix = ctx.t(f"改为 截止: {latest_text}, 或把它移到下一期计划", f"set deadline: {latest_text}, or move it to the next plan")
            span = goal.deadline.span or goal.header_span
            edits = [Edit(span=span, text=latest_text)] if goal.fields.get("deadline") else []
            yield Hit(span, msg, fix, edits)


class WindowOutsidePeriod(Rule):
    """An initiative's window runs outside the plan period.

    What it checks: `window` (时间) of every initiative lies within the plan's `period` (周期);
    a period-shaped window (`2024-09`) covers the whole period.
    Why: money spent outside the period belongs to another budget, and results after it cannot
    count for this plan's goals.
    Bad:
        周期: 2024-01-01 .. 2024-12-31
        时间: 2024-11-01 .. 2025-01-31
    Good:
        时间: 2024-11-01 .. 2024-12-31
    Fix: the window clipped to the period.
    """

    code = "AL006"
    name = "window-outside-period"
    category = "alignment"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        period = plan.meta.period if plan.meta is not None else None
        if period is None:
            return
        for ini in plan.initiatives:
            w = ini.window
            if w is None or (w.start >= period.start and w.end <= period.end):
                continue
            start, end = max(w.start, period.start), min(w.end, period.end)
            msg = ctx.t(f"举措 {label(ini, ctx)} 的时间 {w.text} 超出计划周期 {period.text}",
                        f"the window of initiative {label(ini, ctx)}, {w.text}, runs outside the plan period {period.text}")
            if start <= end:
                clipped = f"{start.isoformat()} .. {end.isoformat()}"
                fix = ctx.t(f"改为 时间: {clipped}, 超出部分放进下一期计划", f"set window: {clipped}; the rest goes in the next plan")
                edits = [Edit(span=w.span, text=clipped)] if w.span else []
            else:
                fix = ctx.t("这个举措不在本期计划内: 移到对应的计划中", "it lies wholly outside this plan: move it to the plan it belongs to")
                edits = []
            yield Hit(w.span or ini.header_span, msg, fix, edits)


class InitiativeWithoutGoal(Rule):
    """An initiative supports no goal.

    What it checks: every initiative has `supports` (支撑) naming at least one goal.
    Why: "避免為營銷而營銷" (alignment framework, core value): an activity that serves no goal
    cannot be judged or funded by contribution.
    Bad:
        举措 EXPO "参加行业展会"
          预算: 10万元
    Good:
          支撑: M-BRAND
    Fix: the goals whose dimension fits the initiative's strategy.
    """

    code = "AL008"
    name = "initiative-without-goal"
    category = "alignment"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        leaves = [g.id for g in plan.goals if g.id and g.id not in plan.index.children]
        for ini in plan.initiatives:
            if ini.supports or "supports" in ini.fields and not ini.fields["supports"].placeholder:
                continue
            msg = ctx.t(f"举措 {label(ini, ctx)} 没有支撑任何目标", f"initiative {label(ini, ctx)} supports no goal")
            fix = ctx.t(f"加上 支撑: <目标编号> (例如 {', '.join(leaves[:4])})", f"add supports: <goal id> (e.g. {', '.join(leaves[:4])})")
            yield Hit(ini.id_span or ini.header_span, msg, fix)


SEASON = {1: 0.20, 2: 0.25, 3: 0.20, 4: 0.35}  # 618 lifts Q2, Double 11 lifts Q4 (annual plan 2(3))
FLOW_WORDS = re.compile(r"新增|销售额|营收|收入|线索|订单|成交|注册|new |revenue|sales|leads|orders|sign-ups|ARR", re.I)
PER_UNIT = re.compile(r"成本|单价|客单|率|占比|per |cost|rate|share|average|平均", re.I)


class SplitAdvice(Rule):
    """A large goal over several quarters has no `split` (拆分); a seasonal one is proposed.

    What it checks: goals that count a flow (revenue, new users, leads, orders: money or
    words such as 新增, 销售额, leads) and run over three quarters or more, without `split`.
    Informational.
    Why: annual targets are split into quarters and months with seasonal weights, 618 in Q2
    and Double 11 in Q4 (annual plan 2(3)); without a split there is nothing to review a
    quarter against.
    Bad:
        目标值: 2000      # for the year, no 拆分
    Good:
        拆分:
          2025-Q1: 400
          2025-Q2: 500
          2025-Q3: 400
          2025-Q4: 700
    Fix: a split weighted Q1 20%, Q2 25%, Q3 20%, Q4 35%, to paste under the goal.
    """

    code = "AL010"
    name = "split-advice"
    category = "alignment"
    severity = "info"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        start = plan.meta.period.start if plan.meta and plan.meta.period else None
        for goal in plan.goals:
            if goal.split or goal.deadline is None or goal.metric is None or goal.target is None or start is None:
                continue
            if goal.target.kind not in ("exact", "range") or goal.metric.unit in ("%", "pp") or PER_UNIT.search(fold(goal.metric.name)):
                continue
            if not (goal.metric.unit in ("CNY", "USD") or FLOW_WORDS.search(fold(goal.metric.name))):
                continue
            q = goal.target.value or goal.target.low
            scale = q.scale if q is not None else 1.0
            suffix = re.sub(r"^[\d,.\s]+", "", q.text) if q is not None else ""
            t = goal.target_point()
            quarters = _quarters(start, goal.deadline.end)
            if t is None or len(quarters) < 3:
                continue
            weight = sum(SEASON[q] for _, q in quarters)
            lines = [f"{y}-Q{qn}: {num(round(t / scale * SEASON[qn] / weight, 2))}{suffix}" for y, qn in quarters]
            msg = ctx.t(f"{label(goal, ctx)} 跨 {len(quarters)} 个季度, 没有拆分", f"{label(goal, ctx)} runs over {len(quarters)} quarters with no split")
            fix = ctx.t("按季节权重拆分 (618 在 Q2, 双11 在 Q4): 拆分: " + "; ".join(lines),
                        "split with seasonal weights (618 in Q2, Double 11 in Q4): split: " + "; ".join(lines))
            indent = field_indent(goal)
            text = f"\n{indent}{ctx.t('拆分', 'split')}:" + "".join(f"\n{indent}  {line}" for line in lines)
            yield Hit(goal.target.span or goal.header_span, msg, fix, [Edit(span=last_line_span(goal), text=text)])


def _quarters(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, q = start.year, (start.month - 1) // 3 + 1
    while (y, q) <= (end.year, (end.month - 1) // 3 + 1):
        out.append((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


class InitiativeAfterGoal(Rule):
    """An initiative starts after the deadline of the goal it supports.

    What it checks: the start of `window` (时间) against the `deadline` of every goal in
    `supports` (支撑).
    Why: work that begins after the goal is due cannot contribute to it; usually the window
    or the link is wrong (alignment framework, table 2: every initiative has its time node).
    Bad:
        目标 M-BRAND  截止: 2024-06-30
        举措 KOL  支撑: M-BRAND  时间: 2024-09-01 .. 2024-09-30
    Good:
        时间: 2024-05-01 .. 2024-05-31
    Fix: a window that ends by the goal's deadline, or the goal it really supports.
    """

    code = "AL011"
    name = "initiative-after-goal"
    category = "alignment"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for ini in plan.initiatives:
            if ini.window is None:
                continue
            for ref in ini.supports:
                goal = plan.index.goals.get(ref.value)
                if goal is None or goal.deadline is None or ini.window.start <= goal.deadline.end:
                    continue
                msg = ctx.t(f"举措 {label(ini, ctx)} 从 {ini.window.start} 开始, 晚于它支撑的目标 {goal.id} 的截止 {goal.deadline.text}",
                            f"initiative {label(ini, ctx)} starts on {ini.window.start}, after {goal.id} is due ({goal.deadline.text})")
                fix = ctx.t(f"把时间提前到 {goal.deadline.end} 之前, 或改为支撑它真正服务的目标",
                            f"move the window before {goal.deadline.end}, or link the goal it really serves")
                yield Hit(ini.window.span or ini.header_span, msg, fix)
                break
