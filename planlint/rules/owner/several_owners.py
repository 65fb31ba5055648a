"""OW005: more than one person is named as owner."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.owners import owner_facts
from planlint.i18n.messages import Field, Join, Label
from planlint.model import Node
from planlint.rules.owner.people import KIND


class SeveralOwners(Rule):
    """More than one person is named as owner.

    What it checks: `owner` / `负责人` holds one name; a list (`张伟、李娜`, `张伟/李娜`,
    `张伟和李娜`, `A and B`, two Chinese names side by side) is reported. The value is read in
    one linear pass, however long it is.
    Why: a shared owner is nobody's job; the method pairs one owner with collaborators
    (负责人 + 协同人, annual plan 3(1)).
    Fix: keep the first as owner and move the others to collaborators.
    """

    code = "OW005"
    name = "several-owners"
    category = "owner"
    severity = "warning"
    messages = {
        "several": ("{what} {node} 有 {count} 个负责人: {names}", "{what} {node} names {count} owners: {names}"),
        "fix": ("{owner}: {first}; {collaborators}: {rest}", "{owner}: {first}; {collaborators}: {rest}"),
    }

    node_local = True

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        if node.owner is None:
            return
        who = owner_facts(node.owner.value, None, ctx.packs)
        if who.kind != "several":
            return
        first, rest = who.names[0], who.names[1:]
        msg = self.msg("several", what=KIND[node.kind], node=Label(node.id, node.title), count=len(who.names),
                       names=Join(who.names, ", ", "、"))
        fix = self.msg("fix", owner=Field("owner"), first=first, collaborators=Field("collaborators"),
                       rest=Join(rest, ", ", "、"))
        edits = [Edit(span=node.owner.span, text=first)] if node.owner.span else []
        yield Hit(node.owner.span or node.header_span, msg, fix, edits)
