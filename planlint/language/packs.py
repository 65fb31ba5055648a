"""Packs: the language's words and the rules' vocabularies as data (``packs/*.toml``),
validated, extendable by teams.

A pack may hold any of the sections of ``Pack``; packs named in config are merged after the
built-in ones, generically: lists extend, tables update (key by key, all the way down), any
other value replaces. So a team adds a field name (``[fields.owner] words = ["主理人"]``), a
choice (``[choices.review.per-sprint] words = ["每个冲刺"]``), a placeholder or a vague
phrase with no code. ``language.toml`` holds the words of the language (``Language``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from planlint.language.keywords import BUILTIN, KINDS, OPS, Language, builtin_data
from planlint.language.script import fold
from planlint.resources import builtin_packs

MAX_PACK_BYTES = 1 << 20  # a vocabulary is a few kilobytes; a megabyte is no pack
VALUE_TYPES = ("period", "money", "word", "person", "list", "text", "choice", "quantity", "metric", "baseline",
               "target", "date", "split", "assume", "history")
LANGUAGE_SECTIONS = ("blocks", "fields", "choices", "units", "prefixes", "scales", "comparators", "words",
                     "placeholders", "leading", "calendars")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Phrase(_Strict):
    """An unmeasurable outcome phrase and the metric it usually means."""

    match: list[str]
    metric_zh: str
    metric_en: str
    rewrite_zh: str
    rewrite_en: str


class Hedge(_Strict):
    match: list[str]
    exclude: list[str] = Field(default_factory=list)


class StrategyType(_Strict):
    match: list[str]
    fits: list[str]  # goal dimensions it serves


class Dimension(_Strict):
    match: list[str]  # words in a metric that reveal the dimension


class Side(_Strict):
    terms: list[str]
    direction: int = 0  # +1 up, -1 down, 0 any
    label_zh: str
    label_en: str


class ConflictPair(_Strict):
    name: str
    a: Side
    b: Side
    agree_zh: str
    agree_en: str
    scope: str = "goal"  # goal: goal metrics and titles; any: initiatives too
    cross_department: bool = True  # only between departments (lead volume vs quality); False: anywhere


class Funnel(_Strict):
    deal_size: list[str] = Field(default_factory=list)
    conversion: list[str] = Field(default_factory=list)
    cost_per_lead: list[str] = Field(default_factory=list)


class FieldDef(_Strict):
    """A field: its names, the blocks it belongs on (all four when not given), how its value reads."""

    words: list[str] = Field(default_factory=list)
    on: list[Literal["plan", "team", "goal", "initiative"]] | None = None
    type: Literal[VALUE_TYPES] | None = None  # type: ignore[valid-type]


class Choice(_Strict):
    words: list[str] = Field(default_factory=list)
    weight: float | None = None


class Comparators(_Strict):
    before: dict[Literal[OPS], list[str]] = Field(default_factory=dict)  # type: ignore[valid-type]
    after: dict[Literal[OPS], list[str]] = Field(default_factory=dict)  # type: ignore[valid-type]


class Words(_Strict):
    ranges: list[str] = Field(default_factory=list)
    as_of: list[str] = Field(default_factory=list)
    before: list[str] = Field(default_factory=list)
    arrows: list[str] = Field(default_factory=list)
    by: list[str] = Field(default_factory=list)
    target_verbs: list[str] = Field(default_factory=list)
    target_verb_ends: list[str] = Field(default_factory=list)
    about: list[str] = Field(default_factory=list)


class Leading(_Strict):
    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Peak(_Strict):
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    zh: str
    en: str


class Calendar(_Strict):
    words: list[str] = Field(default_factory=list)  # what `market:` may say
    match: list[str] = Field(default_factory=list)  # words in a plan that tell the market
    season: list[float] | None = None  # Q1..Q4 weights

    @field_validator("season")
    @classmethod
    def _four(cls, v: list[float] | None) -> list[float] | None:
        if v is not None and (len(v) != 4 or any(w < 0 for w in v) or sum(v) <= 0):
            raise ValueError("four weights, one per quarter, not negative")
        return v

    zh: str | None = None
    en: str | None = None
    peaks: list[Peak] = Field(default_factory=list)


class Pack(_Strict):
    # the language (packs/language.toml)
    blocks: dict[Literal[KINDS], list[str]] = Field(default_factory=dict)  # type: ignore[valid-type]
    fields: dict[str, FieldDef] = Field(default_factory=dict)
    choices: dict[str, dict[str, Choice]] = Field(default_factory=dict)
    units: dict[str, list[str]] = Field(default_factory=dict)
    prefixes: dict[str, list[str]] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    comparators: Comparators = Field(default_factory=Comparators)
    words: Words = Field(default_factory=Words)
    placeholders: list[str] = Field(default_factory=list)
    leading: dict[str, Leading] = Field(default_factory=dict)
    calendars: dict[str, Calendar] = Field(default_factory=dict)
    # the rules' vocabularies
    phrases: list[Phrase] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    strategies: dict[str, StrategyType] = Field(default_factory=dict)
    dimensions: dict[str, Dimension] = Field(default_factory=dict)
    conflicts: list[ConflictPair] = Field(default_factory=list)
    leads: list[str] = Field(default_factory=list)  # metric words for a lead count
    customers: list[str] = Field(default_factory=list)  # metric words for a customer count
    funnel: Funnel = Field(default_factory=Funnel)


class PackError(Exception):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def merge(into: dict[str, Any], more: dict[str, Any]) -> dict[str, Any]:
    """``more`` merged into (a copy of) ``into``: lists extend, tables update key by key, any
    other value replaces."""
    out = dict(into)
    for key, value in more.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise PackError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(path, f"larger than {MAX_PACK_BYTES >> 20} MB: not a pack")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError(path, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(path, f"not valid TOML: {exc}") from None


def _load(path: Path) -> dict[str, Any]:
    """A pack's data, checked on its own (so an error names its file and key)."""
    data = _read(path)
    try:
        Pack.model_validate(data)
        return data
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise PackError(path, f"{where}: {err['msg']}") from None


def term_pattern(term: str) -> str:
    """A term as a regex that respects word edges for Latin text only.

    ``\\b`` never matches between a Chinese and a Latin character, so Latin
    terms get explicit look-arounds and Chinese terms match as substrings.
    """
    escaped = re.escape(term)
    if term[:1].isascii() and term[:1].isalnum():
        escaped = r"(?<![A-Za-z0-9])" + escaped
    if term[-1:].isascii() and term[-1:].isalnum():
        escaped = escaped + r"(?![A-Za-z0-9])"
    return escaped


class Terms:
    """A vocabulary as one matcher. Terms and the text searched are both folded to Simplified
    characters of the same length, so 影響力 matches 影响力 and a match's positions are
    positions in the text as written (quote ``text[m.start():m.end()]``, not ``m.group()``)."""

    __slots__ = ("rx",)

    def __init__(self, terms: list[str]) -> None:
        ordered = sorted({fold(t) for t in terms if t}, key=len, reverse=True)
        self.rx = re.compile("|".join(term_pattern(t) for t in ordered), re.IGNORECASE) if ordered \
            else re.compile(r"(?!x)x")

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(fold(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(fold(text))


def compile_terms(terms: list[str]) -> Terms:
    return Terms(terms)


class Packs:
    """The merged packs, with compiled matchers (each compiled on first use)."""

    def __init__(self, packs: list[dict[str, Any]]) -> None:
        raw: dict[str, Any] = {}
        for p in packs:
            raw = merge(raw, p)
        merged = Pack.model_validate(raw)
        self.data = merged
        language = {k: raw[k] for k in LANGUAGE_SECTIONS if k in raw}
        self.language: Language = BUILTIN if language == _builtin_language() else Language(
            merged.model_dump(include=set(LANGUAGE_SECTIONS), exclude_none=True))

    @cached_property
    def phrase_res(self) -> list[tuple[Terms, Phrase]]:
        return [(compile_terms(ph.match), ph) for ph in self.data.phrases]

    @cached_property
    def phrase_of(self) -> dict[str, Phrase]:
        # one pass over a text for all phrases: the longest term at a position wins
        return {fold(t).lower(): ph for ph in reversed(self.data.phrases) for t in ph.match}

    @cached_property
    def phrase_all(self) -> Terms:
        return compile_terms([t for ph in self.data.phrases for t in ph.match])

    @cached_property
    def hedge_all(self) -> Terms:
        return compile_terms([t for h in self.data.hedges for t in h.match])

    @cached_property
    def hedge_exclude(self) -> Terms | None:
        excludes = [t for h in self.data.hedges for t in h.exclude]
        return compile_terms(excludes) if excludes else None

    @cached_property
    def placeholders(self) -> frozenset[str]:
        return self.language.placeholders

    @cached_property
    def strategy_res(self) -> list[tuple[str, Terms]]:
        return [(name, compile_terms(s.match)) for name, s in self.data.strategies.items()]

    @cached_property
    def dimension_res(self) -> list[tuple[str, Terms]]:
        return [(name, compile_terms(d.match)) for name, d in self.data.dimensions.items()]

    @cached_property
    def conflict_res(self) -> list[tuple[ConflictPair, Terms, Terms]]:
        return [(c, compile_terms(c.a.terms), compile_terms(c.b.terms)) for c in self.data.conflicts]

    @cached_property
    def leads_re(self) -> Terms:
        return compile_terms(self.data.leads)

    @cached_property
    def customers_re(self) -> Terms:
        return compile_terms(self.data.customers)

    @cached_property
    def funnel_res(self) -> dict[str, Terms]:
        return {k: compile_terms(getattr(self.data.funnel, k)) for k in ("deal_size", "conversion", "cost_per_lead")}

    def is_placeholder(self, text: str) -> bool:
        """A value from the placeholders of the packs (负责人*, 待定, 團隊, someone, TBD, *)."""
        return self.language.is_placeholder(text)

    def strategy_type(self, text: str) -> str | None:
        for name, rx in self.strategy_res:
            if rx.search(text):
                return name
        return None

    def dimension_of(self, text: str) -> str | None:
        """The dimension whose matching word is longest ("线索转化率" is sales, not user)."""
        best, best_len = None, 0
        for name, rx in self.dimension_res:
            for m in rx.finditer(text):
                if len(m.group()) > best_len:
                    best, best_len = name, len(m.group())
        return best


def load_packs(extra: tuple[Path, ...] = ()) -> Packs:
    return _load_packs(tuple(builtin_packs()) + tuple(extra))


@lru_cache(maxsize=16)
def _load_packs(paths: tuple[Path, ...]) -> Packs:
    return Packs([_load(p) for p in paths])


@lru_cache(maxsize=1)
def _builtin_language() -> dict[str, Any]:
    data = builtin_data()
    return {k: data[k] for k in LANGUAGE_SECTIONS if k in data}
