"""The budget behind each goal and department, from one attribution.

An initiative's budget is split between the goals it supports: by their contribution
weight when the plan says how much each goal counts (``contributes``, relevance), evenly
otherwise. Every table built from it adds up to what the initiatives ask. Money in another
currency than the plan's is left out of the sums (and counted in ``foreign``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planlint.language.keywords import BUILTIN
from planlint.model import Goal, Initiative, Node, Plan, Quantity

UNASSIGNED = ""  # the department of an initiative that names none and whose owner is in no team


def currency(plan: Plan) -> str:
    """The plan's currency: its budget's unit when that is money, else ``currency``, else CNY."""
    if plan.meta is not None:
        if plan.meta.budget is not None and plan.meta.budget.unit in ("CNY", "USD"):
            return plan.meta.budget.unit
        return plan.meta.currency or "CNY"
    return "CNY"


def amount(q: Quantity | None, cur: str) -> float | None:
    """A budget in the plan's currency; None when missing or in another currency."""
    if q is None or q.unit not in (None, cur):
        return None
    return q.value


def department_of(plan: Plan, node: Goal | Initiative) -> str | None:
    """The node's department, else the one team its owner belongs to."""
    if node.department is not None:
        return node.department.value
    if node.owner is not None:
        teams = plan.index.team_of.get(node.owner.value, [])
        if len(teams) == 1:
            return teams[0].id
    return None


def goal_weight(plan: Plan, goal: Goal) -> float:
    """How much a goal counts towards the top: its share of each parent's change, multiplied up,
    times its relevance (high 1, medium 0.7, low 0.4)."""
    weight = 1.0
    node: Goal | None = goal
    seen: set[int] = set()
    while node is not None and node.parent is not None and id(node) not in seen:
        seen.add(id(node))
        siblings = plan.index.children.get(node.parent.value, [node])
        declared = [s for s in siblings if s.contributes is not None and s.contributes.value > 0]
        total = sum(s.contributes.value for s in declared)
        if node.contributes is not None and total > 0:
            weight *= node.contributes.value / total * (len(declared) / len(siblings))
        else:
            weight *= 1 / len(siblings)
        node = plan.index.goals.get(node.parent.value)
    return weight * (plan.language or BUILTIN).weight("relevance", goal.relevance)  # language pack: choices


def initiative_weight(plan: Plan, ini: Initiative) -> float:
    goals = supported_goals(plan, ini)
    return max((goal_weight(plan, g) for g in goals), default=0.1) or 0.1


def node_weight(plan: Plan, node: Node) -> float:
    if isinstance(node, Initiative):
        return initiative_weight(plan, node)
    if isinstance(node, Goal):
        return goal_weight(plan, node) or 0.1
    return 1.0


def supported_goals(plan: Plan, ini: Initiative) -> list[Goal]:
    """The goals an initiative supports, each once, in the order written (unknown ids left out)."""
    out: list[Goal] = []
    for ref in ini.supports:
        g = plan.index.goals.get(ref.value)
        if g is not None and all(g is not o for o in out):
            out.append(g)
    return out


def split_between(plan: Plan, ini: Initiative, value: float) -> list[tuple[Goal, float]]:
    """An initiative's money split between the goals it supports: by contribution weight when
    the goals' weights differ, evenly when they do not."""
    goals = supported_goals(plan, ini)
    if not goals:
        return []
    weights = [goal_weight(plan, g) for g in goals]
    total = sum(weights)
    if total <= 0 or max(weights) - min(weights) < 1e-9:
        return [(g, value / len(goals)) for g in goals]
    return [(g, value * w / total) for g, w in zip(goals, weights, strict=True)]


def proposed_cuts(plan: Plan, items: list[tuple[Node, float]], overrun: float) -> list[tuple[Node, float, float]]:
    """Cut ``overrun`` from the items, more from those whose goals contribute less:
    (item, asked, proposed)."""
    pressure = [(n, a, a / node_weight(plan, n)) for n, a in items if a > 0]
    total = sum(p for _, _, p in pressure)
    out = []
    left = overrun
    for node, asked, p in sorted(pressure, key=lambda x: -x[2]):
        cut = min(asked, overrun * p / total) if total else 0.0
        cut = min(cut, left)
        left -= cut
        out.append((node, asked, asked - cut))
    return out


@dataclass
class Budget:
    """Where the plan's money goes. ``by_goal`` holds only initiative money attributed to the
    goals they support; ``unattached`` is what initiatives with no known goal ask."""

    currency: str
    cap: float | None  # the plan's own budget
    asked: float = 0.0  # all initiatives, in the plan's currency
    by_initiative: list[tuple[Initiative, float]] = field(default_factory=list)
    by_goal: dict[int, float] = field(default_factory=dict)  # id(goal) -> attributed amount
    by_department: dict[str, float] = field(default_factory=dict)  # department ("" unassigned) -> amount
    shares: dict[int, list[tuple[Goal, float]]] = field(default_factory=dict)  # id(initiative) -> split
    unattached: float = 0.0
    foreign: list[Initiative] = field(default_factory=list)  # budgets in another currency

    @property
    def left(self) -> float | None:
        return None if self.cap is None else self.cap - self.asked

    def of_goal(self, goal: Goal) -> float:
        return self.by_goal.get(id(goal), 0.0)


def budget(plan: Plan) -> Budget:
    cur = currency(plan)
    cap = amount(plan.meta.budget, cur) if plan.meta is not None else None
    out = Budget(cur, cap)
    for ini in plan.initiatives:
        if ini.budget is None:
            continue
        value = amount(ini.budget, cur)
        if value is None:
            out.foreign.append(ini)
            continue
        out.asked += value
        out.by_initiative.append((ini, value))
        parts = split_between(plan, ini, value)
        out.shares[id(ini)] = parts
        if not parts:
            out.unattached += value
        for g, part in parts:
            out.by_goal[id(g)] = out.by_goal.get(id(g), 0.0) + part
        dept = department_of(plan, ini) or UNASSIGNED
        out.by_department[dept] = out.by_department.get(dept, 0.0) + value
    return out
