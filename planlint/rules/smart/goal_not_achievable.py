"""SM005: the step from baseline to target is beyond what the history or a normal year shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.facts.funnel import derived_by_funnel
from planlint.facts.periods import meaning, measure_of, title_disagrees
from planlint.facts.units import units_agree
from planlint.facts.values import base, shown, target_base
from planlint.i18n.messages import Amount, Join, Label, Num
from planlint.i18n.numbers import nice
from planlint.language.keywords import BUILTIN
from planlint.model import Goal, Plan


class AchievableOptions(Options):
    max_growth: float = 2.0  # target/baseline without history (1 year); 2.0 = at most double
    question_growth: float = 1.5  # beyond this without history, a target set from nothing is questioned
    history_ratio: float = 2.0  # target step at most this many times the best past step
    flat_step: float = 0.1  # the band's step when the history shows no growth at all


def pct(value: float) -> str:
    return f"{value:+.0%}"


def low_end(goal: Goal, value: float) -> Amount:
    """The low end of a band, without the unit the high end carries (322..346次, 150..210元);
    money in base units keeps it, since each end picks its own scale (35万..1.2亿元)."""
    full = shown(goal, value)
    if BUILTIN.is_money(full.unit) and "/" not in (full.unit or "") and full.scale == 1.0:
        return full
    return Amount(value, None, full.scale)


class NotAchievable(Rule):
    """The step from baseline to target is beyond what the history or a normal year shows.

    What it checks: with `history` (历史, oldest first), the target's change over the baseline is
    at most `history-ratio` times the best step in the history. Without history, a target more
    than `max-growth` (2) times the baseline per year is questioned; so is a level (a rate, an
    average, a share: it moves with quality, not with spend) more than `question-growth` (1.5)
    times upwards, unless the number is handed down (a company or business-unit goal, a declared
    `contributes`, a funnel's number). For a goal that lowers its
    metric (a cost, churn, a rank: 8th -> 2nd) the same holds the other way round. A `note`
    (备注) that explains the jump silences it.
    Why: "不能拍腦袋定目標, 需參考歷史數據(如過往同類內容平均互動300), 疊加策略, 判斷500是否合理"
    (tracking guide 1(2)).
    Fix: a target band from the history (or within question-growth of the baseline), or the
    history and the strategy that make the step possible.
    """

    code = "SM005"
    name = "goal-not-achievable"
    category = "smart"
    severity = "warning"
    per_goal = True  # each goal's from its own block and the plan's facts (the editor checks changed goals again)
    options = AchievableOptions
    messages = {
        "history": ("目标 {goal} 要求从 {baseline} 到 {target} ({step}), 而历史上最大的一步是 {best}",
                    "goal {goal} asks for {baseline} -> {target} ({step}), while the best step in its history is {best}"),
        "flat": ("目标 {goal} 要求从 {baseline} 到 {target} ({step}), 而历史 {history} 没有增长",
                 "goal {goal} asks for {baseline} -> {target} ({step}), while its history {history} shows no growth"),
        "fix-history": ("把目标值设在 {low}..{high} (按历史增幅), 或在 备注 中说明靠什么实现这个跨越",
                        "set the target within {low}..{high} (from the history), or add a note saying what makes the "
                        "jump possible"),
        "fix-flat": ("写明靠什么新举措打破持平 (备注), 或把目标值设在 {low}..{high}",
                     "say in a note which new lever breaks the flat history, or set the target within {low}..{high}"),
        "jump": ("目标 {goal} 从 {baseline} 到 {target} ({times} 倍), 没有 历史 或 备注 说明它可实现",
                 "goal {goal} goes from {baseline} to {target} ({times}x) with no history or note to show it is achievable"),
        "cut": ("目标 {goal} 从 {baseline} 降到 {target} ({step}), 没有 历史 或 备注 说明它可实现",
                "goal {goal} cuts {baseline} to {target} ({step}) with no history or note to show it is achievable"),
        "to-zero": ("目标 {goal} 从 {baseline} 降到 0, 没有 历史 或 备注 说明它可实现",
                    "goal {goal} goes from {baseline} down to zero with no history or note to show it is achievable"),
        "unproven": ("目标 {goal} 从 {baseline} 到 {target} ({step}), 没有 历史: 过往数据是多少, 叠加哪些策略能达到 {target}?",
                     "goal {goal} goes from {baseline} to {target} ({step}) with no history: what did past periods "
                     "reach, and which strategy gets it to {target}?"),
        "fix-up": ("把目标值定在不超过 {bound} (基准的 {limit} 倍), 或补充 历史: 过去几期的数值, 或在 备注 中说明依据",
                   "set the target to at most {bound} ({limit}x the baseline), or add history: past values, or a note "
                   "with the reason"),
        "fix-down": ("把目标值定在不低于 {bound} (基准的 1/{limit}), 或补充 历史: 过去几期的数值, 或在 备注 中说明依据",
                     "set the target to at least {bound} (1/{limit} of the baseline), or add history: past values, or "
                     "a note with the reason"),
        "rank": ("目标 {goal} 要从第 {baseline} 名升到第 {target} 名, 没有 历史 或 备注 说明它可实现",
                 "goal {goal} climbs from rank {baseline} to rank {target} with no history or note to show it is achievable"),
        "rank-history": ("目标 {goal} 要从第 {baseline} 名升到第 {target} 名 (前进 {places} 名), 而历史上一期最多前进 {best} 名",
                         "goal {goal} climbs from rank {baseline} to rank {target} ({places} places), while its history "
                         "gained at most {best} places in a period"),
        "fix-rank": ("先以第 {bound} 名为目标 (基准名次 ÷ {limit}), 或补充 历史: 过去几期的排名, 或在 备注 中说明依据",
                     "aim for rank {bound} first (the baseline rank / {limit}), or add history: past ranks, or a note "
                     "with the reason"),
        "fix-rank-history": ("先以第 {bound} 名为目标 (按历史进度), 或在 备注 中说明靠什么实现",
                             "aim for rank {bound} first (from the history), or add a note saying what makes it possible"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        opts: AchievableOptions = ctx.options  # type: ignore[assignment]
        if goal.note is not None or goal.target is None:
            return
        b, t = base(goal, goal.baseline), target_base(goal)
        if b is None or t is None or b == t or not units_agree(goal):
            return  # units that disagree are BL002's to report; the ratio would mean nothing
        if ctx.facts is not None and ctx.facts.wrong_way(goal) is not None:
            return  # a target on the wrong side of the baseline is SM006's: how far it goes is beside the point
        if title_disagrees(goal) is not None:
            return  # the title says another target (8% written 80): SM007's, the slip comes first
        if measure_of(goal) == "rank":
            hit = self._rank(plan, goal, b, t, opts)
        elif len(goal.history) >= 2:
            hit = self._with_history(goal, b, t, t > b, opts)
        else:
            hit = self._without_history(plan, goal, b, t, t > b, opts, ctx)
        if hit is not None:
            yield hit

    def _with_history(self, goal: Goal, b: float, t: float, up: bool, opts: AchievableOptions) -> Hit | None:
        values = [base(goal, q) or 0.0 for q in goal.history]
        steps = [(cur - prev) / prev if up else (prev - cur) / prev
                 for prev, cur in zip(values, values[1:], strict=False) if prev > 0]
        if not steps:
            return None
        best = max(steps)
        needed = (t - b) / b if up else (b - t) / b if b else 0
        allowed = max(best, 0.0) * opts.history_ratio
        if needed <= allowed or needed <= 0:
            return None
        sign = 1 if up else -1
        label = Label(goal.id, goal.title)
        if best <= 0:  # a flat or falling history: no step to scale; a modest band, or the new lever
            step = opts.flat_step
            lo, hi = sorted((b, b * (1 + step) if up else b * (1 - step)))
            lo, hi = _band(lo, hi)
            history = Join(tuple(shown(goal, v) for v in values))
            return Hit(goal.target.span or goal.header_span,  # type: ignore[union-attr]
                       self.msg("flat", goal=label, baseline=shown(goal, b), target=shown(goal, t),
                                step=pct(sign * needed), history=history),
                       self.msg("fix-flat", low=low_end(goal, lo), high=shown(goal, hi)))
        avg = sum(steps) / len(steps)
        lo = b * (1 + max(avg, 0)) if up else b * (1 - max(avg, 0))
        hi = b * (1 + allowed) if up else b * (1 - allowed)
        lo, hi = _band(*sorted((lo, hi)))
        return Hit(goal.target.span or goal.header_span,  # type: ignore[union-attr]
                   self.msg("history", goal=label, baseline=shown(goal, b), target=shown(goal, t),
                            step=pct(sign * needed), best=pct(sign * best)),
                   self.msg("fix-history", low=low_end(goal, lo), high=shown(goal, hi)))

    def _without_history(self, plan: Plan, goal: Goal, b: float, t: float, up: bool,
                         opts: AchievableOptions, ctx: Context) -> Hit | None:
        if b <= 0 or (not up and t < 0):
            return None
        years = max(1.0, _years(plan, goal))
        limit = opts.max_growth ** years
        question = opts.question_growth ** years
        ratio = t / b if up else (b / t if t > 0 else float("inf"))
        if ratio <= question + 1e-9:
            return None
        label = Label(goal.id, goal.title)
        span = goal.target.span or goal.header_span  # type: ignore[union-attr]
        if ratio <= limit + 1e-9:
            if not up or meaning(plan, goal).kind != "level" or _given(plan, goal, ctx):
                # a flow grows with spend; a number handed down (company, contribution, funnel); a cost
                # or a time cut within max-growth is a process change the history need not prove
                return None
            bound = nice(b * question if up else b / question)
            fix = self.msg("fix-up" if up else "fix-down", bound=shown(goal, bound), limit=Num(question, 2))
            # a question, not a defect: the sources ask for the history behind 300 -> 500, they do not
            # call it unreachable (tracking guide 1(2)); a note in the editor, not a failed commit
            return Hit(span, self.msg("unproven", goal=label, baseline=shown(goal, b), target=shown(goal, t),
                                      step=pct((t - b) / b)), fix, severity="info")
        bound = nice(b * limit if up else b / limit)
        if ratio == float("inf"):
            msg = self.msg("to-zero", goal=label, baseline=shown(goal, b))
        elif up:
            msg = self.msg("jump", goal=label, baseline=shown(goal, b), target=shown(goal, t), times=Num(ratio, 1))
        else:
            msg = self.msg("cut", goal=label, baseline=shown(goal, b), target=shown(goal, t), step=pct((t - b) / b))
        fix = self.msg("fix-up" if up else "fix-down", bound=shown(goal, bound), limit=Num(limit, 2))
        return Hit(span, msg, fix)

    def _rank(self, plan: Plan, goal: Goal, b: float, t: float, opts: AchievableOptions) -> Hit | None:
        """A rank climbs when its number falls: 8th -> 4th halves the rank number, it does not
        "double the baseline"."""
        if t >= b or t < 1:
            return None  # falling back in rank is no stretch
        label = Label(goal.id, goal.title)
        span = goal.target.span or goal.header_span  # type: ignore[union-attr]
        values = [base(goal, q) or 0.0 for q in goal.history]
        if len(values) >= 2:
            gains = [prev - cur for prev, cur in zip(values, values[1:], strict=False)]
            best = max(max(gains), 0.0)
            periods = max(1.0, _years(plan, goal))
            allowed = best * opts.history_ratio * periods
            if b - t <= allowed:
                return None
            bound = max(1.0, round(b - max(allowed, 1.0)))
            return Hit(span, self.msg("rank-history", goal=label, baseline=Num(b), target=Num(t), places=Num(b - t),
                                      best=Num(best)), self.msg("fix-rank-history", bound=Num(bound)))
        limit = opts.max_growth ** max(1.0, _years(plan, goal))
        if b / t <= limit + 1e-9:
            return None
        bound = max(1.0, round(b / limit))
        return Hit(span, self.msg("rank", goal=label, baseline=Num(b), target=Num(t)),
                   self.msg("fix-rank", bound=Num(bound), limit=Num(limit, 2)))


def _band(lo: float, hi: float) -> tuple[float, float]:
    """A band of two different numbers a planner would write (300..330, not 300..300)."""
    a, b = nice(lo), nice(hi)
    if a == b:
        a, b = nice(lo, 4), nice(hi, 4)
    if a == b:
        a, b = lo, hi
    return a, b


def _given(plan: Plan, goal: Goal, ctx: Context) -> bool:
    """The target is handed down rather than set from nothing: a company or business-unit goal
    (the strategy's own number), a declared contribution to a parent, a funnel's assumptions
    or a number the funnel works out."""
    if goal.level in ("company", "bu") or goal.contributes is not None or goal.assume:
        return True
    return derived_by_funnel(plan, goal, ctx.packs)


MAX_YEARS = 50.0  # a deadline in 9999 is no 8,000-year plan; 2 ** 8000 would not even be a float


def _years(plan: Plan, goal: Goal) -> float:
    start = goal.baseline_as_of.end if goal.baseline_as_of else (
        plan.meta.period.start - dt.timedelta(days=1) if plan.meta and plan.meta.period else None)
    end = goal.deadline.end if goal.deadline else (plan.meta.period.end if plan.meta and plan.meta.period else None)
    if start is None or end is None or end <= start:
        return 1.0
    return min(round((end - start).days / 365.25, 1), MAX_YEARS)
