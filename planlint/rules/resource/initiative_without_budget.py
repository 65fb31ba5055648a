"""RS003: an initiative has no budget."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import currency
from planlint.i18n.messages import Label, Money
from planlint.model import Plan
from planlint.rules.common import insert_field
from planlint.rules.resource.goal_without_resources import left_in_plan


class InitiativeWithoutBudget(Rule):
    """An initiative has no budget.

    What it checks: every initiative has `budget` (预算) with an amount; `0元` is an amount
    (work done by the team's own time), `待定` is not.
    Why: finance signs money: an initiative without a budget line is either free, which should
    be said, or a hidden cost (tracking guide 1(4): 预算 … 需与财务确认"钱从哪来, 怎么花").
    Fix: the amount; planlint says how much of the plan budget is still free.
    """

    code = "RS003"
    name = "initiative-without-budget"
    category = "resource"
    severity = "warning"
    messages = {
        "missing": ("举措 {initiative} 没有预算", "initiative {initiative} has no budget"),
        "fix-left": ("写上 预算 (计划还剩 {left} 未分配); 不花钱就写 预算: {zero}",
                     "add budget ({left} of the plan is unallocated); write budget: {zero} if it costs nothing"),
        "fix-over": ("写上 预算; 计划预算已超支 {over}, 需从其他举措调出; 不花钱就写 预算: {zero}",
                     "add budget; the plan is already {over} over, so move money from other initiatives; write budget: "
                     "{zero} if it costs nothing"),
        "fix": ("写上 预算, 例如 预算: {example}; 不花钱就写 预算: {zero}",
                "add budget, e.g. budget: {example}; or budget: {zero}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        left = left_in_plan(plan, cur)
        zero = Money(0, cur)
        for ini in plan.initiatives:
            if ini.budget is not None:
                continue
            ref = ini.fields.get("budget")
            if ref is not None and ref.raw_value and not ref.placeholder:
                continue  # written but unreadable: a syntax finding says so
            if left is not None and left > 0:
                fix = self.msg("fix-left", left=Money(left, cur), zero=zero)
            elif left is not None:
                fix = self.msg("fix-over", over=Money(-left, cur), zero=zero)
            else:
                fix = self.msg("fix", example=Money(50000, cur), zero=zero)
            edits = [] if ref is not None else [insert_field(ini, ctx.field("budget"), ctx.render(zero))]
            yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=Label(ini.id, ini.title)), fix, edits)
