"""The schema of a pack (``packs/*.toml``): plain dataclasses, one definition for two uses.

The built-in packs are trusted (``tests/test_language.py`` validates them) and are built into
these classes directly (``build``); a team's pack is validated against the same classes by
pydantic (``validate``, imported only then), so a misspelt key is an error naming its file
and place, and no run pays for building validators it does not use.

The annotations are evaluated when the classes are made (no ``from __future__ import
annotations`` here): ``build`` reads each field's type as it is, and no run evaluates ~130
annotation strings (``typing.get_type_hints``, ~2 ms of every start).
"""

import dataclasses
import typing
from dataclasses import field
from functools import cache
from typing import Any, Literal

from planlint.records import record

VALUE_TYPES = Literal["period", "money", "word", "person", "list", "text", "choice", "quantity", "metric", "baseline",
                      "target", "date", "split", "assume", "history", "actuals", "milestones"]
KIND = Literal["plan", "team", "goal", "initiative"]
OP = Literal["<=", ">=", "<", ">", "="]
STRICT = {"extra": "forbid"}  # pydantic's config for these dataclasses: unknown keys are errors


def _list() -> Any:
    return field(default_factory=list)


def _dict() -> Any:
    return field(default_factory=dict)


@record(kw_only=True)
class Phrase:
    """An unmeasurable outcome phrase and the metric it usually means."""

    __pydantic_config__ = STRICT
    match: list[str]
    metric_zh: str
    metric_en: str
    rewrite_zh: str
    rewrite_en: str


@record(kw_only=True)
class Hedge:
    """A size word with no size (or a softener): its terms, and words that contain one but are none."""

    __pydantic_config__ = STRICT
    match: list[str]
    exclude: list[str] = _list()


@record(kw_only=True)
class StrategyType:
    """A kind of strategy: the words that name it, and the goal dimensions it serves."""

    __pydantic_config__ = STRICT
    match: list[str]
    fits: list[str]  # goal dimensions it serves


@record(kw_only=True)
class Dimension:
    """A goal dimension (sales, user, ...): the words in a metric that reveal it."""

    __pydantic_config__ = STRICT
    match: list[str]  # words in a metric that reveal the dimension


@record(kw_only=True)
class Side:
    """One side of a conflict: its terms, the direction that pulls, its label."""

    __pydantic_config__ = STRICT
    terms: list[str]
    direction: int = 0  # +1 up, -1 down, 0 any
    label_zh: str
    label_en: str


@record(kw_only=True)
class ConflictPair:
    """Two goals that pull apart (a against b), where, and the words for agreeing on them."""

    __pydantic_config__ = STRICT
    name: str
    a: Side
    b: Side
    agree_zh: str
    agree_en: str
    scope: str = "goal"  # goal: goal metrics and titles; any: initiatives too
    cross_department: bool = True  # only between departments (lead volume vs quality); False: anywhere


@record(kw_only=True)
class Funnel:
    """Metric words of the funnel: deal size, conversion, cost per lead."""

    __pydantic_config__ = STRICT
    deal_size: list[str] = _list()
    conversion: list[str] = _list()
    cost_per_lead: list[str] = _list()


@record(kw_only=True)
class FieldDef:
    """A field: its names, the blocks it belongs on (all four when not given), how its value reads."""

    __pydantic_config__ = STRICT
    words: list[str] = _list()
    on: list[KIND] | None = None
    type: VALUE_TYPES | None = None


@record(kw_only=True)
class Choice:
    """A value a choice field may take: its words, and its weight."""

    __pydantic_config__ = STRICT
    words: list[str] = _list()
    weight: float | None = None


@record(kw_only=True)
class Comparators:
    """Comparison words before and after a number, by operator."""

    __pydantic_config__ = STRICT
    before: dict[OP, list[str]] = _dict()
    after: dict[OP, list[str]] = _dict()


@record(kw_only=True)
class Words:
    """The language's small words: ranges, as of, before, arrows, by, cadence, target verbs, about,
    the money words of any currency (元)."""

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
    local_money: list[str] = _list()


@record(kw_only=True)
class Leading:
    """Leading indicators of a dimension (or of the metrics whose names say one of ``match``,
    whatever their dimension), in Chinese and in English."""

    __pydantic_config__ = STRICT
    zh: list[str] = _list()
    en: list[str] = _list()
    match: list[str] = _list()


@record(kw_only=True)
class Peak:
    """A market's peak day (month and day) and its names."""

    __pydantic_config__ = STRICT
    month: int
    day: int
    zh: str
    en: str

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 1 <= self.day <= 31):
            raise ValueError("month 1..12 and day 1..31")


@record(kw_only=True)
class Calendar:
    """A market's calendar: its names, the words that tell it, quarter weights, peaks."""

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


# ---- what a goal's metric measures and who can own it (packs/metrics.toml, people.toml, aims in
# strategies.toml), read by planlint.facts.metrics and planlint.facts.owners

@record(kw_only=True)
class Entity:
    """A thing a metric counts (leads, users, parcels, stock) and where it sits in the funnel."""

    __pydantic_config__ = STRICT
    name_zh: str
    name_en: str
    match: list[str]
    stage: int | None = None  # funnel position: 0 exposure, 1 traffic, 2 lead, 3 customer, 4 revenue
    flow: bool = False  # each one counted is an event of the period (a lead, a visit, a shipment)
    into: list[str] = _list()  # converting into it: 注册 in 注册转化率
    agree_zh: str = ""  # what two departments agree on for it (the method's 高价值线索定义)
    agree_en: str = ""


@record(kw_only=True)
class KindTerms:
    """Words that make a metric a volume, a rate, a cost, a stock, ... and the direction that
    tightens it (a lower cost, a higher conversion rate, a lower approval rate)."""

    __pydantic_config__ = STRICT
    kind: str  # volume, money, average, rate, cost, stock, duration, score, rank
    match: list[str]
    tight: int = 0  # +1 / -1: the direction that makes it stricter; 0 for volumes
    gate: bool = False  # a pass rate (approvals): lowering it lets fewer through


@record(kw_only=True)
class Directions:
    """Words that say a metric should go up or down."""

    __pydantic_config__ = STRICT
    up: list[str] = _list()
    down: list[str] = _list()
    caps: list[str] = _list()  # a ceiling, not a move: 控制在, 以内, at most (they read as down)


@record(kw_only=True)
class Metrics:
    """``[metrics]``: words besides entities and kinds."""

    __pydantic_config__ = STRICT
    new: list[str] = _list()  # 新增, new: the metric counts new ones (a flow)
    qualifiers: list[str] = _list()  # 线上, daily: words that qualify, not name a thing
    whole_base: list[str] = _list()  # 复购, churn: the metric follows the whole base
    cohort: list[str] = _list()  # 新玩家, first-year: ... or the new ones only
    duration_units: list[str] = _list()  # 天, hours: a unit of time
    score_units: list[str] = _list()  # 分, points: fits percentages and counts
    directions: Directions = field(default_factory=Directions)
    tighten_zh: dict[str, str] = _dict()  # kind -> what tightening it means
    tighten_en: dict[str, str] = _dict()


@record(kw_only=True)
class People:
    """``[people]``: owners that are not one accountable person."""

    __pydantic_config__ = STRICT
    groups: list[str] = _list()  # 全体, 各…, all, team: many people
    group_starts: list[str] = _list()  # 各区域经理, every store manager
    group_ends: list[str] = _list()  # 张伟等, 销售们
    vacancies: list[str] = _list()  # 待招聘, TBH, to be hired
    roles: list[str] = _list()  # 经理, manager: a role title
    plural_roles: list[str] = _list()  # managers: several holders of a role
    functions: list[str] = _list()  # 市场部, growth: what a role title is made of
    separators: list[str] = _list()  # between two names: 、 / & ;
    conjunctions: list[str] = _list()  # 和, and: between two names


@record(kw_only=True)
class Approximators:
    """Words that make a number approximate: 约 / about before it, 左右 after it."""

    __pydantic_config__ = STRICT
    before: list[str] = _list()
    after: list[str] = _list()
    multipliers: list[str] = _list()  # words that are numbers: double, 翻倍
    exclude: list[str] = _list()  # words they are part of: 预约, 签约


@record(kw_only=True)
class Aim:
    """What a goal aims at (alignment framework, step 3) and the strategy types that serve it."""

    __pydantic_config__ = STRICT
    name_zh: str
    name_en: str
    match: list[str]
    strategies: list[str]
    dimensions: list[str] = _list()  # the `dimension` values it belongs to
    priority: int = 0  # when several aims match a metric, the highest wins
    example_zh: str = ""
    example_en: str = ""


@record(kw_only=True)
class StrategyName:
    """A strategy's name in Chinese and in English."""

    __pydantic_config__ = STRICT
    zh: str
    en: str


@record(kw_only=True)
class Pack:
    """A pack: any of these sections (the built-in packs together hold them all)."""

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
    # what a goal's metric measures and who can own it
    entities: dict[str, Entity] = _dict()
    kinds: list[KindTerms] = _list()
    metrics: Metrics = field(default_factory=Metrics)
    people: People = field(default_factory=People)
    softeners: list[Hedge] = _list()  # hedges on a commitment: 力争, we aim to
    approximators: Approximators = field(default_factory=Approximators)
    aims: dict[str, Aim] = _dict()
    strategy_names: dict[str, StrategyName] = _dict()
    families: dict[str, list[str]] = _dict()  # what measures count: reach, leads, sales, ... (AL014)


LANGUAGE_SECTIONS = ("blocks", "fields", "choices", "units", "prefixes", "scales", "comparators", "words",
                     "placeholders", "leading", "calendars")


def build(cls: Any, data: Any) -> Any:
    """Trusted data (the built-in packs) as the schema's classes, without validating it."""
    kind, arg = _shape(cls)
    if kind == "dataclass":
        if isinstance(data, dict):
            return cls(**{k: build(arg[k], v) for k, v in data.items()})
    elif kind == "list":
        if isinstance(data, list):
            return list(data) if _shape(arg)[0] == "value" else [build(arg, v) for v in data]
    elif kind == "dict":
        if isinstance(data, dict):
            return dict(data) if _shape(arg)[0] == "value" else {k: build(arg, v) for k, v in data.items()}
    elif kind == "optional":
        return build(arg, data) if data is not None else None
    return data


@cache
def _shape(cls: Any) -> tuple[str, Any]:
    """What ``build`` does with a type: ("dataclass", its hints), ("list", item), ("dict", item),
    ("optional", the first other type of a union), or ("value", None) (taken as it is)."""
    if dataclasses.is_dataclass(cls):
        return "dataclass", _hints(cls)
    origin = typing.get_origin(cls)
    if origin is list:
        return "list", typing.get_args(cls)[0]
    if origin is dict:
        return "dict", typing.get_args(cls)[1]
    if origin is typing.Union or origin is getattr(__import__("types"), "UnionType", None):
        return "optional", [a for a in typing.get_args(cls) if a is not type(None)][0]
    return "value", None


@cache
def _hints(cls: type) -> dict[str, Any]:
    hints = {f.name: f.type for f in dataclasses.fields(cls)}
    if any(isinstance(t, str) for t in hints.values()):  # (an annotation written as a string)
        return typing.get_type_hints(cls)
    return hints


def validate(data: dict[str, Any]) -> Pack:
    """A team's pack, checked: raises pydantic's ValidationError naming the first wrong place."""
    return _adapter().validate_python(data)


@cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Pack)
