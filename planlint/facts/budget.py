"""The budget behind each goal and department, from one attribution.

An initiative's budget is split between the goals it supports: by their contribution
weight when the plan says how much each goal counts (``contributes``, relevance), evenly
otherwise. Its department is its own ``department``, else its owner's team, else the
departments of the goals it supports (by the same split). Every table built from it adds up
to what the initiatives ask. Money in another currency than the plan's is left out of the
sums (and counted in ``foreign``). ``balance`` holds every budget of the plan (the plan's,
each team's, each goal's) against what is asked of it: the sign-off gate's arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planlint.model import Goal, Initiative, Node, Plan, Quantity

RELEVANCE_WEIGHT = {"high": 1.0, "medium": 0.7, "low": 0.4}
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


def departments_of(plan: Plan, ini: Initiative, value: float) -> list[tuple[str, float]]:
    """Where an initiative's money goes by department: its own ``department``, else its owner's
    team, else the departments of the goals it supports (each goal's share, as ``split_between``
    gives it); what none of these names stays ``UNASSIGNED``."""
    own = department_of(plan, ini)
    if own is not None:
        return [(team_name(plan, own), value)]
    out: dict[str, float] = {}
    for goal, part in split_between(plan, ini, value) or [(None, value)]:
        dept = department_of(plan, goal) if goal is not None else None
        name = team_name(plan, dept) if dept is not None else UNASSIGNED
        out[name] = out.get(name, 0.0) + part
    return list(out.items())


def team_name(plan: Plan, department: str) -> str:
    """A department as its team is named (its id), whether the plan wrote the id or the title."""
    team = plan.index.teams.get(department)
    return team.id if team is not None and team.id else department


def goal_weight(plan: Plan, goal: Goal) -> float:
    """How much a goal counts towards the top: its share of each parent's change, multiplied up,
    times its relevance (high 1, medium 0.7, low 0.4). Each goal's chain is worked out once per
    plan (a goal's weight builds on its parent's), so a plan of many goals costs linear time."""
    return _chain(plan, goal) * RELEVANCE_WEIGHT.get(goal.relevance or "", 1.0)


def _sibling_stats(plan: Plan, parent: str) -> tuple[float, int, int]:
    """(sum of declared contributions, how many declared one, how many siblings) under a parent."""
    memo = plan.index.memo.setdefault(("sibling-stats",), {})
    found = memo.get(parent)
    if found is None:
        siblings = plan.index.children.get(parent, [])
        declared = [s.contributes.value for s in siblings if s.contributes is not None and s.contributes.value > 0]
        found = memo[parent] = (sum(declared), len(declared), len(siblings))
    return found


def _share_of_parent(plan: Plan, node: Goal) -> float:
    total, declared, siblings = _sibling_stats(plan, node.parent.value)
    siblings = siblings or 1
    if node.contributes is not None and total > 0:
        return node.contributes.value / total * (declared / siblings)
    return 1 / siblings


def _chain(plan: Plan, goal: Goal) -> float:
    """The product of a goal's shares up its parent chain (memoised per plan; a goal in a parent
    cycle multiplies each goal of the cycle once, as the walk meets them)."""
    memo: dict[int, float] = plan.index.memo.setdefault(("goal-chain",), {})  # type: ignore[assignment]
    path: list[Goal] = []
    on_path: set[int] = set()
    node: Goal | None = goal
    base = 1.0
    while node is not None:
        if id(node) in memo:
            base = memo[id(node)]
            break
        if node.parent is None:
            memo[id(node)] = 1.0
            break
        if id(node) in on_path:  # a cycle: walk it for each goal on the path, remembering none
            return _walk(plan, goal)
        on_path.add(id(node))
        path.append(node)
        node = plan.index.goals.get(node.parent.value)
    for n in reversed(path):
        base *= _share_of_parent(plan, n)
        memo[id(n)] = base
    return memo.get(id(goal), base)


def _walk(plan: Plan, goal: Goal) -> float:
    weight = 1.0
    node: Goal | None = goal
    seen: set[int] = set()
    while node is not None and node.parent is not None and id(node) not in seen:
        seen.add(id(node))
        weight *= _share_of_parent(plan, node)
        node = plan.index.goals.get(node.parent.value)
    return weight


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
    """The plan's one attribution, computed once per plan (callers read it, never change it)."""
    found = plan.index.memo.get(("budget",))
    if found is None:
        found = plan.index.memo[("budget",)] = _attribute(plan)
    return found  # type: ignore[return-value]


def _attribute(plan: Plan) -> Budget:
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
        for dept, part in departments_of(plan, ini, value):
            out.by_department[dept] = out.by_department.get(dept, 0.0) + part
    return out


@dataclass
class Check:
    """One budget that must hold what is asked of it: the plan's (against its initiatives, its
    teams' budgets or its goals' budgets), a team's (its initiatives) or a goal's (the initiatives
    behind it and its sub-goals)."""

    holder: Node
    what: str  # initiatives, teams, goals: what is counted against the budget
    cap: float
    asked: float

    @property
    def over(self) -> float:
        return max(0.0, self.asked - self.cap)

    @property
    def holds(self) -> bool:
        return self.asked <= self.cap + 1e-6


def balance(plan: Plan) -> list[Check]:
    """Every budget of the plan against what is asked of it, from the one attribution
    (``budget``): whatever rules are selected, ignored or suppressed, this is the arithmetic."""
    b = budget(plan)
    cur = b.currency
    out: list[Check] = []
    if plan.meta is not None and b.cap is not None:
        out.append(Check(plan.meta, "initiatives", b.cap, b.asked))
        teams = [a for t in plan.teams if (a := amount(t.budget, cur)) is not None]
        if teams:
            out.append(Check(plan.meta, "teams", b.cap, sum(teams)))
        goals = [a for g in _top_budgeted_goals(plan) if (a := amount(g.budget, cur)) is not None]
        if goals:
            out.append(Check(plan.meta, "goals", b.cap, sum(goals)))
    for team in plan.teams:
        cap = amount(team.budget, cur)
        if cap is not None and team.id:
            out.append(Check(team, "initiatives", cap, b.by_department.get(team.id, 0.0)))
    budgeted = [g for g in plan.goals if amount(g.budget, cur) is not None]
    behind = _subtree_sums(plan, b) if budgeted else {}
    for goal in budgeted:
        total = behind.get(id(goal))
        if total is None:  # in a parent cycle
            total = sum(b.of_goal(g) for g in [goal, *plan.index.descendants(goal)])
        out.append(Check(goal, "initiatives", amount(goal.budget, cur), total))
    return out


def _subtree_sums(plan: Plan, b: Budget) -> dict[int, float]:
    """Each goal's attributed money plus its sub-goals', in one pass down from the top goals
    (goals in a parent cycle are left out)."""
    idx = plan.index
    roots = [g for g in plan.goals if g.parent is None or g.parent.value not in idx.goals]
    out: dict[int, float] = {}
    seen: set[int] = set()
    for root in roots:
        stack: list[tuple[Goal, bool]] = [(root, False)]
        while stack:
            g, done = stack.pop()
            if done:
                kids = [c for c in idx.children.get(g.id or "", []) if id(c) in out]
                out[id(g)] = b.of_goal(g) + sum(out[id(c)] for c in kids)
                continue
            if id(g) in seen:
                continue
            seen.add(id(g))
            stack.append((g, True))
            stack.extend((c, False) for c in idx.children.get(g.id or "", []) if id(c) not in seen)
    return out


def _top_budgeted_goals(plan: Plan) -> list[Goal]:
    """Goals with a budget of their own and no budgeted goal above them (no money counted twice),
    found in one pass down from the top goals; goals in a parent cycle are checked one by one."""
    idx = plan.index
    covered: dict[int, bool] = {}  # id(goal) -> a goal above it has a budget
    stack = [(g, False) for g in plan.goals if g.parent is None or g.parent.value not in idx.goals]
    while stack:
        g, above = stack.pop()
        if id(g) in covered:
            continue
        covered[id(g)] = above
        below = above or g.budget is not None
        stack.extend((c, below) for c in idx.children.get(g.id or "", []) if id(c) not in covered)
    out = []
    for g in plan.goals:
        if g.budget is None:
            continue
        above = covered.get(id(g))
        if above is None:
            above = any(a.budget is not None for a in idx.ancestors(g))
        if not above:
            out.append(g)
    return out
