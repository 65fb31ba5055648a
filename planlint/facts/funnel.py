"""Funnel arithmetic: a revenue goal worked backwards through its ``assume:``.

Method: "10M ARR / 50k per customer = 200 customers; at 10% lead-to-customer conversion,
2,000 leads; at <= 200 per lead, 400k of lead budget" (tracking guide 1(1)). Assumption keys,
in both languages, are in ``packs/funnel.toml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planlint.facts.values import target_base
from planlint.language.keywords import BUILTIN
from planlint.model import Goal, Plan
from planlint.records import record

if TYPE_CHECKING:
    from planlint.language.packs import Packs


@record
class Funnel:
    goal: Goal
    target: float
    deal: float
    conversion: float | None
    cpl: float | None
    customers_needed: float
    leads_needed: float | None
    customers_goal: Goal | None
    leads_goal: Goal | None


def assumption(goal: Goal, packs: Packs, key: str) -> float | None:
    """An assumption under the goal's ``assume:`` (deal_size, conversion as a fraction, cost_per_lead)."""
    rx = packs.funnel_res[key]
    for entry in goal.assume:
        if entry.target is not None and rx.search(entry.key):
            q = entry.target.value or entry.target.low
            if q is None:
                continue
            if key == "conversion":
                return q.value / 100 if q.unit == "%" or q.value > 1 else q.value
            return q.value
    return None


def _count_goal(goal: Goal) -> bool:
    unit = goal.metric.unit if goal.metric else None
    return unit not in ("%", "pp") and not BUILTIN.is_money(unit) and goal.target is not None


def read_funnel(plan: Plan, goal: Goal, packs: Packs) -> Funnel | None:
    deal = assumption(goal, packs, "deal_size")
    target = target_base(goal)
    if not deal or target is None or target <= 0:
        return None
    conversion = assumption(goal, packs, "conversion")
    cpl = assumption(goal, packs, "cost_per_lead")
    customers = leads = None
    for g in plan.index.descendants(goal):
        name = g.metric.name if g.metric else ""
        if _count_goal(g):
            if leads is None and packs.leads_re.search(name):
                leads = g
            elif customers is None and packs.customers_re.search(name):
                customers = g
    customers_needed = target / deal
    leads_needed = customers_needed / conversion if conversion else None
    return Funnel(goal, target, deal, conversion, cpl, customers_needed, leads_needed, customers, leads)


def funnels(plan: Plan, packs: Packs) -> list[Funnel]:
    """Every goal's funnel, read once per plan (both funnel rules and SM005 read them)."""
    key = ("funnels", id(packs))
    if key not in plan.index.memo:
        found = (read_funnel(plan, g, packs) for g in plan.goals if g.assume)
        plan.index.memo[key] = [f for f in found if f is not None]
    return plan.index.memo[key]  # type: ignore[return-value]


def derived_by_funnel(plan: Plan, goal: Goal, packs: Packs) -> bool:
    """The goal's target is worked out by a funnel (its customers or its leads)."""
    return any(goal is f.customers_goal or goal is f.leads_goal for f in funnels(plan, packs))
