"""BL002: the baseline, the target and the metric are in units that cannot be compared."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.units import unit_conflict
from planlint.i18n.messages import Label
from planlint.model import Goal, Node


class UnitMismatch(Rule):
    """The baseline, the target and the metric are in units that cannot be compared.

    What it checks: the units written on `baseline`, `target` and in the metric's parentheses
    agree once normalised (`元` = `CNY`, `个百分点` = `pp`; a `+5pp` or `+20%` change on a
    percentage metric is fine): a baseline in 元 for a metric in %, a head count for a metric
    in days or hours. Units of time (天, hours) and of scores (分, points) come from
    `packs/metrics.toml`.
    Why: a baseline of 10% and a target of 1,500万元 cannot be compared; the plan cannot be
    checked. This is the root cause: rules that compute with the numbers (SM005's growth
    ratio) read the same fact and stay quiet, so one wrong unit gives one finding.
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
        odd = unit_conflict(goal, ctx.packs)
        if odd is None:
            return
        first, other = odd
        metric_unit = goal.metric.unit if goal.metric else None
        span = goal.target.span if goal.target.span else goal.header_span
        if goal.baseline is not None and goal.baseline.unit in (first, other) and goal.baseline.span is not None:
            span = goal.baseline.span  # the baseline is the one written in another unit than the metric
            if metric_unit is None or goal.baseline.unit == metric_unit:
                span = goal.target.span or span
        yield Hit(span, self.msg("mixed", goal=Label(goal.id, goal.title), first=first, other=other),
                  self.msg("fix", unit=metric_unit or first))
