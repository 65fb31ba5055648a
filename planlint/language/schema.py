"""The schema of a pack (``packs/*.toml``): plain dataclasses, one definition for two uses.

The built-in packs are trusted (``tests/test_language.py`` validates them) and are built into
these classes directly (``build``); a team's pack is validated against the same classes by
pydantic (``validate``, imported only then), so a misspelt key is an error naming its file
and place, and no run pays for building validators it does not use.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

VALUE_TYPES = Literal["period", "money", "word", "person", "list", "text", "choice", "quantity", "metric", "baseline",
                      "target", "date", "split", "assume", "history", "actuals", "milestones"]
KIND = Literal["plan", "team", "goal", "initiative"]
OP = Literal["<=", ">=", "<", ">", "="]
STRICT = {"extra": "forbid"}  # pydantic's config for these dataclasses: unknown keys are errors


def _list() -> Any:
    return field(default_factory=list)


def _dict() -> Any:
    return field(default_factory=dict)


@dataclass(kw_only=True)
class Phrase:
    """An unmeasurable outcome phrase and the metric it usually means."""

    __pydantic_config__ = STRICT
    match: list[str]
    metric_zh: str
    metric_en: str
    rewrite_zh: str
    rewrite_en: str


@dataclass(kw_only=True)
class Hedge:
    __pydantic_config__ = STRICT
    match: list[str]
    exclude: list[str] = _list()


@dataclass(kw_only=True)
class StrategyType:
    __pydantic_config__ = STRICT
    match: list[str]
    fits: list[str]  # goal dimensions it serves


@dataclass(kw_only=True)
class Dimension:
    __pydantic_config__ = STRICT
    match: list[str]  # words in a metric that reveal the dimension


@dataclass(kw_only=True)
class Side:
    __pydantic_config__ = STRICT
    terms: list[str]
    direction: int = 0  # +1 up, -1 down, 0 any
    label_zh: str
    label_en: str


@dataclass(kw_only=True)
class ConflictPair:
    __pydantic_config__ = STRICT
    name: str
    a: Side
    b: Side
    agree_zh: str
    agree_en: str
    scope: str = "goal"  # goal: goal metrics and titles; any: initiatives too
    cross_department: bool = True  # only between departments (lead volume vs quality); False: anywhere


@dataclass(kw_only=True)
class Funnel:
    __pydantic_config__ = STRICT
    deal_size: list[str] = _list()
    conversion: list[str] = _list()
    cost_per_lead: list[str] = _list()


@dataclass(kw_only=True)
class FieldDef:
    """A field: its names, the blocks it belongs on (all four when not given), how its value reads."""

    __pydantic_config__ = STRICT
    words: list[str] = _list()
    on: list[KIND] | None = None
    type: VALUE_TYPES | None = None


@dataclass(kw_only=True)
class Choice:
    __pydantic_config__ = STRICT
    words: list[str] = _list()
    weight: float | None = None


@dataclass(kw_only=True)
class Comparators:
    __pydantic_config__ = STRICT
    before: dict[OP, list[str]] = _dict()
    after: dict[OP, list[str]] = _dict()


@dataclass(kw_only=True)
class Words:
    __pydantic_config__ = STRICT
    ranges: list[str] = _list()
    as_of: list[str] = _list()
    before: list[str] = _list()
    arrows: list[str] = _list()
    by: list[str] = _list()
    no_cadence: list[str] = _list()
    target_verbs: list[str] = _list()
    target_verb_ends: list[str] = _list()
    about: list[str] = _list()


@dataclass(kw_only=True)
class Leading:
    __pydantic_config__ = STRICT
    zh: list[str] = _list()
    en: list[str] = _list()


@dataclass(kw_only=True)
class Peak:
    __pydantic_config__ = STRICT
    month: int
    day: int
    zh: str
    en: str

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 1 <= self.day <= 31):
            raise ValueError("month 1..12 and day 1..31")


@dataclass(kw_only=True)
class Calendar:
    __pydantic_config__ = STRICT
    words: list[str] = _list()  # what `market:` may say
    match: list[str] = _list()  # words in a plan that tell the market
    season: list[float] | None = None  # Q1..Q4 weights
    zh: str | None = None
    en: str | None = None
    peaks: list[Peak] = _list()

    def __post_init__(self) -> None:
        v = self.season
        if v is not None and (len(v) != 4 or any(w < 0 for w in v) or sum(v) <= 0):
            raise ValueError("season: four weights, one per quarter, not negative")


@dataclass(kw_only=True)
class Pack:
    __pydantic_config__ = STRICT
    # the language (packs/language.toml)
    blocks: dict[KIND, list[str]] = _dict()
    fields: dict[str, FieldDef] = _dict()
    choices: dict[str, dict[str, Choice]] = _dict()
    units: dict[str, list[str]] = _dict()
    prefixes: dict[str, list[str]] = _dict()
    scales: dict[str, float] = _dict()
    comparators: Comparators = field(default_factory=Comparators)
    words: Words = field(default_factory=Words)
    placeholders: list[str] = _list()
    leading: dict[str, Leading] = _dict()
    calendars: dict[str, Calendar] = _dict()
    # the rules' vocabularies
    phrases: list[Phrase] = _list()
    hedges: list[Hedge] = _list()
    strategies: dict[str, StrategyType] = _dict()
    dimensions: dict[str, Dimension] = _dict()
    conflicts: list[ConflictPair] = _list()
    leads: list[str] = _list()  # metric words for a lead count
    customers: list[str] = _list()  # metric words for a customer count
    funnel: Funnel = field(default_factory=Funnel)


LANGUAGE_SECTIONS = ("blocks", "fields", "choices", "units", "prefixes", "scales", "comparators", "words",
                     "placeholders", "leading", "calendars")


def build(cls: Any, data: Any) -> Any:
    """Trusted data (the built-in packs) as the schema's classes, without validating it."""
    if dataclasses.is_dataclass(cls) and isinstance(data, dict):
        hints = _hints(cls)
        return cls(**{k: build(hints[k], v) for k, v in data.items()})
    origin = typing.get_origin(cls)
    if origin is list and isinstance(data, list):
        (item,) = typing.get_args(cls)
        return [build(item, v) for v in data]
    if origin is dict and isinstance(data, dict):
        _, item = typing.get_args(cls)
        return {k: build(item, v) for k, v in data.items()}
    if origin is typing.Union or origin is getattr(__import__("types"), "UnionType", None):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return build(inner[0], data) if data is not None else None
    return data


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def validate(data: dict[str, Any]) -> Pack:
    """A team's pack, checked: raises pydantic's ValidationError naming the first wrong place."""
    return _adapter().validate_python(data)


@cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Pack)
