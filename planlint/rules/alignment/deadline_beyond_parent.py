"""AL005: a goal's deadline falls after its parent's deadline or outside the plan period."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label, Message
from planlint.model import Goal, Plan


class DeadlineBeyond(Rule):
    """A goal's deadline falls after its parent's deadline or outside the plan period.

    What it checks: `deadline` (截止) against the parent goal's deadline and the plan's
    `period` (周期); a period-shaped date counts by its last day (2024年Q4 = 2024-12-31).
    Why: a sub-goal that lands after its parent cannot contribute to it in time; a deadline
    outside the plan is outside the budget that pays for it (alignment framework, table 1:
    时间节点).
    Fix: the latest date that fits (the earlier of the parent's deadline and the period end).
    """

    code = "AL005"
    name = "deadline-beyond-parent"
    category = "alignment"
    severity = "warning"
    per_goal = True  # each goal's from its own block and its parent's (the editor checks changed goals again)
    messages = {
        "before": ("{goal} 的截止 {deadline} 早于计划周期 ({period})",
                   "the deadline of {goal}, {deadline}, is before the plan period ({period})"),
        "fix-before": ("改为周期内的日期, 例如 截止: {date}", "use a date in the period, e.g. deadline: {date}"),
        "after": ("{goal} 的截止 {deadline} 晚于{limits}", "the deadline of {goal}, {deadline}, is after {limits}"),
        "parent": ("上级 {parent} 的截止 ({deadline})", "its parent {parent}'s deadline ({deadline})"),
        "period": ("计划周期 ({period})", "the plan period ({period})"),
        "fix": ("改为 截止: {date}, 或把它移到下一期计划", "set deadline: {date}, or move it to the next plan"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        period = plan.meta.period if plan.meta is not None else None
        if goal.deadline is None:
            return
        end = goal.deadline.end
        label = Label(goal.id, goal.title)
        span = goal.deadline.span or goal.header_span
        parent = plan.index.goals.get(goal.parent.value) if goal.parent else None
        late_parent = parent is not None and parent.deadline is not None and end > parent.deadline.end
        late_plan = period is not None and end > period.end
        if period is not None and end < period.start:
            yield Hit(span, self.msg("before", goal=label, deadline=goal.deadline.text, period=period.text),
                      self.msg("fix-before", date=period.end.isoformat()))
            return
        if not late_parent and not late_plan:
            return
        limits: list[Message] = []
        dates = []
        if late_parent:
            limits.append(self.msg("parent", parent=parent.id or "", deadline=parent.deadline.text))  # type: ignore[union-attr]
            dates.append(parent.deadline.end)  # type: ignore[union-attr]
        if late_plan:
            limits.append(self.msg("period", period=period.text))  # type: ignore[union-attr]
            dates.append(period.end)  # type: ignore[union-attr]
        latest = min(dates)
        latest_text = parent.deadline.text if late_parent and latest == parent.deadline.end else latest.isoformat()  # type: ignore[union-attr]
        msg = self.msg("after", goal=label, deadline=goal.deadline.text, limits=Join(tuple(limits), " and ", "和"))
        edits = [Edit(span=span, text=latest_text)] if goal.fields.get("deadline") else []
        yield Hit(span, msg, self.msg("fix", date=latest_text), edits)
