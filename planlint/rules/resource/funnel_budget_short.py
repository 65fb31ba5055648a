"""RS005: the initiatives behind the leads goal cannot buy the leads the funnel needs."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import amount, currency
from planlint.facts.funnel import funnels
from planlint.i18n.messages import Money, Num
from planlint.model import Plan


class FunnelBudgetShort(Rule):
    """The initiatives behind the leads goal cannot buy the leads the funnel needs.

    What it checks: with `cost per lead` / `单条线索成本` (or 获客成本) in a goal's `assume:`,
    leads needed x cost per lead against the budgets of the initiatives that support the
    leads goal (and the goals under it).
    Why: "若線索獲取成本需控制在200元以內, 需規劃獲客渠道的投入結構" (tracking guide 1(1)):
    2,000 leads at 200 each need 400k of lead budget.
    Fix: the budget the funnel needs and the gap, or the cost per lead the budget affords.
    """

    code = "RS005"
    name = "funnel-budget-short"
    category = "resource"
    severity = "warning"
    messages = {
        "short": ("{leads} 条线索 × {cpl} = {needed}, 但支撑 {goal} 的举措预算只有 {funded}",
                  "{leads} leads x {cpl} = {needed}, but the initiatives behind {goal} have {funded}"),
        "fix": ("为 {goal} 的举措增加 {gap} 预算, 或降低单条线索成本到 {affordable}",
                "add {gap} to the initiatives behind {goal}, or bring cost per lead down to {affordable}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        for f in funnels(plan, ctx.packs):
            if f.cpl is None or f.leads_needed is None or f.leads_goal is None:
                continue
            needed = f.leads_needed * f.cpl
            lg = f.leads_goal
            ids = {g.id for g in [lg, *plan.index.descendants(lg)]}
            funded = sum(amount(i.budget, cur) or 0.0 for i in plan.initiatives if any(r.value in ids for r in i.supports))
            if funded >= needed * 0.995:
                continue
            msg = self.msg("short", leads=Num(f.leads_needed), cpl=Money(f.cpl, cur), needed=Money(needed, cur),
                           goal=lg.id or "", funded=Money(funded, cur))
            fix = self.msg("fix", goal=lg.id or "", gap=Money(needed - funded, cur),
                           affordable=Money(funded / f.leads_needed, cur))
            yield Hit(lg.target.span or lg.header_span, msg, fix)  # type: ignore[union-attr]
