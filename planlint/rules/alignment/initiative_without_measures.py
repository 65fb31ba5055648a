"""AL013: an initiative says nothing about how it will be measured."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import supported_goals
from planlint.i18n.messages import Join, Label
from planlint.model import Plan
from planlint.rules.common import insert_field


class InitiativeWithoutMeasures(Rule):
    """An initiative says nothing about how it will be measured.

    What it checks: every initiative lists `measures` (衡量指标). Informational.
    Why: the method's tables 2 and 3 give every core initiative its 衡量指标 (视频播放量、品牌搜索量
    增长; 活动参与人数、现场留资量), "核心衡量指标需与营销子目标直接挂钩" (alignment framework,
    table 3): without them an initiative cannot be judged or cut by its result.
    Fix: the metric of the goal it supports, to start from (新增用户量 -> 新增注册用户数).
    """

    code = "AL013"
    name = "initiative-without-measures"
    category = "alignment"
    severity = "info"
    messages = {
        "missing": ("举措 {initiative} 没有衡量指标", "initiative {initiative} has no measures"),
        "fix": ("加上 衡量指标: {measures} (它支撑的目标的指标), 再加上它自己的过程指标",
                "add measures: {measures} (the metric of the goal it supports), and its own process measures"),
        "fix-any": ("加上 衡量指标: 例如 活动参与人数、现场留资量", "add measures: e.g. attendees, leads captured"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for ini in plan.initiatives:
            if ini.measures or "measures" in ini.fields and not ini.fields["measures"].placeholder:
                continue
            names = tuple(dict.fromkeys(g.metric.name for g in supported_goals(plan, ini) if g.metric is not None))
            label = Label(ini.id, ini.title)
            if names:
                edit = insert_field(ini, ctx.field("measures"), ("、" if plan.lang == "zh" else ", ").join(names))
                yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=label),
                          self.msg("fix", measures=Join(names, ", ", "、")), [edit])
            else:
                yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=label), self.msg("fix-any"))
