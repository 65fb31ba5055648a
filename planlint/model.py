"""The typed model of a plan: what the parser produces and the rules read.

Every node and value keeps its source span, so findings and the editor can
point at the exact text. Values are normalised: ``100万元`` is 1,000,000 CNY,
``3个百分点`` is 3 pp, ``2024年Q4`` is 2024-10-01..2024-12-31.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

_FROZEN_SETS: dict[tuple[type, tuple[str, ...]], frozenset[str]] = {}


def fast(cls: type[BaseModel], **values: object) -> BaseModel:
    """Build a model from values known to be valid, with every field given: the parser's
    hot path (several times cheaper than ``model_construct``, which also fills defaults).

    Spans and texts are never assigned to after they are built, so they share one frozen
    set of field names (a set per object was a third of a parsed plan's memory)."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    if cls in _IMMUTABLE:
        key = (cls, tuple(values))
        fields_set: set[str] | frozenset[str] = _FROZEN_SETS.setdefault(key, frozenset(values))
    else:
        fields_set = set(values)
    object.__setattr__(obj, "__pydantic_fields_set__", fields_set)
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


class Span(BaseModel):
    """A range in the source: 1-based lines and columns, end exclusive."""

    model_config = ConfigDict(frozen=True)

    line: int
    column: int
    end_line: int
    end_column: int


class Quantity(BaseModel):
    """A number with its unit, the scale word already applied.

    ``unit`` is canonical: ``%``, ``pp``, ``CNY``, ``USD`` or the unit as
    written (``条``, ``count``). ``scale`` is the factor the text carried
    (``万`` = 10,000), kept so messages can write numbers the way the plan does.
    """

    value: float
    unit: str | None = None
    scale: float = 1.0
    text: str = ""
    span: Span | None = None


class DateSpan(BaseModel):
    """A date or a period: ``2024年Q4`` is 2024-10-01..2024-12-31."""

    start: dt.date
    end: dt.date
    kind: Literal["day", "month", "quarter", "half", "year", "range"] = "day"
    text: str = ""
    span: Span | None = None


class Target(BaseModel):
    """A goal's target: exact value, range, bound or relative change."""

    kind: Literal["exact", "range", "bound", "relative"]
    value: Quantity | None = None  # exact, bound, relative
    low: Quantity | None = None  # range
    high: Quantity | None = None  # range
    op: Literal["<=", ">=", "<", ">", "="] | None = None  # bound
    text: str = ""
    span: Span | None = None

    def point(self, baseline: Quantity | None = None) -> float | None:
        """The single number the target aims at (a range's middle, a bound's limit)."""
        if self.kind in ("exact", "bound") and self.value is not None:
            return self.value.value
        if self.kind == "range" and self.low and self.high:
            return (self.low.value + self.high.value) / 2
        if self.kind == "relative" and self.value is not None and baseline is not None:
            if self.value.unit == "%":
                return baseline.value * (1 + self.value.value / 100)
            return baseline.value + self.value.value
        return None

    @property
    def unit(self) -> str | None:
        q = self.value or self.low or self.high
        return q.unit if q else None


class Text(BaseModel):
    """A text value (owner, department, note, a list item) with its span."""

    value: str
    span: Span | None = None


_IMMUTABLE = (Span, Text)


class Metric(BaseModel):
    name: str
    unit: str | None = None  # canonical unit of the metric's values
    scale: float = 1.0  # 万 in ``(万元)``: the plan's numbers are in 10,000s
    unit_text: str | None = None
    span: Span | None = None


class Entry(BaseModel):
    """One ``key: value`` line inside a nested mapping (``split``, ``assume``)."""

    key: str
    value: str
    key_span: Span
    value_span: Span | None = None
    period: DateSpan | None = None  # split keys
    quantity: Quantity | None = None  # split values
    target: Target | None = None  # assume values (may be bounds)


class FieldRef(BaseModel):
    """Where a field stands: its name as written and its spans."""

    key: str  # canonical name
    raw_key: str
    key_span: Span
    value_span: Span | None = None
    raw_value: str = ""
    placeholder: bool = False  # ``TBD``, ``待定``, ``*``, ``?``


class Node(BaseModel):
    kind: Literal["plan", "team", "goal", "initiative"]
    id: str | None = None
    title: str | None = None
    span: Span  # the whole block
    header_span: Span  # the header line
    id_span: Span | None = None
    title_span: Span | None = None
    fields: dict[str, FieldRef] = Field(default_factory=dict)
    owner: Text | None = None
    note: Text | None = None
    budget: Quantity | None = None
    path: str = ""  # the file the block is in (plans checked together span several files)

    def field_span(self, *names: str) -> Span:
        """The span of the first of ``names`` present, else the header line."""
        for name in names:
            ref = self.fields.get(name)
            if ref is not None:
                return ref.value_span or ref.key_span
        return self.header_span

    @property
    def label(self) -> str:
        return self.id or self.title or self.kind


class PlanMeta(Node):
    period: DateSpan | None = None
    currency: str = "CNY"


class Team(Node):
    members: list[Text] = Field(default_factory=list)

    def people(self) -> set[str]:
        names = {m.value for m in self.members}
        if self.owner:
            names.add(self.owner.value)
        return names


class Goal(Node):
    parent: Text | None = None
    level: str | None = None  # company, bu, team, project, individual
    dimension: str | None = None  # brand, user, sales, channel
    relevance: str | None = None  # high, medium, low
    review: str | None = None  # daily, weekly, biweekly, monthly, quarterly
    department: Text | None = None
    collaborators: list[Text] = Field(default_factory=list)
    contributes: Quantity | None = None
    metric: Metric | None = None
    baseline: Quantity | None = None
    baseline_as_of: DateSpan | None = None
    target: Target | None = None
    deadline: DateSpan | None = None
    leading: list[Text] = Field(default_factory=list)
    definition: Text | None = None
    split: list[Entry] = Field(default_factory=list)
    assume: list[Entry] = Field(default_factory=list)
    history: list[Quantity] = Field(default_factory=list)
    actual: Quantity | None = None
    actual_as_of: DateSpan | None = None

    def target_point(self) -> float | None:
        return self.target.point(self.baseline) if self.target else None

    def direction(self) -> int:
        """+1 when the goal raises its metric, -1 when it lowers it, 0 when unknown."""
        t = self.target
        if t is None:
            return 0
        if t.kind == "bound":
            return -1 if t.op in ("<=", "<") else 1 if t.op in (">=", ">") else 0
        if t.kind == "relative" and t.value is not None:
            return 1 if t.value.value > 0 else -1 if t.value.value < 0 else 0
        point = self.target_point()
        if point is None or self.baseline is None:
            return 0
        return 1 if point > self.baseline.value else -1 if point < self.baseline.value else 0


class Initiative(Node):
    supports: list[Text] = Field(default_factory=list)
    strategy: Text | None = None
    department: Text | None = None
    collaborators: list[Text] = Field(default_factory=list)
    window: DateSpan | None = None
    measures: list[Text] = Field(default_factory=list)


class Directive(BaseModel):
    """``# planlint: disable=CODE[,CODE]``: on a line's end, or for the next block."""

    codes: list[str]
    line: int  # where the comment is
    column: int
    applies_from: int  # first line it covers
    applies_to: int  # last line it covers
    own_line: bool


class Plan(BaseModel):
    """A parsed plan file."""

    path: str = "<string>"
    lang: Literal["zh", "en"] = "zh"  # the language of the plan's words
    locale: str = "zh-Hans"  # en, zh-Hans, zh-Hant, zh-Hant-HK: language and script (messages)
    meta: PlanMeta | None = None
    teams: list[Team] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    line_count: int = 0

    @cached_property
    def index(self) -> PlanIndex:
        """Look-ups built once per plan: goals by id, children, supporters, teams."""
        return PlanIndex(self)


class PlanIndex:
    """Derived look-ups over a plan, so rules stay linear in the plan's size."""

    def __init__(self, plan: Plan) -> None:
        self.memo: dict[object, object] = {}  # results several rules share, computed once per plan
        self.path = plan.path
        self.goals: dict[str, Goal] = {}
        for g in plan.goals:
            if g.id and g.id not in self.goals:
                self.goals[g.id] = g
        self.children: dict[str, list[Goal]] = {}
        for g in plan.goals:
            if g.parent:
                self.children.setdefault(g.parent.value, []).append(g)
        self.supporters: dict[str, list[Initiative]] = {}
        for i in plan.initiatives:
            for ref in i.supports:
                self.supporters.setdefault(ref.value, []).append(i)
        self.teams: dict[str, Team] = {}
        for t in plan.teams:
            for name in (t.id, t.title):
                if name and name not in self.teams:
                    self.teams[name] = t
        self._blocks: list[Node] = sorted(
            [n for n in [plan.meta, *plan.teams, *plan.goals, *plan.initiatives] if n is not None],
            key=lambda n: (n.path, n.span.line))
        self._by_path: dict[str, tuple[list[int], list[Node]]] = {}
        for n in self._blocks:
            starts, nodes = self._by_path.setdefault(n.path, ([], []))
            starts.append(n.span.line)
            nodes.append(n)
        self.team_of: dict[str, list[Team]] = {}
        for t in plan.teams:
            for person in sorted(t.people()):
                self.team_of.setdefault(person, []).append(t)

    @property
    def blocks(self) -> list[Node]:
        """Every block in file order."""
        return self._blocks

    def block_at(self, line: int, path: str | None = None) -> Node | None:
        """The block a line belongs to: the last one that starts at or before it (in ``path``,
        for plans that span files; by default the plan's only file)."""
        if path is None:
            if len(self._by_path) != 1:
                path = self.path
            else:
                path = next(iter(self._by_path))
        starts, nodes = self._by_path.get(path, ([], []))
        i = bisect.bisect_right(starts, line) - 1
        return nodes[i] if i >= 0 else None

    def descendants(self, goal: Goal) -> list[Goal]:
        """Children, their children and so on, nearest first (a cycle is walked once)."""
        out: list[Goal] = []
        seen = {id(goal)}
        queue = list(self.children.get(goal.id or "", []))
        while queue:
            g = queue.pop(0)
            if id(g) in seen:
                continue
            seen.add(id(g))
            out.append(g)
            queue.extend(self.children.get(g.id or "", []))
        return out

    def ancestors(self, goal: Goal) -> list[Goal]:
        """Parents from the nearest up, stopping at a cycle or an unknown id."""
        chain: list[Goal] = []
        seen = {id(goal)}
        current = goal
        while current.parent and current.parent.value in self.goals:
            current = self.goals[current.parent.value]
            if id(current) in seen:
                break
            seen.add(id(current))
            chain.append(current)
        return chain
