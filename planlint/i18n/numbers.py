"""The writer's language: choosing zh or en, and writing numbers the way planners do."""

from __future__ import annotations


def pick(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)


def num(value: float, digits: int = 2) -> str:
    """650, 1,200, 13.3: no trailing zeros, thousands separated."""
    if value != value or value in (float("inf"), float("-inf")):
        return "∞" if value == float("inf") else "-∞" if value == float("-inf") else "?"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    return text


def nice(value: float, digits: int = 3) -> float:
    """Rounded to ``digits`` significant figures: 22,973.97 -> 23,000."""
    if value == 0:
        return 0.0
    from math import floor, log10

    return round(value, -int(floor(log10(abs(value)))) + digits - 1)


def _money_word(currency: str) -> str | None:
    from planlint.language.keywords import BUILTIN

    return BUILTIN.money_word(currency)


NAMED_BEFORE = frozenset({"TWD"})  # currencies whose Chinese name goes before the number, 元 after


def money(value: float, currency: str | None, lang: str) -> str:
    """125万元 / 1.25M CNY: the scale a planner would write."""
    cur = currency or "CNY"
    if lang == "zh":  # the currency's Chinese name after the number (125万元, 80万港元), else its code
        word = _money_word(cur)
        if word and cur in NAMED_BEFORE:  # 新台币500万元, as Taiwan writes it (not 500万新台币)
            return word + money(value, "CNY", lang)
        unit = word or " " + cur
        if abs(value) >= 1e8:
            return f"{num(value / 1e8)}亿{word or unit}"
        if abs(value) >= 1e4:
            return f"{num(value / 1e4)}万{word or unit}"
        return f"{num(value)}{unit}"
    if abs(value) >= 1e6:
        return f"{num(value / 1e6)}M {cur}"
    if abs(value) >= 1e3:
        return f"{num(value / 1e3)}k {cur}"
    return f"{num(value)} {cur}"
