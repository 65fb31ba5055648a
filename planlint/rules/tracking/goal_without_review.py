"""TR001: a goal has no review cadence."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label, Term
from planlint.model import Goal, Node
from planlint.rules.common import insert_field


def cadence(goal: Goal) -> Term:
    """Weekly for the goals closest to the work, monthly in the middle, quarterly on top."""
    if goal.level == "company":
        return Term("每季度", "quarterly")
    if goal.level in ("project", "individual"):
        return Term("每周", "weekly")
    return Term("每月", "monthly")


class NoReview(Rule):
    """A goal has no review cadence.

    What it checks: every goal has `review` (复盘): daily/每日, weekly/每周, biweekly/每两周,
    monthly/每月, quarterly/每季度, half-yearly/每半年, yearly/每年. Words that name no rhythm
    (不定期, 随时, 按需, "when needed", "ad hoc") are no cadence.
    Why: "周复盘 … 月Review" (tracking guide 2(1)); "企业可以每季度或每半年进行一次营销目标检视"
    (writing marketing goals, 5): a goal looked at "when needed" is looked at when it is too late,
    and the method's red/amber/green needs a rhythm.
    Fix: a cadence by level: quarterly for company goals, monthly in between, weekly for
    project and individual goals.
    """

    code = "TR001"
    name = "goal-without-review"
    category = "tracking"
    severity = "warning"
    node_local = True
    messages = {
        "missing": ("目标 {goal} 没有复盘节奏", "goal {goal} has no review cadence"),
        "no-rhythm": ("目标 {goal} 的复盘「{written}」不是节奏: 没有固定的复盘, 偏差要到截止时才发现",
                      "goal {goal} is reviewed '{written}', which is no cadence: without a fixed review a gap is "
                      "found at the deadline"),
        "fix": ("加上 复盘: {cadence}", "add review: {cadence}"),
        "fix-replace": ("改为 复盘: {cadence}", "write review: {cadence}"),
    }

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.review is not None:
            return
        ref = goal.fields.get("review")
        if ref is not None and not ref.placeholder:
            return  # written but not a choice: PL009 says so
        every = cadence(goal)
        label = Label(goal.id, goal.title)
        if ref is not None and ref.raw_value and ref.value_span is not None:
            yield Hit(ref.value_span, self.msg("no-rhythm", goal=label, written=ref.raw_value),
                      self.msg("fix-replace", cadence=every), [Edit(span=ref.value_span, text=ctx.render(every))])
            return
        yield Hit(goal.id_span or goal.header_span, self.msg("missing", goal=label), self.msg("fix", cadence=every),
                  [insert_field(goal, ctx.field("review"), ctx.render(every))])
