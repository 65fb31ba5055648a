"""Reading field values with the grammar's value start symbols, then normalising them.

Results carry no positions (the caller adds spans), so equal texts are read once:
plans repeat the same dates, cadences and round numbers over and over.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError, UnexpectedInput

from planlint.language.script import fold
from planlint.model import DateSpan, Quantity, Target
from planlint.resources import grammar_text

SCALES = {
    "万": 1e4, "w": 1e4, "W": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6, "千万": 1e7,
    "k": 1e3, "K": 1e3, "M": 1e6, "mn": 1e6, "bn": 1e9,
}
UNITS = {
    "%": "%", "％": "%", "percent": "%",
    "pp": "pp", "ppt": "pp", "pts": "pp", "个百分点": "pp", "百分点": "pp",
    "元": "CNY", "块": "CNY", "cny": "CNY", "rmb": "CNY", "人民币": "CNY", "¥": "CNY", "￥": "CNY",
    "美元": "USD", "usd": "USD", "$": "USD",
}
CMPS = {
    "<=": "<=", "≤": "<=", "不超过": "<=", "不高于": "<=", "至多": "<=", "最多": "<=",
    ">=": ">=", "≥": ">=", "不低于": ">=", "至少": ">=", "最少": ">=",
    "<": "<", ">": ">", "=": "=",
    "以内": "<=", "以下": "<=", "或以下": "<=", "以上": ">=", "或以上": ">=",
    # method (issue 18): 超500 is "more than 500" (tracking guide 1(2)), a bound, not a typo
    "超过": ">", "超": ">", "高于": ">", "多于": ">", "大于": ">", "低于": "<", "少于": "<", "小于": "<",
    "more than": ">", "over": ">", "above": ">", "less than": "<", "under": "<", "below": "<",
    "at least": ">=", "at most": "<=",
}
CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Full-width characters a Chinese keyboard produces, mapped one to one (columns stay put).
FULLWIDTH = str.maketrans("０１２３４５６７８９％＋－．，＜＞＝（）＄", "0123456789%+-.,<>=()$")


def canonical_unit(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.strip()
    low = u.lower()
    if low in UNITS:
        return UNITS[low]
    if u in UNITS:
        return UNITS[u]
    for prefix, canon in (("个百分点", "pp"), ("百分点", "pp"), ("pp", "pp")):
        if low.startswith(prefix):  # "3个百分点市场份额"
            return canon
    for prefix in ("元", "¥", "￥"):
        if u.startswith(prefix):
            return "CNY" + u[len(prefix):]
    return u


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
        return DateSpan(start=end, end=end, kind="day", text=text.strip())
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日", t
    )
    if m:
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return DateSpan(start=d, end=d, kind="day", text=t)
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", t) or re.fullmatch(r"(\d{4})年(\d{1,2})月", t)
    if m:
        y, mo = int(m[1]), int(m[2])
        return DateSpan(start=dt.date(y, mo, 1), end=_month_end(y, mo), kind="month", text=t)
    m = re.fullmatch(r"(\d{4})(?:-|年|\s)?(?:[Qq]([1-4])|第([一二三四1-4])季度)", t)
    if m:
        y, q = int(m[1]), CN_NUM[m[2] or m[3]]
        return DateSpan(start=dt.date(y, 3 * q - 2, 1), end=_month_end(y, 3 * q), kind="quarter", text=t)
    m = re.fullmatch(r"(\d{4})(?:[-\s]?[Hh]([12])|年([上下])半年)", t)
    if m:
        y = int(m[1])
        first = (m[2] == "1") if m[2] else (m[3] == "上")
        start, end = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if first else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        return DateSpan(start=start, end=end, kind="half", text=t)
    m = re.fullmatch(r"(\d{4})年?", t)
    if m:
        y = int(m[1])
        return DateSpan(start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), kind="year", text=t)
    raise ValueError(t)


class _Values(Transformer):
    """Turns the value start symbols into model values, inline with the parse."""

    def quantity(self, items: list[Token]) -> Quantity:
        currency = number = scale = unit = None
        for tok in items:
            if tok.type == "CURRENCY":
                currency = tok
            elif tok.type == "NUMBER":
                number = tok
            elif tok.type == "SCALE":
                scale = tok
            else:
                unit = tok
        factor = SCALES[str(scale)] if scale else 1.0
        value = float(str(number).replace(",", "")) * factor
        canon = canonical_unit(str(unit)) if unit else None
        if currency:
            canon = canonical_unit(str(currency)) if not canon or canon == canonical_unit(str(currency)) else canon
        text = "".join(str(t) for t in items)
        return Quantity.model_construct(value=value, unit=canon, scale=factor, text=text, span=None)

    def exact(self, items: list) -> Target:
        return Target.model_construct(kind="exact", value=items[0], low=None, high=None, op=None, text="", span=None)

    def range(self, items: list) -> Target:
        low, high = items
        if low.unit is None and high.unit is not None:
            low = low.model_copy(update={"unit": high.unit})
        if low.value > high.value:
            low, high = high, low
        return Target.model_construct(kind="range", value=None, low=low, high=high, op=None, text="", span=None)

    def bound(self, items: list) -> Target:
        op, q = items
        return Target.model_construct(kind="bound", value=q, low=None, high=None,
                                      op=CMPS[" ".join(str(op).lower().split())], text="", span=None)

    def bound_after(self, items: list) -> Target:
        q, op = items
        return Target.model_construct(kind="bound", value=q, low=None, high=None, op=CMPS[str(op)], text="", span=None)

    def relative(self, items: list) -> Target:
        sign, q = items
        if str(sign) == "-":
            q = q.model_copy(update={"value": -q.value})
        return Target.model_construct(kind="relative", value=q, low=None, high=None, op=None, text="", span=None)

    def baseline(self, items: list) -> tuple[Quantity, DateSpan | None]:
        return items[0], (items[1] if len(items) > 1 else None)

    def date(self, items: list[Token]) -> DateSpan:
        token = str(items[0])
        if items[0].type == "NUMBER" and not re.fullmatch(r"\d{4}", token):
            raise ValueError(token)
        return read_date_text(token)

    def period(self, items: list[DateSpan]) -> DateSpan:
        if len(items) == 1:
            return items[0]
        first, last = items
        return DateSpan(start=first.start, end=last.end, kind="range", text=f"{first.text} .. {last.text}")


VALUE_STARTS = ["quantity", "target", "baseline", "date", "period"]


@lru_cache(maxsize=1)
def parser() -> Lark:
    """The grammar's LALR parser, built once (and cached on disk by lark)."""
    return Lark(
        grammar_text(),
        parser="lalr",
        start=["block", *VALUE_STARTS],
        transformer=_Values(),
        cache=True,
        maybe_placeholders=False,
    )


@lru_cache(maxsize=8192)
def read(start: str, text: str):
    """Read ``text`` as the value start symbol ``start``.

    Returns the value, or raises ValueError_ with the 0-based offset of the
    first character that does not fit.
    """
    src = fold(text.translate(FULLWIDTH))
    try:
        value = parser().parse(src, start=start)
        if src != text:  # what the value says of itself (its text) as the writer wrote it
            value = _as_written(value, {a: b for a, b in zip(src, text, strict=False) if a != b})
        return value
    except UnexpectedInput as exc:
        col = max(0, getattr(exc, "column", 1) - 1) if getattr(exc, "column", -1) != -1 else len(src)
        found = src[col:].split()[0] if src[col:].split() else ""
        raise ValueError_(min(col, len(text)), found) from None
    except (LarkError, ValueError, OverflowError) as exc:  # e.g. 2024-13-45
        raise ValueError_(0, str(exc) or text) from None


def _as_written(value, back: dict[str, str]):
    """A value read from folded text, with its ``text`` in the writer's characters."""
    if isinstance(value, tuple):
        return tuple(_as_written(v, back) for v in value)
    if value is None or not hasattr(value, "text"):
        return value
    update = {"text": "".join(back.get(ch, ch) for ch in value.text)}
    for name in ("value", "low", "high"):
        inner = getattr(value, name, None)
        if isinstance(inner, Quantity):
            update[name] = _as_written(inner, back)
    return value.model_copy(update=update)


METRIC_UNIT = re.compile(r"^(?P<name>.*?)\s*[(（](?P<unit>[^()（）]*)[)）]\s*$")
UNIT_SCALE = re.compile(r"^(?P<scale>百万|千万|万|亿|千|[kKM])?(?P<unit>.*)$")
STATEMENT = re.compile(
    r"^(?P<left>.+?)\s*(?:->|→|=>|⟶|➜)\s*(?P<right>.+?)"
    r"(?:\s+(?:by|before|截止|截至|于)\s*(?P<date>\S+)\s*)?$",
    re.IGNORECASE,
)


def metric_unit(unit_text: str) -> tuple[str | None, float]:
    """``万元`` -> (CNY, 10,000); ``%`` -> (%, 1); ``条`` -> (条, 1)."""
    t = fold(unit_text.strip())
    m = UNIT_SCALE.match(t)
    scale = SCALES.get(m["scale"], 1.0) if m and m["scale"] else 1.0
    rest = m["unit"] if m and m["scale"] else t
    return canonical_unit(rest), scale


TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
TARGET_VERB = re.compile(r"^(?:约|大约|about|approx\.?|~)?\s*(?:(?:提升|提高|增长|增加|降低|下降|减少|控制在?|达到|达|升|降|reach|to)\s*(?:至|到)?|至|到)\s*", re.I)
MONTH_SPAN = re.compile(r"(\d{4})年(\d{1,2})\s*[-~～至到]\s*(\d{1,2})月")


def tidy(vtype: str, text: str) -> str:
    """What planners add around a value, taken off before reading it: a note in brackets
    ("10% (2023年)"), a verb ("提升至45%", "达到650万元"), a month span ("2024年10-11月")."""
    t = TRAILING_NOTE.sub("", text) if text.endswith((")", "）")) else text
    if vtype == "target" and (m := TARGET_VERB.match(fold(t))) and m.end() < len(t):
        t = t[m.end():]  # matched on the Simplified form: 提昇至, 達到
    if vtype == "period":
        t = MONTH_SPAN.sub(lambda m: f"{m[1]}年{m[2]}月 .. {m[1]}年{m[3]}月", t)
    return t.strip() or text
