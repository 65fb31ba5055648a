"""RS006: a goal gets a larger share of the money than its share of the contribution."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.facts.budget import currency, goal_weight, subtree_budget
from planlint.i18n.messages import Join, Label, Money
from planlint.model import Goal, Plan


class AllocationOptions(Options):
    ratio: float = 1.4  # a budget share this many times the contribution share ...
    points: float = 0.15  # ... and this much above it (15 points) is out of proportion


def pct(value: float) -> str:
    return f"{value:.0%}"


class BudgetAgainstContribution(Rule):
    """A goal gets more of the money than a sibling that contributes more.

    What it checks: for the children of each goal, the budget behind each (its initiatives and
    those of the goals below it) against its contribution weight (its `contributes` share of the
    parent, times its relevance: high 1, medium 0.7, low 0.4). A child that gets more money than
    a sibling worth more, with a budget share at least `ratio` (1.4) times and `points` (15
    points) above its contribution share, is noted (info), whether or not the plan is over budget.
    Why: "需根据目标贡献度(如门锁目标贡献3个百分点, 音箱贡献2个百分点)分配预算" (alignment
    framework, step 4); "优先推进高关联度策略" (risk 1); "资源分散 … 平均分配预算/人力, 导致
    高价值策略资源不足" (risk 5).
    Fix: the same money split by contribution, or a note on why the smaller goal needs more.
    """

    code = "RS006"
    name = "budget-against-contribution"
    category = "resource"
    severity = "info"  # real plans spend on brand out of proportion for good reasons; a note, not a defect
    options = AllocationOptions
    messages = {
        "over": ("{goal} 拿到 {parent} 下级预算的 {budget_share} ({money}), 但贡献只占 {weight_share}; "
                 "{other} 贡献占 {other_share}, 却只有 {other_money}",
                 "{goal} gets {budget_share} of the money under {parent} ({money}) but is worth {weight_share} of "
                 "its contribution; {other} is worth {other_share} and gets {other_money}"),
        "over-relevance": ("{goal} 拿到 {parent} 下级预算的 {budget_share} ({money}), 但按关联度只占 {weight_share}; "
                           "{other} 关联度更高 (占 {other_share}), 却只有 {other_money}",
                           "{goal} gets {budget_share} of the money under {parent} ({money}) but is worth {weight_share} "
                           "by relevance; {other} is more relevant ({other_share}) and gets {other_money}"),
        "share": ("{goal} {money}", "{goal} {money}"),
        "fix": ("按贡献度分配这 {total}: {shares}; 或在 {goal} 的 备注 中说明为何需要更多",
                "split these {total} by contribution: {shares}; or say in {goal}'s note why it needs more"),
        "fix-relevance": ("按关联度分配这 {total}: {shares}; 或在 {goal} 的 备注 中说明为何需要更多",
                          "split these {total} by relevance: {shares}; or say in {goal}'s note why it needs more"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        opts: AllocationOptions = ctx.options  # type: ignore[assignment]
        cur = currency(plan)
        for parent_id, kids in plan.index.children.items():
            parent = plan.index.goals.get(parent_id)
            if parent is None or len(kids) < 2:
                continue
            weights = [goal_weight(plan, k) for k in kids]
            if max(weights) - min(weights) < 1e-9 or sum(weights) <= 0:
                continue  # nothing in the plan says one counts more than another
            money = [subtree_budget(plan, k) for k in kids]
            total = sum(money)
            if total <= 0:
                continue
            wsum = sum(weights)
            for i, kid in enumerate(kids):
                if kid.note is not None:
                    continue
                bshare, wshare = money[i] / total, weights[i] / wsum
                if bshare < wshare * opts.ratio or bshare - wshare < opts.points:
                    continue
                richer = [j for j in range(len(kids)) if weights[j] > weights[i] + 1e-9 and money[j] < money[i] - 1e-6]
                if not richer:
                    continue
                j = max(richer, key=lambda k: weights[k])
                yield self._hit(plan, parent, kids, i, j, money, weights, total, cur)

    def _hit(self, plan: Plan, parent: Goal, kids: list[Goal], i: int, j: int, money: list[float],
             weights: list[float], total: float, cur: str) -> Hit:
        kid, other = kids[i], kids[j]
        wsum = sum(weights)
        by_relevance = all(k.contributes is None for k in kids)  # no share written: the weights are relevance alone
        msg = self.msg("over-relevance" if by_relevance else "over", goal=Label(kid.id, kid.title), parent=parent.id or "", budget_share=pct(money[i] / total),
                       money=Money(money[i], cur), weight_share=pct(weights[i] / wsum), other=other.id or "",
                       other_share=pct(weights[j] / wsum), other_money=Money(money[j], cur))
        shares = tuple(self.msg("share", goal=k.id or "", money=Money(round(total * w / wsum, -3), cur))
                       for k, w in zip(kids, weights, strict=True))
        fix = self.msg("fix-relevance" if by_relevance else "fix", total=Money(total, cur), shares=Join(shares, "; "), goal=kid.id or "")
        span = (kid.contributes.span if kid.contributes is not None and kid.contributes.span else None) \
            or kid.id_span or kid.header_span
        return Hit(span, msg, fix)
