"""BL002: the baseline and the target (or the metric) are in different units."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.units import same_family
from planlint.i18n.messages import Label
from planlint.model import Goal, Node


class UnitMismatch(Rule):
    """The baseline and the target (or the metric) are in different units.

    What it checks: the units written on `baseline`, `target` and in the metric's parentheses
    agree once normalised (`元` = `CNY`, `个百分点` = `pp`; a `+5pp` or `+20%` change on a
    percentage metric is fine).
    Why: a baseline of 10% and a target of 1,500万元 cannot be compared; the plan cannot be checked.
    Fix: write both in the metric's unit.
    """

    code = "BL002"
    name = "unit-mismatch"
    category = "baseline"
    severity = "error"
    messages = {
        "mixed": ("目标 {goal} 的单位不一致: {first} 与 {other}", "goal {goal} mixes units: {first} and {other}"),
        "fix": ("基准和目标值都用指标的单位 ({unit}) 表示", "write baseline and target in the metric's unit ({unit})"),
    }

    node_local = True

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.target is None:
            return
        t = goal.target
        metric_unit = goal.metric.unit if goal.metric else None
        written = [u for u in (metric_unit, goal.baseline.unit if goal.baseline else None) if u]
        if t.kind == "relative":
            # +20% is growth and fits any metric; +5pp only fits a percentage.
            if t.unit == "pp" and written and not same_family(written[0], "%"):
                written.append("pp")
        elif t.unit:
            written.append(t.unit)
        odd = next((u for u in written[1:] if not same_family(written[0], u)), None)
        if odd is None:
            return
        yield Hit(t.span or goal.header_span,
                  self.msg("mixed", goal=Label(goal.id, goal.title), first=written[0], other=odd),
                  self.msg("fix", unit=metric_unit or written[0]))
