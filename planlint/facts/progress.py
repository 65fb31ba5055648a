"""Progress: where a goal stands against where the plan says it should be by now.

The plan's expectation follows the goal's ``split`` when the split adds up to the target (or
rises to it, for a level), else what the number means in time (``periods``): a flow accrues
from zero over its period (8 -> 12 new users: 6 are due at mid-year, not 10), a per-quarter
figure accrues within its quarter, a level moves on a straight line from the baseline.

Two kinds of actuals:
- one value now, ``actual: 5.2 截至 2024-06-30``: cumulative (the flow so far, the level now);
- a series, ``actual:`` with dated lines below it or rows of a dashboard export: for a flow,
  each value is what that day (week, month) brought; for a level, the level on that day.

The colours are the method's (tracking guide 2(2)): red when the series runs below 70% of the
daily (periodic) target for 3 periods in a row, or when one cumulative actual is below 70% of
plan; green above 100%; amber in between, so exactly 100% is amber.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from planlint.facts.periods import meaning, period_end, period_start
from planlint.facts.values import base, target_base
from planlint.model import Goal, Observation, Plan
from planlint.records import record

TOO_EARLY = 0.05  # a level's planned move so far below 5% of the whole move: too early to judge


@record
class Point:
    """One observation of a series against its expectation."""

    start: dt.date
    end: dt.date
    actual: float
    expected: float
    ratio: float | None  # None: too early to judge a level
    source: str = ""


@record
class Progress:
    goal: Goal
    as_of: dt.date
    expected: float
    actual: float
    ratio: float
    status: str  # red, amber, green
    series: list[Point] = field(default_factory=list)  # empty for one cumulative actual
    streak: int = 0  # the latest periods in a row below red-below
    every: str = ""  # what one observation covers: day, week, month, ... ("" for one actual)


class Expectation:
    """The plan's expectation for one goal: cumulative for a flow (due by a day), the level on
    a day for a level."""

    def __init__(self, plan: Plan, goal: Goal) -> None:
        self.goal = goal
        self.mean = meaning(plan, goal)
        self.target = target_base(goal)
        self.baseline = base(goal, goal.baseline)
        self.flow = self.mean.flow
        self.start = self.mean.start
        self.end = self.mean.end
        self.entries = [(e.period.start, e.period.end, base(goal, e.quantity) or 0.0)
                        for e in goal.split if e.quantity is not None and e.period is not None]
        self.entries.sort()
        self.split_sum = False
        self.split_levels = False
        if self.entries and self.target is not None:
            total = sum(v for _, _, v in self.entries)
            tol = max(1e-9, abs(self.target) * 0.005)
            values = [v for _, _, v in self.entries]
            if abs(total - self.target) <= tol:
                self.split_sum = True
                self.flow = True  # the split says so: the target is the sum of its periods
            elif abs(values[-1] - self.target) <= tol:
                self.split_levels = True
                self.flow = False

    @property
    def usable(self) -> bool:
        if self.target is None:
            return False
        if self.split_sum:
            return True
        return self.start is not None and self.end is not None and self.end >= self.start

    def due(self, day: dt.date) -> float:
        """For a flow: what is due from the start up to and including ``day``."""
        if self.split_sum:
            out = 0.0
            for s, e, v in self.entries:
                if e <= day:
                    out += v
                elif s <= day:
                    out += v * ((day - s).days + 1) / ((e - s).days + 1)
            return out
        assert self.start is not None and self.end is not None and self.target is not None
        if self.mean.per_period:
            # the per-period figure rises from the baseline's to the target's; within one
            # period it accrues from zero
            every = self.mean.every or "quarter"
            ps, pe = period_start(day, every), period_end(day, every)
            level = self._line(pe)
            return level * min(1.0, ((day - ps).days + 1) / ((pe - ps).days + 1))
        days = (self.end - self.start).days + 1
        elapsed = min(days, max(0, (day - self.start).days + 1))
        return self.target * elapsed / days

    def due_between(self, start: dt.date, end: dt.date) -> float:
        """For a flow: what the days ``start``..``end`` should bring."""
        one = dt.timedelta(days=1)
        if self.mean.per_period and not self.split_sum:
            every = self.mean.every or "quarter"
            total, day = 0.0, start
            while day <= end:  # period by period: a per-quarter figure starts from zero each quarter
                last = min(end, period_end(day, every))
                before = self.due(day - one) if period_start(day, every) < day else 0.0
                total += self.due(last) - before
                day = last + one
            return total
        return self.due(end) - self.due(start - one)

    def level(self, day: dt.date) -> float:
        """For a level: where it should be on ``day``."""
        if self.split_levels:
            points = [(self._origin_day(), self.baseline if self.baseline is not None else self.entries[0][2])]
            points += [(e, v) for _, e, v in self.entries]
            for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
                if day <= d1:
                    if d1 <= d0:
                        return v1
                    return v0 + (v1 - v0) * max(0.0, (day - d0).days) / (d1 - d0).days
            return points[-1][1]
        return self._line(day)

    def _origin_day(self) -> dt.date:
        return (self.start - dt.timedelta(days=1)) if self.start is not None else self.entries[0][0]

    def _line(self, day: dt.date) -> float:
        assert self.target is not None
        origin = self.baseline if self.baseline is not None else 0.0
        if self.start is None or self.end is None:
            return self.target
        span = (self.end - self.start).days + 1
        frac = min(1.0, max(0.0, ((day - self.start).days + 1) / span))
        return origin + (self.target - origin) * frac

    def ratio_of_level(self, actual: float, day: dt.date) -> tuple[float, float | None]:
        """(expected level, progress ratio): the share of the planned move made so far."""
        expected = self.level(day)
        origin = self.baseline if self.baseline is not None else 0.0
        planned = expected - origin
        whole = (self.target or 0.0) - origin
        if abs(planned) < abs(whole) * TOO_EARLY or planned == 0:
            return expected, None
        return expected, (actual - origin) / planned


def colour(ratio: float, red_below: float, green_at: float) -> str:
    """One cumulative value: red below ``red_below`` of plan, green above ``green_at``, amber
    between (exactly 100% is amber)."""
    if ratio < red_below:
        return "red"
    return "green" if ratio > green_at + 1e-9 else "amber"


def progress(plan: Plan, goal: Goal, red_below: float = 0.7, green_at: float = 1.0,
             red_days: int = 3) -> Progress | None:
    """Where a goal stands at its latest actual against the plan. With a series (``actuals``),
    the 3-day rule; with one ``actual ... as of DATE``, the cumulative value against plan."""
    if goal.target is None:
        return None
    exp = Expectation(plan, goal)
    if not exp.usable:
        return None
    if goal.actuals:
        return _series(goal, exp, red_below, green_at, red_days)
    if goal.actual is None or goal.actual_as_of is None:
        return None
    when = goal.actual_as_of.end
    actual = base(goal, goal.actual) or 0.0
    if exp.flow:
        expected = exp.due(when)
        ratio = actual / expected if expected else 1.0
    else:
        expected, maybe = exp.ratio_of_level(actual, when)
        if maybe is None:
            return None
        ratio = maybe
    return Progress(goal, when, expected, actual, ratio, colour(ratio, red_below, green_at))


def observation_spans(series: list[Observation]) -> list[tuple[dt.date, dt.date, Observation]]:
    """Each observation's days, oldest first. A value dated by a day covers that day, unless the
    series is weekly (every date 7 days apart, say): then the days since the one before."""
    ordered = sorted(series, key=lambda o: (o.period.end, o.period.start))
    days = [o for o in ordered if o.period.kind == "day"]
    gaps = sorted((b.period.end - a.period.end).days for a, b in zip(days, days[1:], strict=False))
    step = gaps[len(gaps) // 2] if gaps and gaps[0] == gaps[len(gaps) // 2] and gaps[0] > 1 else 1
    out = []
    for o in ordered:
        start = o.period.start
        if o.period.kind == "day" and step > 1:
            start = o.period.end - dt.timedelta(days=step - 1)
        out.append((start, o.period.end, o))
    return out


def _series(goal: Goal, exp: Expectation, red_below: float, green_at: float, red_days: int) -> Progress | None:
    points: list[Point] = []
    merged: dict[tuple[dt.date, dt.date], tuple[float, str]] = {}
    for start, end, obs in observation_spans(goal.actuals):
        value = base(goal, obs.value) or 0.0
        if (start, end) in merged and exp.flow:  # one day's rows by channel add up; a level's last one counts
            value += merged[(start, end)][0]
        merged[(start, end)] = (value, obs.source)
    for (start, end), (value, source) in merged.items():
        if exp.flow:
            expected = exp.due_between(start, end)
            ratio = value / expected if expected > 0 else None
        else:
            expected, ratio = exp.ratio_of_level(value, end)
        points.append(Point(start, end, value, expected, ratio, source))
    judged = [p for p in points if p.ratio is not None]
    if not judged:
        return None
    streak = 0
    for p in reversed(points):
        if p.ratio is None or p.ratio >= red_below:
            break
        streak += 1
    last = judged[-1]
    assert last.ratio is not None
    if streak >= red_days:
        status = "red"
    elif last.ratio > green_at + 1e-9:
        status = "green"
    else:
        status = "amber"
    span = (last.end - last.start).days + 1
    every = "day" if span == 1 else "week" if span == 7 else "month" if 28 <= span <= 31 else \
        "quarter" if 90 <= span <= 92 else f"{span} days"
    return Progress(goal, last.end, last.expected, last.actual, last.ratio, status, points, streak, every)
