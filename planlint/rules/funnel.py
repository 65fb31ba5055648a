"""Funnel arithmetic: working a revenue goal backwards through its `assume:`.

Method: "10M ARR / 50k per customer = 200 customers; at 10% lead-to-customer
conversion, 2,000 leads; at <= 200 per lead, 400k of lead budget" (tracking
guide 1(1)). Assumption keys, in both languages, are in ``packs/funnel.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.values import target_base
from planlint.i18n.numbers import num
from planlint.model import Goal, Plan
from planlint.rules.common import label, show


@dataclass
class Funnel:
    goal: Goal
    target: float
    deal: float
    conversion: float | None
    cpl: float | None
    customers_needed: float
    leads_needed: float | None
    customers_goal: Goal | None
    leads_goal: Goal | None


def _assumption(goal: Goal, ctx: Context, key: str) -> float | None:
    rx = ctx.packs.funnel_res[key]
    for entry in goal.assume:
        if entry.target is not None and rx.search(entry.key):
            q = entry.target.value or entry.target.low
            if q is None:
                continue
            if key == "conversion":
                return q.value / 100 if q.unit == "%" or q.value > 1 else q.value
            return q.value
    return None


def _count_goal(goal: Goal) -> bool:
    unit = goal.metric.unit if goal.metric else None
    return unit not in ("%", "pp", "CNY", "USD") and goal.target is not None


def read_funnel(plan: Plan, goal: Goal, ctx: Context) -> Funnel | None:
    deal = _assumption(goal, ctx, "deal_size")
    target = target_base(goal)
    if not deal or target is None or target <= 0:
        return None
    conversion = _assumption(goal, ctx, "conversion")
    cpl = _assumption(goal, ctx, "cost_per_lead")
    customers = leads = None
    for g in plan.index.descendants(goal):
        name = g.metric.name if g.metric else ""
        if _count_goal(g):
            if leads is None and ctx.packs.leads_re.search(name):
                leads = g
            elif customers is None and ctx.packs.customers_re.search(name):
                customers = g
    customers_needed = target / deal
    leads_needed = customers_needed / conversion if conversion else None
    return Funnel(goal, target, deal, conversion, cpl, customers_needed, leads_needed, customers, leads)


def funnels(plan: Plan, ctx: Context) -> list[Funnel]:
    """Every goal's funnel, read once per plan for both funnel rules."""
    key = ("funnels", id(ctx.packs))
    if key not in plan.index.memo:
        found = (read_funnel(plan, g, ctx) for g in plan.goals if g.assume)
        plan.index.memo[key] = [f for f in found if f is not None]
    return plan.index.memo[key]


def _chain(f: Funnel, ctx: Context) -> str:
    parts = [show(f.goal, f.target, ctx), ctx.money(f.deal)]
    if f.conversion:
        parts.append(f"{num(f.conversion * 100)}%")
    return " / ".join(parts)


class FunnelShort(Rule):
    """A child goal's target is below what the parent's funnel needs.

    What it checks: a goal with `assume:` (deal size / 客单价, conversion / 转化率) is worked
    backwards: target / deal size = customers, / conversion = leads. Its descendants that
    count customers and leads must target at least that.
    Why: "若客單價為5萬/年, 需至少200個付費客戶; 若線索到客戶轉化率為10%, 需儲備2000條有效線索"
    (tracking guide 1(1)): a leads goal below the funnel's need cannot deliver the revenue.
    Bad:
        goal ARR  target: 10M   assume: deal size: 50k, conversion: 10%
        goal LEADS  parent: ARR  target: 1500
    Good:
        goal LEADS  target: 2000
    Fix: the number the funnel needs, or the conversion the child's target implies.
    """

    code = "AL009"
    name = "funnel-short"
    category = "alignment"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for f in funnels(plan, ctx):
            goal = f.goal
            c = f.customers_goal
            if c is not None and (target_base(c) or 0) < f.customers_needed * 0.995:
                have = target_base(c) or 0
                msg = ctx.t(f"{label(c, ctx)} 目标 {num(have)}, 但 {goal.id} 的漏斗 {_chain(f, ctx)} 需要 {num(f.customers_needed)} 个客户",
                            f"{c.id} targets {num(have)} but {goal.id}'s funnel {_chain(f, ctx)} needs {num(f.customers_needed)} customers")
                fix = ctx.t(f"把 {c.id} 提高到 {num(f.customers_needed)}, 或在 {goal.id} 的 假设 中说明更高的客单价 ({ctx.money(f.target / have) if have else '-'})",
                            f"raise {c.id} to {num(f.customers_needed)}, or justify a deal size of {ctx.money(f.target / have) if have else '-'}")
                yield Hit(c.target.span or c.header_span, msg, fix)
            lg = f.leads_goal
            if lg is not None and f.leads_needed and (target_base(lg) or 0) < f.leads_needed * 0.995:
                have = target_base(lg) or 0
                implied = f.customers_needed / have * 100 if have else 0
                msg = ctx.t(f"{label(lg, ctx)} 目标 {num(have)}, 但 {_chain(f, ctx)} 需要 {num(f.leads_needed)} 条线索",
                            f"{lg.id} targets {num(have)} but {_chain(f, ctx)} needs {num(f.leads_needed)}")
                fix = ctx.t(f"把 {lg.id} 提高到 {num(f.leads_needed)}, 或说明 {num(implied, 1)}% 的转化率从何而来",
                            f"raise {lg.id} to {num(f.leads_needed)} or justify a conversion of {num(implied, 1)}%")
                yield Hit(lg.target.span or lg.header_span, msg, fix)


class FunnelBudgetShort(Rule):
    """The initiatives behind the leads goal cannot buy the leads the funnel needs.

    What it checks: with `cost per lead` / `单条线索成本` (or 获客成本) in a goal's `assume:`,
    leads needed x cost per lead against the budgets of the initiatives that support the
    leads goal (and the goals under it).
    Why: "若線索獲取成本需控制在200元以內, 需規劃獲客渠道的投入結構" (tracking guide 1(1)):
    2,000 leads at 200 each need 400k of lead budget.
    Bad:
        assume: cost per lead: <= 200 CNY      # 2,000 leads needed
        initiatives supporting LEADS: 300k CNY
    Good: 400k CNY or more behind LEADS.
    Fix: the budget the funnel needs and the gap.
    """

    code = "RS005"
    name = "funnel-budget-short"
    category = "resource"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for f in funnels(plan, ctx):
            if f.cpl is None or f.leads_needed is None or f.leads_goal is None:
                continue
            needed = f.leads_needed * f.cpl
            ids = {g.id for g in [f.leads_goal, *plan.index.descendants(f.leads_goal)]}
            funded = sum(i.budget.value for i in plan.initiatives
                         if i.budget is not None and any(r.value in ids for r in i.supports))
            if funded >= needed * 0.995:
                continue
            lg = f.leads_goal
            msg = ctx.t(f"{num(f.leads_needed)} 条线索 × {ctx.money(f.cpl)} = {ctx.money(needed)}, 但支撑 {lg.id} 的举措预算只有 {ctx.money(funded)}",
                        f"{num(f.leads_needed)} leads x {ctx.money(f.cpl)} = {ctx.money(needed)}, but the initiatives behind {lg.id} have {ctx.money(funded)}")
            fix = ctx.t(f"为 {lg.id} 的举措增加 {ctx.money(needed - funded)} 预算, 或降低单条线索成本到 {ctx.money(funded / f.leads_needed)}",
                        f"add {ctx.money(needed - funded)} to the initiatives behind {lg.id}, or bring cost per lead down to {ctx.money(funded / f.leads_needed)}")
            yield Hit(lg.target.span or lg.header_span, msg, fix)
