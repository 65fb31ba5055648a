"""BL004: the baseline is dated after the goal is due."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label
from planlint.model import Goal, Node


class BaselineAfterDeadline(Rule):
    """The baseline is dated after the goal is due.

    What it checks: a goal whose `baseline` (基准) carries a date (`32 截至 2026-06-30`, `6M as
    of 2026-06-30`) that falls after its `deadline` (截止).
    Why: the baseline is where the goal starts; one measured after the goal is due cannot be its
    starting point, so one of the two dates is wrong (alignment framework, risk 2: the current
    value, dated, before the goal's time node).
    Fix: the baseline's date before the goal's start (usually the end of the last period), or the
    deadline it really has.
    """

    code = "BL004"
    name = "baseline-after-deadline"
    category = "baseline"
    severity = "warning"
    node_local = True
    messages = {
        "late": ("目标 {goal} 的基准截至 {as_of}, 晚于它的截止 {deadline}",
                 "goal {goal}: the baseline is as of {as_of}, after the goal is due ({deadline})"),
        "fix": ("把基准的日期改到目标开始之前 (通常是上一期期末), 或改正截止日期",
                "date the baseline before the goal starts (usually the end of the last period), or correct the deadline"),
    }

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.baseline_as_of is None or goal.deadline is None:
            return
        if goal.baseline_as_of.end <= goal.deadline.end:
            return
        yield Hit(goal.field_span("baseline"), self.msg("late", goal=Label(goal.id, goal.title), as_of=goal.baseline_as_of.text,
                                 deadline=goal.deadline.text), self.msg("fix"))
