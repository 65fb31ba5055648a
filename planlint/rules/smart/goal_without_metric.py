"""SM001: a goal has no metric."""

from __future__ import annotations

import re
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import is_exploration, title_target
from planlint.i18n.messages import Label, Term
from planlint.model import Goal, Node
from planlint.rules.common import field_indent, last_line_span, title_number

METRIC_END = re.compile(r"[,，;；]|\s或\s|\sor\s")


def metric_hint(goal: Goal, ctx: Context) -> tuple[str | Term, str | Term]:
    """A metric and a target the writer can start from: what the title says (提高…关注人数20%
    is the metric 关注人数 and the target +20%), or the metric a vague phrase in the title
    usually means."""
    title = goal.title or ""
    said = title_target(title)
    number: str | Term | None = said.text if said else title_number(title)
    target = number or Term("<数值>", "<number>")
    if said is not None and said.metric:
        return said.metric, target
    for rx, phrase in ctx.packs.phrase_res:
        if rx.search(title):
            return Term(phrase.metric_zh, phrase.metric_en), target
    return Term("<可计数的指标> (单位)", "<countable metric> (unit)"), target


class NoMetric(Rule):
    """A goal has no metric, so nobody can tell whether it was reached.

    What it checks: every goal has `metric` (指标), either a name with a unit,
    `指标: 30日留存率 (%)`, or the one-line statement `指标: 关注人数 5万 -> 6万 截止 2025-06-30`.
    An exploration project (试点, 探索, pilot in its title or note) may state dated stage
    criteria under `milestones` (里程碑) instead.
    Why: Specific and Measurable are the first two letters of SMART; the method asks every
    sub-goal for a metric, a baseline and a target (alignment framework, step 2), and allows
    "对于一些创新性探索项目 … 可以设定阶段性的评估标准和里程碑" (annual plan 1.2).
    Fix: the metric the title means, with its target: 「提高微信公众号关注人数20%」 gives
    指标: 微信公众号关注人数 and 目标值: +20% (growth, not a level of 20%); otherwise the
    metric a vague phrase usually means.
    """

    code = "SM001"
    name = "goal-without-metric"
    category = "smart"
    severity = "error"
    node_local = True
    messages = {
        "missing": ("目标 {goal} 没有指标, 无法衡量是否达成", "goal {goal} has no metric: nobody can tell whether it is reached"),
        "missing-both": ("目标 {goal} 没有指标和目标值, 无法衡量是否达成",
                         "goal {goal} has no metric and no target: nobody can tell whether it is reached"),
        "milestones-only": ("目标 {goal} 只有里程碑, 没有指标: 只有探索性项目可以用阶段性评估标准代替指标",
                            "goal {goal} has milestones but no metric: only an exploration project may use stage "
                            "criteria instead of a metric"),
        "fix": ("加上 指标: {metric}; 基准: <当前值>; 目标值: {target}",
                "add metric: {metric}; baseline: <current value>; target: {target}"),
        "fix-metric": ("加上 指标: {metric}", "add metric: {metric}"),
        "fix-milestones": ("加上 指标: {metric} 和目标值; 若这是探索/试点项目, 在标题或 备注 中写明",
                           "add metric: {metric} and a target; if this is an exploration or pilot project, say so in "
                           "its title or note"),
    }

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal) or goal.metric is not None:
            return
        if goal.milestones and is_exploration(goal):
            return  # stage criteria with dates: what the method asks of an exploration project
        metric, target = metric_hint(goal, ctx)
        label = Label(goal.id, goal.title)
        indent = field_indent(goal)
        written = ctx.render(metric) if isinstance(metric, Term) else metric
        named = METRIC_END.split(written)[0].strip()  # the metric, not how it is measured
        lines = [f"{ctx.field('metric')}: {named}"]
        if goal.milestones:
            msg, fix = self.msg("milestones-only", goal=label), self.msg("fix-milestones", metric=metric)
        elif goal.target is None:
            msg, fix = self.msg("missing-both", goal=label), self.msg("fix", metric=metric, target=target)
            lines.append(f"{ctx.field('target')}: {ctx.render(target) if isinstance(target, Term) else target}")
        else:
            msg, fix = self.msg("missing", goal=label), self.msg("fix-metric", metric=metric)
        edit = Edit(span=last_line_span(goal), text="".join(f"\n{indent}{line}" for line in lines))
        slot = isinstance(metric, Term) and metric.zh.startswith("<") or \
            goal.target is None and not goal.milestones and isinstance(target, Term)
        yield Hit(goal.id_span or goal.header_span, msg, fix, [edit], applicability="display" if slot else None)
