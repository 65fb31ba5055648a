"""RS002: a leaf goal has no initiative behind it and no budget of its own."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import amount, currency
from planlint.facts.owners import is_person
from planlint.i18n.messages import Label, Money, Term
from planlint.model import Goal, Plan

STRATEGY = {"brand": Term("品牌曝光", "brand exposure"), "user": Term("用户运营", "user operations"),
            "sales": Term("转化优化", "conversion"), "channel": Term("渠道拓展", "channel expansion")}


def left_in_plan(plan: Plan, cur: str) -> float | None:
    """The plan budget not yet asked for by an initiative (None when the plan has no budget)."""
    if plan.meta is None or plan.meta.budget is None:
        return None
    cap = amount(plan.meta.budget, cur)
    if cap is None:
        return None
    return cap - sum(amount(i.budget, cur) or 0.0 for i in plan.initiatives)


def strategy_for(goal: Goal, ctx: Context) -> Term:
    """The strategy the goal's dimension calls for (alignment framework, step 3)."""
    dim = goal.dimension or ctx.packs.dimension_of(f"{goal.metric.name if goal.metric else ''} {goal.title or ''}")
    return STRATEGY.get(dim or "", Term("<策略>", "<strategy>"))


class GoalWithoutResources(Rule):
    """A leaf goal has no initiative behind it and no budget of its own.

    What it checks: every goal without child goals is named in the `supports` (支撑) of at
    least one initiative, or carries a `budget`.
    Why: "给目标不给资源, 是耍流氓" (tracking guide 1(4)): a goal nobody works on is a wish.
    Fix: an initiative that supports it, with the strategy its dimension calls for, its owner
    and what budget is left in the plan.
    """

    code = "RS002"
    name = "goal-without-resources"
    category = "resource"
    severity = "warning"
    messages = {
        "missing": ("没有举措支撑目标 {goal}: 有目标没有资源", "no initiative supports goal {goal}: a goal without resources"),
        "fix": ("增加一个举措: 支撑: {id}; 策略: {strategy}; 负责人: {owner}; 预算 ({money}); 时间",
                "add an initiative with supports: {id}; strategy: {strategy}; owner: {owner}; budget ({money}); window"),
        "left": ("可用余额 {left}", "{left} left in the plan"),
        "none-left": ("计划预算已分配完, 需先调出预算", "the plan budget is fully allocated: free some first"),
        "amount": ("写明金额", "the amount"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        left = left_in_plan(plan, cur)
        for goal in plan.goals:
            if not goal.id or goal.id in plan.index.children or goal.id in plan.index.supporters or goal.budget is not None:
                continue
            money = self.msg("amount") if left is None else \
                self.msg("left", left=Money(left, cur)) if left > 0 else self.msg("none-left")
            owner = goal.owner.value if goal.owner and len(goal.owner.value) <= 100 and is_person(goal.owner.value, plan, ctx.packs) \
                else Term("<负责人>", "<owner>")  # a group or a placeholder is OW002's; not copied into a fix
            yield Hit(goal.id_span or goal.header_span, self.msg("missing", goal=Label(goal.id, goal.title)),
                      self.msg("fix", id=goal.id, strategy=strategy_for(goal, ctx), owner=owner, money=money))
