"""Plans that span files: a company plan, business-unit and department plans checked as one.

Files belong to one set when their goals and initiatives refer to each other (a ``parent``
or ``supports`` id defined in another file), or when config declares them one set
(``plans = ["company.plan", "depts/*.plan"]``). Unrelated files checked together stay
separate plans. Every cross-file check runs on the set as one plan: ids resolve across
files, contributions and splits add up, initiatives in department files count against the
company budget and their team budgets, a team declared once is known in every file. The
set's plan block (its period, budget and currency) is the company plan's: the plan block of
the file at the top of the goal tree.
"""

from __future__ import annotations

from collections.abc import Iterable

from planlint.model import Node, Plan, Span


def defined_ids(plan: Plan) -> set[str]:
    return {n.id for n in [*plan.goals, *plan.initiatives] if n.id}


def referenced_ids(plan: Plan) -> set[str]:
    refs = {g.parent.value for g in plan.goals if g.parent is not None}
    refs.update(r.value for i in plan.initiatives for r in i.supports)
    return refs


def unresolved(plan: Plan) -> set[str]:
    """Ids this plan refers to that it does not define."""
    return referenced_ids(plan) - defined_ids(plan)


def components(plans: list[Plan], declared: Iterable[frozenset[str]] = ()) -> list[list[Plan]]:
    """The plans grouped into sets: linked by references, or declared together (by path).
    Each set keeps the order the plans were given in."""
    parent = list(range(len(plans)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    owners: dict[str, list[int]] = {}
    for i, p in enumerate(plans):
        for ident in defined_ids(p):
            owners.setdefault(ident, []).append(i)
    for i, p in enumerate(plans):
        for ident in unresolved(p):
            for j in owners.get(ident, []):
                union(i, j)
    by_path = {p.path: i for i, p in enumerate(plans)}
    for group in declared:
        members = [by_path[path] for path in group if path in by_path]
        for j in members[1:]:
            union(members[0], j)
    sets: dict[int, list[Plan]] = {}
    for i, p in enumerate(plans):
        sets.setdefault(find(i), []).append(p)
    return list(sets.values())


def top_plan(plans: list[Plan]) -> Plan:
    """The company plan of a set: the file whose goals have no parent in another file (the top of
    the goal tree) and that has a plan block; the largest budget breaks a tie; else the first."""
    ids_of = {id(p): defined_ids(p) for p in plans}
    everywhere = set().union(*ids_of.values()) if ids_of else set()

    def reaches_up(p: Plan) -> bool:
        return any(g.parent is not None and g.parent.value in everywhere - ids_of[id(p)] for g in p.goals)

    candidates = [p for p in plans if p.meta is not None and not reaches_up(p)] or \
        [p for p in plans if p.meta is not None] or plans
    return max(candidates, key=lambda p: (p.meta.budget.value if p.meta and p.meta.budget else -1.0,
                                          -plans.index(p)))


def merge(plans: list[Plan]) -> Plan:
    """One plan made of the set's files: every team, goal and initiative (each knows its file,
    ``node.path``), and the company plan's plan block."""
    if len(plans) == 1:
        return plans[0]
    top = top_plan(plans)
    merged = Plan(path=top.path, lang=top.lang, locale=top.locale, meta=top.meta, line_count=top.line_count)
    for p in plans:
        merged.teams.extend(p.teams)
        merged.goals.extend(p.goals)
        merged.initiatives.extend(p.initiatives)
    return merged


def duplicates(plans: list[Plan]) -> list[tuple[Node, Node]]:
    """(later, first) for every goal or initiative id defined in two files of the set."""
    first: dict[str, Node] = {}
    out = []
    for p in plans:
        for n in [*p.goals, *p.initiatives]:
            if not n.id:
                continue
            seen = first.get(n.id)
            if seen is None:
                first[n.id] = n
            elif seen.path != n.path:
                out.append((n, seen))
    return out


def span_owners(plan: Plan) -> dict[int, str]:
    """Which file each span object of a merged plan belongs to (findings stay in their file)."""
    out: dict[int, str] = {}

    def walk(value: object, path: str) -> None:
        if isinstance(value, Span):
            out[id(value)] = path
        elif type(value).__module__ == "planlint.model":
            for item in _attributes(value):
                walk(item, path)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item, path)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, path)

    for node in plan.index.blocks:
        walk(node, node.path)
    return out



def _attributes(obj: object) -> list[object]:
    if hasattr(obj, "__dict__"):
        return list(vars(obj).values())
    return [getattr(obj, s) for c in type(obj).__mro__ for s in getattr(c, "__slots__", ()) if hasattr(obj, s)]
