"""Units and their families: what can be compared with what."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from planlint.language.keywords import BUILTIN
from planlint.language.script import fold
from planlint.model import Goal

if TYPE_CHECKING:
    from planlint.language.packs import Packs


@lru_cache(maxsize=16)
def _time_and_score(packs: Packs | None) -> tuple[frozenset[str], frozenset[str]]:
    if packs is None:
        from planlint.language.packs import load_packs

        packs = load_packs()
    m = packs.data.metrics
    return frozenset(fold(u).lower() for u in m.duration_units), frozenset(fold(u).lower() for u in m.score_units)


def family(unit: str, packs: Packs | None = None) -> str:
    """percent (% and pp), a currency (CNY, USD, HKD...), duration (天, hours), score (分, points) or
    count (条, 人, customers: measure words). Units of time and score come from the packs."""
    if unit in ("%", "pp"):
        return "percent"
    if BUILTIN.is_money(unit):
        return unit
    time, score = _time_and_score(packs)
    key = fold(unit).lower()
    if key in time:
        return "duration"
    if key in score:
        return "score"
    return "count"


def _no_unit(unit: str, packs: Packs | None) -> bool:
    """A word read where the unit stands that is no unit: an approximator (2000左右: VG002's)."""
    return fold(unit).lower() in _approximators(packs)


@lru_cache(maxsize=16)
def _approximators(packs: Packs | None) -> frozenset[str]:
    if packs is None:
        from planlint.language.packs import load_packs

        packs = load_packs()
    return frozenset(fold(w).lower() for w in packs.data.approximators.after)


def same_family(a: str, b: str, packs: Packs | None = None) -> bool:
    """Two units that can be compared: one family, or a score (points) with a percentage or a count."""
    fa, fb = family(a, packs), family(b, packs)
    return fa == fb or ("score" in (fa, fb) and {fa, fb} <= {"score", "percent", "count"})


def unit_conflict(goal: Goal, packs: Packs | None = None) -> tuple[str, str] | None:
    """The first two of a goal's units that cannot be compared: the metric's, the baseline's and
    the target's (a ``+5pp`` change only fits a percentage; ``+20%`` fits anything)."""
    t = goal.target
    metric_unit = goal.metric.unit if goal.metric else None
    baseline_unit = goal.baseline.unit if goal.baseline else None
    return _conflict(metric_unit, baseline_unit, (t.kind, t.unit) if t is not None else None, packs)


@lru_cache(maxsize=4096)
def _conflict(metric_unit: str | None, baseline_unit: str | None, target: tuple[str | None, str | None] | None,
              packs: Packs | None) -> tuple[str, str] | None:
    """``unit_conflict`` of the units alone (a plan repeats them); ``target``: its kind and unit."""
    target_kind, target_unit = target if target is not None else (None, None)
    written = [u for u in (metric_unit, baseline_unit) if u and not _no_unit(u, packs)]
    if target_kind == "relative":
        if target_unit == "pp" and written and not same_family(written[0], "%", packs):
            written.append("pp")
    elif target is not None and target_unit and not _no_unit(target_unit, packs):
        written.append(target_unit)
    for i, first in enumerate(written):
        odd = next((u for u in written[i + 1:] if not same_family(first, u, packs)), None)
        if odd is not None:
            return first, odd
    return None


def units_agree(goal: Goal) -> bool:
    """Metric, baseline and target in units that can be compared (BL002 reports the others;
    rules that compute with the numbers skip them)."""
    return unit_conflict(goal) is None
