"""Plan facts: what a plan's words mean, computed once per plan and read by the rules, the
report, ``status`` and the language server.

- ``values``: a goal's numbers in base units (``650`` on ``(万元)`` is 6,500,000), its change;
- ``units``: unit families (what can be compared with what);
- ``budget``: the currency, departments, contribution weights, and one attribution of every
  initiative's money to the goals it supports and to departments;
- ``PlanFacts``: all of it for one plan, built once (``facts_of``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from planlint.facts import budget as _budget
from planlint.model import Goal, Initiative, Plan

if TYPE_CHECKING:
    from planlint.language.packs import Packs


@dataclass
class PlanFacts:
    """The facts of one plan (with the vocabularies they were read with)."""

    plan: Plan
    packs: Packs | None = None

    @cached_property
    def currency(self) -> str:
        return _budget.currency(self.plan)

    @cached_property
    def budget(self) -> _budget.Budget:
        return _budget.budget(self.plan)

    def department(self, node: Goal | Initiative) -> str | None:
        return _budget.department_of(self.plan, node)

    def weight(self, goal: Goal) -> float:
        return _budget.goal_weight(self.plan, goal)


def facts_of(plan: Plan, packs: Packs | None = None) -> PlanFacts:
    """The plan's facts, built once per plan and vocabulary."""
    key = ("facts", id(packs))
    found = plan.index.memo.get(key)
    if found is None:
        found = plan.index.memo[key] = PlanFacts(plan, packs)
    return found  # type: ignore[return-value]
