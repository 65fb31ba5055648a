"""What the vague rules read: the prose of a block, and the slogans and hedges in it.

A hedge is one of three kinds: a size word with no size (大幅, significantly), a softener of a
commitment (力争, 尽量, we aim to, hopefully) and an approximator of a number (约 / about
before it, 左右 after it: only next to a number, so 约定 and 预约 are words, not hedges)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from planlint.api.rule import Context
from planlint.facts.values import base, shown, target_base
from planlint.i18n.messages import Message, Template
from planlint.language.packs import Packs, Terms, shape, term_pattern
from planlint.language.script import fold
from planlint.model import Goal, Initiative, Node, Span
from planlint.records import record

PROSE = frozenset({"note", "definition", "measures", "leading", "strategy"})
NUMERIC = frozenset({"target", "baseline", "deadline", "budget"})
# a number as written: digits (with , and .) or Chinese numerals (三成, 一半)
NUMBER = re.compile(r"\d[\d,.]*|[一二两三四五六七八九十百千万亿半几]+")
TILDES = ("~", "～")
RANGE_BEFORE = re.compile(r"\d[^\s\d]{0,4}\s*$|[一二两三四五六七八九十百千万亿半几][^\s]{0,2}\s*$")  # a number ends before ~
UNIT_AFTER = re.compile(r"[^\s\d,，。;；:：、()（）「」\"'~～\-]{0,4}")


@record
class TextField:
    node: Node
    field: str  # title, metric, note, ...
    text: str
    line: int
    column: int  # column of text[0]

    def span(self, start: int, end: int) -> Span:
        return Span(line=self.line, column=self.column + start, end_line=self.line, end_column=self.column + end)


def text_fields(node: Node) -> Iterator[TextField]:
    """Every piece of prose a reviewer reads in a block: titles, metric names, notes, lists, and
    the raw text of values (where an approximator may stand: 目标值: 2000左右)."""
    title_span = node.title_span
    if node.title and title_span is not None:
        yield TextField(node, "title", node.title, title_span.line, title_span.column + 1)
    if isinstance(node, Goal):
        metric = node.metric
        if metric is not None and metric.span is not None:
            yield TextField(node, "metric", metric.name, metric.span.line, metric.span.column)
    for name, ref in node.fields.items():
        if name in PROSE or name in NUMERIC:
            where = ref.value_span
            if where is not None:
                yield TextField(node, name, ref.raw_value, where.line, where.column)


def field_texts(node: Node) -> Iterator[tuple[str, str]]:
    """(field, text) of what ``text_fields`` reads, in its order, without the places: a rule that
    reports few fields reads them all this way and asks ``text_field`` for the one it reports
    (a place is a new Span each time, and a 10,000-goal plan has 90,000 fields of prose)."""
    if node.title:
        yield "title", node.title
    if isinstance(node, Goal) and node.metric is not None:
        yield "metric", node.metric.name
    for name, ref in node.fields.items():
        if name in PROSE or name in NUMERIC:
            yield name, ref.raw_value


def text_field(node: Node, field: str) -> TextField | None:
    """The ``TextField`` of one of ``field_texts(node)``: what ``text_fields`` gives for it (None
    where that leaves the field out: written nowhere)."""
    if field == "title":
        span = node.title_span
        return TextField(node, "title", node.title, span.line, span.column + 1) if node.title and span else None
    if field == "metric":
        metric = node.metric if isinstance(node, Goal) else None
        span = metric.span if metric is not None else None
        return TextField(node, "metric", metric.name, span.line, span.column) if span is not None else None
    ref = node.fields[field]
    where = ref.value_span
    return TextField(node, field, ref.raw_value, where.line, where.column) if where is not None else None


class Scan:
    """A vocabulary as one matcher for long prose (a note may be megabytes): like the packs'
    ``Terms`` (folded text, word edges for Latin terms), with a look-ahead on the terms' first
    characters so that a position where no term can start costs one test, not one per term.
    The regular expression is compiled when first used (one of hundreds of terms takes
    milliseconds; a plan with no approximator never needs those of the approximators)."""

    __slots__ = ("_source", "_flags", "_rx")

    def __init__(self, terms: list[str]) -> None:
        self._rx: re.Pattern[str] | None = None
        ordered = sorted({fold(t) for t in terms if t}, key=lambda t: (-len(t), t))  # (the same text in every run)
        if not ordered:
            self._source, self._flags = r"(?!x)x", 0
            return
        # where a term may start: its first character, and for a Latin term (which must start a
        # word) not inside a word: in English prose a possible start is at almost every letter
        edged = {c for t in ordered if t[:1].isascii() and t[:1].isalnum() for c in {t[0].lower(), t[0].upper()}}
        free = {c for t in ordered if not (t[:1].isascii() and t[:1].isalnum()) for c in {t[0].lower(), t[0].upper()}}
        starts = [f"(?=[{_chars(free)}])"] if free else []
        if edged:
            starts.append(f"(?<![A-Za-z0-9])(?=[{_chars(edged)}])")
        self._source = "(?:" + "|".join(starts) + ")(?:" + "|".join(term_or_frame(t) for t in ordered) + ")"
        self._flags = re.IGNORECASE

    @property
    def rx(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(self._source, self._flags)
        return self._rx

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(fold(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(fold(text))


FRAME = "…"  # in a hedge term: a few words between its parts (as … as possible: as many leads as possible)
_BETWEEN = r"[^,，、。;；:：!?！？()（）\n]{1,24}?"


def term_or_frame(term: str) -> str:
    """A term as a regex; a frame's parts with at most 24 characters of one clause between them."""
    if FRAME not in term:
        return term_pattern(term)
    parts = [p.strip() for p in term.split(FRAME) if p.strip()]
    return _BETWEEN.join(term_pattern(p) for p in parts)


def _chars(chars: set[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


class Hedges:
    """The hedge vocabularies of one set of packs, compiled once."""

    def __init__(self, packs: Packs) -> None:
        data = packs.data
        self.size = Scan([t for h in data.hedges for t in h.match])
        self.soft = Scan([t for h in data.softeners for t in h.match])
        excludes = [t for h in [*data.hedges, *data.softeners] for t in h.exclude] + data.approximators.exclude
        self.exclude: Scan | None = Scan(excludes) if excludes else None
        self.before = Scan(data.approximators.before)
        self.after = Scan(data.approximators.after)
        self.multipliers = Scan(data.approximators.multipliers)
        # any approximator as a plain substring (no word edges): where none is, no number is approximate
        near = sorted({fold(t) for t in [*data.approximators.before, *data.approximators.after] if t},
                      key=lambda t: (-len(t), t))
        # (a look-ahead on the first characters: a position where none starts costs one test)
        self.near = re.compile(f"(?=[{_chars({c for t in near for c in (t[0].lower(), t[0].upper())})}])(?:"
                               + "|".join(re.escape(t) for t in near) + ")", re.IGNORECASE) if near else None
        # A text where no hedge term (a frame: its first part) starts, at its word edges, and no
        # approximator stands has no hedge: two searches instead of the three scans (most titles).
        # None when a term could match anywhere.
        firsts = {_first_part(fold(t)) for h in [*data.hedges, *data.softeners] for t in h.match if t}
        # (a matcher of terms, not a regular expression: hundreds of alternatives took ~15 ms to
        # compile, at every start)
        self.maybe: Terms | None = None if "" in firsts else Terms(sorted(firsts))
        # none of these has a digit: texts of one digit shape (titles) are answered once
        self.by_shape = not any(ch in "0123456789" for t in [*firsts, *near] for ch in t)
        self.none_memo: dict[str, bool] = {}

    def surely_none(self, folded: str) -> bool:
        """No hedge term can start in the (folded) text and no approximator stands in it."""
        key = shape(folded) if self.by_shape else folded
        found = self.none_memo.get(key)
        if found is None:
            if len(self.none_memo) >= 65536:
                self.none_memo.clear()
            found = self.none_memo[key] = self.maybe is not None and not self.maybe.occurs(key) and (
                self.near is None or self.near.search(key) is None)
        return found


def _first_part(term: str) -> str:
    """What a term's matches start with as written (a frame's first part)."""
    parts = [p.strip() for p in term.split(FRAME) if p.strip()] if FRAME in term else [term]
    return parts[0] if parts else ""


@lru_cache(maxsize=16)
def hedges(packs: Packs) -> Hedges:
    return Hedges(packs)


def _masked(found: list[tuple[int, int]], text: str, h: Hedges) -> list[tuple[int, int]]:
    if not found or h.exclude is None:
        return found
    masks = [(e.start(), e.end()) for e in h.exclude.finditer(text)]
    return [(a, b) for a, b in found if not any(s <= a < e and b <= e for s, e in masks)]


def size_matches(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Size words with no size: 大幅, significantly (minus those inside a word such as 全面屏)."""
    return list(_size(text, ctx.packs))


@lru_cache(maxsize=4096)
def _size(text: str, packs: Packs) -> tuple[tuple[int, int], ...]:  # a plan repeats its values
    h = hedges(packs)
    return tuple(_masked([(m.start(), m.end()) for m in h.size.finditer(text)], text, h))


def soft_matches(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Softeners of a commitment: 力争, 尽量, we aim to, hopefully."""
    return list(_soft(text, ctx.packs))


@lru_cache(maxsize=4096)
def _soft(text: str, packs: Packs) -> tuple[tuple[int, int], ...]:
    h = hedges(packs)
    return tuple(_masked([(m.start(), m.end()) for m in h.soft.finditer(text)], text, h))


def number_matches(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Approximators next to a number: 约20%, about 300, 500人左右, 300 or so (a year is no number)."""
    return list(_number(text, ctx.packs))


@lru_cache(maxsize=4096)
def _number(text: str, packs: Packs) -> tuple[tuple[int, int], ...]:
    h = hedges(packs)
    folded = fold(text)
    if h.near is None or h.near.search(folded) is None:
        return ()
    found: list[tuple[int, int]] = []
    numbers = [*NUMBER.finditer(folded), *h.multipliers.finditer(folded)]
    for n in numbers:
        digits = n.group().replace(",", "").replace(".", "")
        if digits.isdigit() and len(digits) == 4 and digits[:2] in ("19", "20"):
            after = folded[n.end():n.end() + 1]
            if after in ("", " ", "-", "年", "/", "Q", "H") or not after.strip():
                continue  # 2025, 2025年, 2025-Q4: a date
        head = folded[:n.start()].rstrip()
        for m in h.before.finditer(head[-16:]):
            start = len(head) - len(head[-16:]) + m.start()
            if start + (m.end() - m.start()) == len(head):
                if m.group() in TILDES and RANGE_BEFORE.search(head, 0, start):
                    continue  # 450 ~ 500, 10月~12月: a range, not an approximate number
                found.append((start, len(head)))
        unit = UNIT_AFTER.match(folded, n.end())
        rest_at = unit.end() if unit else n.end()
        rest = folded[rest_at:]
        stripped = rest.lstrip()
        m = h.after.rx.match(stripped)
        if m is not None:
            start = rest_at + (len(rest) - len(stripped))
            found.append((start, start + m.end()))
        elif unit is not None and unit.end() > n.end():
            # the unit may itself end with the approximator (500人左右 read as unit 人左右)
            for m2 in h.after.finditer(folded[n.end():unit.end()]):
                if n.end() + m2.end() == unit.end():
                    found.append((n.end() + m2.start(), unit.end()))
    return tuple(_masked(sorted(set(found)), text, h))


@lru_cache(maxsize=4096)  # texts a plan repeats stay; each title is asked about once
def hedge_kinds(text: str, packs: Packs, every: bool) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """The kinds of hedge found in a text, each with its matches (none left empty): size words,
    softeners (only when ``every``: a number's own field has approximators only) and approximators."""
    h = hedges(packs)
    if h.maybe is not None and h.surely_none(fold(text)):
        return ()
    kinds = [("number", _number(text, packs))]
    if every:
        kinds = [("size", _size(text, packs)), ("commitment", _soft(text, packs)), *kinds]
    return tuple((k, found) for k, found in kinds if found)


def hedge_matches(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Every hedge of any kind, in text order."""
    return sorted(set(size_matches(text, ctx) + soft_matches(text, ctx) + number_matches(text, ctx)))


def outcome_matches(tf: TextField, ctx: Context) -> list[tuple[int, int, object, str]]:
    """(start, end, phrase, text) for the first match of each outcome phrase, in text order."""
    return _outcomes(tf.text, ctx)


def _outcomes(text: str, ctx: Context) -> list[tuple[int, int, object, str]]:
    out, seen = [], set()
    for m in ctx.packs.phrase_all.finditer(text):
        phrase = ctx.packs.phrase_of.get(m.group().lower())
        if phrase is not None and id(phrase) not in seen:
            seen.add(id(phrase))
            out.append((m.start(), m.end(), phrase, text[m.start():m.end()]))
    return out


def fully_quantified(goal: Goal) -> bool:
    return (goal.metric is not None and goal.target is not None and goal.baseline is not None
            and goal.deadline is not None)


def measured(goal: Goal) -> bool:
    """The goal counts something: a metric with a unit and a numeric target."""
    m = goal.metric
    unit = m is not None and (m.unit_text is not None or (goal.target is not None and goal.target.unit is not None))
    return unit and goal.target is not None and goal.target_point() is not None


def metric_is_vague(goal: Goal, ctx: Context) -> bool:
    """The metric itself is a vague phrase with no unit anywhere: "指标: 品牌影响力"."""
    m = goal.metric
    # one scan of all the phrases' terms finds a match exactly when one phrase's terms would
    return m is not None and not measured(goal) and ctx.packs.phrase_all.search(m.name) is not None


def vague_field(node: Node, ctx: Context) -> tuple[TextField, list] | None:
    """The block's first text field where an outcome phrase stands for a missing measure, with
    the phrases of all its fields (one finding per block, not one per field).

    A goal's words are not vague when the goal is fully quantified, nor when they are the name
    of its own measured metric (品牌知名度 (%) with a target: a KPI the sources list).
    (Read once per block and lint: VG001 reports it, VG002 leaves its hedges to VG001.)"""
    memo = ctx.scratch.setdefault("vague_field", {})
    kept = memo.get(id(node))
    if kept is not None and kept[0] is node:
        return kept[1]
    found = _vague_field(node, ctx)
    memo[id(node)] = (node, found)
    return found


def _vague_field(node: Node, ctx: Context) -> tuple[TextField, list] | None:
    if isinstance(node, Goal):
        if not metric_is_vague(node, ctx) and fully_quantified(node):
            return None
    elif not (isinstance(node, Initiative) and not node.measures):
        return None
    found: tuple[TextField, list] | None = None
    for name, text in field_texts(node):
        if name not in ("title", "metric"):
            break  # (``field_texts`` gives the title and the metric first)
        if isinstance(node, Initiative) and name != "title":
            continue
        matches = _outcomes(text, ctx)
        if isinstance(node, Goal) and node.metric is not None and measured(node):
            metric_words = fold(node.metric.name).lower()
            matches = [m for m in matches if fold(m[3]).lower() not in metric_words]
        if not matches:
            continue
        tf = text_field(node, name)  # its place only for a field with a phrase
        if tf is None:
            continue
        if found is None:
            found = (tf, list(matches))
        else:
            found[1].extend(m for m in matches if m[3] not in {p[3] for p in found[1]})
    return found


REWRITE = {
    "up": Template("{metric}提升至{target}", "{metric} up to {target}"),
    "up-from": Template("{metric}从{base}提升至{target}", "{metric} from {base} up to {target}"),
    "down": Template("{metric}降至{target}", "{metric} down to {target}"),
    "down-from": Template("{metric}从{base}降至{target}", "{metric} from {base} down to {target}"),
}


def rewrite(goal: Goal) -> Message | None:
    """The goal said with its own numbers: "30日留存率从32%提升至40%"."""
    if goal.metric is None or goal.target is None:
        return None
    t = target_base(goal)
    if t is None:
        return None
    b = base(goal, goal.baseline)
    key = ("down" if b is not None and t < b else "up") + ("-from" if b is not None else "")
    args = {"metric": goal.metric.name, "target": shown(goal, t)}
    if b is not None:
        args["base"] = shown(goal, b)
    return Message(f"VG.rewrite.{key}", REWRITE[key], args)
