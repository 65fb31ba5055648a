"""Progress: where a goal stands at its actual's date against where the plan says it should be."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planlint.facts.values import base, target_base
from planlint.model import Goal, Plan


@dataclass
class Progress:
    goal: Goal
    as_of: dt.date
    expected: float
    actual: float
    ratio: float
    status: str  # red, amber, green


def progress(plan: Plan, goal: Goal, red_below: float = 0.7, green_at: float = 1.0) -> Progress | None:
    """Where a goal stands at its `actual ... as of DATE` against where the plan says it should be:
    along its `split` when the split adds up to the target, else on a straight line from the
    baseline to the target."""
    if goal.actual is None or goal.actual_as_of is None or goal.target is None:
        return None
    target = target_base(goal)
    if target is None:
        return None
    when = goal.actual_as_of.end
    start = goal.baseline_as_of.end if goal.baseline_as_of else (
        plan.meta.period.start - dt.timedelta(days=1) if plan.meta and plan.meta.period else None)
    end = goal.deadline.end if goal.deadline else (plan.meta.period.end if plan.meta and plan.meta.period else None)
    if start is None or end is None or end <= start:
        return None
    actual = base(goal, goal.actual) or 0.0
    b = base(goal, goal.baseline)
    entries = [e for e in goal.split if e.quantity is not None and e.period is not None]
    if entries and abs(sum(base(goal, e.quantity) or 0 for e in entries) - target) <= abs(target) * 0.005:
        expected = 0.0
        for e in entries:
            if e.period.end <= when:
                expected += base(goal, e.quantity) or 0
            elif e.period.start <= when:
                part = ((when - e.period.start).days + 1) / ((e.period.end - e.period.start).days + 1)
                expected += (base(goal, e.quantity) or 0) * part
        ratio = actual / expected if expected else 1.0
    else:
        frac = min(1.0, max(0.0, (when - start).days / (end - start).days))
        origin = b if b is not None else 0.0
        expected = origin + (target - origin) * frac
        planned = expected - origin
        ratio = (actual - origin) / planned if planned else 1.0
    status = "red" if ratio < red_below else "green" if ratio >= green_at else "amber"
    return Progress(goal, when, expected, actual, ratio, status)
