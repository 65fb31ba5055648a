"""Baselines: a target means little without the current level it is compared with.

Method: every sub-goal states its metric, its baseline (基准值, the current level)
and its target value (alignment framework, step 2; table 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.model import Goal, Node, Plan, Span
from planlint.rules.common import label


class NoBaseline(Rule):
    """A goal has a target but no baseline.

    What it checks: every goal with a `target` (目标值) also has a `baseline` (基准), optionally
    `as of` / `截至` a date. A relative target (`+20%`) cannot even be computed without it.
    Why: "每个子目标需明确量化指标、基准值(当前水平)和目标值" (alignment framework, step 2):
    40% retention is ambitious from 20% and trivial from 38%.
    Bad:
        指标: 30日留存率 (%)
        目标值: 40
    Good:
        基准: 32 截至 2023-12-31
        目标值: 40
    Fix: add the current value, dated the day before the plan period starts.
    """

    code = "BL001"
    name = "target-without-baseline"
    category = "baseline"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        as_of = None
        if plan.meta is not None and plan.meta.period is not None:
            as_of = (plan.meta.period.start - dt.timedelta(days=1)).isoformat()
        for goal in plan.goals:
            if goal.target is None or goal.baseline is not None:
                continue
            ref = goal.fields.get("baseline")
            if ref is not None and not ref.placeholder:
                continue  # written but unreadable: reported as a syntax finding
            metric = goal.metric.name if goal.metric else ctx.t("该指标", "the metric")
            target = goal.target.text
            msg = ctx.t(f"目标 {label(goal, ctx)} 的目标值 {target} 没有基准值可比较: 不知道「{metric}」现在是多少",
                        f"goal {label(goal, ctx)} targets {target} with no baseline: the current {metric} is not stated")
            when_zh = f" 截至 {as_of}" if as_of else ""
            when_en = f" as of {as_of}" if as_of else ""
            fix = ctx.t(f"在目标值前加上 基准: <当前的{metric}>{when_zh}", f"add baseline: <current {metric}>{when_en} before the target")
            span = goal.target.span or goal.header_span
            key = ctx.t("基准", "baseline")
            indent = " " * (goal.fields["target"].key_span.column - 1) if "target" in goal.fields else "  "
            edit = Edit(span=Span(line=span.line, column=1, end_line=span.line, end_column=1),
                        text=f"{indent}{key}: <{metric}>{ctx.t(when_zh, when_en)}\n")
            yield Hit(span, msg, fix, [edit])


class UnitMismatch(Rule):
    """The baseline and the target (or the metric) are in different units.

    What it checks: the units written on `baseline`, `target` and in the metric's parentheses
    agree once normalised (`元` = `CNY`, `个百分点` = `pp`; a `+5pp` or `+20%` change on a
    percentage metric is fine).
    Why: a baseline of 10% and a target of 1,500万元 cannot be compared; the plan cannot be checked.
    Bad:
        指标: 线索转化率 (%)
        基准: 10%
        目标值: 1500条
    Good:
        基准: 10%
        目标值: 15%
    Fix: write both in the metric's unit.
    """

    code = "BL002"
    name = "unit-mismatch"
    category = "baseline"
    severity = "error"

    node_local = True

    def check_node(self, goal: Node, ctx: Context) -> Iterator[Hit]:
        if not isinstance(goal, Goal):
            return
        if goal.target is None:
            return
        t = goal.target
        metric_unit = goal.metric.unit if goal.metric else None
        written = [u for u in (metric_unit, goal.baseline.unit if goal.baseline else None) if u]
        if t.kind == "relative":
            # +20% is growth and fits any metric; +5pp only fits a percentage.
            if t.unit == "pp" and written and not _same(written[0], "%"):
                written.append("pp")
        elif t.unit:
            written.append(t.unit)
        odd = next((u for u in written[1:] if not _same(written[0], u)), None)
        if odd is None:
            return
        msg = ctx.t(f"目标 {label(goal, ctx)} 的单位不一致: {written[0]} 与 {odd}",
                    f"goal {label(goal, ctx)} mixes units: {written[0]} and {odd}")
        fix = ctx.t(f"基准和目标值都用指标的单位 ({metric_unit or written[0]}) 表示",
                    f"write baseline and target in the metric's unit ({metric_unit or written[0]})")
        yield Hit(t.span or goal.header_span, msg, fix)


def units_agree(goal) -> bool:
    """Baseline and target in one family of units (percent, a currency, counts)."""
    b = goal.baseline.unit if goal.baseline else None
    t = goal.target.unit if goal.target and goal.target.kind != "relative" else None
    return b is None or t is None or _same(b, t)


def _family(unit: str) -> str:
    if unit in ("%", "pp"):
        return "percent"
    if unit.startswith(("CNY", "USD")):
        return unit
    return "count"  # 条, 人, count, customers: measure words, not compared with each other


def _same(a: str, b: str) -> bool:
    return _family(a) == _family(b)
