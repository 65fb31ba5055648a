"""SM007: the title states one target, the target field another."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import title_disagrees
from planlint.i18n.messages import Label
from planlint.model import Goal, Node


class TitleAgainstTarget(Rule):
    """The title states one target, the target field another.

    What it checks: a goal whose title says the level it reaches (提升至8%, 达到650万元, to 1.5M)
    and whose `target` (目标值) is another number in the same unit (3% apart or more; a range
    agrees when it holds the title's number). A bare number in the title is in the
    metric's unit (达到50 on a metric in 万人 is 500,000). A target that also goes the other way
    than the title says is SM006's.
    Why: the title is what people read and repeat, the target what is tracked and signed off; a
    slip in either (8% written 80) makes the goal say two things, and the budget and the review
    follow the wrong one (the method: a goal is one specific, measurable statement).
    Fix: make them say the same number: the target the title states, or the title the target's.
    """

    code = "SM007"
    name = "title-against-target"
    category = "smart"
    severity = "warning"
    node_local = True
    messages = {
        "differ": ("目标 {goal} 的标题写的是 {said}, 目标值却是 {target}",
                   "goal {goal}: the title says {said}, the target says {target}"),
        "fix": ("让两者一致: 目标值 写成 {said}, 或把标题改成目标值的 {target}",
                "make them agree: target {said}, or the title at the target's {target}"),
    }

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.target is None:
            return
        said = title_disagrees(goal)
        if said is None or (ctx.facts is not None and ctx.facts.wrong_way(goal) is not None):
            return  # (a target on the wrong side of the baseline is SM006's: one finding for the slip)
        target = goal.fields["target"].raw_value.strip() if "target" in goal.fields else goal.target.text
        yield Hit(goal.field_span("target"), self.msg("differ", goal=Label(goal.id, goal.title), said=said, target=target),
                  self.msg("fix", said=said, target=target))
