"""RS007: a budget is in another currency than the plan's, so no total counts it."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import amount, currency
from planlint.i18n.messages import Label, Term
from planlint.language.keywords import BUILTIN
from planlint.model import Plan

WHAT = {"team": Term("团队", "team"), "goal": Term("目标", "goal"), "initiative": Term("举措", "initiative")}


class BudgetOtherCurrency(Rule):
    """A budget is in another currency than the plan's.

    What it checks: the budgets of teams, goals and initiatives are in the plan's currency
    (the unit of its `budget` (预算), else its `currency` (币种), else CNY). Plain 元 is the
    plan's currency, whichever it is (300万元 in a plan whose 币种 is TWD); 美元, US$, RMB, ¥
    or HK$ name their own.
    Why: planlint has no exchange rate, so such an amount is left out of every total: the
    budget check (RS001), the allocation by contribution and the sign-off gate's balance. A
    plan signed that way can spend more than it says (tracking guide 1(4): 预算 … 需与财务确认
    "钱从哪来, 怎么花").
    Fix: write the amount in the plan's currency (at the rate finance uses), and the rate in a
    `note` (备注).
    """

    code = "RS007"
    name = "budget-other-currency"
    category = "resource"
    severity = "warning"
    messages = {
        "other": ("{what} {node} 的预算 {money} 不是计划的币种 ({currency}), 没有计入任何预算合计",
                  "the budget of {what} {node}, {money}, is not in the plan's currency ({currency}): no total counts it"),
        "fix": ("按财务的汇率把 {money} 换算成 {currency} 再写, 汇率写进 备注",
                "convert {money} to {currency} at finance's rate, and put the rate in a note"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        for node in (*plan.teams, *plan.goals, *plan.initiatives):
            q = node.budget
            if q is None or not BUILTIN.is_money(q.unit) or "/" in (q.unit or "") or amount(q, cur) is not None:
                continue
            ref = node.fields.get("budget")
            written = ref.raw_value if ref is not None and ref.raw_value else q.text  # as the plan writes it
            msg = self.msg("other", what=WHAT[node.kind], node=Label(node.id, node.title), money=written,
                           currency=cur)
            fix = self.msg("fix", money=written, currency=cur)
            yield Hit(q.span or node.header_span, msg, fix)
