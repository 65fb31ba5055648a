"""SMART: every goal Specific, Measurable, Achievable, Relevant and Time-bound.

Method: "在未来6个月内, 提高微信公众号关注人数20%" is the model goal (writing
marketing goals, 3); every sub-goal has a metric, a baseline and a target
(alignment framework, step 2); targets are checked against history (tracking
guide 1(2)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.facts.units import units_agree
from planlint.facts.values import base, target_base
from planlint.i18n.numbers import nice, num
from planlint.model import Goal, Node, Plan
from planlint.rules.common import insert_field, label, show, title_number


def _metric_hint(goal: Goal, ctx: Context) -> tuple[str, str]:
    """A metric name and target the writer can start from: the title's own number
    or the metric that a vague phrase in the title usually means."""
    title = goal.title or ""
    for rx, phrase in ctx.packs.phrase_res:
        if rx.search(title):
            return (phrase.metric_zh if ctx.lang == "zh" else phrase.metric_en), title_number(title) or ctx.t("<数值>", "<number>")
    number = title_number(title)
    return ctx.t("<可计数的指标> (单位)", "<countable metric> (unit)"), number or ctx.t("<数值>", "<number>")


class NoMetric(Rule):
    """A goal has no metric, so nobody can tell whether it was reached.

    What it checks: every goal has `metric` (指标), either a name with a unit,
    `指标: 30日留存率 (%)`, or the one-line statement `指标: 关注人数 5万 -> 6万 截止 2025-06-30`.
    Why: Specific and Measurable are the first two letters of SMART; the method
    asks every sub-goal for a metric, a baseline and a target (alignment framework, step 2).
    Bad:
        目标 BRAND "大幅提升品牌影响力"
          截止: 2024年Q4
    Good:
        目标 BRAND "目标人群品牌认知率达到45%"
          指标: 目标人群品牌认知率 (%)
          基准: 30
          目标值: 45
    Fix: add the metric that the title means, with baseline and target; planlint proposes
    one from the title's number or from the vague phrase it uses.
    """

    code = "SM001"
    name = "goal-without-metric"
    category = "smart"
    severity = "error"

    node_local = True

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal):
            return
        if goal.metric is not None:
            return
        metric, target = _metric_hint(goal, ctx)
        no_target = goal.target is None
        msg = ctx.t(
            f"目标 {label(goal, ctx)} 没有指标{'和目标值' if no_target else ''}, 无法衡量是否达成",
            f"goal {label(goal, ctx)} has no metric{' and no target' if no_target else ''}: nobody can tell whether it is reached",
        )
        fix = ctx.t(
            f"加上 指标: {metric}; 基准: <当前值>; 目标值: {target}",
            f"add metric: {metric}; baseline: <current value>; target: {target}",
        )
        key = ctx.t("指标", "metric")
        yield Hit(goal.id_span or goal.header_span, msg, fix, [insert_field(goal, key, metric)])


class NoTarget(Rule):
    """A goal names a metric but no numeric target.

    What it checks: a goal with `metric` has a `target` (目标值) that is a number, a range
    (`450..500`), a bound (`<= 200元`) or a relative change (`+20%`).
    Why: a metric without a target value is not Measurable; "提升" says the direction, not the size.
    Bad:
        指标: 30日留存率 (%)
        目标值: 显著提升
    Good:
        指标: 30日留存率 (%)
        基准: 32
        目标值: 40
    Fix: write the number; planlint proposes the title's number, or +20% over the baseline as a start.
    """

    code = "SM002"
    name = "goal-without-target"
    category = "smart"
    severity = "error"

    node_local = True

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal):
            return
        if goal.metric is None or goal.target is not None:
            return
        ref = goal.fields.get("target")
        suggestion = title_number(goal.title)
        if suggestion is None and goal.baseline is not None:
            suggestion = num(goal.baseline.value * 1.2)
            why = ctx.t(f" (基准 {goal.baseline.text} 的 +20%, 仅作起点)", f" (+20% over the baseline {goal.baseline.text}, as a start)")
        else:
            why = ""
        suggestion = suggestion or ctx.t("<数值>", "<number>")
        if ref is not None and ref.raw_value:
            msg = ctx.t(f"目标 {label(goal, ctx)} 的目标值「{ref.raw_value}」不是数值",
                        f"the target of goal {label(goal, ctx)}, '{ref.raw_value}', is not a number")
        else:
            msg = ctx.t(f"目标 {label(goal, ctx)} 有指标「{goal.metric.name}」但没有目标值",
                        f"goal {label(goal, ctx)} measures '{goal.metric.name}' but has no target")
        fix = ctx.t(f"写成 目标值: {suggestion}{why}", f"write target: {suggestion}{why}")
        span = ref.value_span or ref.key_span if ref is not None else goal.id_span or goal.header_span
        edits = [] if ref is not None else [insert_field(goal, ctx.t("目标值", "target"), suggestion)]
        yield Hit(span, msg, fix, edits)


class NoDeadline(Rule):
    """A goal has no deadline.

    What it checks: every goal has `deadline` (截止), a date or a period such as `2024年Q4`
    (its last day counts), or `by DATE` in the one-line metric statement.
    Why: Time-bound is the T of SMART; without a date a goal cannot be tracked or reviewed.
    Bad:
        目标 STICKY "30日留存率提升至40%"
          指标: 30日留存率 (%)
    Good:
          截止: 2024-12-31
    Fix: add the parent goal's deadline, or the end of the plan period.
    """

    code = "SM003"
    name = "goal-without-deadline"
    category = "smart"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            if goal.deadline is not None:
                continue
            parent = plan.index.goals.get(goal.parent.value) if goal.parent else None
            if parent is not None and parent.deadline is not None:
                when = parent.deadline.text
                why = ctx.t(f"上级 {parent.id} 的截止", f"the deadline of its parent {parent.id}")
            elif plan.meta is not None and plan.meta.period is not None:
                when = plan.meta.period.end.isoformat()
                why = ctx.t("计划周期的最后一天", "the last day of the plan period")
            else:
                when, why = ctx.t("<日期, 例如 2024年Q4>", "<date, e.g. 2024-Q4>"), ""
            msg = ctx.t(f"目标 {label(goal, ctx)} 没有截止时间", f"goal {label(goal, ctx)} has no deadline")
            fix = ctx.t(f"加上 截止: {when}" + (f" ({why})" if why else ""), f"add deadline: {when}" + (f" ({why})" if why else ""))
            yield Hit(goal.id_span or goal.header_span, msg, fix, [insert_field(goal, ctx.t("截止", "deadline"), when)])


class NotRelevant(Rule):
    """A goal points at no business goal.

    What it checks: a goal has a `parent` (上级), or is `level: company` (层级: 公司), or
    carries a strategic `relevance` (关联度: 高/中/低).
    Why: every sub-goal must point at a business goal, and the method asks to tag strategic
    relevance so that high-relevance work comes first (alignment framework, step 2 and risk 1).
    Bad:
        goal SOCIAL "Grow the community"
          metric: members (count)
    Good:
          parent: ARR
          relevance: medium
    Fix: link it to the goal it serves, or mark it as a company goal, or tag its relevance.
    """

    code = "SM004"
    name = "goal-not-relevant"
    category = "smart"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        tops = [g.id for g in plan.goals if g.id and (g.level == "company" or g.parent is None)]
        for goal in plan.goals:
            if goal.parent is not None or goal.level == "company" or goal.relevance is not None:
                continue
            others = [t for t in tops if t != goal.id][:3]
            msg = ctx.t(f"目标 {label(goal, ctx)} 没有上级目标, 也不是公司级目标, 未标注关联度: 看不出它服务哪个业务目标",
                        f"goal {label(goal, ctx)} has no parent, is not a company goal and has no relevance tag: "
                        "it is not clear which business goal it serves")
            if others:
                fix = ctx.t(f"加上 上级: {others[0]} (可选: {', '.join(others)}), 或 关联度: 高/中",
                            f"add parent: {others[0]} (candidates: {', '.join(others)}), or relevance: high/medium")
                edit = insert_field(goal, ctx.t("上级", "parent"), others[0])
            else:
                fix = ctx.t("加上 层级: 公司 (若它就是公司目标), 或 关联度: 高/中",
                            "add level: company (if it is the company goal), or relevance: high/medium")
                edit = insert_field(goal, ctx.t("关联度", "relevance"), ctx.t("高", "high"))
            yield Hit(goal.id_span or goal.header_span, msg, fix, [edit])


class AchievableOptions(Options):
    max_growth: float = 2.0  # target/baseline without history (1 year); 2.0 = at most double
    history_ratio: float = 2.0  # target step at most this many times the best past step


class NotAchievable(Rule):
    """The step from baseline to target is far beyond what the history or a normal year shows.

    What it checks: with `history` (历史, oldest first), the target's change over the baseline is
    at most `history-ratio` times the best step in the history; without history, the target is
    at most `max-growth` times the baseline per year (for a decrease goal such as cost or churn,
    the baseline at most `max-growth` times the target). A `note` (备注) that explains the
    jump silences it.
    Why: "不能拍腦袋定目標, 需參考歷史數據" (tracking guide 1(2)): past average 300, is 500 realistic?
    Bad:
        基准: 20
        目标值: 60
    Good:
        基准: 20
        目标值: 30..35
        历史: 12, 15, 20
    Fix: a target band from the history (or at most max-growth over the baseline), or a note
    with the reason (new channel, acquisition, ...).
    """

    code = "SM005"
    name = "goal-not-achievable"
    category = "smart"
    severity = "warning"
    options = AchievableOptions

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        opts: AchievableOptions = ctx.options  # type: ignore[assignment]
        for goal in plan.goals:
            if goal.note is not None or goal.target is None:
                continue
            b, t = base(goal, goal.baseline), target_base(goal)
            if b is None or t is None or b == t or not units_agree(goal):
                continue  # units that disagree are BL002's to report; the ratio would mean nothing
            up = t > b
            hit = self._with_history(goal, b, t, up, opts, ctx) if len(goal.history) >= 2 else \
                self._without_history(plan, goal, b, t, up, opts, ctx)
            if hit is not None:
                yield hit

    def _with_history(self, goal: Goal, b: float, t: float, up: bool, opts: AchievableOptions,
                      ctx: Context) -> Hit | None:
        values = [base(goal, q) or 0.0 for q in goal.history]
        steps = []
        for prev, cur in zip(values, values[1:], strict=False):
            if prev > 0:
                steps.append((cur - prev) / prev if up else (prev - cur) / prev)
        if not steps:
            return None
        best = max(steps)
        needed = (t - b) / b if up else (b - t) / b if b else 0
        allowed = max(best, 0.0) * opts.history_ratio
        if needed <= allowed or needed <= 0:
            return None
        avg = sum(steps) / len(steps)
        lo = b * (1 + max(avg, 0)) if up else b * (1 - max(avg, 0))
        hi = b * (1 + allowed) if up else b * (1 - allowed)
        lo, hi = sorted((nice(lo), nice(hi)))
        sign = 1 if up else -1
        msg = ctx.t(
            f"目标 {label(goal, ctx)} 要求从 {show(goal, b, ctx)} 到 {show(goal, t, ctx)} ({sign * needed:+.0%}), "
            f"而历史上最大的一步是 {sign * best:+.0%}",
            f"goal {label(goal, ctx)} asks for {show(goal, b, ctx)} -> {show(goal, t, ctx)} ({sign * needed:+.0%}), "
            f"while the best step in its history is {sign * best:+.0%}",
        )
        fix = ctx.t(
            f"把目标值设在 {show(goal, lo, ctx)}..{show(goal, hi, ctx)} (按历史增幅), 或在 备注 中说明靠什么实现这个跨越",
            f"set the target within {show(goal, lo, ctx)}..{show(goal, hi, ctx)} (from the history), "
            "or add a note saying what makes the jump possible",
        )
        return Hit(goal.target.span or goal.header_span, msg, fix)

    def _without_history(self, plan: Plan, goal: Goal, b: float, t: float, up: bool,
                         opts: AchievableOptions, ctx: Context) -> Hit | None:
        if b <= 0 or (not up and t < 0):
            return None
        years = max(1.0, _years(plan, goal))
        limit = opts.max_growth ** years
        ratio = t / b if up else (b / t if t > 0 else float("inf"))
        if ratio <= limit + 1e-9:
            return None
        bound = nice(b * limit if up else b / limit)
        times = ctx.t(f"{num(ratio, 1)} 倍", f"{num(ratio, 1)}x") if ratio != float("inf") else ctx.t("降到 0", "down to zero")
        msg = ctx.t(
            f"目标 {label(goal, ctx)} 从 {show(goal, b, ctx)} 到 {show(goal, t, ctx)} ({times}), 没有 历史 或 备注 说明它可实现",
            f"goal {label(goal, ctx)} goes from {show(goal, b, ctx)} to {show(goal, t, ctx)} ({times}) "
            "with no history or note to show it is achievable",
        )
        word = ctx.t("不超过", "at most") if up else ctx.t("不低于", "at least")
        fix = ctx.t(
            f"把目标值定在{word} {show(goal, bound, ctx)} (基准的 {num(limit, 2)} 倍), 或补充 历史: 过去几期的数值, 或在 备注 中说明依据",
            f"set the target to {word} {show(goal, bound, ctx)} ({num(limit, 2)}x the baseline), or add history: "
            "past values, or a note with the reason",
        )
        return Hit(goal.target.span or goal.header_span, msg, fix)


def _years(plan: Plan, goal: Goal) -> float:
    start = goal.baseline_as_of.end if goal.baseline_as_of else (
        plan.meta.period.start - dt.timedelta(days=1) if plan.meta and plan.meta.period else None)
    end = goal.deadline.end if goal.deadline else (plan.meta.period.end if plan.meta and plan.meta.period else None)
    if start is None or end is None or end <= start:
        return 1.0
    return round((end - start).days / 365.25, 1)
