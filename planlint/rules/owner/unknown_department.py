"""OW004: a department is named that the plan does not declare as a team."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label
from planlint.language.keywords import suggest
from planlint.model import Plan
from planlint.rules.common import team_names


class UnknownDepartment(Rule):
    """A department is named that the plan does not declare as a team.

    What it checks: the `department` (部门) of goals and initiatives is a `team` (团队) of the
    plan. Skipped when the plan declares no teams at all.
    Why: a department without a declared team has no head, no members and no budget line:
    nobody can be held to the goal (alignment framework, table 2).
    Fix: declare the team with its head and members, or use one of the plan's teams
    (the closest name is proposed).
    """

    code = "OW004"
    name = "unknown-department"
    category = "owner"
    severity = "warning"
    messages = {
        "unknown": ("部门「{dept}」不是本计划的团队 ({node})", "department '{dept}' is not a team of this plan ({node})"),
        "fix-guess": ("是不是 {guess}? 或者声明 团队 {dept} 并写明负责人和成员",
                      "did you mean {guess}? or declare team {dept} with its head and members"),
        "fix": ("声明 团队 {dept} (负责人、成员), 或改为 {names} 之一", "declare team {dept} (head, members), or use one of {names}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        names = team_names(plan)
        if not names:
            return
        for node in [*plan.goals, *plan.initiatives]:
            if node.department is None or node.department.value in plan.index.teams:
                continue
            dept = node.department.value
            guess = suggest(dept, names)
            msg = self.msg("unknown", dept=dept, node=Label(node.id, node.title))
            if guess:
                fix = self.msg("fix-guess", guess=guess, dept=dept)
                edits = [Edit(span=node.department.span, text=guess)] if node.department.span else []
            else:
                fix = self.msg("fix", dept=dept, names=Join(tuple(names), ", ", "、"))
                edits = []
            yield Hit(node.department.span or node.header_span, msg, fix, edits)
