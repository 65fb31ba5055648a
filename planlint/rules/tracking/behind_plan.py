"""TR003: a goal's actuals run behind where the plan says it should be."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Options, Rule
from planlint.facts.progress import Point, Progress, progress
from planlint.facts.values import shown, target_base
from planlint.i18n.messages import Join, Label, Message, Term
from planlint.model import Goal, Plan

COLOUR = {"red": Term("红灯", "red"), "amber": Term("黄灯", "amber"), "green": Term("绿灯", "green")}
# what one observation of a series covers, and its target
PERIODS = {
    "day": (Term("天", "days"), Term("日目标", "daily target")),
    "week": (Term("周", "weeks"), Term("周目标", "weekly target")),
    "month": (Term("个月", "months"), Term("月目标", "monthly target")),
    "quarter": (Term("个季度", "quarters"), Term("季度目标", "quarterly target")),
}
OTHER = (Term("期", "periods"), Term("每期目标", "target for the period"))


class ProgressOptions(Options):
    red_below: float = 0.7  # below 70% of plan is red (for a series: so many periods in a row)
    green_at: float = 1.0  # above plan is green; exactly on plan and in between: amber
    red_days: int = 3  # a series is red after this many periods in a row below red-below


def pct(ratio: float) -> str:
    return f"{ratio:.0%}"


class BehindPlan(Rule):
    """A goal's actuals run behind where the plan says it should be by now.

    What it checks: a series of actuals (`actual:` with dated lines below it, or a dashboard
    export given with `--actuals FILE.csv`) against the daily (weekly, monthly) target: red when
    it runs below `red-below` (70%) of it for `red-days` (3) periods in a row, a warning;
    amber (info) when the latest period is at or below 100% of plan. One cumulative actual
    (`actual: 5.2 截至 2024-06-30`) against what is due by then: red below 70%, amber up to
    100%. What is due follows the `split`, else what the number means: a flow accrues from
    zero over its period, a level moves on a straight line from the baseline.
    Why: "如线索量连续3天低于日目标的70%(红灯), 需当天排查渠道投放、内容引流问题; 完成率在80%-100%
    (黄灯), 分析优化空间; 超100%(绿灯), 总结经验复用" (tracking guide 2(2)); a small deviation
    changes the strategy, a large one re-evaluates the goal (3(1)).
    Fix: the days that fell short, what is needed to catch up, and whether to change the
    strategy or re-evaluate the goal.
    """

    code = "TR003"
    name = "behind-plan"
    category = "tracking"
    severity = "warning"
    per_goal = True  # each goal's from its own block and the plan's facts (the editor checks changed goals again)
    options = ProgressOptions
    messages = {
        "behind": ("{goal} 截至 {date} 实际 {actual}, 计划应达 {expected} ({ratio}, {colour})",
                   "{goal} is at {actual} on {date}, the plan says {expected} ({ratio}, {colour})"),
        "streak": ("{goal} 连续 {count} {unit}低于{target}的 {red} (红灯): {points}",
                   "{goal} has run below {red} of its {target} for {count} {unit} in a row (red): {points}"),
        "latest": ("{goal} {date} 实际 {actual}, {target} {expected} ({ratio}, {colour})",
                   "{goal} was at {actual} on {date} against a {target} of {expected} ({ratio}, {colour})"),
        "point": ("{date} {actual}/{expected}", "{date} {actual} of {expected}"),
        "fix-red": ("今天排查原因; 要在截止前达成, 每月需完成 {per_month}; 偏差大则重新评估目标值或更换策略",
                    "find the cause today; reaching the target needs {per_month} a month from now; if the gap is "
                    "structural, re-evaluate the target or change the strategy"),
        "fix-amber": ("分析优化空间; 每月需完成 {per_month} 才能按期达成",
                      "look for room to improve; {per_month} a month reaches the target on time"),
        "fix-streak": ("今天排查原因 (渠道投放、内容引流); 小的偏差调整策略, 持续的偏差重新评估目标值",
                       "find the cause today (channels, content, traffic); change the strategy for a small gap, "
                       "re-evaluate the target if the gap persists"),
        "fix-latest": ("分析优化空间: 哪个渠道或环节拖了后腿", "look for room to improve: which channel or step lags"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        opts: ProgressOptions = ctx.options  # type: ignore[assignment]
        p = progress(plan, goal, opts.red_below, opts.green_at, opts.red_days)
        if p is None or p.status == "green":
            return
        label = Label(goal.id, goal.title)
        if p.series:
            yield self._series(goal, p, label, opts)
            return
        target = target_base(goal) or 0.0
        months = max(1.0, ((goal.deadline.end if goal.deadline else p.as_of) - p.as_of).days / 30.4)
        per_month = shown(goal, (target - p.actual) / months)
        msg = self.msg("behind", goal=label, date=p.as_of.isoformat(), actual=shown(goal, p.actual),
                       expected=shown(goal, p.expected), ratio=pct(p.ratio), colour=COLOUR[p.status])
        fix = self.msg("fix-red" if p.status == "red" else "fix-amber", per_month=per_month)
        span = goal.fields["actual"].value_span if "actual" in goal.fields else goal.header_span
        yield Hit(span or goal.header_span, msg, fix, severity=None if p.status == "red" else "info")

    def _series(self, goal: Goal, p: Progress, label: Label, opts: ProgressOptions) -> Hit:
        unit, target = PERIODS.get(p.every, OTHER)
        last = p.series[-1]
        span = _span_of(goal, last)
        if p.status == "red":
            shown_points = tuple(self._point(goal, q) for q in p.series[-p.streak:])
            msg = self.msg("streak", goal=label, count=str(p.streak), unit=unit, target=target, red=pct(opts.red_below),
                           points=Join(shown_points, "; "))
            return Hit(span, msg, self.msg("fix-streak"))
        msg = self.msg("latest", goal=label, date=p.as_of.isoformat(), actual=shown(goal, p.actual), target=target,
                       expected=shown(goal, p.expected), ratio=pct(p.ratio), colour=COLOUR[p.status])
        return Hit(span, msg, self.msg("fix-latest"), severity="info")

    def _point(self, goal: Goal, q: Point) -> Message:
        return self.msg("point", date=q.end.isoformat(), actual=shown(goal, q.actual), expected=shown(goal, q.expected))


def _span_of(goal: Goal, point: Point):
    for obs in goal.actuals:
        if obs.period.end == point.end and obs.span is not None:
            return obs.span
    ref = goal.fields.get("actual")
    return (ref.key_span if ref is not None else None) or goal.id_span or goal.header_span
