"""BL001: a goal has a target but no baseline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import title_change
from planlint.i18n.messages import Label, Term
from planlint.model import Goal, Plan, Span


class NoBaseline(Rule):
    """A goal has a target but no baseline.

    What it checks: every goal with a `target` (目标值) also has a `baseline` (基准), optionally
    `as of` / `截至` a date. A relative target (`+20%`) cannot even be computed without it.
    Why: "每个子目标需明确量化指标、基准值(当前水平)和目标值" (alignment framework, step 2):
    40% retention is ambitious from 20% and trivial from 38%.
    Fix: add the current value, dated the day before the plan period starts: the number the
    title starts from (「从185提升到326」) when it states one, else a slot to fill in.
    """

    code = "BL001"
    name = "target-without-baseline"
    category = "baseline"
    severity = "warning"
    per_goal = True  # each goal's from its own block (the editor checks changed goals again)
    messages = {
        "missing": ("目标 {goal} 的目标值 {target} 没有基准值可比较: 不知道「{metric}」现在是多少",
                    "goal {goal} targets {target} with no baseline: the current {metric} is not stated"),
        "fix": ("在目标值前加上 基准: <当前的{metric}>{as_of}", "add baseline: <current {metric}>{as_of} before the target"),
        "fix-title": ("在目标值前加上 基准: {value}{as_of} (标题说「{words}」)",
                      "add baseline: {value}{as_of} before the target (the title says '{words}')"),
        "as_of": (" 截至 {date}", " as of {date}"),
        "slot": ("<当前的{metric}>{as_of}", "<current {metric}>{as_of}"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if goal.target is None or goal.baseline is not None:
            return
        ref = goal.fields.get("baseline")
        if ref is not None and not ref.placeholder:
            return  # written but unreadable: reported as a syntax finding
        # (the plan block's period: a change to it is no goal's, and runs the rule on every goal again)
        as_of = ""
        if plan.meta is not None and plan.meta.period is not None:
            as_of = self.msg("as_of", date=(plan.meta.period.start - dt.timedelta(days=1)).isoformat())
        metric = goal.metric.name if goal.metric else Term("该指标", "the metric")
        span = goal.target.span or goal.header_span
        indent = " " * (goal.fields["target"].key_span.column - 1) if "target" in goal.fields else "  "
        said = _from_title(goal.title, goal.target.text) if goal.target.kind == "exact" else None
        applicability: str | None = None
        if said is not None:
            value, words = said
            slot = value + ctx.render(as_of) if as_of else value
            fix = self.msg("fix-title", value=value, as_of=as_of, words=words)
        else:
            slot = ctx.render(self.msg("slot", metric=metric, as_of=as_of))
            fix = self.msg("fix", metric=metric, as_of=as_of)
            applicability = "display"  # a slot for the writer's number: shown and offered in the editor, never applied by --fix
        edit = Edit(span=Span(line=span.line, column=1, end_line=span.line, end_column=1),
                    text=f"{indent}{ctx.field('baseline')}: {slot}\n")
        yield Hit(span, self.msg("missing", goal=Label(goal.id, goal.title), target=goal.target.text, metric=metric),
                  fix, [edit], applicability=applicability)


def _from_title(title: str | None, target: str) -> tuple[str, str] | None:
    """The baseline a title states (从185提升到326), written as the target is written: with the
    title's unit word when the target carries it (326万), without it when the target leaves it to
    the metric (326, metric in 万元); None when the title's end is not the target."""
    change = title_change(title)
    if change is None:
        return None
    written = "".join(target.split())
    if written == change.end + change.end_unit:
        return change.start + (change.start_unit or change.end_unit), change.words
    if written == change.end:
        return change.start, change.words
    return None
