"""Who answers for a goal in a conflict: its owner, else its department's head."""

from __future__ import annotations

from planlint.facts.owners import is_person
from planlint.language.packs import Packs
from planlint.model import Node, Plan


def answerable(plan: Plan, node: Node, dept: str | None, packs: Packs) -> str | None:
    """The person who answers for the node: its owner, else its department's head (None when
    the plan names nobody)."""
    if node.owner is not None and is_person(node.owner.value, plan, packs):
        return node.owner.value
    team = plan.index.teams.get(dept or "")
    if team is not None and team.owner is not None and is_person(team.owner.value, plan, packs):
        return team.owner.value
    return None
