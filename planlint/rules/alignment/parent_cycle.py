"""AL004: goals are each other's parents."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join
from planlint.model import Goal, Plan


def cycles(plan: Plan) -> list[list[Goal]]:
    """Every parent cycle once, each starting at its goal that comes first in the file, in the
    order of its parents. Each goal is visited once: a goal has one parent, so the walk up from
    a goal stops at the first goal already walked (linear in the number of goals, whatever the
    shape: a 20,000-goal chain or a 10,000-goal cycle)."""
    goals = plan.index.goals
    state: dict[int, int] = {}  # id(goal) -> 1 on the current walk, 2 done
    found: list[list[Goal]] = []
    order = {id(g): i for i, g in enumerate(plan.goals)}
    for goal in plan.goals:
        if id(goal) in state:
            continue
        walk: list[Goal] = []
        node: Goal | None = goal
        while node is not None and id(node) not in state:
            state[id(node)] = 1
            walk.append(node)
            node = goals.get(node.parent.value) if node.parent is not None else None
        if node is not None and state.get(id(node)) == 1:  # came back to this walk: a cycle
            loop = walk[next(i for i in range(len(walk) - 1, -1, -1) if walk[i] is node):]
            first = min(range(len(loop)), key=lambda i: order.get(id(loop[i]), 0))
            found.append(loop[first:] + loop[:first])
        for g in walk:
            state[id(g)] = 2
    return found


class ParentCycle(Rule):
    """Goals are each other's parents.

    What it checks: following `parent` from any goal never comes back to it.
    Why: a cycle has no top: nothing in it reaches a company goal (alignment framework, step 1:
    company goal -> business unit -> marketing sub-goal).
    Fix: names the cycle; remove the `parent` of the goal that should be on top.
    """

    code = "AL004"
    name = "parent-cycle"
    category = "alignment"
    severity = "error"
    messages = {
        "cycle": ("上级关系形成循环: {chain}", "parents form a cycle: {chain}"),
        "fix": ("删除 {goal} 的 上级, 让它成为这一组的最上层", "remove the parent of {goal} so that it is the top"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for loop in cycles(plan):
            top = loop[0]
            chain = Join(tuple(g.id or "?" for g in [*loop, top]), " → ")
            yield Hit(top.parent.span or top.header_span,  # type: ignore[union-attr]
                      self.msg("cycle", chain=chain), self.msg("fix", goal=top.id or "?"))
