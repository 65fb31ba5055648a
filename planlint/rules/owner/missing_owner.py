"""OW001: a goal, initiative, team or plan has no owner."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Field, Label
from planlint.model import Plan
from planlint.rules.common import insert_field
from planlint.rules.owner.people import KIND, candidate, owner_field


class MissingOwner(Rule):
    """A goal, initiative, team or plan has no owner.

    What it checks: `owner` / `负责人` on every goal and initiative, `head` / `负责人` on every
    team, and `owner` on the plan.
    Why: "每個策略需拆解為可執行的具體動作, 明確負責人、時間、資源" (alignment framework, step 3):
    work that nobody owns is work nobody does.
    Fix: planlint proposes the department's head, the owner of the goal it supports, or the plan owner.
    """

    code = "OW001"
    name = "missing-owner"
    category = "owner"
    severity = "error"
    messages = {
        "missing": ("{what} {node} 没有负责人", "{what} {node} has no owner"),
        "fix": ("加上 {field}: {who}", "add {field}: {who}"),
        "fix-name": ("加上 {field}: <姓名>", "add {field}: <name>"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for node in plan.index.blocks:
            if node.owner is not None:
                continue
            ref = node.fields.get(owner_field(node))
            if ref is not None and ref.raw_value:
                continue
            who = candidate(plan, node, ctx)
            field = Field(owner_field(node))
            fix = self.msg("fix", field=field, who=who) if who else self.msg("fix-name", field=field)
            yield Hit(node.id_span or node.header_span, self.msg("missing", what=KIND[node.kind], node=Label(node.id, node.title)),
                      fix, [insert_field(node, ctx.field(owner_field(node)), who or "<?>")],
                      applicability=None if who else "display")
