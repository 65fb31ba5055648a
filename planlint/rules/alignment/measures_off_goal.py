"""AL014: an initiative's measures are about something else than the goals it supports."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import supported_goals
from planlint.facts.periods import unrelated
from planlint.i18n.messages import Join, Label
from planlint.model import Goal, Initiative, Node, Plan


class MeasuresOffGoal(Rule):
    """An initiative's measures are about something else than the goals it supports.

    What it checks: at least one of an initiative's `measures` (衡量指标) counts what one of its
    goals counts: a word in common with the goal's metric, title, definition or leading
    indicators, or the same kind of thing (reach, leads, sales, retention, followers, cost,
    traffic). Reported only when every measure is plainly about something else.
    Why: "核心衡量指标需与营销子目标直接挂钩 (如'新增用户量'对应'新增注册用户数')" (alignment
    framework, table 3); "互动量最终服务于线索留资率提升, 而非单纯做数据好看" (tracking guide
    1(2)): a retention goal measured by impressions is not being measured.
    Fix: the goal's own metric as a measure, beside the initiative's process measures.
    """

    code = "AL014"
    name = "measures-off-goal"
    category = "alignment"
    severity = "warning"
    per_unit = True  # one initiative and the goals it supports at a time
    messages = {
        "off": ("举措 {initiative} 的衡量指标 {measures} 与它支撑的目标 {goals} 无关",
                "the measures of initiative {initiative}, {measures}, say nothing about the goals it supports ({goals})"),
        "fix": ("加上与目标直接挂钩的衡量指标: {metrics}", "add a measure tied to the goal: {metrics}"),
    }

    def units(self, plan: Plan, ctx: Context) -> Iterator[tuple[int, tuple[Node, ...]]]:
        """One unit per initiative: it and the goals it supports."""
        for ini in plan.initiatives:
            yield id(ini), (ini, *supported_goals(plan, ini))

    def check_unit(self, key: Hashable, members: tuple[Node, ...], plan: Plan, ctx: Context) -> Iterator[Hit]:
        ini = members[0]
        assert isinstance(ini, Initiative)
        goals = [g for g in members[1:] if isinstance(g, Goal) and g.metric is not None]
        if not ini.measures or not goals:
            return
        if not all(unrelated(m.value, g, ctx.packs) is True for m in ini.measures for g in goals):
            return
        span = ini.fields["measures"].value_span or ini.fields["measures"].key_span
        metrics = tuple(dict.fromkeys(g.metric.name for g in goals if g.metric is not None))
        msg = self.msg("off", initiative=Label(ini.id, ini.title), measures=Join(tuple(m.value for m in ini.measures),
                                                                              ", ", "、"),
                       goals=Join(tuple(g.id or "" for g in goals)))
        yield Hit(span, msg, self.msg("fix", metrics=Join(metrics, ", ", "、")))
