"""The typed model of a plan: what the parser produces and the rules read.

Every node and value keeps where it is written, so findings and the editor can point at the
exact text. Values are normalised: ``100万元`` is 1,000,000 CNY, ``3个百分点`` is 3 pp,
``2024年Q4`` is 2024-10-01..2024-12-31.

The classes are plain slotted classes (a 10,000-goal plan is a million of them, and most of
their spans are never looked at): a field's and a value's position is kept as numbers and
becomes a ``Span`` when it is asked for, a new one each time (rules look at most of them once,
and keep the few they report), until ``Plan.materialise_spans`` makes each one object for good. A
list the plan does not write is the empty tuple (one for all), a list it writes a list.
``Plan.model_dump_json`` writes the public JSON model (``planlint parse``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import field, fields
from operator import attrgetter
from typing import Any, Literal

from planlint.records import record


class Span:
    """A range in the source: 1-based lines and columns, end exclusive."""

    __slots__ = ("line", "column", "end_line", "end_column")

    def __init__(self, line: int, column: int, end_line: int, end_column: int) -> None:
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column

    def __eq__(self, other: object) -> bool:
        return type(other) is Span and (self.line, self.column, self.end_line, self.end_column) == (
            other.line, other.column, other.end_line, other.end_column)

    def __hash__(self) -> int:
        return hash((self.line, self.column, self.end_line, self.end_column))

    def __repr__(self) -> str:
        return f"Span(line={self.line}, column={self.column}, end_line={self.end_line}, end_column={self.end_column})"

    def shifted(self, lines: int) -> Span:
        return Span(self.line + lines, self.column, self.end_line + lines, self.end_column)


class Located:
    """A value with its place on one line, kept as numbers until ``span`` is asked for
    (``_line`` is the line, 0 for none, or the ``Span`` the value was given)."""

    __slots__ = ("_line", "_col", "_end")
    _fields: tuple[str, ...] = ()  # the public attributes, for equality, repr and JSON

    def _place(self, span: Span | None) -> None:
        self._line = span if span is not None else 0
        self._col = self._end = 0

    @property
    def span(self) -> Span | None:
        line = self._line
        if line.__class__ is int:
            return Span(line, self._col, line, self._end) if line else None  # made when asked, not kept
        return line

    @span.setter
    def span(self, value: Span | None) -> None:
        self._line = value if value is not None else 0

    def placed(self, line: int, column: int, end: int) -> Located:
        """This value, written at ``line``, ``column`` .. ``end`` (for a value just made)."""
        self._line, self._col, self._end = line, column, end
        return self

    def at(self, line: int, column: int, end: int) -> Located:
        """A copy of this value, written at ``line``, ``column`` .. ``end`` (values read once are
        shared: each field that writes the same text gets its own copy, placed where it is)."""
        new = self.copy()
        new._line, new._col, new._end = line, column, end
        return new

    def copy(self, **changes: Any) -> Located:
        """A shallow copy, with ``changes`` (attribute values) made."""
        cls = type(self)
        new = object.__new__(cls)
        for name in _SLOTS.get(cls) or _SLOTS.setdefault(cls, _slots(cls)):
            object.__setattr__(new, name, getattr(self, name))
        for name, value in changes.items():
            setattr(new, name, value)
        return new

    @staticmethod
    def shift_all(values: Iterable[Located], lines: int) -> None:
        """Move each of ``values`` by ``lines`` (one loop: a line break moves every block after it)."""
        for value in values:
            line = value._line
            if line.__class__ is int:
                if line:
                    value._line = line + lines
            else:
                value._line = line.shifted(lines)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in (*self._fields, "span"))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in (*self._fields, "span"))
        return f"{type(self).__name__}({inner})"


_SLOTS: dict[type, list[str]] = {}
# (the values' ``at``: a copy of a value read before, for each line that writes it, some 100,000 in
# a 10,000-goal plan, made with object.__new__ found once)
_new = object.__new__


def _slots(cls: type) -> list[str]:
    out: list[str] = []
    for c in reversed(cls.__mro__):
        for s in c.__dict__.get("__slots__", ()):
            if s not in out:
                out.append(s)
    return out


class Quantity(Located):
    """A number with its unit, the scale word already applied.

    ``unit`` is canonical: ``%``, ``pp``, ``CNY``, ``USD`` or the unit as
    written (``条``, ``count``). ``scale`` is the factor the text carried
    (``万`` = 10,000), kept so messages can write numbers the way the plan does.
    """

    __slots__ = ("value", "unit", "scale", "text")
    _fields = ("value", "unit", "scale", "text")

    def __init__(self, value: float, unit: str | None = None, scale: float = 1.0, text: str = "",
                 span: Span | None = None) -> None:
        self.value = value
        self.unit = unit
        self.scale = scale
        self.text = text
        self._place(span)

    def at(self, line: int, column: int, end: int) -> Quantity:
        new = _new(Quantity)
        new.value, new.unit, new.scale, new.text = self.value, self.unit, self.scale, self.text
        new._line, new._col, new._end = line, column, end
        return new


DateKind = Literal["day", "month", "quarter", "half", "year", "range"]


class DateSpan(Located):
    """A date or a period: ``2024年Q4`` is 2024-10-01..2024-12-31."""

    __slots__ = ("start", "end", "kind", "text")
    _fields = ("start", "end", "kind", "text")

    def __init__(self, start: dt.date, end: dt.date, kind: DateKind = "day", text: str = "",
                 span: Span | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.text = text
        self._place(span)

    def at(self, line: int, column: int, end: int) -> DateSpan:
        new = _new(DateSpan)
        new.start, new.end, new.kind, new.text = self.start, self.end, self.kind, self.text
        new._line, new._col, new._end = line, column, end
        return new


class Target(Located):
    """A goal's target: exact value, range, bound or relative change."""

    __slots__ = ("kind", "value", "low", "high", "op", "text")
    _fields = ("kind", "value", "low", "high", "op", "text")

    def __init__(self, kind: Literal["exact", "range", "bound", "relative"], value: Quantity | None = None,
                 low: Quantity | None = None, high: Quantity | None = None,
                 op: Literal["<=", ">=", "<", ">", "="] | None = None, text: str = "", span: Span | None = None) -> None:
        self.kind = kind
        self.value = value  # exact, bound, relative
        self.low = low  # range
        self.high = high  # range
        self.op = op  # bound
        self.text = text
        self._place(span)

    def at(self, line: int, column: int, end: int) -> Target:
        new = _new(Target)  # (the generic copy, without its loop: a field read before is copied so)
        new.kind, new.value, new.low, new.high, new.op, new.text = (self.kind, self.value, self.low, self.high,
                                                                    self.op, self.text)
        new._line, new._col, new._end = line, column, end
        return new

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


class Text(Located):
    """A text value (owner, department, note, a list item) with its span."""

    __slots__ = ("value",)
    _fields = ("value",)

    def __init__(self, value: str, span: Span | None = None) -> None:
        self.value = value
        self._place(span)

    def at(self, line: int, column: int, end: int) -> Text:
        return text_at(self.value, line, column, end)


def text_at(value: str, line: int, column: int, end: int) -> Text:
    """``Text(value).placed(line, column, end)`` in one call (the parser makes one for most field
    lines it reads for the first time: 上级: G12, 支撑: G12, G13)."""
    text = _new(Text)
    text.value = value
    text._line, text._col, text._end = line, column, end
    return text


class Metric(Located):
    __slots__ = ("name", "unit", "scale", "unit_text")
    _fields = ("name", "unit", "scale", "unit_text")

    def __init__(self, name: str, unit: str | None = None, scale: float = 1.0, unit_text: str | None = None,
                 span: Span | None = None) -> None:
        self.name = name
        self.unit = unit  # canonical unit of the metric's values
        self.scale = scale  # 万 in ``(万元)``: the plan's numbers are in 10,000s
        self.unit_text = unit_text
        self._place(span)

    def at(self, line: int, column: int, end: int) -> Metric:
        new = _new(Metric)
        new.name, new.unit, new.scale, new.unit_text = self.name, self.unit, self.scale, self.unit_text
        new._line, new._col, new._end = line, column, end
        return new


@record(slots=True, kw_only=True)
class Entry:
    """One ``key: value`` line inside a nested mapping (``split``, ``assume``)."""

    key: str
    value: str
    key_span: Span
    value_span: Span | None = None
    period: DateSpan | None = None  # split keys
    quantity: Quantity | None = None  # split values
    target: Target | None = None  # assume values (may be bounds)


@record(slots=True, kw_only=True)
class Observation:
    """One actual value of a goal's metric over a period (a day, a week, a month): a line of the
    goal's `actual:` series, or a row of a dashboard export (``planlint status --actuals``)."""

    period: DateSpan
    value: Quantity
    span: Span | None = None  # in the plan; None for an export's row
    source: str = ""  # where an export's row is: "actuals.csv:12"


class FieldRef:
    """Where a field stands: its name as written, its value as written, and their places."""

    __slots__ = ("key", "raw_key", "raw_value", "line", "key_col", "value_col", "_flags", "_spans")
    # the public attributes (for what compares two fields; ``placeholder`` and ``unreadable`` are
    # bits of one slot, the spans made from the numbers or kept in one slot once given)
    _fields = ("key", "raw_key", "raw_value", "placeholder", "unreadable", "line", "key_col", "value_col")

    def __init__(self, key: str, raw_key: str, key_span: Span | None = None, value_span: Span | None = None,
                 raw_value: str = "", placeholder: bool = False, unreadable: bool = False) -> None:
        self.key = key  # canonical name
        self.raw_key = raw_key
        self.raw_value = raw_value
        self._flags = (1 if placeholder else 0) | (2 if unreadable else 0)
        self.line = self.key_col = self.value_col = 0
        self._spans = (key_span, value_span) if key_span is not None or value_span is not None else None

    @classmethod
    def at(cls, key: str, raw_key: str, raw_value: str, line: int, key_col: int, value_col: int,
           flags: int = 0) -> FieldRef:
        """A field written on ``line``: its name from ``key_col``, its value (if any) from ``value_col``
        (``flags``: placeholder and unreadable, as ``_flags`` keeps them)."""
        ref = cls.__new__(cls)
        ref.key, ref.raw_key, ref.raw_value = key, raw_key, raw_value
        ref._flags = flags
        ref.line, ref.key_col, ref.value_col = line, key_col, value_col
        ref._spans = None
        return ref

    @property
    def placeholder(self) -> bool:
        """``TBD``, ``待定``, ``*``, ``?``"""
        return self._flags & 1 == 1

    @placeholder.setter
    def placeholder(self, value: bool) -> None:
        self._flags = (self._flags | 1) if value else (self._flags & ~1)

    @property
    def unreadable(self) -> bool:
        """Written, but the value does not read (a syntax finding says so)."""
        return self._flags & 2 == 2

    @unreadable.setter
    def unreadable(self, value: bool) -> None:
        self._flags = (self._flags | 2) if value else (self._flags & ~2)

    @property
    def key_column(self) -> int:
        """The column of the field's name (``key_span.column``, without making the span)."""
        s = self._spans[0] if self._spans is not None else None
        return self.key_col if s is None else s.column

    @property
    def key_span(self) -> Span:
        s = self._spans[0] if self._spans is not None else None
        if s is None:
            return Span(self.line, self.key_col, self.line, self.key_col + len(self.raw_key))
        return s

    @key_span.setter
    def key_span(self, value: Span) -> None:
        self._spans = (value, self._spans[1] if self._spans is not None else None)

    @property
    def value_span(self) -> Span | None:
        s = self._spans[1] if self._spans is not None else None
        if s is None and self.raw_value and self.line:
            return Span(self.line, self.value_col, self.line, self.value_col + len(self.raw_value))
        return s

    @value_span.setter
    def value_span(self, value: Span | None) -> None:
        self._spans = (self._spans[0] if self._spans is not None else None, value)

    @staticmethod
    def shift_all(refs: Iterable[FieldRef], lines: int) -> None:
        """Move each of ``refs`` by ``lines``."""
        for ref in refs:
            if ref.line:
                ref.line += lines
            if ref._spans is not None:
                ks, vs = ref._spans
                ref._spans = (ks.shifted(lines) if ks is not None else None,
                              vs.shifted(lines) if vs is not None else None)

    def __eq__(self, other: object) -> bool:
        return type(other) is FieldRef and all(getattr(self, f) == getattr(other, f) for f in _REF_FIELDS)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "FieldRef(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in _REF_FIELDS) + ")"


_REF_FIELDS = ("key", "raw_key", "key_span", "value_span", "raw_value", "placeholder", "unreadable")


@record(slots=True, kw_only=True)
class Node:
    kind: Literal["plan", "team", "goal", "initiative"]
    id: str | None = None
    title: str | None = None
    span: Span  # the whole block
    header_span: Span  # the header line
    id_span: Span | None = None
    title_span: Span | None = None
    fields: dict[str, FieldRef] = field(default_factory=dict)
    owner: Text | None = None
    note: Text | None = None
    budget: Quantity | None = None
    # Values written but unreadable (``截止: 2024-13-45``), by attribute name: a syntax finding
    # reports each, and findings that only follow from it (no deadline) are dropped.
    unreadable: Sequence[str] = ()
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


@record(slots=True, kw_only=True)
class PlanMeta(Node):
    period: DateSpan | None = None
    currency: str = "CNY"
    market: str | None = None  # a seasonal calendar's name (language pack: calendars)


@record(slots=True, kw_only=True)
class Team(Node):
    members: Sequence[Text] = ()

    def people(self) -> set[str]:
        names = {m.value for m in self.members}
        if self.owner:
            names.add(self.owner.value)
        return names


@record(slots=True, kw_only=True)
class Goal(Node):
    parent: Text | None = None
    level: str | None = None  # company, bu, team, project, individual
    dimension: str | None = None  # brand, user, sales, channel
    relevance: str | None = None  # high, medium, low
    review: str | None = None  # daily, weekly, biweekly, monthly, quarterly, half-yearly, yearly
    department: Text | None = None
    collaborators: Sequence[Text] = ()
    contributes: Quantity | None = None
    metric: Metric | None = None
    baseline: Quantity | None = None
    baseline_as_of: DateSpan | None = None
    target: Target | None = None
    deadline: DateSpan | None = None
    leading: Sequence[Text] = ()
    definition: Text | None = None
    split: Sequence[Entry] = ()
    assume: Sequence[Entry] = ()
    history: Sequence[Quantity] = ()
    actual: Quantity | None = None
    actual_as_of: DateSpan | None = None
    actuals: Sequence[Observation] = ()  # a series: `actual:` with dated lines below
    milestones: Sequence[Entry] = ()  # date: stage criterion (exploration projects)

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


@record(slots=True, kw_only=True)
class Initiative(Node):
    supports: Sequence[Text] = ()
    strategy: Text | None = None
    department: Text | None = None
    collaborators: Sequence[Text] = ()
    window: DateSpan | None = None
    measures: Sequence[Text] = ()


@record(slots=True, kw_only=True)
class Directive:
    """``# planlint: disable=CODE[,CODE]``: on a line's end, or for the next block."""

    codes: list[str]
    line: int  # where the comment is
    column: int  # of its ``#``
    applies_from: int  # first line it covers
    applies_to: int  # last line it covers
    own_line: bool
    end_column: int = 0  # the end of the line
    start_column: int = 0  # where removing the comment starts (after the code before it)
    codes_column: int = 0  # the list of codes, from here
    codes_end_column: int = 0  # to here (exclusive)


@record(slots=True, kw_only=True, weakref_slot=True)  # PlanFacts keeps it weakly (see there)
class Plan:
    """A parsed plan file."""

    path: str = "<string>"
    lang: Literal["zh", "en"] = "zh"  # the language of the plan's words
    locale: str = "zh-Hans"  # en, zh-Hans, zh-Hant, zh-Hant-HK: language and script (messages)
    meta: PlanMeta | None = None
    teams: list[Team] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    line_count: int = 0
    # The words the plan was read with (planlint.language.keywords.Language): its choices' weights,
    # its seasonal calendar, its leading indicators. None: the built-in words.
    language: Any = field(default=None, compare=False, repr=False)
    _index: PlanIndex | None = field(default=None, compare=False, repr=False)

    @property
    def index(self) -> PlanIndex:
        """Look-ups built once per plan: goals by id, children, supporters, teams."""
        if self._index is None:
            self._index = PlanIndex(self)
        return self._index

    def model_dump_json(self, indent: int | None = None, exclude_none: bool = False) -> str:
        """The public JSON model of the plan (``planlint parse``)."""
        return json.dumps(to_json(self, exclude_none), ensure_ascii=False, indent=indent)

    def materialise_spans(self) -> None:
        """Make every span an object now, kept from then on (for code that keeps spans by identity)."""
        for node in self.index.blocks:
            for ref in node.fields.values():
                ref.key_span = ref.key_span
                ref.value_span = ref.value_span
            for value in _values(node):
                value.span = value.span


def _values(obj: object):
    """Every located value under a node (recursively)."""
    if isinstance(obj, Located):
        yield obj
        for name in obj._fields:
            inner = getattr(obj, name, None)
            if isinstance(inner, Located):
                yield from _values(inner)
    elif isinstance(obj, list):
        for item in obj:
            yield from _values(item)
    elif isinstance(obj, Node | Entry):
        for f in fields(obj):
            if f.name not in ("fields", "span", "header_span", "id_span", "title_span"):
                yield from _values(getattr(obj, f.name))


def to_json(value: Any, exclude_none: bool = False) -> Any:
    """The public JSON form of a model value: objects as their public attributes, dates in ISO form."""
    if isinstance(value, Span):
        return {"line": value.line, "column": value.column, "end_line": value.end_line, "end_column": value.end_column}
    if isinstance(value, Located):
        items = [(f, getattr(value, f)) for f in (*value._fields, "span")]
    elif isinstance(value, FieldRef):
        items = [(f, getattr(value, f)) for f in _REF_FIELDS]
    elif hasattr(value, "__dataclass_fields__"):
        items = [(f.name, getattr(value, f.name)) for f in fields(value) if f.compare]
    elif isinstance(value, list | tuple):
        return [to_json(v, exclude_none) for v in value]
    elif isinstance(value, dict):
        return {k: to_json(v, exclude_none) for k, v in value.items()}
    elif isinstance(value, dt.date):
        return value.isoformat()
    else:
        return value
    return {k: to_json(v, exclude_none) for k, v in items if not (exclude_none and v is None)}


_FILE_ORDER = attrgetter("path", "span.line")


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
            key=_FILE_ORDER)
        self._by_path: dict[str, tuple[list[int], list[Node]]] = {}
        for n in self._blocks:
            starts, nodes = self._by_path.setdefault(n.path, ([], []))
            starts.append(n.span.line)
            nodes.append(n)
        self.team_of: dict[str, list[Team]] = {}
        for t in plan.teams:
            for person in sorted(t.people()):
                self.team_of.setdefault(person, []).append(t)

    @classmethod
    def swapped(cls, old: PlanIndex, plan: Plan, swaps: Sequence[tuple[Node, Node]]) -> PlanIndex | None:
        """The index of ``plan``, a plan of one file whose blocks are those of ``old``'s plan with
        the ``swaps`` (old block, new block) made, where no swapped block changed what the index
        is built from but its place: ``old``'s look-ups with the new blocks in them, without
        reading every block again (the editor, after a keystroke). None when the blocks are not
        in file order any more (the caller builds the index afresh)."""
        if len(old._by_path) != 1 or next(iter(old._by_path)) != plan.path:
            return None
        new = object.__new__(cls)
        new.memo = {}
        new.path = plan.path
        new.goals = dict(old.goals)
        new.children = dict(old.children)
        new.supporters = dict(old.supporters)
        new.teams = dict(old.teams)
        new.team_of = dict(old.team_of)
        blocks = list(old._blocks)
        (starts, _), = old._by_path.values()

        def swap(lists: dict[str, list], key: str, a: Node, b: Node) -> None:
            found = lists.get(key)
            if found is not None:
                lists[key] = [b if n is a else n for n in found]

        for a, b in swaps:
            i = bisect.bisect_left(starts, a.span.line)  # (a was not moved: it is gone from the plan)
            while i < len(blocks) and blocks[i] is not a and starts[i] == a.span.line:
                i += 1
            if i >= len(blocks) or blocks[i] is not a:
                return None
            blocks[i] = b
            if isinstance(a, Goal):
                if a.id and new.goals.get(a.id) is a:
                    new.goals[a.id] = b  # type: ignore[assignment]
                if a.parent:
                    swap(new.children, a.parent.value, a, b)
            elif isinstance(a, Initiative):
                for ref in a.supports:
                    swap(new.supporters, ref.value, a, b)
            elif isinstance(a, Team):
                for name in (a.id, a.title):
                    if name and new.teams.get(name) is a:
                        new.teams[name] = b  # type: ignore[assignment]
                for person in a.people():
                    swap(new.team_of, person, a, b)
        lines = [n.span.line for n in blocks]
        if any(x > y for x, y in zip(lines, lines[1:], strict=False)):
            return None
        new._blocks = blocks
        new._by_path = {plan.path: (lines, blocks)}
        return new

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
        queue = deque(self.children.get(goal.id or "", []))
        while queue:
            g = queue.popleft()
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
