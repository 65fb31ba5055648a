"""OW003: the owner is neither the head nor a member of the goal's department."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label
from planlint.model import Plan
from planlint.rules.common import people_of


class OwnerOutsideDepartment(Rule):
    """The owner is neither the head nor a member of the goal's department.

    What it checks: for a goal or initiative with `department` (部门), its owner (the first one,
    when several are named) is the head or a member of that team; when the department is not a
    declared team but the owner belongs to another one, that is said too. Skipped when the plan
    declares no teams, and for owners that name no person (OW002's).
    Why: the owner must be able to direct the department's people and budget; a goal owned
    across departments needs the other team to agree (alignment framework, risk 3).
    Fix: choose an owner from the department (its head is proposed), or add the person to its members.
    """

    code = "OW003"
    name = "owner-outside-department"
    category = "owner"
    severity = "warning"
    messages = {
        "outside": ("{node} 的负责人 {who} 不是 {dept} 的负责人或成员", "the owner of {node}, {who}, is neither head nor member of {dept}"),
        "outside-home": ("{node} 的负责人 {who} 不是 {dept} 的负责人或成员 (在 {home})",
                         "the owner of {node}, {who}, is neither head nor member of {dept} (is in {home})"),
        "fix": ("改由 {dept} 的人负责 (例如 {other}), 或把 {who} 加入 {dept} 的成员",
                "let someone of {dept} own it (e.g. {other}), or add {who} to {dept}'s members"),
        "fix-add": ("把 {who} 加入 {dept} 的成员", "add {who} to {dept}'s members"),
        "elsewhere": ("{node} 的负责人 {who} 在 {home}, 不在 {dept}", "the owner of {node}, {who}, is in {home}, not in {dept}"),
        "fix-elsewhere": ("把 部门 改为 {first}, 或由 {dept} 的人负责", "set department to {first}, or let someone of {dept} own it"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if not plan.teams or ctx.facts is None:
            return
        members: dict[int, set[str]] = {}  # each team's people, gathered once
        for node in [*plan.goals, *plan.initiatives]:
            if node.department is None or node.owner is None:
                continue
            who_is = ctx.facts.owner(node)
            if who_is is None or who_is.kind not in ("person", "several"):
                continue
            who, dept = who_is.names[0], node.department.value
            team = plan.index.teams.get(dept)
            if team is not None:
                known = members.get(id(team))
                if known is None:
                    known = members[id(team)] = team.people()
                if who in known:
                    continue
            home = [t.id for t in plan.index.team_of.get(who, []) if t.id]
            label = Label(node.id, node.title)
            span = node.owner.span or node.header_span
            if team is not None:
                people = people_of(team)
                args = {"node": label, "who": who, "dept": dept}
                msg = self.msg("outside-home", home=Join(tuple(home), ", ", "、"), **args) if home else self.msg("outside", **args)
                fix = self.msg("fix", other=people[0], **args) if people else self.msg("fix-add", **args)
                edits = [Edit(span=node.owner.span, text=people[0])] if people and node.owner.span else []
                yield Hit(span, msg, fix, edits)
            elif home:
                yield Hit(span, self.msg("elsewhere", node=label, who=who, home=Join(tuple(home), ", ", "、"), dept=dept),
                          self.msg("fix-elsewhere", first=home[0], dept=dept))
