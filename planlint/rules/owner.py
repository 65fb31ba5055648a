"""Owners: every goal and initiative has one real person who answers for it.

Method: every task has an owner and collaborators (annual plan 3(1); alignment
framework, table 2, where "负责人*" marks a gap still to be filled).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.language.keywords import is_placeholder, suggest
from planlint.model import Goal, Initiative, Node, Plan
from planlint.rules.common import insert_field, label, people_of, team_names

SEVERAL = re.compile(r"\s*(?:[,，、/&＆;；]|\s和\s|\band\b)\s*")


def _candidate(plan: Plan, node: Node) -> str | None:
    """Who could own it: the department's head, the supported goal's owner, the plan owner."""
    dept = getattr(node, "department", None)
    if dept is not None:
        team = plan.index.teams.get(dept.value)
        if team is not None and team.owner is not None:
            return team.owner.value
    if isinstance(node, Initiative):
        for ref in node.supports:
            goal = plan.index.goals.get(ref.value)
            if goal is not None and goal.owner is not None and not is_placeholder(goal.owner.value):
                return goal.owner.value
    if isinstance(node, Goal) and node.parent is not None:
        parent = plan.index.goals.get(node.parent.value)
        if parent is not None and parent.owner is not None:
            return parent.owner.value
    if plan.meta is not None and plan.meta.owner is not None:
        return plan.meta.owner.value
    return None


def _what(node: Node, ctx: Context) -> str:
    return {
        "plan": ctx.t("计划", "the plan"), "team": ctx.t("团队", "team"),
        "goal": ctx.t("目标", "goal"), "initiative": ctx.t("举措", "initiative"),
    }[node.kind]


def _owned(plan: Plan) -> Iterator[Node]:
    yield from plan.index.blocks


class MissingOwner(Rule):
    """A goal, initiative, team or plan has no owner.

    What it checks: `owner` / `负责人` on every goal and initiative, `head` / `负责人` on every
    team, and `owner` on the plan.
    Why: "每個策略需拆解為可執行的具體動作, 明確負責人、時間、資源" (alignment framework, step 3):
    work that nobody owns is work nobody does.
    Bad:
        举措 FEED-ADS "信息流广告投放"
          预算: 30万元
    Good:
          负责人: 张伟
    Fix: planlint proposes the department's head, the owner of the goal it supports, or the plan owner.
    """

    code = "OW001"
    name = "missing-owner"
    category = "owner"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for node in _owned(plan):
            ref = node.fields.get("head" if node.kind == "team" else "owner")
            if node.owner is not None or (ref is not None and ref.raw_value):
                continue
            who = _candidate(plan, node)
            key = ctx.t("负责人", "head" if node.kind == "team" else "owner")
            msg = ctx.t(f"{_what(node, ctx)} {label(node, ctx)} 没有负责人", f"{_what(node, ctx)} {label(node, ctx)} has no owner")
            if who:
                fix = ctx.t(f"加上 负责人: {who}", f"add {key}: {who}")
            else:
                fix = ctx.t("加上 负责人: <姓名>", f"add {key}: <name>")
            yield Hit(node.id_span or node.header_span, msg, fix, [insert_field(node, key, who or "<?>")])


class PlaceholderOwner(Rule):
    """The owner is a placeholder (`*`, TBD, 待定, ?), not a person.

    What it checks: owner and head values against the placeholder list in `packs/owners.toml`
    (extendable by a team's own pack).
    Why: the method's templates write "负责人*" where a name is still missing; a plan going to
    sign-off must have filled every one.
    Bad:
        负责人: *
    Good:
        负责人: 李娜
    Fix: the name of a person; planlint proposes the department's head or the supported goal's owner.
    """

    code = "OW002"
    name = "placeholder-owner"
    category = "owner"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for node in _owned(plan):
            ref = node.fields.get("head" if node.kind == "team" else "owner")
            if ref is None or not ref.raw_value:
                continue
            value = ref.raw_value
            if not (ref.placeholder or is_placeholder(value) or ctx.packs.is_placeholder(value)):
                continue
            who = _candidate(plan, node)
            msg = ctx.t(f"{_what(node, ctx)} {label(node, ctx)} 的负责人「{value}」是占位符, 不是具体的人",
                        f"the owner of {_what(node, ctx)} {label(node, ctx)}, '{value}', is a placeholder, not a person")
            fix = ctx.t(f"写上具体负责人, 例如 {who}" if who else "写上具体负责人的姓名",
                        f"name the person, e.g. {who}" if who else "name the person who answers for it")
            edits = [Edit(span=ref.value_span, text=who)] if who and ref.value_span else []
            yield Hit(ref.value_span or ref.key_span, msg, fix, edits)


class OwnerOutsideDepartment(Rule):
    """The owner is neither the head nor a member of the goal's department.

    What it checks: for a goal or initiative with `department` (部门), its owner is the head or a
    member of that team; when the department is not a declared team but the owner belongs to
    another one, that is said too. Skipped when the plan declares no teams.
    Why: the owner must be able to direct the department's people and budget; a goal owned
    across departments needs the other team to agree (alignment framework, risk 3).
    Bad:
        负责人: 周敏   # in 销售部
        部门: 渠道部
    Good:
        负责人: 周敏
        部门: 销售部
    Fix: choose an owner from the department (its head is proposed), or add the person to its members.
    """

    code = "OW003"
    name = "owner-outside-department"
    category = "owner"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if not plan.teams:
            return
        for node in [*plan.goals, *plan.initiatives]:
            if node.department is None or node.owner is None or is_placeholder(node.owner.value):
                continue
            who, dept = SEVERAL.split(node.owner.value)[0], node.department.value
            team = plan.index.teams.get(dept)
            home = [t.id for t in plan.index.team_of.get(who, []) if t.id]
            if team is not None:
                if who in team.people():
                    continue
                people = people_of(team)
                msg = ctx.t(f"{label(node, ctx)} 的负责人 {who} 不是 {dept} 的负责人或成员"
                            + (f" (在 {'、'.join(home)})" if home else ""),
                            f"the owner of {label(node, ctx)}, {who}, is neither head nor member of {dept}"
                            + (f" (is in {', '.join(home)})" if home else ""))
                fix = ctx.t(f"改由 {dept} 的人负责 (例如 {people[0]}), 或把 {who} 加入 {dept} 的成员" if people else f"把 {who} 加入 {dept} 的成员",
                            f"let someone of {dept} own it (e.g. {people[0]}), or add {who} to {dept}'s members" if people else f"add {who} to {dept}'s members")
                edits = [Edit(span=node.owner.span, text=people[0])] if people and node.owner.span else []
                yield Hit(node.owner.span or node.header_span, msg, fix, edits)
            elif home:
                msg = ctx.t(f"{label(node, ctx)} 的负责人 {who} 在 {'、'.join(home)}, 不在 {dept}",
                            f"the owner of {label(node, ctx)}, {who}, is in {', '.join(home)}, not in {dept}")
                fix = ctx.t(f"把 部门 改为 {home[0]}, 或由 {dept} 的人负责", f"set department to {home[0]}, or let someone of {dept} own it")
                yield Hit(node.owner.span or node.header_span, msg, fix)


class UnknownDepartment(Rule):
    """A department is named that the plan does not declare as a team.

    What it checks: the `department` (部门) of goals and initiatives is a `team` (团队) of the
    plan. Skipped when the plan declares no teams at all.
    Why: a department without a declared team has no head, no members and no budget line:
    nobody can be held to the goal (alignment framework, table 2).
    Bad:
        部门: 渠道部   # no "团队 渠道部" in the plan
    Good:
        团队 渠道部
          负责人: 周敏
    Fix: declare the team with its head and members, or use one of the plan's teams
    (the closest name is proposed).
    """

    code = "OW004"
    name = "unknown-department"
    category = "owner"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        names = team_names(plan)
        if not names:
            return
        for node in [*plan.goals, *plan.initiatives]:
            if node.department is None or node.department.value in plan.index.teams:
                continue
            dept = node.department.value
            guess = suggest(dept, names)
            msg = ctx.t(f"部门「{dept}」不是本计划的团队 ({label(node, ctx)})",
                        f"department '{dept}' is not a team of this plan ({label(node, ctx)})")
            if guess:
                fix = ctx.t(f"是不是 {guess}? 或者声明 团队 {dept} 并写明负责人和成员",
                            f"did you mean {guess}? or declare team {dept} with its head and members")
                edits = [Edit(span=node.department.span, text=guess)] if node.department.span else []
            else:
                fix = ctx.t(f"声明 团队 {dept} (负责人、成员), 或改为 {'、'.join(names)} 之一",
                            f"declare team {dept} (head, members), or use one of {', '.join(names)}")
                edits = []
            yield Hit(node.department.span or node.header_span, msg, fix, edits)


class SeveralOwners(Rule):
    """More than one person is named as owner.

    What it checks: `owner` / `负责人` holds one name; a list (`张伟、李娜`, `A and B`) is
    reported.
    Why: a shared owner is nobody's job; the method pairs one owner with collaborators
    (负责人 + 协同人, annual plan 3(1)).
    Bad:
        负责人: 张伟、李娜
    Good:
        负责人: 张伟
        协同人: 李娜
    Fix: keep the first as owner and move the others to collaborators.
    """

    code = "OW005"
    name = "several-owners"
    category = "owner"
    severity = "warning"

    node_local = True

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        if node.owner is None:
            return
        names = [n for n in SEVERAL.split(node.owner.value) if n]
        if len(names) < 2:
            return
        first, rest = names[0], names[1:]
        msg = ctx.t(f"{_what(node, ctx)} {label(node, ctx)} 有 {len(names)} 个负责人: {'、'.join(names)}",
                    f"{_what(node, ctx)} {label(node, ctx)} names {len(names)} owners: {', '.join(names)}")
        fix = ctx.t(f"负责人: {first}; 协同人: {'、'.join(rest)}", f"owner: {first}; collaborators: {', '.join(rest)}")
        edits = [Edit(span=node.owner.span, text=first)] if node.owner.span else []
        yield Hit(node.owner.span or node.header_span, msg, fix, edits)
