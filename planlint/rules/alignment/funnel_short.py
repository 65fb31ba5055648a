"""AL009: a child goal's target is below what the parent's funnel needs."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import currency
from planlint.facts.funnel import Funnel, funnels
from planlint.facts.values import shown, target_base
from planlint.i18n.messages import Join, Label, Money, Num
from planlint.model import Plan


class FunnelShort(Rule):
    """A child goal's target is below what the parent's funnel needs.

    What it checks: a goal with `assume:` (deal size / 客单价, conversion / 转化率) is worked
    backwards: target / deal size = customers, / conversion = leads. Its descendants that
    count customers and leads must target at least that.
    Why: "若客單價為5萬/年, 需至少200個付費客戶; 若線索到客戶轉化率為10%, 需儲備2000條有效線索"
    (tracking guide 1(1)): a leads goal below the funnel's need cannot deliver the revenue.
    Fix: the number the funnel needs, or the conversion (deal size) the child's target implies.
    """

    code = "AL009"
    name = "funnel-short"
    category = "alignment"
    severity = "warning"
    messages = {
        "customers": ("{goal} 目标 {have}, 但 {parent} 的漏斗 {chain} 需要 {needed} 个客户",
                      "{id} targets {have} but {parent}'s funnel {chain} needs {needed} customers"),
        "fix-customers": ("把 {id} 提高到 {needed}, 或在 {parent} 的 假设 中说明更高的客单价 ({deal})",
                          "raise {id} to {needed}, or justify a deal size of {deal}"),
        "leads": ("{goal} 目标 {have}, 但 {chain} 需要 {needed} 条线索", "{id} targets {have} but {chain} needs {needed}"),
        "fix-leads": ("把 {id} 提高到 {needed}, 或说明 {conversion}% 的转化率从何而来",
                      "raise {id} to {needed} or justify a conversion of {conversion}%"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        for f in funnels(plan, ctx.packs):
            chain = _chain(f, cur)
            c = f.customers_goal
            if c is not None and (target_base(c) or 0) < f.customers_needed * 0.995:
                have = target_base(c) or 0
                msg = self.msg("customers", goal=Label(c.id, c.title), id=c.id or "", have=Num(have),
                               parent=f.goal.id or "", chain=chain, needed=Num(f.customers_needed))
                fix = self.msg("fix-customers", id=c.id or "", needed=Num(f.customers_needed), parent=f.goal.id or "",
                               deal=Money(f.target / have, cur) if have else "-")
                yield Hit(c.target.span or c.header_span, msg, fix)  # type: ignore[union-attr]
            lg = f.leads_goal
            if lg is not None and f.leads_needed and (target_base(lg) or 0) < f.leads_needed * 0.995:
                have = target_base(lg) or 0
                implied = f.customers_needed / have * 100 if have else 0
                msg = self.msg("leads", goal=Label(lg.id, lg.title), id=lg.id or "", have=Num(have), chain=chain,
                               needed=Num(f.leads_needed))
                fix = self.msg("fix-leads", id=lg.id or "", needed=Num(f.leads_needed), conversion=Num(implied, 1))
                yield Hit(lg.target.span or lg.header_span, msg, fix)  # type: ignore[union-attr]


def _chain(f: Funnel, cur: str) -> Join:
    parts: list = [shown(f.goal, f.target), Money(f.deal, cur)]
    if f.conversion:
        parts.append(f"{Num(f.conversion * 100).render('en')}%")
    return Join(tuple(parts), " / ")
