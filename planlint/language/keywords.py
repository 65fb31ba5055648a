"""The words of the plan language, as read from the language pack (``packs/language.toml``).

``Language`` holds one set of words: the built-in one (``BUILTIN``), or the built-in one merged
with a team's packs (``planlint.language.packs``). Every look-up goes through ``word_key``:
Simplified, lower case, trimmed, so 負責人, 負责人 and 负责人 are the same field.

The module-level names (``BLOCKS``, ``FIELDS``, ``ENUMS``, ``block_of``, ``field_of``, ...)
are the built-in language's, for code that needs no team's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import Any

from planlint.language.packfile import builtin_pack_data
from planlint.language.reread import BlockAnswers
from planlint.language.script import fold
from planlint.resources import data_dir, grammar_text

KINDS = ("plan", "team", "goal", "initiative")
OPS = ("<=", ">=", "<", ">", "=")
TEMPLATE_SLOT = re.compile(r"<[^<>=\d][^<>]*>")  # "<当前值>" in a starter plan, not "<= 200"
EVEN = (0.25, 0.25, 0.25, 0.25)
MEMO_SIZE = 4096  # words remembered per language


def word_key(word: str) -> str:
    """How a word of the language is looked up: Simplified, lower case, trimmed
    (計劃, 負責人 and 週 find 计划, 负责人 and 周)."""
    return fold(word.strip()).lower()


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for w in words:
        if w:
            out.setdefault(w, None)
    return tuple(out)


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(_unique(words), key=lambda w: (-len(w), w))


def _lit(word: str) -> str:
    """A word as a lark string literal."""
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _longest_first_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda p: -len(p[0]))


def _alt(words: Iterable[str]) -> str:
    """Words as one regex alternation, longest first (blanks inside a word match any blanks)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _longest_first(words))


class Calendar:
    """A market's seasonal calendar: quarter weights, peak days, the words of its split advice."""

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        self.name = name
        self.words = tuple(data.get("words") or ())
        self.match = tuple(data.get("match") or ())
        season = data.get("season") or EVEN
        self.season = {q + 1: float(w) for q, w in enumerate(season)}
        self.zh = data.get("zh", "")
        self.en = data.get("en", "")
        self.peaks = [((int(p["month"]), int(p["day"])), p.get("zh", ""), p.get("en", "")) for p in data.get("peaks") or ()]


NO_CALENDAR = Calendar("", {"zh": "按季度平均拆分", "en": "split evenly by quarter"})


class Language:
    """One set of the language's words (a merged language pack, as a dict of its sections)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.blocks: dict[str, tuple[str, ...]] = {k: _unique(v) for k, v in (data.get("blocks") or {}).items()}
        # canonical field -> (aliases, blocks it belongs on, value type); the first English and the
        # first Chinese name are the primary ones (offered by "did you mean")
        self.fields: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {}
        for name, f in (data.get("fields") or {}).items():
            on = _unique(f.get("on") or KINDS)
            self.fields[name] = (_unique(f.get("words") or (name,)), on, f.get("type") or "text")
        self.choices: dict[str, dict[str, tuple[str, ...]]] = {}
        self.weights: dict[str, dict[str, float]] = {}
        for name, options in (data.get("choices") or {}).items():
            self.choices[name] = {c: _unique(o.get("words") or (c,)) for c, o in options.items()}
            self.weights[name] = {c: float(o["weight"]) for c, o in options.items() if o.get("weight") is not None}
        self.units: dict[str, tuple[str, ...]] = {k: _unique(v) for k, v in (data.get("units") or {}).items()}
        self.prefixes: dict[str, tuple[str, ...]] = {k: _unique(v) for k, v in (data.get("prefixes") or {}).items()}
        self.scales: dict[str, float] = {k: float(v) for k, v in (data.get("scales") or {}).items()}
        comparators = data.get("comparators") or {}
        self.before = {w: op for op, ws in (comparators.get("before") or {}).items() for w in ws}
        self.after = {w: op for op, ws in (comparators.get("after") or {}).items() for w in ws}
        self.words: dict[str, tuple[str, ...]] = {k: _unique(v) for k, v in (data.get("words") or {}).items()}
        self.placeholders = frozenset(word_key(p) for p in data.get("placeholders") or ())
        self.no_cadence = frozenset(word_key(w) for w in self.words.get("no_cadence", ()))
        self.leading_words = {k: (tuple(v.get("zh") or ()), tuple(v.get("en") or ()))
                              for k, v in (data.get("leading") or {}).items()}
        self.leading_match = [(k, tuple(word_key(w) for w in v.get("match") or ()))
                              for k, v in (data.get("leading") or {}).items() if v.get("match")]
        self.calendars = [Calendar(k, v) for k, v in (data.get("calendars") or {}).items()]
        self._calendar_keys = [tuple(word_key(w) for w in c.match) for c in self.calendars]  # (as looked up)
        # a file read again reads its calendar block by block, each block's answer kept, unless a
        # term has a blank (it could match across two blocks' words)
        self._calendar_by_block = not any(" " in k for keys in self._calendar_keys for k in keys)
        self._calendar_blocks = BlockAnswers()
        self.block_index = {word_key(a): kind for kind, names in self.blocks.items() for a in names}
        self.field_index = {word_key(a): name for name, (aliases, _, _) in self.fields.items() for a in aliases}
        self.choice_index = {name: {word_key(a): c for c, aliases in opts.items() for a in aliases}
                             for name, opts in self.choices.items()}
        self.keywords = [a for names in self.blocks.values() for a in names]
        self.unit_index = {word_key(w): canon for canon, ws in self.units.items() for w in ws}
        # a unit with prefixes is money (CNY, USD, HKD...); its Chinese words, longest first, for 元/年
        self.currencies = frozenset(self.prefixes)
        self._money_words = [(w, canon) for w, canon in _longest_first_pairs(
            (w, c) for c in self.currencies for w in self.units.get(c, ()) if not w.isascii())]
        # 元 and 块 (any currency), and the words that make money CNY whatever the plan is kept in
        self._local_money = frozenset(word_key(w) for w in self.words.get("local_money", ()))
        self._cny_marks = frozenset(word_key(w) for w in (*self.units.get("CNY", ()), *self.prefixes.get("CNY", ()))) \
            - self._local_money
        self._terminals: dict[str, str] | None = None
        self._grammar: str | None = None
        # look-ups of words as written, remembered (a plan writes the same few names over and over)
        self._field_memo: dict[str, str | None] = {}
        self._block_memo: dict[str, str | None] = {}
        self._longest_placeholder = max((len(p) for p in self.placeholders), default=0)
        self._placeholder_memo: dict[str, bool] = {}

    # ------------------------------------------------------------- look-ups
    def block_of(self, word: str) -> str | None:
        """The block kind a keyword opens (plan, team, goal, initiative), in any language or script."""
        return _looked_up(self._block_memo, self.block_index, word)

    def field_of(self, word: str) -> str | None:
        """The canonical field a name stands for (负责人, 負責人, owner -> owner)."""
        return _looked_up(self._field_memo, self.field_index, word)

    def enum_value(self, kind: str, text: str) -> str | None:
        """The canonical value of a choice field, or None when unknown."""
        return self.choice_index.get(kind, {}).get(word_key(text))

    def is_placeholder(self, text: str) -> bool:
        """A value that stands for nothing yet (TBD, 待定, *, ?, <当前值>)."""
        memo = self._placeholder_memo
        found = memo.get(text)
        if found is None:
            found = self._is_placeholder(text)
            if len(memo) < MEMO_SIZE:
                memo[text] = found
        return found

    def _is_placeholder(self, text: str) -> bool:
        if "<" in text and TEMPLATE_SLOT.search(text):
            return True
        if len(text) > self._longest_placeholder + 8:  # longer than any placeholder: only *** or ??? or xxx
            t = text.strip()
            return bool(t) and not t.strip("*?？xX-")
        t = word_key(text)
        return t in self.placeholders or (bool(t) and not t.strip("*?？x-"))

    def primary_names(self, name: str) -> tuple[str, str]:
        """The field's primary English and Chinese names."""
        aliases = self.fields[name][0]
        en = next((a for a in aliases if a.isascii()), aliases[0])
        zh = next((a for a in aliases if not a.isascii()), en)
        return en, zh

    def field_names_for(self, kind: str) -> list[str]:
        """The canonical names of the fields of a block."""
        return [n for n, (_, blocks, _) in self.fields.items() if kind in blocks or (kind == "team" and n == "head")]

    def field_aliases_for(self, kind: str, lang: str) -> list[str]:
        """Primary field names valid on a block, in the writer's language first."""
        zh_names, en_names = [], []
        for name in self.field_names_for(kind):
            en, zh = self.primary_names(name)
            en_names.append(en)
            if zh != en:
                zh_names.append(zh)
        return zh_names + en_names if lang == "zh" else en_names + zh_names

    def choice_names(self, kind: str) -> list[tuple[str, str]]:
        """Each choice of a choice field as (its Chinese name, its English name)."""
        return [(next((a for a in aliases if not a.isascii()), aliases[0]), aliases[0])
                for aliases in self.choices.get(kind, {}).values()]

    def weight(self, kind: str, value: str | None, default: float = 1.0) -> float:
        """A choice's weight (relevance: high 1, medium 0.7, low 0.4)."""
        return self.weights.get(kind, {}).get(value or "", default)

    def leading_of(self, metric: str) -> str | None:
        """The leading indicators a metric's own words call for (留存, churn), whatever its
        dimension: their key for ``leading``, or None."""
        key = word_key(metric)
        return next((k for k, terms in self.leading_match if any(t in key for t in terms)), None)

    def leading(self, dimension: str | None, fallback: str = "sales") -> tuple[str, str]:
        """Leading indicators for a dimension, in Chinese and English, as a list to write."""
        zh, en = self.leading_words.get(dimension or "") or self.leading_words.get(fallback) or ((), ())
        return ", ".join(zh), ", ".join(en)

    def calendar_for(self, plan: Any) -> Calendar | None:
        """The plan's seasonal calendar: the market it names (``market:``), else the first
        calendar one of whose words its titles, metrics, strategies or notes mention; else None."""
        memo = getattr(getattr(plan, "index", None), "memo", None)  # once per plan
        key = ("calendar", id(self))
        if memo is not None and key in memo:
            return memo[key]
        found = self._calendar_for(plan)
        if memo is not None:
            memo[key] = found
        return found

    def _calendar_for(self, plan: Any) -> Calendar | None:
        meta = getattr(plan, "meta", None)
        market = getattr(meta, "market", None) if meta is not None else None
        if market:
            key = word_key(market)
            return next((c for c in self.calendars if key in {word_key(w) for w in (c.name, *c.words)}), None)
        blocks = self._calendar_blocks
        if blocks.begin(getattr(plan, "path", None)) and self._calendar_by_block:
            return self._calendar_by_node(plan)  # the same file again (the editor's, after an edit)
        blocks.end()
        text = fold(" ".join(_plan_words(plan))).lower()
        for c, keys in zip(self.calendars, self._calendar_keys, strict=True):
            if any(k in text for k in keys):
                return c
        return None

    def _calendar_by_node(self, plan: Any) -> Calendar | None:
        """``_calendar_for`` read block by block, each block's answer kept while the block is the
        same object (the editor asks again after every keystroke). The same answer as reading
        all the words at once: no term has a blank, so none can match across two blocks' words."""

        def first_calendar(node: Any) -> int:
            text = fold(" ".join(_node_words(node))).lower()
            return next((i for i, keys in enumerate(self._calendar_keys) if any(k in text for k in keys)),
                        len(self.calendars))

        first = min(self._calendar_blocks.answers(_nodes(plan), first_calendar), default=len(self.calendars))
        self._calendar_blocks.end()
        return self.calendars[first] if first < len(self.calendars) else None

    # ----------------------------------------------------------- the values
    def canonical_unit(self, unit: str | None) -> str | None:
        if not unit:
            return None
        u = unit.strip()
        found = self.unit_index.get(word_key(u))
        if found is not None:
            return found
        low = word_key(u)
        for canon in ("pp",):  # "3个百分点市场份额": points of something
            for w in _longest_first(self.units.get(canon, ())):
                if low.startswith(word_key(w)):
                    return canon
        for w, canon in self._money_words:
            if u.startswith(w):  # 元/年, 港元/月
                return canon + u[len(w):]
        return u

    def is_money(self, unit: str | None) -> bool:
        """Whether a canonical unit is a currency, or money per period (CNY, HKD, CNY/年)."""
        return bool(unit) and unit.partition("/")[0] in self.currencies

    def local_money(self, unit: str | None, text: str) -> bool:
        """Whether money read as CNY was written only in 元 or 块 (``words.local_money``), which name
        whatever currency the plan is kept in, rather than in 人民币, RMB, CNY or ¥."""
        if not unit or unit.partition("/")[0] != "CNY":
            return False
        t = word_key(text)
        return any(w in t for w in self._local_money) and not any(m in t for m in self._cny_marks)

    def money_word(self, currency: str) -> str | None:
        """A currency's Chinese name, as a plan writes it after a number (元, 港元, 美元)."""
        return next((w for w in self.units.get(currency, ()) if not w.isascii()), None)

    def terminals(self) -> dict[str, str]:
        """The grammar's terminals as regular expressions (words filled in), by name."""
        if self._terminals is None:
            out: dict[str, str] = {}
            for line in self.grammar().splitlines():
                m = re.match(r"^_?([A-Z_]+)(?:\.\d+)?:\s*(.*)$", line)
                if m is None:
                    continue
                name, body = m[1], m[2].strip()
                if body.startswith("/"):
                    out[name] = body[1:body.rindex("/")]
                else:  # "a" | "b": string literals
                    out[name] = "|".join(re.escape(w) for w in re.findall(r'"((?:[^"\\]|\\.)*)"', body))
            self._terminals = out
        return self._terminals

    def grammar(self) -> str:
        """The grammar with its word terminals filled in from this language's words."""
        if self._grammar is not None:
            return self._grammar
        w = self.words
        symbols = [p for ps in self.prefixes.values() for p in ps if not p[:1].isalnum()]
        names = [p for ps in self.prefixes.values() for p in ps if p[:1].isalnum()]
        currency = "|".join(x for x in (_alt(symbols), f"(?:{_alt(names)})(?=[ \\t]*\\d)" if names else "") if x)
        stops = [*self.after, *(r for r in w.get("ranges", ()) if not r.isascii())]
        # a unit's characters run fast; only where a stop word may start is it looked for
        firsts = "".join(sorted({re.escape(x[0]) for x in stops if x[0] not in "~～—–-"})) or "\\x00"
        fill = {
            "CURRENCY": currency or "(?!x)x",
            "SCALES": _alt(self.scales),
            "AS_OF": _alt(w.get("as_of", ())),
            "UNIT_STOPS": _alt(stops) or "(?!x)x",
            "UNIT_STOP_FIRSTS": firsts,
            "CMP": " | ".join(_lit(x) for x in _longest_first(self.before)),
            "CMP_AFTER": " | ".join(_lit(x) for x in _longest_first(self.after)),
            "RANGES": _alt(w.get("ranges", ())),
            "BEFORE": " | ".join(_lit(x) for x in _longest_first(w.get("before", ()))),
        }
        text = grammar_text()
        for key, value in fill.items():
            text = text.replace("{{" + key + "}}", value)
        self._grammar = text
        return text

    @cached_property
    def _arrow(self) -> re.Pattern[str]:
        return re.compile(_alt(self.words.get("arrows", ())) or "(?!x)x")

    @cached_property
    def _by(self) -> re.Pattern[str]:
        return re.compile(rf"(?:^|(?<=[ \t\u3000]))(?:{_alt(self.words.get('by', ()))})[ \t\u3000]*(?P<date>\S+)"
                          r"[ \t\u3000]*$", re.IGNORECASE)

    def statement(self, text: str) -> dict[str, str | None] | None:
        """``关注人数 5万 -> 6万 截止 2025-06-30``: the one-line goal statement, as its ``left`` (the
        metric and baseline), ``right`` (the target) and ``date``; None when it is not one.
        (Found with plain searches: no pattern here backtracks over a run of blanks.)"""
        arrow = self._arrow.search(text)
        if arrow is None:
            return None
        left, right = text[:arrow.start()].rstrip(" \t\u3000"), text[arrow.end():].strip(" \t\u3000")
        date = None
        by = self._by.search(right)
        if by is not None and by.start() > 0:
            date, right = by["date"], right[:by.start()].rstrip(" \t\u3000")
        if not left or not right:
            return None
        return {"left": left, "right": right, "date": date}

    @cached_property
    def target_verb(self) -> re.Pattern[str]:
        """What a planner writes before a target's number: 提升至, 达到, 约, reach."""
        w = self.words
        return re.compile(rf"^(?:(?:{_alt(w.get('about', ()))})[ \t\u3000]*)?(?:(?:{_alt(w.get('target_verbs', ()))})"
                          rf"(?:[ \t\u3000]*(?:{_alt(w.get('target_verb_ends', ()))}))?|{_alt(w.get('target_verb_ends', ()))})"
                          r"[ \t\u3000]*", re.I)

    @cached_property
    def month_span(self) -> re.Pattern[str]:
        """``2024年10-11月``: a span of months in one year."""
        ranges = _alt(r for r in self.words.get("ranges", ()) if r != "..")
        return re.compile(rf"(\d{{4}})年(\d{{1,2}})[ \t\u3000]*(?:{ranges})[ \t\u3000]*(\d{{1,2}})月")

    @cached_property
    def unit_scale(self) -> re.Pattern[str]:
        """``万元``: a scale word before a unit."""
        return re.compile(rf"^(?P<scale>{_alt(self.scales)})?(?P<unit>.*)$", re.S)

    def suggest(self, word: str, choices: list[str]) -> str | None:
        return suggest(word, choices)


def _plan_words(plan: Any) -> Iterable[str]:
    """The plan's own words a calendar is recognised by: titles, metrics, strategies, notes."""
    for node in _nodes(plan):
        yield from _node_words(node)


def _nodes(plan: Any) -> list[Any]:
    meta = getattr(plan, "meta", None)
    return [n for n in [meta, *getattr(plan, "teams", ()), *getattr(plan, "goals", ()),
                        *getattr(plan, "initiatives", ())] if n is not None]


def _node_words(node: Any) -> Iterator[str]:
    for value in (node.title, getattr(getattr(node, "metric", None), "name", None),
                  getattr(getattr(node, "strategy", None), "value", None), getattr(node.note, "value", None)):
        if value:
            yield value


def suggest(word: str, choices: list[str]) -> str | None:
    """The closest of ``choices`` to a misspelt ``word``, if one is close enough."""
    lowered = {word_key(c): c for c in choices}
    word = word_key(word)
    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in word)
    if cjk:
        # Chinese names are two to four characters: one wrong or missing character is a typo;
        # a longer name that contains a known one (预算说明) is a field of the team's own.
        lowered = {k: v for k, v in lowered.items() if abs(len(k) - len(word)) <= 1}
    else:  # "baselin" is a typo of baseline; "budget_note" is a field of its own
        lowered = {k: v for k, v in lowered.items() if abs(len(k) - len(word)) <= 2}
    cutoff = 0.5 if cjk else 0.6
    import difflib

    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=cutoff)
    return lowered[found[0]] if found else None


def builtin_data() -> dict[str, Any]:
    """The built-in language pack, as data."""
    path = data_dir("packs") / "language.toml"
    return builtin_pack_data(path, path.read_text(encoding="utf-8"))


BUILTIN = Language(builtin_data())

# The built-in language's tables and look-ups.
BLOCKS = BUILTIN.blocks
FIELDS = BUILTIN.fields
ENUMS = BUILTIN.choices
BLOCK_OF = BUILTIN.block_index
FIELD_OF = BUILTIN.field_index
PLACEHOLDERS = BUILTIN.placeholders
block_of = BUILTIN.block_of
field_of = BUILTIN.field_of
enum_value = BUILTIN.enum_value
is_placeholder = BUILTIN.is_placeholder
primary_names = BUILTIN.primary_names
field_names_for = BUILTIN.field_names_for
field_aliases_for = BUILTIN.field_aliases_for
choice_names = BUILTIN.choice_names


def _looked_up(memo: dict[str, Any], index: dict[str, str], word: str) -> str | None:
    """``index[word_key(word)]``, remembered per word as written (the parser asks for the same
    few keywords on every line)."""
    found = memo.get(word, memo)
    if found is memo:
        found = index.get(word_key(word))
        if len(memo) < MEMO_SIZE:
            memo[word] = found
    return found
