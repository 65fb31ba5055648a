"""Tracking: every goal is reviewed on a rhythm and watched through leading indicators.

Method: daily dashboard, weekly review, monthly/quarterly review (tracking guide
2(1)); watch the key front-end variables, not only the result (2(2)).
"""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.facts.progress import progress
from planlint.facts.values import target_base
from planlint.model import Goal, Node, Plan
from planlint.rules.common import insert_field, label, show


def _cadence(goal: Goal, ctx: Context) -> str:
    """Weekly for the goals closest to the work, monthly in the middle, quarterly on top."""
    if goal.level == "company":
        return ctx.t("每季度", "quarterly")
    if goal.level in ("project", "individual"):
        return ctx.t("每周", "weekly")
    return ctx.t("每月", "monthly")


class NoReview(Rule):
    """A goal has no review cadence.

    What it checks: every goal has `review` (复盘): daily/每日, weekly/每周, monthly/每月,
    quarterly/每季度.
    Why: "周复盘 … 月Review" (tracking guide 2(1)): a goal nobody looks at until the deadline
    is found missed when nothing can be done; the method's red/amber/green needs a rhythm.
    Bad:
        目标 STICKY …      # no 复盘
    Good:
          复盘: 每月
    Fix: a cadence by level: quarterly for company goals, monthly in between, weekly for
    project and individual goals.
    """

    code = "TR001"
    name = "goal-without-review"
    category = "tracking"
    severity = "warning"

    node_local = True

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal):
            return
        if goal.review is not None or "review" in goal.fields and not goal.fields["review"].placeholder:
            return
        cadence = _cadence(goal, ctx)
        msg = ctx.t(f"目标 {label(goal, ctx)} 没有复盘节奏", f"goal {label(goal, ctx)} has no review cadence")
        fix = ctx.t(f"加上 复盘: {cadence}", f"add review: {cadence}")
        yield Hit(goal.id_span or goal.header_span, msg, fix, [insert_field(goal, ctx.t("复盘", "review"), cadence)])


class NoLeadingIndicator(Rule):
    """A top marketing goal has no leading indicator.

    What it checks: goals directly under a company or business-unit goal (the top of the
    marketing layer) list `leading` (先行指标). Informational.
    Why: results arrive late; the guide tracks front-end variables (traffic, content
    completion, lead quality) to act in time (tracking guide 2(2)).
    Bad:
        目标 M-BRAND "品牌认知率达到45%"      # no 先行指标
    Good:
          先行指标: 品牌搜索量, 视频完播率
    Fix: indicators that move before the metric does.
    """

    code = "TR002"
    name = "goal-without-leading-indicator"
    category = "tracking"
    severity = "info"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            if goal.leading or goal.parent is None or goal.level in ("company", "bu"):
                continue
            parent = plan.index.goals.get(goal.parent.value)
            if parent is None or parent.level not in ("company", "bu"):
                continue
            dim = goal.dimension or ctx.packs.dimension_of(f"{goal.metric.name if goal.metric else ''} {goal.title or ''}")
            zh, en = ctx.packs.language.leading(dim)  # front-end variables by dimension (tracking guide 2(2))
            msg = ctx.t(f"目标 {label(goal, ctx)} 没有先行指标", f"goal {label(goal, ctx)} has no leading indicator")
            fix = ctx.t(f"加上 先行指标: 例如 {zh}", f"add leading: e.g. {en}")
            yield Hit(goal.id_span or goal.header_span, msg, fix)


class ProgressOptions(Options):
    red_below: float = 0.7  # progress below 70% of plan is red
    green_at: float = 1.0  # at or above plan is green; in between amber


class BehindPlan(Rule):
    """A goal's actual value is behind where the plan says it should be by now.

    What it checks: `actual` (实际) with `as of` / `截至` a date, against the expected value
    at that date (along `split`, or on a straight line from baseline to target). Below
    `red-below` (70%) of plan is red (a warning), below `green-at` (100%) amber (info).
    Why: the method's red/amber/green: below 70% of plan needs action the same day; 80-100%
    look for room to improve (tracking guide 2(2)); a small deviation changes the strategy, a
    large one re-evaluates the goal (3(1)).
    Bad:
        目标值: 12   拆分: Q1 2, Q2 3 …
        实际: 2.5 截至 2024-06-30       # plan 5 by then: 50%
    Good:
        实际: 5.2 截至 2024-06-30
    Fix: how far behind, what is needed per month to catch up, and whether to change the
    strategy or re-evaluate the goal.
    """

    code = "TR003"
    name = "behind-plan"
    category = "tracking"
    severity = "warning"
    options = ProgressOptions

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            opts = ctx.options
            p = progress(plan, goal, opts.red_below, opts.green_at)  # type: ignore[attr-defined]
            if p is None or p.status == "green":
                continue
            target = target_base(goal) or 0.0
            months = max(1.0, ((goal.deadline.end if goal.deadline else p.as_of) - p.as_of).days / 30.4)
            per_month = (target - p.actual) / months
            colour = ctx.t({"red": "红灯", "amber": "黄灯"}[p.status], p.status)
            msg = ctx.t(f"{label(goal, ctx)} 截至 {p.as_of} 实际 {show(goal, p.actual, ctx)}, 计划应达 {show(goal, p.expected, ctx)} ({p.ratio:.0%}, {colour})",
                        f"{label(goal, ctx)} is at {show(goal, p.actual, ctx)} on {p.as_of}, the plan says {show(goal, p.expected, ctx)} ({p.ratio:.0%}, {colour})")
            if p.status == "red":
                fix = ctx.t(f"今天排查原因; 要在截止前达成, 每月需完成 {show(goal, per_month, ctx)}; 偏差大则重新评估目标值或更换策略",
                            f"find the cause today; reaching the target needs {show(goal, per_month, ctx)} a month from now; "
                            "if the gap is structural, re-evaluate the target or change the strategy")
            else:
                fix = ctx.t(f"分析优化空间; 每月需完成 {show(goal, per_month, ctx)} 才能按期达成",
                            f"look for room to improve; {show(goal, per_month, ctx)} a month reaches the target on time")
            span = goal.fields["actual"].value_span if "actual" in goal.fields else goal.header_span
            yield Hit(span or goal.header_span, msg, fix, severity=None if p.status == "red" else "info")
