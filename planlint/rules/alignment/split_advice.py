"""AL010: a flow goal over several quarters has no seasonal split."""

from __future__ import annotations

import re
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import EVEN, Calendar, meaning, plan_calendar, quarters
from planlint.facts.values import base
from planlint.i18n.messages import Join, Label, Term
from planlint.i18n.numbers import num
from planlint.model import Goal, Plan
from planlint.rules.common import field_indent, last_line_span, respell


def decimals(written: str) -> int:
    """How many decimals a number is written with (2000 -> 0, 1.25万 -> 2)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", written)
    return len(m.group(1)) if m and m.group(1) else 0


def exact_shares(total: float, weights: list[float], places: int) -> list[float]:
    """``total`` shared by ``weights``, each share rounded to ``places`` decimals (whole orders
    for 1000 orders written in full), and the shares adding up to ``total`` exactly (largest
    remainder: 1000 in three even quarters is 334, 333, 333, not 333.33 three times, which
    add up to 999.99). Two decimals when ``total`` itself needs more than ``places``."""
    if abs(total * 10 ** places - round(total * 10 ** places)) > 1e-6:
        places = max(places, 2)
    step = 10 ** places
    units = round(total * step)
    whole = sum(weights)
    raw = [units * w / whole for w in weights]
    shares = [int(r // 1) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - shares[i]), -weights[i], i))
    for i in order[:units - sum(shares)]:
        shares[i] += 1
    return [v / step for v in shares]


class SplitAdvice(Rule):
    """A flow goal over several quarters has no split, or a flat one in a seasonal market.

    What it checks: goals that count a flow over three quarters or more (revenue, new users,
    leads, orders: summed over their period, not a level or a per-quarter figure) without
    `split` (拆分), informational; and, in a market with peak seasons (Chinese e-commerce: 618,
    Double 11, known from the plan's own words), a split that gives every quarter (or month)
    the same number, a warning.
    Why: "根据行业淡旺季、重大营销节点(如618、双11)等因素, 合理分配各季度的任务权重" (annual plan
    2(3)); without a split there is nothing to review a quarter against, and a flat one is
    missed in the peaks and overshot in between.
    Fix: a split by the market's seasonal weights (Q1 20%, Q2 25%, Q3 20%, Q4 35% for Chinese
    e-commerce; even quarters when the plan names no peak season), ready to paste.
    """

    code = "AL010"
    name = "split-advice"
    category = "alignment"
    severity = "info"
    per_goal = True  # each goal's from its own block and the plan's facts (the editor checks changed goals again)
    messages = {
        "none": ("{goal} 跨 {count} 个季度, 没有拆分", "{goal} runs over {count} quarters with no split"),
        "flat": ("{goal} 的拆分每期都是 {value}, 没有按 {peaks} 的旺季加权",
                 "{goal} is split {value} in every period, with no weight for the peaks of {peaks}"),
        "fix": ("{how}: 拆分: {lines}", "{how}: split: {lines}"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        cal = plan_calendar(plan)
        if goal.metric is None or goal.target is None or goal.target.kind not in ("exact", "range"):
            return
        m = meaning(plan, goal)
        if not m.flow or m.per_period or m.start is None or m.end is None:
            return  # a level, a per-quarter figure, a single quarter: nothing to spread
        if goal.split:
            if cal is not EVEN:
                hit = self._flat(goal, cal, ctx)
                if hit is not None:
                    yield hit
            return
        qs = quarters(m.start, m.end)
        t = goal.target_point()
        if t is None or len(qs) < 3:
            return
        q = goal.target.value or goal.target.low
        scale = q.scale if q is not None else 1.0
        written = q.text if q is not None else ""
        whole = scale == 1.0 and goal.metric.scale == 1.0  # 1000 orders: whole orders; 10M, 2000 (万元): cents of it
        places = decimals(written) if whole else max(decimals(written), 2)
        shares = exact_shares(t / scale, [cal.season[n - 1] for _, n in qs], places)
        lines = [f"{y}-Q{n}: {respell(written, num(v))}" for (y, n), v in zip(qs, shares, strict=True)]
        indent = field_indent(goal)
        text = f"\n{indent}{ctx.field('split')}:" + "".join(f"\n{indent}  {line}" for line in lines)
        yield Hit(goal.target.span or goal.header_span,
                  self.msg("none", goal=Label(goal.id, goal.title), count=str(len(qs))),
                  self.msg("fix", how=Term(cal.zh, cal.en), lines=Join(tuple(lines), "; ")),
                  [Edit(span=last_line_span(goal), text=text)])

    def _flat(self, goal: Goal, cal: Calendar, ctx: Context) -> Hit | None:
        entries = [e for e in goal.split if e.quantity is not None and e.period is not None]
        kinds = {e.period.kind for e in entries}  # type: ignore[union-attr]
        if len(entries) < 3 or len(kinds) != 1 or kinds.pop() not in ("quarter", "month"):
            return None
        values = [base(goal, e.quantity) or 0.0 for e in entries]
        if max(values) - min(values) > 1e-9 or not values[0]:
            return None
        weights = [cal.season[(e.period.start.month - 1) // 3] for e in entries]  # type: ignore[union-attr]
        total_value = sum(values)
        edits: list[Edit] = []
        lines = []
        q = entries[0].quantity
        assert q is not None
        written_scale = q.scale if q.unit is None and q.scale != 1.0 else (goal.metric.scale if goal.metric else 1.0)
        places = max(decimals(e.value or "") for e in entries)
        shares = exact_shares(total_value / written_scale, weights, places if written_scale == 1.0 else max(places, 2))
        for e, share in zip(entries, shares, strict=True):
            q = e.quantity
            assert q is not None
            new = respell(q.text, num(share))
            lines.append(f"{e.key}: {new}")
            if e.value_span is not None:
                edits.append(Edit(span=e.value_span, text=new))
        peaks = Join(tuple(Term(zh, en) for _, _, zh, en in cal.peaks), " / ", "、")
        shown = entries[0].value
        return Hit(goal.fields["split"].key_span, self.msg("flat", goal=Label(goal.id, goal.title), value=shown, peaks=peaks),
                   self.msg("fix", how=Term(cal.zh, cal.en), lines=Join(tuple(lines), "; ")), edits, severity="warning")
