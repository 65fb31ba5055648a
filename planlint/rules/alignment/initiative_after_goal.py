"""AL011: an initiative starts after the deadline of the goal it supports."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label
from planlint.model import Plan


class InitiativeAfterGoal(Rule):
    """An initiative starts after the deadline of the goal it supports.

    What it checks: the start of `window` (时间) against the `deadline` of every goal in
    `supports` (支撑); a window wholly after the plan period is AL006's, not said again here.
    Why: work that begins after the goal is due cannot contribute to it; usually the window
    or the link is wrong (alignment framework, table 2: every initiative has its time node).
    Fix: a window that ends by the goal's deadline, or the goal it really supports.
    """

    code = "AL011"
    name = "initiative-after-goal"
    category = "alignment"
    severity = "warning"
    messages = {
        "late": ("举措 {initiative} 从 {start} 开始, 晚于它支撑的目标 {goal} 的截止 {deadline}",
                 "initiative {initiative} starts on {start}, after {goal} is due ({deadline})"),
        "fix": ("把时间提前到 {date} 之前, 或改为支撑它真正服务的目标",
                "move the window before {date}, or link the goal it really serves"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        period = plan.meta.period if plan.meta is not None else None
        for ini in plan.initiatives:
            if ini.window is None:
                continue
            if period is not None and ini.window.start > period.end:
                continue  # wholly after the plan period: AL006's, the one cause of both
            for ref in ini.supports:
                goal = plan.index.goals.get(ref.value)
                if goal is None or goal.deadline is None or ini.window.start <= goal.deadline.end:
                    continue
                msg = self.msg("late", initiative=Label(ini.id, ini.title), start=ini.window.start.isoformat(),
                               goal=goal.id or "", deadline=goal.deadline.text)
                yield Hit(ini.window.span or ini.header_span, msg, self.msg("fix", date=goal.deadline.end.isoformat()))
                break
