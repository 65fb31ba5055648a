"""A goal's numbers in base units: ``650`` on a metric in ``(万元)`` is 6,500,000."""

from __future__ import annotations

from planlint.i18n.messages import Amount
from planlint.model import Goal, Quantity


def base(goal: Goal, q: Quantity | None) -> float | None:
    """A goal's number in base units: ``650`` with metric ``(万元)`` is 6,500,000."""
    if q is None:
        return None
    if q.unit is None and q.scale == 1.0 and goal.metric is not None:
        return q.value * goal.metric.scale  # a bare 12 on a metric in (万): 120,000
    return q.value  # 12万 is 120,000 already, whatever the metric's scale


def unit_of(goal: Goal) -> str | None:
    """The unit a goal's numbers are in: the first one written, else the metric's."""
    for q in (goal.baseline, goal.target.value if goal.target else None,
              goal.target.low if goal.target else None):
        if q is not None and q.unit:
            return q.unit
    return goal.metric.unit if goal.metric else None


def target_base(goal: Goal) -> float | None:
    """The number the target aims at, in base units."""
    if goal.target is None:
        return None
    t = goal.target_point()
    if t is None:
        return None
    ref = goal.baseline if goal.target.kind == "relative" else (goal.target.value or goal.target.low)
    if ref is not None and ref.unit is None and ref.scale == 1.0 and goal.metric is not None:
        return t * goal.metric.scale
    return t


def change(goal: Goal) -> float | None:
    """Target minus baseline, in base units (None when either is missing)."""
    b, t = base(goal, goal.baseline), target_base(goal)
    return None if b is None or t is None else t - b


def shown(goal: Goal, value: float) -> Amount:
    """A base-unit number to be shown the way the goal's plan writes its numbers."""
    return Amount(value, unit_of(goal), goal.metric.scale if goal.metric else 1.0,
                  goal.metric.unit_text if goal.metric and goal.metric.unit_text else None)
