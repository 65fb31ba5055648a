"""Rule packs: vocabularies as data (``packs/*.toml``), validated, extendable by teams.

A pack may hold any of the sections below; packs named in config are merged
after the built-in ones (lists extend, tables add), so a team adds its own
words without code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planlint.language.packfile import PackFileError, foreign, read_pack_text
from planlint.language.script import fold
from planlint.resources import builtin_packs


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


class Pack(_Strict):
    phrases: list[Phrase] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    placeholders: list[str] = Field(default_factory=list)
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


def _load(path: Path) -> Pack:
    try:
        data = tomllib.loads(read_pack_text(path))
    except PackFileError as exc:
        raise PackError(path, exc.detail) from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(path, f"not valid TOML: {exc}") from None
    why = foreign(data, set(Pack.model_fields))
    if why:
        raise PackError(path, why)
    try:
        return Pack.model_validate(data)
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
    """The merged packs, with compiled matchers."""

    def __init__(self, packs: list[Pack]) -> None:
        merged = Pack()
        for p in packs:
            merged.phrases.extend(p.phrases)
            merged.hedges.extend(p.hedges)
            merged.placeholders.extend(p.placeholders)
            merged.strategies.update(p.strategies)
            merged.dimensions.update(p.dimensions)
            merged.conflicts.extend(p.conflicts)
            merged.leads.extend(p.leads)
            merged.customers.extend(p.customers)
            for key in ("deal_size", "conversion", "cost_per_lead"):
                getattr(merged.funnel, key).extend(getattr(p.funnel, key))
        self.data = merged
        self.phrase_res = [(compile_terms(ph.match), ph) for ph in merged.phrases]
        # one pass over a text for all phrases: the longest term at a position wins
        self.phrase_of = {fold(t).lower(): ph for ph in reversed(merged.phrases) for t in ph.match}
        self.phrase_all = compile_terms([t for ph in merged.phrases for t in ph.match])
        self.hedge_all = compile_terms([t for h in merged.hedges for t in h.match])
        excludes = [t for h in merged.hedges for t in h.exclude]
        self.hedge_exclude = compile_terms(excludes) if excludes else None
        self.placeholders = {fold(p).lower() for p in merged.placeholders}
        self.strategy_res = [(name, compile_terms(s.match)) for name, s in merged.strategies.items()]
        self.dimension_res = [(name, compile_terms(d.match)) for name, d in merged.dimensions.items()]
        self.conflict_res = [(c, compile_terms(c.a.terms), compile_terms(c.b.terms)) for c in merged.conflicts]
        self.leads_re = compile_terms(merged.leads)
        self.customers_re = compile_terms(merged.customers)
        self.funnel_res = {k: compile_terms(getattr(merged.funnel, k)) for k in ("deal_size", "conversion", "cost_per_lead")}

    def is_placeholder(self, text: str) -> bool:
        """A name from the placeholders of the packs (负责人*, 待定, 團隊, someone)."""
        return fold(text.strip()).lower() in self.placeholders

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
