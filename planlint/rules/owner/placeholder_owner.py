"""OW002: the owner is not one person: a placeholder, a group, a vacancy, a role or a team."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label
from planlint.model import Plan
from planlint.rules.owner.people import KIND, candidate, owner_field


class PlaceholderOwner(Rule):
    """The owner is not one person: a placeholder (`*`, TBD, 待定), a group, a vacancy or a role.

    What it checks: owner and head values that name nobody in particular: a placeholder from the
    packs (`*`, TBD, 待定, ?); a group (各区域经理, 全体销售, all store managers, the sales team, a
    team of the plan); a vacancy (待招聘, TBH, to be hired); a role title with no name (市场部经理,
    客服主管, Head of Growth), which stands for whoever holds the role. A surname with a title
    (王经理) or a name with its role (张伟(运营经理)) names the person. The words are in
    `packs/people.toml`, extendable by a team's own pack.
    Why: the method's templates write "负责人*" where a name is still missing, and "責任必須清晰,
    避免模糊地帶" (annual plan 3(1)): a plan going to sign-off names one person for each line.
    Fix: the name of one person; planlint proposes the department's head, a member of it or the
    supported goal's owner, and the others become collaborators.
    """

    code = "OW002"
    name = "placeholder-owner"
    category = "owner"
    severity = "error"
    messages = {
        "placeholder": ("{what} {node} 的负责人「{value}」是占位符, 不是具体的人",
                        "the owner of {what} {node}, '{value}', is a placeholder, not a person"),
        "group": ("{what} {node} 的负责人「{value}」是一群人, 不是一个对结果负责的人",
                  "the owner of {what} {node}, '{value}', is a group of people, not one person who answers for it"),
        "team": ("{what} {node} 的负责人「{value}」是一个部门, 不是一个对结果负责的人",
                 "the owner of {what} {node}, '{value}', is a department, not one person who answers for it"),
        "vacancy": ("{what} {node} 的负责人「{value}」还没有到岗, 现在没有人对它负责",
                    "the owner of {what} {node}, '{value}', is not hired yet: nobody answers for it now"),
        "role": ("{what} {node} 的负责人「{value}」是一个职位, 没有写是谁",
                 "the owner of {what} {node}, '{value}', is a role title: it does not say who"),
        "fix": ("写上具体负责人, 例如 {who}", "name the person, e.g. {who}"),
        "fix-name": ("写上具体负责人的姓名", "name the person who answers for it"),
        "fix-group": ("写上一个具体负责人, 例如 {who}; 其他人写进 协同人", "name one person, e.g. {who}, and list the others as collaborators"),
        "fix-vacancy": ("在到岗之前写上一位现任负责人, 例如 {who}", "name someone who answers for it until the hire starts, e.g. {who}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if ctx.facts is None:
            return
        for node in plan.index.blocks:
            if node.owner is not None:  # (a value read as an owner is no placeholder: its field need not be read)
                who_is = ctx.facts.owner(node)
                if who_is is None or who_is.kind in ("person", "several"):
                    continue
            ref = node.fields.get(owner_field(node))
            if ref is None or not ref.raw_value:
                continue
            who_is = ctx.facts.owner(node)
            kind = "placeholder" if ref.placeholder else (who_is.kind if who_is is not None else "person")
            if kind in ("person", "several"):
                continue
            who = candidate(plan, node, ctx)
            msg = self.msg(kind, what=KIND[node.kind], node=Label(node.id, node.title), value=ref.raw_value)
            if who is None:
                fix = self.msg("fix-name")
            elif kind in ("group", "team"):
                fix = self.msg("fix-group", who=who)
            elif kind == "vacancy":
                fix = self.msg("fix-vacancy", who=who)
            else:
                fix = self.msg("fix", who=who)
            edits = [Edit(span=ref.value_span, text=who)] if who and ref.value_span else []
            yield Hit(ref.value_span or ref.key_span, msg, fix, edits)
