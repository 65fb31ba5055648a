"""BL001: a goal has a target but no baseline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label, Term
from planlint.model import Plan, Span


class NoBaseline(Rule):
    """A goal has a target but no baseline.

    What it checks: every goal with a `target` (目标值) also has a `baseline` (基准), optionally
    `as of` / `截至` a date. A relative target (`+20%`) cannot even be computed without it.
    Why: "每个子目标需明确量化指标、基准值(当前水平)和目标值" (alignment framework, step 2):
    40% retention is ambitious from 20% and trivial from 38%.
    Fix: add the current value, dated the day before the plan period starts.
    """

    code = "BL001"
    name = "target-without-baseline"
    category = "baseline"
    severity = "warning"
    messages = {
        "missing": ("目标 {goal} 的目标值 {target} 没有基准值可比较: 不知道「{metric}」现在是多少",
                    "goal {goal} targets {target} with no baseline: the current {metric} is not stated"),
        "fix": ("在目标值前加上 基准: <当前的{metric}>{as_of}", "add baseline: <current {metric}>{as_of} before the target"),
        "as_of": (" 截至 {date}", " as of {date}"),
        "slot": ("<当前的{metric}>{as_of}", "<current {metric}>{as_of}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        as_of = ""
        if plan.meta is not None and plan.meta.period is not None:
            as_of = self.msg("as_of", date=(plan.meta.period.start - dt.timedelta(days=1)).isoformat())
        for goal in plan.goals:
            if goal.target is None or goal.baseline is not None:
                continue
            ref = goal.fields.get("baseline")
            if ref is not None and not ref.placeholder:
                continue  # written but unreadable: reported as a syntax finding
            metric = goal.metric.name if goal.metric else Term("该指标", "the metric")
            span = goal.target.span or goal.header_span
            indent = " " * (goal.fields["target"].key_span.column - 1) if "target" in goal.fields else "  "
            slot = ctx.render(self.msg("slot", metric=metric, as_of=as_of))
            edit = Edit(span=Span(line=span.line, column=1, end_line=span.line, end_column=1),
                        text=f"{indent}{ctx.field('baseline')}: {slot}\n")
            yield Hit(span, self.msg("missing", goal=Label(goal.id, goal.title), target=goal.target.text, metric=metric),
                      self.msg("fix", metric=metric, as_of=as_of), [edit])
