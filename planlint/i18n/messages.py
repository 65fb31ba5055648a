"""Messages as data: an id, a template in each language, and typed arguments.

A rule says *what* it found (``Message``); the words are chosen only when an output shows
the finding (``render``), in the language and script the output asks for. A template is
written in Simplified Chinese and English; Traditional Chinese is converted from the
Simplified template (``to_hant``) unless the template gives its own (``hant``), for the
places where the wording really differs.

Arguments are typed so that each renders the way a planner writes it in the chosen
language: ``Money`` (100万元 / 1M CNY), ``Num`` (1,200), ``Label`` (LEADS「线索量翻倍」 /
LEADS (Double the leads)), ``Term`` (a word of planlint's own, in both languages),
``Field`` (a field's name: 负责人 / owner), ``Join`` (a list), another ``Message``, or
a plain ``str``: the writer's own text (a title, a name, an id), shown as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from planlint.i18n.numbers import money, num
from planlint.language.keywords import BUILTIN
from planlint.language.script import fold, hant_words, is_hant, is_zh, to_hant
from planlint.records import record


@record(frozen=True, slots=True)
class Template:
    """A message's words: Simplified Chinese, English, and Traditional where it differs."""

    zh: str
    en: str
    hant: str | None = None

    def pattern(self, locale: str) -> str:
        if not is_zh(locale):
            return self.en
        if is_hant(locale):
            if self.hant is not None and locale == "zh-Hant":
                return hant_words(self.hant, locale)
            return to_hant(self.zh, locale, prose=True)
        return self.zh


@record(frozen=True, slots=True)
class Message:
    """What was found, as data: ``id`` (``RS001.over``), its template, typed arguments."""

    id: str
    template: Template
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, locale: str) -> str:
        return render(self, locale)

    def to_json(self) -> dict:
        t = self.template
        out: dict[str, Any] = {"id": self.id, "zh": t.zh, "en": t.en}
        if t.hant is not None:
            out["hant"] = t.hant
        if self.args:
            out["args"] = {k: _arg_json(v) for k, v in self.args.items()}
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        t = Template(str(data["zh"]), str(data["en"]), data.get("hant"))
        args = {str(k): _arg_from_json(v) for k, v in (data.get("args") or {}).items()}
        return cls(str(data["id"]), t, args)


def inline(zh: str, en: str, id: str = "inline") -> Message:
    """A message already worded in both languages (no arguments to fill in)."""
    return Message(id, Template(zh, en))


# ------------------------------------------------------------------ arguments
@record(frozen=True, slots=True)
class Term:
    """A word of planlint's own (not the writer's), in both languages."""

    zh: str
    en: str

    def render(self, locale: str) -> str:
        if not is_zh(locale):
            return self.en
        return to_hant(self.zh, locale, prose=True) if is_hant(locale) else self.zh


@record(frozen=True, slots=True)
class Num:
    """A number, shown in the reader's language."""

    value: float
    digits: int = 2

    def render(self, locale: str) -> str:
        return num(self.value, self.digits)


@record(frozen=True, slots=True)
class Money:
    """An amount of money in a currency, shown in the reader's language."""

    value: float
    currency: str | None = None

    def render(self, locale: str) -> str:
        text = money(self.value, self.currency, "zh" if is_zh(locale) else "en")
        return to_hant(text, locale) if is_hant(locale) else text


@record(frozen=True, slots=True)
class Amount:
    """A goal's number written the way its plan writes it: 650万元, 45%, 1,200 (``value`` in
    base units; ``scale`` and ``unit_text`` from the metric, e.g. ``(万元)``)."""

    value: float
    unit: str | None = None
    scale: float = 1.0
    unit_text: str | None = None

    def render(self, locale: str) -> str:
        if BUILTIN.is_money(self.unit) and "/" not in (self.unit or "") and self.scale == 1.0:
            return Money(self.value, self.unit).render(locale)
        shown = num(self.value / self.scale)
        suffix = self.unit_text or self.unit or ""
        if suffix in ("%", "pp"):
            return f"{shown}{suffix}"
        if fold(suffix) in ("count", "条", "人", "个"):  # 條 too
            return shown
        if suffix and not suffix.isascii():
            return f"{shown}{suffix}"
        return f"{shown} {suffix}" if suffix else shown


@record(frozen=True, slots=True)
class Label:
    """A block named for the reader: its id and title."""

    id: str | None
    title: str | None = None
    kind: str = ""

    def render(self, locale: str) -> str:
        block_id, title = self.id, self.title
        if block_id and len(block_id) > SHOWN_MAX:
            block_id = clipped(block_id)
        if title and len(title) > SHOWN_MAX:
            title = clipped(title)
        if block_id and title:
            return f"{block_id}「{title}」" if is_zh(locale) else f"{block_id} ({title})"
        if block_id:
            return block_id
        if title:
            return f"「{title}」" if is_zh(locale) else f'"{title}"'
        return Term(*_KINDS.get(self.kind, ("块", "block"))).render(locale)


_KINDS = {"plan": ("计划", "plan"), "team": ("团队", "team"), "goal": ("目标", "goal"),
          "initiative": ("举措", "initiative")}


@record(frozen=True, slots=True)
class Field:
    """A field's name in the reader's language: ``owner`` -> 负责人 / owner / 負責人."""

    name: str

    def render(self, locale: str) -> str:
        from planlint.language.keywords import primary_names

        try:
            en, zh = primary_names(self.name)
        except KeyError:
            return self.name
        return Term(zh, en).render(locale)


@record(frozen=True, slots=True)
class Date:
    """A date, shown in the reader's language."""

    value: dt.date

    def render(self, locale: str) -> str:
        return self.value.isoformat()


@record(frozen=True, slots=True)
class Join:
    """A list: ``A, B, C`` (or ``A、B、C``)."""

    items: tuple
    sep: str = ", "
    sep_zh: str | None = None

    def render(self, locale: str) -> str:
        sep = self.sep_zh if self.sep_zh is not None and is_zh(locale) else self.sep
        return sep.join(render_arg(i, locale) for i in self.items)


SHOWN_MAX = 200  # the most characters of the writer's own text a message quotes


def clipped(text: str) -> str:
    """The writer's own text as a message quotes it: whole, or its start and an ellipsis when
    it is longer than any title or name (a 10 MB line is not repeated in every finding)."""
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + "…"


def render_arg(value: Any, locale: str) -> str:
    if isinstance(value, str):
        return value if len(value) <= SHOWN_MAX else clipped(value)
    if isinstance(value, Message):
        return render(value, locale)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return num(value)
    if value is None:
        return ""
    return value.render(locale)


def render(message: Message, locale: str) -> str:
    """The message in ``locale`` (en, zh-Hans, zh-Hant, zh-Hant-HK)."""
    pattern = message.template.pattern(locale)
    if not message.args:
        return pattern
    return pattern.format_map({k: render_arg(v, locale) for k, v in message.args.items()})


def message_key(message: Message) -> tuple:
    """What a message says, as a hashable value: two messages with equal keys render the
    same in every language (its id, words and arguments, each argument with its type). The
    editor reuses a diagnostic's text when a rule run again finds the same thing. Raises
    ``TypeError`` for an argument that cannot be hashed (a plugin's list, say)."""
    args = message.args
    if not args:
        return (message.id, message.template)
    return (message.id, message.template,
            tuple([(k, v if type(v) is str else _value_key(v)) for k, v in args.items()]))


def _value_key(value: Any) -> Any:
    if type(value) is str:
        return value
    if isinstance(value, Message):
        return message_key(value)
    if isinstance(value, Join):
        return (Join, tuple([_value_key(i) for i in value.items]), value.sep, value.sep_zh)
    hash(value)
    return (type(value), value)


# ------------------------------------------------------------ serialisation
_ARG_TYPES: dict[str, type] = {"term": Term, "num": Num, "money": Money, "label": Label, "field": Field,
                               "amount": Amount}


def _arg_json(value: Any) -> Any:
    if isinstance(value, str | int | float) or value is None:
        return value
    if isinstance(value, Message):
        return {"t": "msg", "v": value.to_json()}
    if isinstance(value, Date):
        return {"t": "date", "v": value.value.isoformat()}
    if isinstance(value, Join):
        return {"t": "join", "v": [_arg_json(i) for i in value.items], "sep": value.sep, "sep_zh": value.sep_zh}
    for name, cls in _ARG_TYPES.items():
        if type(value) is cls:
            return {"t": name, "v": {s: getattr(value, s) for s in cls.__slots__}}
    return str(value)


def _arg_from_json(data: Any) -> Any:
    if not isinstance(data, dict):
        return data
    kind = data.get("t")
    if kind == "msg":
        return Message.from_json(data["v"])
    if kind == "date":
        return Date(dt.date.fromisoformat(data["v"]))
    if kind == "join":
        return Join(tuple(_arg_from_json(i) for i in data["v"]), data.get("sep", ", "), data.get("sep_zh"))
    cls = _ARG_TYPES.get(kind or "")
    if cls is None:
        raise ValueError(f"unknown message argument {kind!r}")
    return cls(**data["v"])
