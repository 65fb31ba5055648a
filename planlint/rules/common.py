"""Small helpers the rules share: numbers in a goal's units, people and teams, edits."""

from __future__ import annotations

import re

from planlint.api.finding import Edit
from planlint.api.rule import Context
from planlint.facts.values import shown
from planlint.language.script import fold
from planlint.model import Goal, Node, Plan, Span, Team


def show(goal: Goal, value: float, ctx: Context) -> str:
    """A base-unit number written back the way the goal's plan writes it."""
    return shown(goal, value).render(ctx.locale)



WRITTEN_NUMBER = re.compile(r"^(\D*?)\s*\d[\d,.]*")  # the currency before a number: $, HK$, NT$


def respell(written: str, number: str) -> str:
    """``number`` written as ``written`` is (its currency mark before, its scale and unit after):
    ``$6M`` with 1.5 is ``$1.5M``, ``650万元`` with 162.5 is ``162.5万元``."""
    m = WRITTEN_NUMBER.match(written)
    if m is None:
        return number + written
    return f"{m.group(1)}{number}{written[m.end():]}"


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
    columns = [ref.key_column for ref in node.fields.values()]
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
