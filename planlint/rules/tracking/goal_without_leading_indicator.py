"""TR002: a top marketing goal has no leading indicator."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label, Term
from planlint.model import Goal, Plan


class NoLeadingIndicator(Rule):
    """A top marketing goal has no leading indicator.

    What it checks: goals directly under a company or business-unit goal (the top of the
    marketing layer) list `leading` (先行指标). Informational.
    Why: results arrive late; the guide tracks front-end variables (traffic, content
    completion, lead quality) to act in time (tracking guide 2(2); annual plan 4(1):
    过程性指标 Leading Indicators).
    Fix: indicators that move before the metric does: by what the metric is (a retention, a
    repeat or churn rate: `leading` in packs/language.toml with `match`), else by the goal's
    dimension; for a cost, a rate, a stock or a time of neither, process indicators of that metric.
    """

    code = "TR002"
    name = "goal-without-leading-indicator"
    category = "tracking"
    severity = "info"
    per_goal = True  # each goal's from its own block and its parent's (the editor checks changed goals again)
    messages = {
        "missing": ("目标 {goal} 没有先行指标", "goal {goal} has no leading indicator"),
        "fix": ("加上 先行指标: 例如 {leading}", "add leading: e.g. {leading}"),
        "fix-own": ("加上 先行指标: 比「{metric}」更早变动、每周就能看到的过程指标",
                    "add leading: process indicators that move before '{metric}' and can be read every week"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if goal.leading or goal.parent is None or goal.level in ("company", "bu"):
            return
        parent = plan.index.goals.get(goal.parent.value)
        if parent is None or parent.level not in ("company", "bu"):
            return
        words = f"{goal.metric.name if goal.metric else ''} {goal.title or ''}"
        language = ctx.packs.language
        dim = language.leading_of(words) or goal.dimension or ctx.packs.dimension_of(words)
        if dim is None and goal.metric is not None and ctx.facts is not None \
                and ctx.facts.metric(goal).kind not in (None, "volume", "money"):
            # a cost, a rate, a stock or a time of no known dimension: the sales funnel's
            # indicators (leads, add-to-cart) would not move before it
            fix = self.msg("fix-own", metric=goal.metric.name)
        else:
            fix = self.msg("fix", leading=Term(*language.leading(dim)))
        yield Hit(goal.id_span or goal.header_span, self.msg("missing", goal=Label(goal.id, goal.title)), fix)
