"""Tracking: every goal is reviewed on a rhythm and watched through leading indicators.

Method: daily dashboard, weekly review, monthly/quarterly review (tracking guide
2(1)); watch the key front-end variables, not only the result (2(2)).
"""

from __future__ import annotations

from collections.abc import Iterator

from planlint.checks.common import insert_field, label
from planlint.engine.rule import Context, Hit, Rule
from planlint.model import Goal, Plan


def _cadence(goal: Goal, ctx: Context) -> str:
    """Weekly for the goals closest to the work, monthly in the middle, quarterly on top."""
    if goal.level == "company":
        return ctx.t("每季度", "quarterly")
    if goal.level in ("project", "individual"):
        return ctx.t("每周", "weekly")
    return ctx.t("每月", "monthly")


# Front-end variables that move before each dimension's result (tracking guide 2(2)).
LEADING = {
    "brand": ("品牌搜索量, 视频完播率", "branded search volume, video completion rate"),
    "user": ("落地页转化率, 注册转化率", "landing page conversion rate, sign-up conversion rate"),
    "sales": ("线索量, 加购数", "qualified leads, add-to-cart count"),
    "channel": ("渠道访客数, 渠道获客成本", "channel visitors, cost per acquisition by channel"),
}


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

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            if goal.review is not None or "review" in goal.fields and not goal.fields["review"].placeholder:
                continue
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
            zh, en = LEADING.get(dim or "", LEADING["sales"])
            msg = ctx.t(f"目标 {label(goal, ctx)} 没有先行指标", f"goal {label(goal, ctx)} has no leading indicator")
            fix = ctx.t(f"加上 先行指标: 例如 {zh}", f"add leading: e.g. {en}")
            yield Hit(goal.id_span or goal.header_span, msg, fix)
