"""RS001: the initiatives ask for more money than the plan (or a team) has."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import amount, currency, department_of, proposed_cuts
from planlint.i18n.messages import Join, Message, Money, Term
from planlint.model import Node, Plan

WHAT = {"team": Term("团队", "teams"), "goal": Term("目标", "goals"), "initiative": Term("举措", "initiatives")}


class BudgetExceeded(Rule):
    """The initiatives ask for more money than the plan (or a team) has.

    What it checks: the budgets of all initiatives against the plan's `budget` (预算), and the
    initiatives of each team (by `department`, else by the owner's team) against that team's
    budget; when the initiatives fit, the teams' or the leaf goals' own budgets. The finding
    stands on the initiative whose budget crosses the line.
    Why: "若年度營銷總預算僅100萬, 而 … 需35萬 … 需50萬, 需根據目標貢獻度分配預算"
    (alignment framework, step 4): finance cannot sign a plan that does not add up.
    Fix: the overrun, and a cut for each initiative in proportion to its goals' contribution
    (less contribution, larger cut).
    """

    code = "RS001"
    name = "budget-exceeded"
    category = "resource"
    severity = "error"
    blocks_signoff = True  # the gate keeps the budget check whatever a plan or config turns off
    messages = {
        "over": ("{what}预算合计 {parts} = {total}, 超出{whose} {cap} 达 {overrun}",
                 "{what} ask {parts} = {total} against {whose} of {cap}: {overrun} over"),
        "plan": ("计划预算", "the plan budget"),
        "team": ("团队 {team} 的预算", "the budget of team {team}"),
        "cut": ("{item} {asked} → {proposed}", "{item} {asked} -> {proposed}"),
        "fix": ("按目标贡献度削减 {overrun}: {cuts}; 或与财务确认追加预算",
                "cut {overrun} by contribution: {cuts}; or agree a larger budget with finance"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        if plan.meta is not None and plan.meta.budget is not None:
            cap = amount(plan.meta.budget, cur)
            if cap is not None:
                asked = [(i, a) for i in plan.initiatives if (a := amount(i.budget, cur)) is not None]
                if sum(a for _, a in asked) > cap + 1e-6:
                    yield from self._against(plan, plan.meta, cap, asked, cur)
                else:  # the teams' or the goals' own budgets may be what overruns
                    for part in (plan.teams, [g for g in plan.goals if g.id not in plan.index.children]):
                        shares = [(n, a) for n in part if (a := amount(n.budget, cur)) is not None]
                        if sum(a for _, a in shares) > cap + 1e-6:
                            yield from self._against(plan, plan.meta, cap, shares, cur)
                            break
        for team in plan.teams:
            cap = amount(team.budget, cur)
            if cap is None or not team.id:
                continue
            mine = [(i, a) for i in plan.initiatives
                    if department_of(plan, i) == team.id and (a := amount(i.budget, cur)) is not None]
            yield from self._against(plan, team, cap, mine, cur)

    def _against(self, plan: Plan, holder: Node, cap: float, items: list[tuple[Node, float]], cur: str) -> Iterator[Hit]:
        total = sum(a for _, a in items)
        if total <= cap + 1e-6:
            return
        running = 0.0
        crossing = items[-1][0]
        for node, asked in items:
            running += asked
            if running > cap + 1e-6:
                crossing = node
                break
        overrun = total - cap
        whose: Message = self.msg("plan") if holder.kind == "plan" else self.msg("team", team=holder.id or "")
        msg = self.msg("over", what=WHAT.get(items[0][0].kind, WHAT["initiative"]),
                       parts=Join(tuple(Money(a, cur) for _, a in items), " + "), total=Money(total, cur),
                       whose=whose, cap=Money(cap, cur), overrun=Money(overrun, cur))
        cuts = tuple(self.msg("cut", item=node.label, asked=Money(old, cur), proposed=Money(round(new, -3), cur))
                     for node, old, new in proposed_cuts(plan, items, overrun) if new < old - 1)
        fix = self.msg("fix", overrun=Money(overrun, cur), cuts=Join(cuts, "; "))
        span = crossing.budget.span if crossing.budget is not None and crossing.budget.span else crossing.header_span
        yield Hit(span, msg, fix)


