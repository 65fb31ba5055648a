"""SM003: a goal has no deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import add_months, plan_end, plan_start, title_months
from planlint.i18n.messages import Label
from planlint.model import Plan
from planlint.rules.common import insert_field


class NoDeadline(Rule):
    """A goal has no deadline.

    What it checks: every goal has `deadline` (截止), a date or a period such as `2024年Q4`
    (its last day counts), `by DATE` in the one-line metric statement, or dated `milestones`.
    Why: Time-bound is the T of SMART; without a date a goal cannot be tracked or reviewed.
    Fix: the time the title gives (「在未来6个月内 …」: six months from the start), else the
    parent goal's deadline, else the end of the plan period.
    """

    code = "SM003"
    name = "goal-without-deadline"
    category = "smart"
    severity = "error"
    messages = {
        "missing": ("目标 {goal} 没有截止时间", "goal {goal} has no deadline"),
        "fix-title": ("加上 截止: {date} (标题说「{words}」, 从 {start} 起)",
                      "add deadline: {date} (the title says '{words}', from {start})"),
        "fix-parent": ("加上 截止: {date} (上级 {parent} 的截止)", "add deadline: {date} (the deadline of its parent {parent})"),
        "fix-period": ("加上 截止: {date} (计划周期的最后一天)", "add deadline: {date} (the last day of the plan period)"),
        "fix-none": ("加上 截止: <日期, 例如 2024年Q4>", "add deadline: <date, e.g. 2024-Q4>"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            if goal.deadline is not None or any(m.period is not None for m in goal.milestones):
                continue
            parent = plan.index.goals.get(goal.parent.value) if goal.parent else None
            window = title_months(goal.title)
            start = goal.baseline_as_of.end + dt.timedelta(days=1) if goal.baseline_as_of else plan_start(plan)
            when: str | None = None
            if window is not None and start is not None:
                when = add_months(start, window[0]).isoformat()
                fix = self.msg("fix-title", date=when, words=window[1], start=start.isoformat())
            elif parent is not None and parent.deadline is not None:
                when = parent.deadline.text
                fix = self.msg("fix-parent", date=when, parent=parent.id or "")
            elif plan_end(plan) is not None:
                when = plan_end(plan).isoformat()  # type: ignore[union-attr]
                fix = self.msg("fix-period", date=when)
            else:
                fix = self.msg("fix-none")
            edits = [insert_field(goal, ctx.field("deadline"), when)] if when else []
            yield Hit(goal.id_span or goal.header_span, self.msg("missing", goal=Label(goal.id, goal.title)), fix, edits)
