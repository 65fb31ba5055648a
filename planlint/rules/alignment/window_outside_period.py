"""AL006: an initiative's window runs outside the plan period."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label
from planlint.model import Plan


class WindowOutsidePeriod(Rule):
    """An initiative's window runs outside the plan period.

    What it checks: `window` (时间) of every initiative lies within the plan's `period` (周期);
    a period-shaped window (`2024-09`) covers the whole period.
    Why: money spent outside the period belongs to another budget, and results after it cannot
    count for this plan's goals (annual plan 3(2): 将年度营销预算细化到各个渠道、项目和时间段).
    Fix: the window clipped to the period.
    """

    code = "AL006"
    name = "window-outside-period"
    category = "alignment"
    severity = "warning"
    messages = {
        "outside": ("举措 {initiative} 的时间 {window} 超出计划周期 {period}",
                    "the window of initiative {initiative}, {window}, runs outside the plan period {period}"),
        "fix": ("改为 时间: {window}, 超出部分放进下一期计划", "set window: {window}; the rest goes in the next plan"),
        "fix-move": ("这个举措不在本期计划内: 移到对应的计划中",
                     "it lies wholly outside this plan: move it to the plan it belongs to"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        period = plan.meta.period if plan.meta is not None else None
        if period is None:
            return
        for ini in plan.initiatives:
            w = ini.window
            if w is None or (w.start >= period.start and w.end <= period.end):
                continue
            start, end = max(w.start, period.start), min(w.end, period.end)
            msg = self.msg("outside", initiative=Label(ini.id, ini.title), window=w.text, period=period.text)
            if start <= end:
                clipped = f"{start.isoformat()} .. {end.isoformat()}"
                fix = self.msg("fix", window=clipped)
                edits = [Edit(span=w.span, text=clipped)] if w.span else []
            else:
                fix, edits = self.msg("fix-move"), []
            yield Hit(w.span or ini.header_span, msg, fix, edits)
