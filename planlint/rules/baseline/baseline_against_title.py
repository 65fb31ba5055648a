"""BL003: the title starts from one number, the baseline says another."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import title_start_disagrees
from planlint.i18n.messages import Label
from planlint.model import Goal, Node


class BaselineAgainstTitle(Rule):
    """The title starts from one number, the baseline says another.

    What it checks: a goal whose title states where it starts (从32%提升至40%, 由18万增至25万,
    from 40k to 60k) and whose `baseline` (基准) is another number in the same unit (3% apart or
    more). A bare number in the title is in the metric's unit.
    Why: the baseline is what the change is measured from; when the title and the field disagree,
    the goal promises two different steps, and the review compares against the wrong one
    (alignment framework, risk 2: a goal needs its current value).
    Fix: make them agree: the baseline the title states, or the title the baseline's.
    """

    code = "BL003"
    name = "baseline-against-title"
    category = "baseline"
    severity = "warning"
    node_local = True
    messages = {
        "differ": ("目标 {goal} 的标题从 {said} 起步, 基准却是 {baseline}",
                   "goal {goal}: the title starts from {said}, the baseline says {baseline}"),
        "fix": ("让两者一致: 基准 写成 {said}, 或把标题的起点改成 {baseline}",
                "make them agree: baseline {said}, or the title's starting point at {baseline}"),
    }

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.baseline is None:
            return
        said = title_start_disagrees(goal)
        if said is None:
            return
        written = goal.fields["baseline"].raw_value.strip() if "baseline" in goal.fields else goal.baseline.text
        yield Hit(goal.field_span("baseline"), self.msg("differ", goal=Label(goal.id, goal.title), said=said, baseline=written),
                  self.msg("fix", said=said, baseline=written))
