"""What the owner rules share: who could own a block, and how to name a block's kind."""

from __future__ import annotations

from planlint.api.rule import Context
from planlint.facts.owners import is_person
from planlint.i18n.messages import Term
from planlint.model import Goal, Initiative, Node, Plan

KIND = {"plan": Term("计划", "the plan"), "team": Term("团队", "team"), "goal": Term("目标", "goal"),
        "initiative": Term("举措", "initiative")}


def owner_field(node: Node) -> str:
    return "head" if node.kind == "team" else "owner"


def candidate(plan: Plan, node: Node, ctx: Context) -> str | None:
    """A person who could own the block: its department's head (or a member, when the head is
    the one being replaced), the supported goal's owner, the parent goal's owner, the plan's owner."""

    def person(name: str | None) -> str | None:
        return name if is_person(name, plan, ctx.packs) else None

    current = node.owner.value if node.owner is not None else None
    dept = getattr(node, "department", None)
    team = plan.index.teams.get(dept.value) if dept is not None else None
    if team is None and node.kind == "team":
        team = node  # type: ignore[assignment]
    if team is not None:
        for name in [team.owner.value if team.owner else None, *(m.value for m in team.members)]:
            if person(name) and name != current:
                return name
    if isinstance(node, Initiative):
        for ref in node.supports:
            goal = plan.index.goals.get(ref.value)
            if goal is not None and goal.owner is not None and person(goal.owner.value):
                return goal.owner.value
    if isinstance(node, Goal) and node.parent is not None:
        parent = plan.index.goals.get(node.parent.value)
        if parent is not None and parent.owner is not None and person(parent.owner.value):
            return parent.owner.value
    if plan.meta is not None and plan.meta.owner is not None and person(plan.meta.owner.value):
        return plan.meta.owner.value
    return None
