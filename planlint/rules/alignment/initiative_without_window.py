"""AL012: an initiative has no time window."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import supported_goals
from planlint.facts.periods import deadline_of, plan_end, plan_start
from planlint.i18n.messages import Label
from planlint.model import Plan
from planlint.rules.common import insert_field


class InitiativeWithoutWindow(Rule):
    """An initiative has no time window.

    What it checks: every initiative has `window` (时间): a date range, or a period such as
    `2024-09` or `2024年10-11月`.
    Why: "每个策略需拆解为可执行的具体动作, 明确负责人、时间、资源" (alignment framework, step 3;
    table 2: 时间节点); "为每项任务设定明确的起止时间、关键里程碑" (annual plan 3(2)): work with
    no dates cannot be scheduled, staffed or checked against its goal's deadline.
    Fix: a window from the start of the plan to the earliest deadline of the goals it supports
    (with no plan period, from a start to fill in to that deadline).
    """

    code = "AL012"
    name = "initiative-without-window"
    category = "alignment"
    severity = "warning"
    messages = {
        "missing": ("举措 {initiative} 没有时间: 何时开始、何时结束?", "initiative {initiative} has no window: when does it start and end?"),
        "fix": ("加上 时间: {window} (到它支撑的目标截止为止)", "add window: {window} (until the goals it supports are due)"),
        "fix-until": ("加上 时间: <开始> .. {end} (到它支撑的目标截止为止)",
                      "add window: <start> .. {end} (until the goals it supports are due)"),
        "fix-any": ("加上 时间: <开始> .. <结束>, 例如 2024-09-01 .. 2024-09-30",
                    "add window: <start> .. <end>, e.g. 2024-09-01 .. 2024-09-30"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        start = plan_start(plan)
        for ini in plan.initiatives:
            if ini.window is not None:
                continue
            ref = ini.fields.get("window")
            if ref is not None and ref.raw_value and not ref.placeholder:
                continue  # written but unreadable: a syntax finding says so
            ends = [d for g in supported_goals(plan, ini) if (d := deadline_of(g)) is not None]
            end = min(ends) if ends else plan_end(plan)
            label = Label(ini.id, ini.title)
            if start is not None and end is not None and end >= start:
                window = f"{start.isoformat()} .. {end.isoformat()}"
                edits = [] if ref is not None else [insert_field(ini, ctx.field("window"), window)]
                yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=label),
                          self.msg("fix", window=window), edits)
            elif end is not None and start is None:  # no plan period: the end is known, the start is the writer's
                yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=label),
                          self.msg("fix-until", end=end.isoformat()))
            else:
                yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=label), self.msg("fix-any"))
