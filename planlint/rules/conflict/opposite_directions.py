"""XD002: two departments push one metric in opposite directions."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Label
from planlint.language.script import fold
from planlint.model import Goal, Node, Plan
from planlint.rules.conflict.owners import answerable

_SPACES = re.compile(r"[\s()（）]+")


def metric_key(goal: Goal) -> str | None:
    """The metric's name as one key: spaces and brackets out, Traditional folded, lower case."""
    if goal.metric is None:
        return None
    return _SPACES.sub("", fold(goal.metric.name)).lower() or None


class OppositeDirections(Rule):
    """Two departments push one metric in opposite directions.

    What it checks: goals of different departments with the same metric (the name, whatever
    the script or spacing), one raising it and the other lowering it (from baseline and target,
    a `<=` / `>=` bound, or the words of the title).
    Why: the two teams will spend budget cancelling each other out (alignment framework, step 4
    and risk 3).
    Fix: names both owners; they agree one direction, recorded in `definition`.
    """

    code = "XD002"
    name = "opposite-directions"
    category = "conflict"
    severity = "warning"
    per_unit = True  # one metric's goals at a time (the editor checks again the metrics whose goals changed)
    messages = {
        "opposite": ("{du} 的 {up} 要提高「{metric}」, {dd} 的 {down} 却要降低它",
                     "{du} raises '{metric}' with {up} while {dd} lowers it with {down}"),
        "fix": ("{ou} 与 {od} 商定一个方向, 写进 口径", "{ou} and {od} agree one direction and write it into `definition`"),
        "nobody": ("{dept} 的负责人", "the head of {dept}"),
    }

    def units(self, plan: Plan, ctx: Context) -> Iterator[tuple[str, tuple[Goal, ...]]]:
        """One unit per metric: the goals that share it (and have no definition)."""
        if ctx.facts is None:
            return
        by_metric: dict[str, list[Goal]] = {}
        for goal in plan.goals:
            key = metric_key(goal)
            if key and goal.definition is None:
                by_metric.setdefault(key, []).append(goal)
        for key, goals in by_metric.items():
            yield key, tuple(goals)

    def check_unit(self, key: Hashable, goals: tuple[Node, ...], plan: Plan, ctx: Context) -> Iterator[Hit]:
        if ctx.facts is None:
            return
        first_up: dict[str, Goal] = {}  # department -> first goal raising the metric
        first_down: dict[str, Goal] = {}
        for goal in goals:
            m = ctx.facts.metric(goal)
            direction, dept = m.direction, m.department
            if direction == 0 or not dept or m.units is not None or ctx.facts.wrong_way(goal) is not None:
                continue  # no direction, or numbers against the goal's own words (SM006's)
            mine, other = (first_up, first_down) if direction > 0 else (first_down, first_up)
            opposed = next((g for d, g in other.items() if d != dept), None)
            mine.setdefault(dept, goal)
            if opposed is None:
                continue
            up, down = (goal, opposed) if direction > 0 else (opposed, goal)
            du, dd = ctx.facts.department(up) or "", ctx.facts.department(down) or ""
            yield Hit(goal.target.span if goal.target and goal.target.span else goal.header_span,
                      self.msg("opposite", du=du, dd=dd, up=Label(up.id, up.title), down=Label(down.id, down.title),
                               metric=goal.metric.name if goal.metric else ""),
                      self.msg("fix", ou=answerable(plan, up, du, ctx.packs) or self.msg("nobody", dept=du),
                               od=answerable(plan, down, dd, ctx.packs) or self.msg("nobody", dept=dd)))
