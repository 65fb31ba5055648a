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

from dataclasses import field

from planlint.facts.periods import meaning, measure_of, same_measure
from planlint.facts.values import base, change, target_base
from planlint.language.keywords import BUILTIN
from planlint.model import Goal, Initiative, Node, Plan, Quantity
from planlint.records import record

UNASSIGNED = ""  # the department of an initiative that names none and whose owner is in no team


def currency(plan: Plan) -> str:
    """The plan's currency: its budget's unit when that is money, else ``currency``, else CNY. A
    budget in plain 元 (``300万元``) is in the declared ``currency`` (幣種: TWD) when there is one."""
    if plan.meta is not None:
        declared = plan.meta.currency or "CNY"
        b = plan.meta.budget
        if b is not None and BUILTIN.is_money(b.unit) and "/" not in (b.unit or ""):
            if b.unit == "CNY" and declared != "CNY" and BUILTIN.local_money(b.unit, b.text):
                return declared
            return b.unit  # type: ignore[return-value]
        return declared
    return "CNY"


def amount(q: Quantity | None, cur: str) -> float | None:
    """A budget in the plan's currency; None when missing or in another currency. Plain 元 is the
    plan's currency, whichever it is (300万元 in a TWD plan)."""
    if q is None:
        return None
    if q.unit in (None, cur) or (cur != "CNY" and BUILTIN.local_money(q.unit, q.text) and "/" not in (q.unit or "")):
        return q.value
    return None


def department_of(plan: Plan, node: Goal | Initiative) -> str | None:
    """The node's department, else the one team its owner belongs to."""
    if node.department is not None:
        return node.department.value
    if node.owner is not None:
        teams = plan.index.team_of.get(node.owner.value, [])
        if len(teams) == 1:
            return teams[0].id
    return None


@record(frozen=True)
class Part:
    """What a child goal gives its parent: ``kind`` pp (points of the parent), share (% of the
    parent's need), amount (in the parent's base units); ``value`` as written (pp, %, base
    units); ``fraction`` of the parent's need, when that is known."""

    child: Goal
    kind: str
    value: float
    fraction: float | None


def need(plan: Plan, parent: Goal) -> tuple[float, str] | None:
    """What the parent's children share: a flow's total (a team's 150万 of Q2 revenue is 40%
    renewals and 60% first purchases), a level's change (+5pp of share is 2pp + 3pp).
    Returns (value in base units, "total" or "change")."""
    if meaning(plan, parent).flow:
        t = target_base(parent)
        return (t, "total") if t is not None else None
    d = change(parent)
    return (d, "change") if d is not None else None


def declared_part(plan: Plan, parent: Goal, child: Goal) -> Part | None:
    """The child's ``contributes`` (贡献) read against its parent: ``3pp`` points of the parent's
    metric, ``40%`` a share of its total (a flow) or of its change (a level), ``2500万元`` or a
    bare ``3万`` an amount in the parent's units."""
    q = child.contributes
    if q is None:
        return None
    whole = need(plan, parent)
    if q.unit == "pp":
        frac = q.value / whole[0] if whole and whole[1] == "change" and whole[0] else None
        return Part(child, "pp", q.value, frac)
    if q.unit == "%":
        return Part(child, "share", q.value, q.value / 100)
    value = base(parent, q) if q.unit is None else q.value
    if value is None:
        return None
    return Part(child, "amount", value, value / whole[0] if whole and whole[0] else None)


def own_part(plan: Plan, parent: Goal, child: Goal) -> Part | None:
    """What the child's own numbers give the parent when it counts the same thing: its total
    (the parent a flow) or its change (a level), in the parent's terms."""
    if not same_measure(parent, child):
        return None
    whole = need(plan, parent)
    if whole is None:
        return None
    value = target_base(child) if whole[1] == "total" else change(child)
    if value is None:
        return None
    kind = "pp" if whole[1] == "change" and measure_of(parent) == "rate" else "amount"
    return Part(child, kind, value, value / whole[0] if whole[0] else None)


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
    """How much a goal counts towards the top: its share of each parent's need, multiplied up,
    times its relevance (high 1, medium 0.7, low 0.4). Computed for every goal at once, in one
    pass down from the roots (a 20,000-goal chain costs 20,000 steps, not 200 million)."""
    return _weights(plan).get(id(goal), 1.0) * (plan.language or BUILTIN).weight("relevance", goal.relevance)  # language pack


def _weights(plan: Plan) -> dict[int, float]:
    key = ("chain-weights",)
    found = plan.index.memo.get(key)
    if found is None:
        found = plan.index.memo[key] = _chain_weights(plan)
    return found  # type: ignore[return-value]


def _shares(plan: Plan, parent: Goal | None, siblings: list[Goal]) -> list[float]:
    """Each sibling's share of the parent: by its declared part (as a fraction of the parent's
    need when known, else as written), the undeclared ones an even share of one sibling each."""
    n = len(siblings)
    parts = [declared_part(plan, parent, s) if parent is not None else None for s in siblings]
    parts = [p if p is not None and p.value > 0 else None for p in parts]
    declared = [p for p in parts if p is not None]
    if not declared:
        return [1 / n] * n
    use_fraction = all(p.fraction is not None for p in declared)
    values = [(p.fraction if use_fraction else p.value) if p is not None else 0.0 for p in parts]
    total = sum(values)
    out = []
    for p, v in zip(parts, values, strict=True):
        out.append(v / total * (len(declared) / n) if p is not None and total > 0 else 1 / n)
    return out


def _chain_weights(plan: Plan) -> dict[int, float]:
    """The product of shares from each goal up to its root, every goal visited once. Goals in a
    parent cycle (AL004 reports it) count as roots of their cycle."""
    idx = plan.index
    share: dict[int, float] = {}
    for parent_id, kids in idx.children.items():
        parent = idx.goals.get(parent_id)
        for kid, w in zip(kids, _shares(plan, parent, kids), strict=True):
            share[id(kid)] = w
    out: dict[int, float] = {}
    for goal in plan.goals:
        if id(goal) in out:
            continue
        chain: list[Goal] = []
        on_chain: set[int] = set()
        node = goal
        above = 1.0  # the weight of what the chain's top hangs from: a root, an unknown id, a cycle
        while True:
            chain.append(node)
            on_chain.add(id(node))
            parent = idx.goals.get(node.parent.value) if node.parent is not None else None
            if parent is None or id(parent) in on_chain:
                break
            if id(parent) in out:
                above = out[id(parent)]
                break
            node = parent
        for g in reversed(chain):
            above *= share.get(id(g), 1.0) if g.parent is not None else 1.0
            out[id(g)] = above
    return out


def subtree_budget(plan: Plan, goal: Goal) -> float:
    """The initiative money behind a goal and every goal below it (one bottom-up pass per plan,
    shared by the gate's balance and RS006; in a parent cycle, AL004's to report, each goal of
    the cycle is counted once, from where the walk entered it)."""
    key = ("subtree-budget",)
    found = plan.index.memo.get(key)
    if found is None:
        found = plan.index.memo[key] = _subtree_budgets(plan)
    return found.get(id(goal), 0.0)  # type: ignore[union-attr]


def _subtree_budgets(plan: Plan) -> dict[int, float]:
    money = budget(plan)
    out: dict[int, float] = {}
    idx = plan.index
    for root in plan.goals:
        if id(root) in out:
            continue
        stack: list[tuple[Goal, bool]] = [(root, False)]
        seen: set[int] = set()
        while stack:
            g, done = stack.pop()
            if done:
                out[id(g)] = money.of_goal(g) + sum(out.get(id(c), 0.0) for c in idx.children.get(g.id or "", []))
                continue
            if id(g) in seen:
                continue
            seen.add(id(g))
            stack.append((g, True))
            for c in idx.children.get(g.id or "", []):
                if id(c) not in seen and id(c) not in out:
                    stack.append((c, False))
    return out


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
    seen: set[int] = set()
    for ref in ini.supports:
        g = plan.index.goals.get(ref.value)
        if g is not None and id(g) not in seen:
            seen.add(id(g))
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


@record
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


@record
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
    for goal in plan.goals:
        cap = amount(goal.budget, cur)
        if cap is not None:
            out.append(Check(goal, "initiatives", cap, subtree_budget(plan, goal)))
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
