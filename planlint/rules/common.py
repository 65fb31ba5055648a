"""Small helpers the rules share: numbers in a goal's units, people and teams, edits."""

from __future__ import annotations

import re

from planlint.api.finding import Edit
from planlint.api.rule import Context
from planlint.i18n.numbers import num
from planlint.language.script import fold
from planlint.model import Goal, Initiative, Node, Plan, Quantity, Span, Team


def base(goal: Goal, q: Quantity | None) -> float | None:
    """A goal's number in base units: ``650`` with metric ``(万元)`` is 6,500,000."""
    if q is None:
        return None
    if q.unit is None and goal.metric is not None:
        return q.value * goal.metric.scale
    return q.value


def unit_of(goal: Goal) -> str | None:
    for q in (goal.baseline, goal.target.value if goal.target else None,
              goal.target.low if goal.target else None):
        if q is not None and q.unit:
            return q.unit
    return goal.metric.unit if goal.metric else None


def show(goal: Goal, value: float, ctx: Context) -> str:
    """A base-unit number written back the way the goal's plan writes it."""
    scale = goal.metric.scale if goal.metric else 1.0
    unit = unit_of(goal)
    if unit in ("CNY", "USD") and scale == 1.0:
        return ctx.money(value, unit)
    shown = num(value / scale)
    suffix = goal.metric.unit_text if goal.metric and goal.metric.unit_text else (unit or "")
    if suffix in ("%", "pp"):
        return f"{shown}{suffix}"
    if suffix in ("count", "条", "人", "个"):
        return shown
    return f"{shown}{suffix}" if suffix and not suffix.isascii() else (f"{shown} {suffix}" if suffix else shown)


def target_base(goal: Goal) -> float | None:
    """The number the target aims at, in base units."""
    if goal.target is None:
        return None
    t = goal.target_point()
    if t is None:
        return None
    ref = goal.baseline if goal.target.kind == "relative" else (goal.target.value or goal.target.low)
    if ref is not None and ref.unit is None and goal.metric is not None:
        return t * goal.metric.scale
    return t


def change(goal: Goal) -> float | None:
    """Target minus baseline, in base units (None when either is missing)."""
    b, t = base(goal, goal.baseline), target_base(goal)
    return None if b is None or t is None else t - b


def department_of(plan: Plan, node: Goal | Initiative) -> str | None:
    """The node's department, else the one team its owner belongs to."""
    if node.department is not None:
        return node.department.value
    if node.owner is not None:
        teams = plan.index.team_of.get(node.owner.value, [])
        if len(teams) == 1:
            return teams[0].id
    return None


def team_names(plan: Plan) -> list[str]:
    return [t.id for t in plan.teams if t.id]


def people_of(team: Team) -> list[str]:
    out = [team.owner.value] if team.owner else []
    out += [m.value for m in team.members if m.value not in out]
    return out


def last_line_span(node: Node) -> Span:
    """An empty span at the end of the block's last line: where an inserted field goes."""
    line = node.span.end_line
    return Span(line=line, column=node.span.end_column, end_line=line, end_column=node.span.end_column)


def field_indent(node: Node) -> str:
    """The indentation of the block's fields (as many columns as they use), two spaces if none."""
    columns = [ref.key_span.column for ref in node.fields.values()]
    return " " * (min(columns) - 1) if columns else "  "


def insert_field(node: Node, key: str, value: str) -> Edit:
    """An edit that appends ``key: value`` as the block's last field, indented like the others."""
    return Edit(span=last_line_span(node), text=f"\n{field_indent(node)}{key}: {value}")


TITLE_NUMBER = re.compile(r"(\d[\d,.]*)\s*(%|％|个百分点|万元|万|亿|元|条|人|k|M)?")


def title_number(title: str | None) -> str | None:
    """The last number in a title ("…提升至15%" -> "15%"), as written."""
    if not title:
        return None
    found = TITLE_NUMBER.findall(fold(title))
    for number, unit in reversed(found):
        if len(number.replace(",", "").replace(".", "")) == 4 and not unit and number.startswith("20"):
            continue  # a year, not a target
        return number + (unit or "")
    return None


def goal_label(goal: Goal) -> str:
    if goal.id and goal.title:
        return f"{goal.id}「{goal.title}」"
    return goal.id or f"「{goal.title}」"


def label_en(node: Node) -> str:
    if node.id and node.title:
        return f"{node.id} ({node.title})"
    return node.id or f'"{node.title}"'


def label(node: Node, ctx: Context) -> str:
    if ctx.lang == "zh":
        return goal_label(node)  # type: ignore[arg-type]
    return label_en(node)
