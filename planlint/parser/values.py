"""Reading field values (quantities, targets, baselines, dates, periods), then normalising them.

Two readers give the same values. The fast one composes the grammar's own value terminals
(``grammar/plan.lark``, with the language pack's words filled in) into one pattern per value
shape, each token matched atomically as lark's lexer matches it; it reads every value written
the usual ways. What it does not read goes to lark's LALR parser of the same grammar, loaded
only then, which reads the rest and says where a value stops making sense.
``tests/test_values.py`` checks that the two agree.

Results carry no positions (the caller places them), so equal texts are read once: plans
repeat the same dates, cadences and round numbers over and over.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from planlint.language.keywords import BUILTIN, Language
from planlint.language.script import fold
from planlint.model import DateSpan, Quantity, Target

CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Full-width characters a Chinese keyboard produces, mapped one to one (columns stay put).
FULLWIDTH = str.maketrans("０１２３４５６７８９％＋－．，＜＞＝（）＄ＱｑＨｈ", "0123456789%+-.,<>=()$QqHh")
# The full-width characters of a number, which a safe fix writes half-width (not the comma and
# brackets, which are also Chinese punctuation).
NUMBER_FULLWIDTH = str.maketrans("０１２３４５６７８９％＋－．＜＞＝＄ＱｑＨｈ", "0123456789%+-.<>=$QqHh")
HAS_FULLWIDTH = re.compile("[０-９％＋－．，＜＞＝（）＄ＱｑＨｈ]")  # translate only what has one (it is slow on long text)


def halfwidth(text: str) -> str:
    """``text`` with the full-width characters of its numbers written half-width."""
    return text.translate(FULLWIDTH) if HAS_FULLWIDTH.search(text) else text
VALUE_STARTS = ["quantity", "target", "baseline", "date", "period"]


def canonical_unit(unit: str | None, language: Language = BUILTIN) -> str | None:
    return language.canonical_unit(unit)


class ValueError_(Exception):
    """A value that does not read: where in the value, and what was expected."""

    def __init__(self, column: int, found: str) -> None:
        super().__init__(found)
        self.column = column  # 0-based offset inside the value text
        self.found = found


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def read_date_text(text: str) -> DateSpan:
    """Interpret one date token (already matched by the grammar's DATE)."""
    t = re.sub(r"^(?:FY|财年)", "", text.strip())
    m = re.fullmatch(r"([QqHh])([1-4])[-\s]?(\d{4})", t)
    if m:  # Q4 2024 -> 2024Q4
        t = f"{m[3]}{m[1]}{m[2]}"
    m = re.fullmatch(r"(\d{4})年([底末中])", t)
    if m:
        y = int(m[1])
        end = dt.date(y, 6, 30) if m[2] == "中" else dt.date(y, 12, 31)
        return DateSpan(end, end, "day", text.strip())
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日", t
    )
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return DateSpan(d, d, "day", t)
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", t) or re.fullmatch(r"(\d{4})年(\d{1,2})月", t)
    if m:
        y, mo = int(m[1]), int(m[2])
        return DateSpan(dt.date(y, mo, 1), _month_end(y, mo), "month", t)
    m = re.fullmatch(r"(\d{4})(?:-|年|\s)?(?:[Qq]([1-4])|第([一二三四1-4])季度?)", t)
    if m:
        y, q = int(m[1]), CN_NUM[m[2] or m[3]]
        return DateSpan(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter", t)
    m = re.fullmatch(r"(\d{4})(?:[-\s]?[Hh]([12])|年([上下])半年)", t)
    if m:
        y = int(m[1])
        first = (m[2] == "1") if m[2] else (m[3] == "上")
        start, end = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if first else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        return DateSpan(start, end, "half", t)
    m = re.fullmatch(r"(\d{4})年?", t)
    if m:
        y = int(m[1])
        return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", t)
    raise ValueError(t)



# ------------------------------------------------------------ building values
MAX_NUMBER = 1e18  # a plan's figures stay far below (a trillion yuan is 1e12)


def quantity(language: Language, currency: str | None, number: str, scale: str | None, unit: str | None) -> Quantity:
    """A quantity from its tokens (the grammar's ``quantity``)."""
    factor = language.scales[scale] if scale else 1.0
    value = float(number.replace(",", "")) * factor
    if not abs(value) < MAX_NUMBER:  # 400 nines is infinity to a float; no plan counts that high
        raise ValueError(number)
    canon = language.canonical_unit(unit) if unit else None
    if currency:
        money = next((c for c, ws in language.prefixes.items() if currency in ws), None)
        if canon is not None and money is not None and language.local_money(canon, unit or ""):
            canon = money  # 新台幣300萬元, HK$80万元: the 元 of the currency named before the number
        canon = money if not canon or canon == money else canon
    return Quantity(value, canon, factor, "".join(filter(None, (currency, number, scale, unit))))  # (no generator)


def ranged(low: Quantity, high: Quantity) -> Target:
    if low.unit is None and high.unit is not None:
        low = low.copy(unit=high.unit)
    if low.value > high.value:
        low, high = high, low
    return Target("range", low=low, high=high)


def relative(sign: str, q: Quantity) -> Target:
    if sign == "-":
        q = q.copy(value=-q.value)
    return Target("relative", value=q)


def date_of(token: str, is_number: bool) -> DateSpan:
    if is_number and not re.fullmatch(r"\d{4}", token):
        raise ValueError(token)
    return read_date_text(token)


def period_of(first: DateSpan, last: DateSpan | None) -> DateSpan:
    if last is None:
        return first
    return DateSpan(first.start, last.end, "range", f"{first.text} .. {last.text}")


# ----------------------------------------------------------------- the readers
def read(start: str, text: str, language: Language = BUILTIN):
    """Read ``text`` as the value start symbol ``start``.

    Returns the value, or raises ValueError_ with the 0-based offset of the
    first character that does not fit.
    """
    return _read(start, text, language)


@lru_cache(maxsize=16384)
def _read(start: str, text: str, language: Language):
    src = fold(halfwidth(text))
    try:
        value = fast(language).read(start, src)
        if value is None:
            value = _lark_read(start, src, language)
    except (ValueError, OverflowError) as exc:  # e.g. 2024-13-45
        raise ValueError_(0, str(exc) or text) from None
    if src != text:  # what the value says of itself (its text) as the writer wrote it
        value = _as_written(value, {a: b for a, b in zip(src, text, strict=False) if a != b})
    return value


def _lark_read(start: str, src: str, language: Language):
    from lark.exceptions import LarkError, UnexpectedInput

    try:
        return parser(language).parse(src, start=start)
    except UnexpectedInput as exc:
        col = max(0, getattr(exc, "column", 1) - 1) if getattr(exc, "column", -1) != -1 else len(src)
        found = src[col:].split()[0] if src[col:].split() else ""
        raise ValueError_(min(col, len(src)), found) from None
    except LarkError as exc:
        raise ValueError_(0, str(exc) or src) from None


def _as_written(value, back: dict[str, str]):
    """A value read from folded text, with its ``text`` in the writer's characters."""
    if isinstance(value, tuple):
        return tuple(_as_written(v, back) for v in value)
    if value is None or not hasattr(value, "text"):
        return value
    changes: dict[str, Any] = {"text": "".join(back.get(ch, ch) for ch in value.text)}
    for name in ("value", "low", "high"):
        inner = getattr(value, name, None)
        if isinstance(inner, Quantity):
            changes[name] = _as_written(inner, back)
    return value.copy(**changes)


@lru_cache(maxsize=8)
def fast(language: Language) -> FastReader:
    return FastReader(language)


class FastReader:
    """The value start symbols read token by token with the grammar's own terminals, each taken
    where it matches as lark's lexer takes it (see the module doc); None for anything else."""

    def __init__(self, language: Language) -> None:
        self.language = language
        t = language.terminals()
        ws = r"[ \t\u3000]*"
        self.qty = re.compile(f"{ws}(?:(?P<cur>{t['CURRENCY']}){ws})?+(?P<num>{t['NUMBER']})"
                              f"(?:{ws}(?P<scale>{t['SCALE']}))?+(?:{ws}(?P<unit>{t['UNIT']}))?+")
        self.date = re.compile(f"{ws}(?:(?P<date>{t['DATE']})|(?P<year>{t['NUMBER']}))(?:{ws}(?:{t['BEFORE']}))?+")
        self.cmp = re.compile(f"{ws}(?:{t['CMP']})")
        self.after = re.compile(f"{ws}(?:{t['CMP_AFTER']})")
        self.range = re.compile(f"{ws}(?:{t['RANGE']})")
        self.as_of = re.compile(f"{ws}(?i:{t['AS_OF']})")
        self.sign = re.compile(f"{ws}[+-]")
        self.end = re.compile(ws)

    def read(self, start: str, src: str):
        """The value, or None when these patterns do not read it (then lark does)."""
        got = getattr(self, "_" + start)(src, 0)
        if got is None:
            return None
        value, pos = got
        return value if self.end.match(src, pos).end() == len(src) else None

    def _quantity(self, s: str, pos: int) -> tuple[Quantity, int] | None:
        m = self.qty.match(s, pos)
        if m is None:
            return None
        return quantity(self.language, m["cur"], m["num"], m["scale"], m["unit"]), m.end()

    def _target(self, s: str, pos: int) -> tuple[Target, int] | None:
        lang = self.language
        m = self.cmp.match(s, pos)
        if m is not None:
            got = self._quantity(s, m.end())
            return (Target("bound", value=got[0], op=lang.before[m.group().lstrip(BLANKS)]), got[1]) if got else None
        m = self.sign.match(s, pos)
        if m is not None:
            got = self._quantity(s, m.end())
            return (relative(m.group()[-1], got[0]), got[1]) if got else None
        got = self._quantity(s, pos)
        if got is None:
            return None
        q, pos = got
        m = self.after.match(s, pos)
        if m is not None:
            return Target("bound", value=q, op=lang.after[m.group().lstrip(BLANKS)]), m.end()
        m = self.range.match(s, pos)
        if m is not None:
            high = self._quantity(s, m.end())
            return (ranged(q, high[0]), high[1]) if high else None
        return Target("exact", value=q), pos

    def _baseline(self, s: str, pos: int) -> tuple[tuple[Quantity, DateSpan | None], int] | None:
        got = self._quantity(s, pos)
        if got is None:
            return None
        q, pos = got
        m = self.as_of.match(s, pos)
        if m is None:
            return (q, None), pos
        d = self._date(s, m.end())
        return ((q, d[0]), d[1]) if d else None

    def _date(self, s: str, pos: int) -> tuple[DateSpan, int] | None:
        m = self.date.match(s, pos)
        if m is None:
            return None
        return (date_of(m["date"], False) if m["date"] else date_of(m["year"], True)), m.end()

    def _period(self, s: str, pos: int) -> tuple[DateSpan, int] | None:
        first = self._date(s, pos)
        if first is None:
            return None
        m = self.range.match(s, first[1])
        if m is None:
            return first
        last = self._date(s, m.end())
        return (period_of(first[0], last[0]), last[1]) if last else None


BLANKS = " \t\u3000"


# ------------------------------------------------------------- lark, for the rest
@lru_cache(maxsize=8)
def parser(language: Language = BUILTIN):
    """The grammar's LALR parser for a language's words, built once (and cached on disk by lark)."""
    from lark import Lark, Transformer

    class Values(Transformer):
        """Turns the value start symbols into model values, inline with the parse."""

        def quantity(self, items: list) -> Quantity:
            by = {tok.type: str(tok) for tok in items}
            return quantity(language, by.get("CURRENCY"), by["NUMBER"], by.get("SCALE"), by.get("UNIT"))

        def exact(self, items: list) -> Target:
            return Target("exact", value=items[0])

        def range(self, items: list) -> Target:
            return ranged(*items)

        def bound(self, items: list) -> Target:
            op, q = items
            return Target("bound", value=q, op=language.before[str(op)])

        def bound_after(self, items: list) -> Target:
            q, op = items
            return Target("bound", value=q, op=language.after[str(op)])

        def relative(self, items: list) -> Target:
            sign, q = items
            return relative(str(sign), q)

        def baseline(self, items: list) -> tuple[Quantity, DateSpan | None]:
            return items[0], (items[1] if len(items) > 1 else None)

        def date(self, items: list) -> DateSpan:
            return date_of(str(items[0]), items[0].type == "NUMBER")

        def period(self, items: list[DateSpan]) -> DateSpan:
            return period_of(items[0], items[1] if len(items) > 1 else None)

    return Lark(language.grammar(), parser="lalr", start=["block", *VALUE_STARTS], transformer=Values(),
                cache=True, maybe_placeholders=False)


# ----------------------------------------------------------- around the values
UNIT_AT_END = re.compile(r"[(（](?P<unit>[^()（）]*)[)）][ \t\u3000]*$")


def metric_and_unit(text: str) -> tuple[str, str] | None:
    """``门锁销售额 (万元)`` -> (门锁销售额, 万元); None without a unit in brackets at the end."""
    m = UNIT_AT_END.search(text)
    if m is None:
        return None
    return text[:m.start()].rstrip(" \t\u3000"), m["unit"]


def metric_unit(unit_text: str, language: Language = BUILTIN) -> tuple[str | None, float]:
    """``万元`` -> (CNY, 10,000); ``%`` -> (%, 1); ``条`` -> (条, 1)."""
    t = fold(unit_text.strip())
    m = language.unit_scale.match(t)
    scale = language.scales.get(m["scale"], 1.0) if m and m["scale"] else 1.0
    rest = m["unit"] if m and m["scale"] else t
    return language.canonical_unit(rest), scale


TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）][ \t\u3000]*$")


def tidy(vtype: str, text: str, language: Language = BUILTIN) -> str:
    """What planners add around a value, taken off before reading it: a note in brackets
    ("10% (2023年)"), a verb ("提升至45%", "达到650万元"), a month span ("2024年10-11月")."""
    t = TRAILING_NOTE.sub("", text).rstrip() if text.endswith((")", "）")) else text
    if vtype == "target" and (m := language.target_verb.match(fold(t))) and m.end() < len(t):
        t = t[m.end():]  # matched on the Simplified form: 提昇至, 達到
    if vtype == "period":
        t = language.month_span.sub(lambda m: f"{m[1]}年{m[2]}月 .. {m[1]}年{m[3]}月", t)
    return t.strip() or text
