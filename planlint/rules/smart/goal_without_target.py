"""SM002: a goal names a metric but no numeric target."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import is_exploration, title_target
from planlint.i18n.messages import Amount, Label, Term
from planlint.i18n.numbers import num
from planlint.model import Goal, Node
from planlint.rules.common import insert_field, title_number


class NoTarget(Rule):
    """A goal names a metric but no numeric target.

    What it checks: a goal with `metric` has a `target` (目标值) that is a number, a range
    (`450..500`), a bound (`<= 200元`, `超500`, `more than 500`) or a relative change (`+20%`).
    An exploration project with `milestones` (里程碑) needs none.
    Why: a metric without a target value is not Measurable; "提升" says the direction, not the size.
    Fix: the target the title states (提高…20% is +20%, 超500 stays a bound), or +20% over the
    baseline as a start.
    """

    code = "SM002"
    name = "goal-without-target"
    category = "smart"
    severity = "error"
    node_local = True
    messages = {
        "not-a-number": ("目标 {goal} 的目标值「{written}」不是数值", "the target of goal {goal}, '{written}', is not a number"),
        "missing": ("目标 {goal} 有指标「{metric}」但没有目标值", "goal {goal} measures '{metric}' but has no target"),
        "fix": ("写成 目标值: {target}", "write target: {target}"),
        "fix-start": ("写成 目标值: {target} (基准 {baseline} 的 +20%, 仅作起点)",
                      "write target: {target} (+20% over the baseline {baseline}, as a start)"),
    }

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.metric is None or goal.target is not None:
            return
        if goal.milestones and is_exploration(goal):
            return
        ref = goal.fields.get("target")
        said = title_target(goal.title)
        suggestion: str | Term | None = said.text if said else title_number(goal.title)
        label = Label(goal.id, goal.title)
        if suggestion is None and goal.baseline is not None:
            suggestion = num(goal.baseline.value * 1.2)
            fix = self.msg("fix-start", target=suggestion, baseline=goal.baseline.text or Amount(goal.baseline.value))
        else:
            suggestion = suggestion or Term("<数值>", "<number>")
            fix = self.msg("fix", target=suggestion)
        if ref is not None and ref.raw_value:
            msg = self.msg("not-a-number", goal=label, written=ref.raw_value)
        else:
            msg = self.msg("missing", goal=label, metric=goal.metric.name)
        span = (ref.value_span or ref.key_span) if ref is not None else goal.id_span or goal.header_span
        text = ctx.render(suggestion) if isinstance(suggestion, Term) else suggestion
        edits = [] if ref is not None else [insert_field(goal, ctx.field("target"), text)]
        yield Hit(span, msg, fix, edits, applicability="display" if isinstance(suggestion, Term) else None)
