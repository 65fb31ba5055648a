"""Units and their families: what can be compared with what."""

from __future__ import annotations

from planlint.model import Goal


def family(unit: str) -> str:
    """percent (% and pp), a currency (CNY, USD), or count (条, 人, customers: measure words)."""
    if unit in ("%", "pp"):
        return "percent"
    if unit.startswith(("CNY", "USD")):
        return unit
    return "count"


def same_family(a: str, b: str) -> bool:
    return family(a) == family(b)


def units_agree(goal: Goal) -> bool:
    """Baseline and target in one family of units (percent, a currency, counts)."""
    b = goal.baseline.unit if goal.baseline else None
    t = goal.target.unit if goal.target and goal.target.kind != "relative" else None
    return b is None or t is None or same_family(b, t)
