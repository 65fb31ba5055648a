"""Packs: the language's words and the rules' vocabularies as data (``packs/*.toml``),
validated, extendable by teams.

A pack may hold any of the sections of ``Pack``; packs named in config are merged after the
built-in ones, generically: lists extend, tables update (key by key, all the way down), any
other value replaces. So a team adds a field name (``[fields.owner] words = ["主理人"]``), a
choice (``[choices.review.per-sprint] words = ["每个冲刺"]``), a placeholder or a vague
phrase with no code. ``language.toml`` holds the words of the language (``Language``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Any

from planlint.language import schema
from planlint.language.keywords import BUILTIN, Language
from planlint.language.packfile import PackFileError, builtin_pack_data, foreign, parse_toml, read_pack_text
from planlint.language.schema import LANGUAGE_SECTIONS, ConflictPair, Pack, Phrase
from planlint.language.script import fold
from planlint.resources import builtin_packs


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


def _read(path: Path, trusted: bool = False) -> dict[str, Any]:
    try:
        text = read_pack_text(path)
        data = builtin_pack_data(path, text) if trusted else parse_toml(text)
    except PackFileError as exc:
        raise PackError(path, exc.detail) from None
    except ValueError as exc:  # tomllib.TOMLDecodeError (tomllib is imported only to read TOML)
        import tomllib

        if not isinstance(exc, tomllib.TOMLDecodeError):
            raise
        raise PackError(path, f"not valid TOML: {exc}") from None
    return data


def _load(path: Path, trusted: bool = False) -> dict[str, Any]:
    """A pack's data; a team's is checked on its own, so an error names its file and key (and a
    file that is no pack at all is said to be one, without quoting it)."""
    data = _read(path, trusted)
    if trusted:
        return data
    why = foreign(data, {f.name for f in dataclasses.fields(Pack)})
    if why:
        raise PackError(path, why)
    from pydantic import ValidationError

    try:
        schema.validate(data)
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
        escaped = _NOT_AFTER_WORD + escaped
    if term[-1:].isascii() and term[-1:].isalnum():
        escaped = escaped + _NOT_BEFORE_WORD
    return escaped


# The word edges of ``term_pattern``, for patterns compiled case-insensitively (every caller's
# are). ``(?<![A-Za-z0-9])`` under re.I also refuses the four non-ASCII letters that fold to an
# ASCII one (İ ı ſ K); compiling that class case-insensitively builds a 64K-entry table each time
# (a hedge vocabulary has hundreds of edges: ~12 ms of every run), so the edge is written
# case-sensitively, with those four spelled out: it matches exactly the same texts.
_CASE_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_NOT_AFTER_WORD = "(?-i:(?<![A-Za-z0-9])" + "".join(f"(?<!{c})" for c in _CASE_FOLDS_TO_ASCII) + ")"
_NOT_BEFORE_WORD = "(?-i:(?![A-Za-z0-9])" + "".join(f"(?!{c})" for c in _CASE_FOLDS_TO_ASCII) + ")"


class TermMatch:
    """Where a term was found: ``start()``, ``end()``, ``group()`` (the folded text), as a regex match."""

    __slots__ = ("_start", "_end", "string")

    def __init__(self, start: int, end: int, string: str) -> None:
        self._start, self._end, self.string = start, end, string

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        return self.string[self._start:self._end]

    __getitem__ = group


class _Starts:
    """Where a term may start in a text: at one of the terms' first characters. A character
    class of Chinese characters takes about half a millisecond to compile, and a run of planlint
    reads a dozen vocabularies: the first short texts a vocabulary reads are marked with
    ``str.translate`` instead (a mark where the text had a NUL is tried and rejected like any
    other start), and the class is compiled for one that reads many, or a long text."""

    __slots__ = ("chars", "table", "rx", "reads")

    COMPILE_AFTER = 32  # texts read before the class is compiled

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = "".join(sorted(set(chars)))
        self.table: dict[int, int] | None = None
        self.rx: re.Pattern[str] | None = None
        self.reads = 0

    def finder(self, low: str) -> Callable[[int], int]:
        """``find(pos)``: the first possible start in ``low`` at or after ``pos``, or -1."""
        rx = self.rx
        if rx is None:
            if len(low) <= MEMO_TEXT and self.reads < self.COMPILE_AFTER:  # (a long text: the class)
                self.reads += 1
                if self.table is None:
                    self.table = dict.fromkeys(map(ord, self.chars), 0)
                return partial(low.translate(self.table).find, "\0")
            rx = self.rx = re.compile("[" + "".join(re.escape(c) for c in self.chars) + "]")
        search = rx.search

        def find(pos: int) -> int:
            m = search(low, pos)
            return m.start() if m is not None else -1

        return find


class Terms:
    """A vocabulary as one matcher. Terms and the text searched are both folded to Simplified
    characters of the same length, so 影響力 matches 影响力 and a match's positions are
    positions in the text as written (quote ``text[m.start():m.end()]``, not ``m.group()``).

    It finds what one regular expression of the terms, longest first, case-insensitive, would
    (Latin terms only at word edges), without compiling one (a vocabulary of hundreds of terms
    took tens of milliseconds of every run): a character class of the terms' first characters
    finds where one may start, and the terms that start with that character are tried there."""

    __slots__ = ("_starts", "_by_first", "_by_two", "_single", "_rx", "_memo", "_shaped", "_digit_free")

    def __init__(self, terms: list[str]) -> None:
        self._memo: dict[str, tuple[TermMatch, ...]] = {}
        self._shaped: dict[str, tuple[TermMatch, ...]] = {}  # by ``shape`` of the folded text
        self._digit_free = _DIGIT.search("\n".join(terms)) is None
        by_first: dict[str, list[tuple[str, bool, bool]]] = {}
        self._by_first = by_first
        self._rx: re.Pattern[str] | None = None
        ordered = sorted({fold(t) for t in terms if t})  # longest first, then by text (a stable sort)
        ordered.sort(key=len, reverse=True)
        for t in ordered:
            low = t.lower()
            if len(low) != len(t):  # a term whose lower case is longer: the regular expression does it all
                self._rx = re.compile("|".join(term_pattern(x) for x in ordered), re.I)
                break
            first, last = t[0], t[-1]
            by_first.setdefault(low[0], []).append((low, first.isascii() and first.isalnum(),
                                                    last.isascii() and last.isalnum()))
        self._starts = _Starts(self._by_first)
        # the terms by their first two characters (longest first still), and those of one
        # character: Latin text has a possible start at almost every letter
        self._by_two: dict[str, list[tuple[str, bool, bool]]] = {}
        self._single: dict[str, list[tuple[str, bool, bool]]] = {}
        for terms_here in self._by_first.values():
            for t in terms_here:
                if len(t[0]) > 1:
                    self._by_two.setdefault(t[0][:2], []).append(t)
                else:
                    self._single.setdefault(t[0], []).append(t)

    def _scan(self, text: str, folded: str | None = None) -> Iterator[TermMatch]:
        if folded is None:
            folded = fold(text)
        low = _lower(folded)
        if len(low) != len(folded):  # the text's lower case is longer: ask a regular expression
            for m in self._regex().finditer(folded):
                yield TermMatch(m.start(), m.end(), folded)
            return
        starts = self._starts
        if not starts.chars or starts.rx is None and self._by_first.keys().isdisjoint(low):
            return  # (until its class is compiled, a text with none of its first characters is not worth it)
        find, by_two, single, size, pos = starts.finder(low), self._by_two, self._single, len(low), 0
        budget = 256 + size // 4  # where terms may start everywhere (a text of one character), the regex does it
        while pos < size:
            p = find(pos)
            if p < 0:
                return
            budget -= 1
            if budget < 0:
                for r in self._regex().finditer(folded, pos):
                    yield TermMatch(r.start(), r.end(), folded)
                return
            inside = p > 0 and _word_char(low[p - 1])
            found = -1
            for bucket in (by_two.get(low[p:p + 2]), single.get(low[p])):
                if bucket:
                    for term, left, right in bucket:
                        if left and inside:
                            continue
                        end = p + len(term)
                        if low.startswith(term, p) and not (right and end < size and _word_char(low[end])):
                            found = end
                            break
                    if found >= 0:
                        break
            if found >= 0:
                yield TermMatch(p, found, folded)
                pos = found
            else:
                pos = p + 1

    def _regex(self) -> re.Pattern[str]:
        """The terms as one regular expression, longest first (compiled when first needed)."""
        if self._rx is None:
            terms = sorted((t for ts in self._by_first.values() for t, _, _ in ts), key=len, reverse=True)
            self._rx = re.compile("|".join(term_pattern(t) for t in terms) or r"(?!x)x", re.I)
        return self._rx

    def _all(self, text: str) -> Iterator[TermMatch]:
        if self._rx is not None:
            folded = fold(text)
            return (TermMatch(m.start(), m.end(), folded) for m in self._rx.finditer(folded))
        return self._scan(text)

    def matches(self, text: str) -> tuple[TermMatch, ...]:
        """Every match in ``text``, as ``finditer`` finds them, read once per distinct short text
        (a plan repeats its owners, metrics and units, and several rules ask about one text).
        Texts that differ only in their digits (titles: 线索量从143提升到166) are one text to a
        vocabulary without digits (see ``shape``); the match positions are the same."""
        found = self._memo.get(text)
        if found is not None:
            return found
        if len(text) > MEMO_TEXT:
            return tuple(self._all(text))
        shaped = shape(fold(text)) if self._digit_free and _DIGIT.search(text) else None
        if shaped is not None:
            found = self._shaped.get(shaped)
            if found is None:
                found = tuple(self._all_folded(shaped))
                if len(self._shaped) >= MEMO_SIZE:
                    self._shaped.clear()
                self._shaped[shaped] = found
        else:
            found = tuple(self._all(text))
        # kept by the text too: several rules ask a vocabulary about one title
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[text] = found
        return found

    @property
    def digit_free(self) -> bool:
        """No term has a digit: texts of one ``shape`` match alike."""
        return self._digit_free

    def _all_folded(self, folded: str) -> Iterator[TermMatch]:
        """``_all`` of a text already folded."""
        if self._rx is not None:
            return (TermMatch(m.start(), m.end(), folded) for m in self._rx.finditer(folded))
        return self._scan(folded, folded)

    def occurs(self, folded: str) -> bool:
        """Whether a term occurs in a text already folded (nothing kept)."""
        return next(self._scan(folded, folded), None) is not None

    def search(self, text: str) -> TermMatch | None:
        if len(text) <= MEMO_TEXT:
            found = self.matches(text)
            return found[0] if found else None
        if self._rx is not None:
            m = self._rx.search(fold(text))
            return TermMatch(m.start(), m.end(), m.string) if m else None
        return next(self._scan(text), None)

    def finditer(self, text: str) -> Iterator[TermMatch]:
        if len(text) <= MEMO_TEXT:
            return iter(self.matches(text))
        return self._all(text)


class Presence:
    """Which of several vocabularies occur in a text, in one scan of it: for each, what
    ``bool(terms.search(text))`` says (a vocabulary occurs where any of its terms does, at its
    word edges). Where several rules or facts ask the same text about several vocabularies
    (the aims, the directions, the conflict pairs, the measure families), one pass answers all.
    Terms are looked up by their first two characters (Latin text has a possible start at
    almost every letter), and a term that must start a word is not tried inside one."""

    __slots__ = ("_vocabs", "_first", "_by_two", "_single", "_exact", "_full", "_memo", "_digit_free", "_written")

    def __init__(self, vocabularies: list[Terms]) -> None:
        self._vocabs = vocabularies
        self._memo: dict[str, int] = {}  # by ``shape`` of the folded text
        self._written: dict[str, int] = {}  # by the text as written (the editor asks again after every edit)
        self._digit_free = all(v._digit_free for v in vocabularies)
        self._exact = all(v._rx is None for v in vocabularies)
        self._full = (1 << len(vocabularies)) - 1
        bits: dict[tuple[str, bool, bool], int] = {}
        for i, v in enumerate(vocabularies):
            for terms in v._by_first.values():
                for t in terms:
                    bits[t] = bits.get(t, 0) | (1 << i)
        self._by_two: dict[str, list[tuple[str, bool, bool, int]]] = {}
        self._single: dict[str, list[tuple[str, bool, bool, int]]] = {}
        for (term, left, right), b in bits.items():
            into = self._by_two.setdefault(term[:2], []) if len(term) > 1 else self._single.setdefault(term, [])
            into.append((term, left, right, b))
        self._first = _Starts({t[0] for t, _, _ in bits})

    def mask(self, text: str) -> int:
        """Bit ``i`` is set when vocabulary ``i`` occurs in ``text``: read once per distinct
        short text, texts that differ only in their digits being one (see ``shape``)."""
        found = self._written.get(text)
        if found is not None:
            return found
        if not self._exact or len(text) > MEMO_TEXT:
            return self._each(text)
        folded = fold(text)
        key = shape(folded) if self._digit_free else folded
        found = self._memo.get(key)
        if found is None:
            low = key.lower()
            found = self._each(text) if len(low) != len(key) else self._scan(low)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        if len(self._written) >= WRITTEN_SIZE:
            self._written.clear()
        self._written[text] = found
        return found

    def _scan(self, low: str) -> int:
        """``mask`` of a folded text in lower case (of its length)."""
        if not self._first.chars:
            return 0
        find, by_two, single, size, full = self._first.finder(low), self._by_two, self._single, len(low), self._full
        found, pos = 0, 0
        while True:
            p = pos = find(pos)
            if p < 0:
                return found
            inside = p > 0 and _word_char(low[p - 1])
            for cands in (by_two.get(low[p:p + 2]), single.get(low[p])):
                if not cands:
                    continue
                for term, left, right, bits in cands:
                    if bits & ~found and not (left and inside) and low.startswith(term, p):
                        end = p + len(term)
                        if not (right and end < size and _word_char(low[end])):
                            found |= bits
                            if found == full:
                                return found
            pos = p + 1

    def present(self, text: str) -> list[bool]:
        bits = self.mask(text)
        return [bool(bits >> i & 1) for i in range(len(self._vocabs))]

    def _each(self, text: str) -> int:
        return sum(1 << i for i, v in enumerate(self._vocabs) if v.search(text) is not None)


MEMO_TEXT = 512  # texts up to this long have their matches kept (a long note is scanned lazily)
MEMO_SIZE = 16384  # texts kept per vocabulary before the memo starts again
WRITTEN_SIZE = 4096  # texts kept as written (``Presence.mask``), which hold the texts themselves

_DIGIT = re.compile(r"[0-9]")
_NONZERO = re.compile(r"[1-9]")


def shape(text: str) -> str:
    """``text`` with every ASCII digit written as 0. To a vocabulary none of whose terms has a
    digit, the two are the same text: a term matches the same characters of either (a digit
    stays a digit, so word edges hold), which is why the matchers keep what they found by the
    shape (titles and metric names differ mostly in their numbers). Several vocabularies and
    facts ask for the shape of one title in turn: each text is shaped once (``_SHAPES``)."""
    found = _SHAPES.get(text)
    if found is None:
        if len(_SHAPES) >= SHAPES_SIZE:
            _SHAPES.clear()
        found = _SHAPES[text] = _NONZERO.sub("0", text)
    return found


SHAPES_SIZE = 16384
_SHAPES: dict[str, str] = {}


_LAST_LOWER: list[str] = ["", ""]  # the last text lowered, and its lower case: the vocabularies scan one text in turn


def _lower(text: str) -> str:
    if _LAST_LOWER[0] is not text:
        _LAST_LOWER[:] = [text, text.lower()]
    return _LAST_LOWER[1]


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def compile_terms(terms: list[str]) -> Terms:
    return Terms(terms)


class Packs:
    """The merged packs, with compiled matchers (each compiled on first use)."""

    def __init__(self, packs: list[dict[str, Any]]) -> None:
        raw: dict[str, Any] = {}
        for p in packs:
            raw = merge(raw, p)
        self.data: Pack = schema.build(Pack, raw)  # each pack was checked (or is built in)
        language = {k: raw[k] for k in LANGUAGE_SECTIONS if k in raw}
        self.language: Language = BUILTIN if language == _builtin_language() else Language(language)

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
    def family_res(self) -> list[tuple[str, Terms]]:
        return [(name, compile_terms(words)) for name, words in self.data.families.items()]

    @cached_property
    def family_presence(self) -> Presence:
        return Presence([terms for _, terms in self.family_res])

    @cached_property
    def conflict_presence(self) -> Presence:
        """The conflict pairs' sides in order (a of the first pair, its b, a of the second, ...)."""
        return Presence([terms for _, a, b in self.conflict_res for terms in (a, b)])

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
    return _load_packs(tuple(extra))


@lru_cache(maxsize=16)
def _load_packs(extra: tuple[Path, ...]) -> Packs:
    return Packs([_load(p, trusted=True) for p in builtin_packs()] + [_load(p) for p in extra])


@lru_cache(maxsize=1)
def _builtin_language() -> dict[str, Any]:
    return {k: BUILTIN.data[k] for k in LANGUAGE_SECTIONS if k in BUILTIN.data}
