"""Resources: money, people and time behind every goal, within the budget.

Method: "给目标不给资源" fails (tracking guide 1(4)); when demand (35万 + 50万)
exceeds a 100万 budget, prioritise by contribution, lock 3pp vs speaker 2pp
(alignment framework, step 4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.facts.budget import amount, currency, department_of, proposed_cuts
from planlint.model import Goal, Initiative, Node, Plan
from planlint.rules.common import insert_field, label


class BudgetExceeded(Rule):
    """The initiatives ask for more money than the plan (or a team) has.

    What it checks: the budgets of all initiatives against the plan's `budget` (预算), and the
    initiatives of each team (by `department`, else by the owner's team) against that team's
    budget. The finding stands on the initiative whose budget crosses the line.
    Why: "若年度營銷總預算僅100萬, 而 … 需35萬 … 需50萬, 需根據目標貢獻度分配預算"
    (alignment framework, step 4): finance cannot sign a plan that does not add up.
    Bad:
        计划 …  预算: 100万元
        举措 A … 预算: 35万元
        举措 B … 预算: 50万元
        举措 C … 预算: 30万元
    Good: initiatives within 100万元, or a larger plan budget agreed with finance.
    Fix: the overrun, and a cut for each initiative in proportion to its goals' contribution
    (less contribution, larger cut).
    """

    code = "RS001"
    name = "budget-exceeded"
    category = "resource"
    severity = "error"
    blocks_signoff = True

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        if plan.meta is not None and plan.meta.budget is not None:
            cap = amount(plan.meta.budget, cur)
            items = [(i, amount(i.budget, cur)) for i in plan.initiatives]
            if cap is not None:
                asked = [(i, a) for i, a in items if a is not None]
                if sum(a for _, a in asked) > cap + 1e-6:
                    yield from self._against(plan, ctx, plan.meta, cap, asked, cur)
                else:  # the teams' or the goals' own budgets may be what overruns
                    for part in (plan.teams, [g for g in plan.goals if g.id not in plan.index.children]):
                        shares = [(n, amount(n.budget, cur)) for n in part]
                        shares = [(n, a) for n, a in shares if a is not None]
                        if sum(a for _, a in shares) > cap + 1e-6:
                            yield from self._against(plan, ctx, plan.meta, cap, shares, cur)
                            break
        for team in plan.teams:
            cap = amount(team.budget, cur)
            if cap is None or not team.id:
                continue
            mine = [(i, amount(i.budget, cur)) for i in plan.initiatives if department_of(plan, i) == team.id]
            yield from self._against(plan, ctx, team, cap, [(i, a) for i, a in mine if a is not None], cur)

    def _against(self, plan: Plan, ctx: Context, holder: Node, cap: float,
                 items: list[tuple[Initiative, float]], cur: str) -> Iterator[Hit]:
        total = sum(a for _, a in items)
        if total <= cap + 1e-6:
            return
        running = 0.0
        crossing = items[-1][0]
        for ini, asked in items:
            running += asked
            if running > cap + 1e-6:
                crossing = ini
                break
        overrun = total - cap
        parts = " + ".join(ctx.money(a, cur).replace("元", "") if ctx.lang == "zh" else ctx.money(a, cur) for _, a in items)
        what_zh = {"team": "团队", "goal": "目标"}.get(items[0][0].kind, "举措")
        what_en = {"team": "teams", "goal": "goals"}.get(items[0][0].kind, "initiatives")
        whose = ctx.t("计划预算", "the plan budget") if holder.kind == "plan" else ctx.t(f"团队 {holder.id} 的预算", f"the budget of team {holder.id}")
        msg = ctx.t(f"{what_zh}预算合计 {parts} = {ctx.money(total, cur)}, 超出{whose} {ctx.money(cap, cur)} 达 {ctx.money(overrun, cur)}",
                    f"{what_en} ask {parts} = {ctx.money(total, cur)} against {whose} of {ctx.money(cap, cur)}: "
                    f"{ctx.money(overrun, cur)} over")
        cuts = proposed_cuts(plan, items, overrun)
        shown = [f"{ini.label} {ctx.money(old, cur)} → {ctx.money(round(new, -3), cur)}" for ini, old, new in cuts if new < old - 1]
        fix = ctx.t(f"按目标贡献度削减 {ctx.money(overrun, cur)}: {'; '.join(shown)}; 或与财务确认追加预算",
                    f"cut {ctx.money(overrun, cur)} by contribution: {'; '.join(shown)}; or agree a larger budget with finance")
        span = crossing.budget.span if crossing.budget is not None and crossing.budget.span else crossing.header_span
        yield Hit(span, msg, fix)


class GoalWithoutResources(Rule):
    """A leaf goal has no initiative behind it and no budget of its own.

    What it checks: every goal without child goals is named in the `supports` (支撑) of at
    least one initiative, or carries a `budget`.
    Why: "给目标不给资源, 是耍流氓" (tracking guide 1(4)): a goal nobody works on is a wish.
    Bad:
        目标 QUALITY "线索转化率提升至15%"    # no initiative supports QUALITY
    Good:
        举措 SLA "24小时内跟进每条线索"
          支撑: QUALITY
    Fix: an initiative that supports it, with the strategy its dimension calls for, its owner
    and what budget is left in the plan.
    """

    code = "RS002"
    name = "goal-without-resources"
    category = "resource"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        left = _left(plan, cur)
        for goal in plan.goals:
            if not goal.id or goal.id in plan.index.children or goal.id in plan.index.supporters:
                continue
            if goal.budget is not None:
                continue
            strategy = _strategy_for(goal, ctx)
            owner = goal.owner.value if goal.owner else ctx.t("<负责人>", "<owner>")
            money = ctx.t(f"可用余额 {ctx.money(left, cur)}", f"{ctx.money(left, cur)} left in the plan") if left and left > 0 else \
                ctx.t("计划预算已分配完, 需先调出预算", "the plan budget is fully allocated: free some first")
            msg = ctx.t(f"没有举措支撑目标 {label(goal, ctx)}: 有目标没有资源",
                        f"no initiative supports goal {label(goal, ctx)}: a goal without resources")
            fix = ctx.t(f"增加一个举措: 支撑: {goal.id}; 策略: {strategy}; 负责人: {owner}; 预算 ({money}); 时间",
                        f"add an initiative with supports: {goal.id}; strategy: {strategy}; owner: {owner}; budget ({money}); window")
            yield Hit(goal.id_span or goal.header_span, msg, fix)


class InitiativeWithoutBudget(Rule):
    """An initiative has no budget.

    What it checks: every initiative has `budget` (预算) with an amount; `0元` is an amount
    (work done by the team's own time), `待定` is not.
    Why: finance signs money: an initiative without a budget line is either free, which should
    be said, or a hidden cost (tracking guide 1(4)).
    Bad:
        举措 SOCIAL "社群运营"
          负责人: 李娜
    Good:
          预算: 5万元
    Fix: the amount; planlint says how much of the plan budget is still free.
    """

    code = "RS003"
    name = "initiative-without-budget"
    category = "resource"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cur = currency(plan)
        left = _left(plan, cur)
        for ini in plan.initiatives:
            if ini.budget is not None:
                continue
            ref = ini.fields.get("budget")
            if ref is not None and ref.raw_value and not ref.placeholder:
                continue  # written but unreadable: a syntax finding says so
            msg = ctx.t(f"举措 {label(ini, ctx)} 没有预算", f"initiative {label(ini, ctx)} has no budget")
            if left is not None and left > 0:
                fix = ctx.t(f"写上 预算 (计划还剩 {ctx.money(left, cur)} 未分配); 不花钱就写 预算: 0元",
                            f"add budget ({ctx.money(left, cur)} of the plan is unallocated); write budget: 0 {cur} if it costs nothing")
            elif left is not None:
                fix = ctx.t(f"写上 预算; 计划预算已超支 {ctx.money(-left, cur)}, 需从其他举措调出; 不花钱就写 预算: 0元",
                            f"add budget; the plan is already {ctx.money(-left, cur)} over, so move money from other initiatives; "
                            f"write budget: 0 {cur} if it costs nothing")
            else:
                fix = ctx.t("写上 预算, 例如 预算: 5万元; 不花钱就写 预算: 0元", f"add budget, e.g. budget: 50k {cur}; or budget: 0 {cur}")
            edits = [] if ref is not None else [insert_field(ini, ctx.t("预算", "budget"), ctx.t("0元", f"0 {cur}"))]
            yield Hit(ini.id_span or ini.header_span, msg, fix, edits)


class OverloadOptions(Options):
    max_concurrent: int = 3


class OwnerOverloaded(Rule):
    """One person owns more initiatives at the same time than the limit.

    What it checks: for each owner, the largest number of initiatives whose windows overlap
    on one day; more than `max-concurrent` (default 3) is reported on the initiative that
    goes over.
    Why: resources include people (tracking guide 1(4)): four campaigns on one person's desk
    in the same month means some of them will not happen.
    Bad: one owner on four overlapping initiatives.
    Good: spread them over collaborators, or over time.
    Fix: the other initiatives at that time, and a colleague from the owner's team.
    """

    code = "RS004"
    name = "owner-overloaded"
    category = "resource"
    severity = "warning"
    options = OverloadOptions

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options.max_concurrent  # type: ignore[attr-defined]
        by_owner: dict[str, list[Initiative]] = {}
        for ini in plan.initiatives:
            if ini.owner is not None and ini.window is not None:
                by_owner.setdefault(ini.owner.value, []).append(ini)
        for who, items in by_owner.items():
            if len(items) <= limit:
                continue
            events: list[tuple[dt.date, int, Initiative]] = []
            for ini in items:
                events.append((ini.window.start, 1, ini))
                events.append((ini.window.end + dt.timedelta(days=1), -1, ini))
            active: list[Initiative] = []
            for _, kind, ini in sorted(events, key=lambda e: (e[0], e[1])):
                if kind < 0:
                    active.remove(ini)
                    continue
                active.append(ini)
                if len(active) > limit:
                    others = ", ".join(i.id or "?" for i in active if i is not ini)
                    mates = [p for t in plan.index.team_of.get(who, []) for p in sorted(t.people()) if p != who]
                    msg = ctx.t(f"{who} 同时负责 {len(active)} 个举措 (上限 {limit}): {ini.id} 与 {others} 时间重叠",
                                f"{who} owns {len(active)} initiatives at once (limit {limit}): {ini.id} overlaps {others}")
                    fix = ctx.t(f"把 {ini.id} 交给{('团队同事, 例如 ' + mates[0]) if mates else '其他人'}, 或错开时间",
                                f"hand {ini.id} to {('a colleague, e.g. ' + mates[0]) if mates else 'someone else'}, or move its window")
                    yield Hit(ini.owner.span or ini.header_span, msg, fix)
                    break


def _left(plan: Plan, cur: str) -> float | None:
    if plan.meta is None or plan.meta.budget is None:
        return None
    cap = amount(plan.meta.budget, cur)
    if cap is None:
        return None
    return cap - sum(amount(i.budget, cur) or 0.0 for i in plan.initiatives)


def _strategy_for(goal: Goal, ctx: Context) -> str:
    dim = goal.dimension or ctx.packs.dimension_of(f"{goal.metric.name if goal.metric else ''} {goal.title or ''}")
    return {
        "brand": ctx.t("品牌曝光", "brand exposure"),
        "user": ctx.t("用户运营", "user operations"),
        "sales": ctx.t("转化优化", "conversion"),
        "channel": ctx.t("渠道拓展", "channel expansion"),
    }.get(dim or "", ctx.t("<策略>", "<strategy>"))
