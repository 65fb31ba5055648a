"""Blocks parsed before, for the editor: an edit re-parses the block it touched, not the file."""

from __future__ import annotations

import re
from dataclasses import fields

from planlint.language.keywords import Language
from planlint.language.script import SAMPLE, detect
from planlint.model import Entry, Located, Node, Observation, Span, Target
from planlint.parser.build import BlockResult
from planlint.parser.layout import Chunk, Layout, layout, relayout


class BlockCache:
    """Maps a block's text to its parse; a block that moved has its places shifted, not re-parsed."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[int, BlockResult]] = {}
        self._used: dict[tuple[str, str], tuple[int, BlockResult]] = {}
        self._lang = "zh"
        self._sample: tuple[str | None, str] = (None, "")
        self._layout: Layout | None = None
        self.hits = self.misses = 0

    def layout(self, text: str, language: Language) -> Layout:
        """The layout of ``text`` with every block (``layout.relayout``: after an edit, only the
        lines around it are read again)."""
        lay = layout(text, language) if self._layout is None else relayout(self._layout, text, language)
        self._layout = lay
        return lay

    def detect(self, text: str) -> str:
        """The plan's language and script (``script.detect``, which reads the first ``SAMPLE``
        characters): read again only when those changed (an edit further down cannot change it)."""
        sample = text[:SAMPLE]
        if sample != self._sample[0]:
            self._sample = (sample, detect(sample))
        return self._sample[1]

    def start(self, lang: str) -> None:
        self._lang = lang
        self._used = {}
        self.hits = self.misses = 0

    def get(self, chunk: Chunk) -> BlockResult | None:
        key = (chunk.text, self._lang)
        if key in self._used:  # the same text twice in one file: parse the second on its own
            return None
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        first_line, result = found
        if first_line != chunk.first_line:
            _shift_result(result, chunk.first_line - first_line)
        self._used[key] = (chunk.first_line, result)
        self.hits += 1
        return result

    def put(self, chunk: Chunk, result: BlockResult) -> None:
        self._used.setdefault((chunk.text, self._lang), (chunk.first_line, result))

    def finish(self) -> None:
        """Keep only the blocks of the latest text."""
        self._entries = self._used


_MODEL_TYPES = re.compile(r"\b(Text|Quantity|DateSpan|Target|Metric|Located|Entry|Observation|Span)\b")
_VALUE_ATTRS: dict[type, tuple[str, ...]] = {}  # a class's attributes that may hold places (by annotation)
_NODE_SPANS = ("span", "header_span", "id_span", "title_span")


def _value_attrs(cls: type) -> tuple[str, ...]:
    names = _VALUE_ATTRS.get(cls)
    if names is None:
        names = _VALUE_ATTRS[cls] = tuple(
            f.name for f in fields(cls)
            if not (issubclass(cls, Node) and f.name in _NODE_SPANS) and _MODEL_TYPES.search(str(f.type)))
    return names


def _shift_located(value: Located, delta: int, seen: set[int]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    value.shift(delta)
    if type(value) is Target:  # the only value with values inside (unplaced ones, as read)
        for inner in (value.value, value.low, value.high):
            if inner is not None:
                _shift_located(inner, delta, seen)


def _shift_item(value: object, delta: int, seen: set[int]) -> object:
    """One attribute's value (or a list's item) moved ``delta`` lines down: spans are replaced
    (they are shared and never changed), the places the model keeps as numbers are moved."""
    if isinstance(value, Located):
        _shift_located(value, delta, seen)
    elif isinstance(value, Span):
        return value.shifted(delta)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = _shift_item(item, delta, seen)
    elif isinstance(value, Entry | Observation):
        if id(value) not in seen:
            seen.add(id(value))
            for f in _value_attrs(type(value)):
                item = getattr(value, f)
                if item is not None:
                    moved = _shift_item(item, delta, seen)
                    if moved is not item:
                        setattr(value, f, moved)
    return value


def _shift_node(node: Node, delta: int, seen: set[int]) -> None:
    seen.add(id(node))
    node.span = node.span.shifted(delta)
    node.header_span = node.header_span.shifted(delta)
    if node.id_span is not None:
        node.id_span = node.id_span.shifted(delta)
    if node.title_span is not None:
        node.title_span = node.title_span.shifted(delta)
    for ref in node.fields.values():  # each field's own
        ref.shift(delta)
    for name in _value_attrs(type(node)):
        item = getattr(node, name)
        if item is None or item.__class__ is tuple:
            continue
        moved = _shift_item(item, delta, seen)
        if moved is not item:
            setattr(node, name, moved)


def _shift_result(result: BlockResult, delta: int) -> None:
    seen: set[int] = set()
    if result.node is not None:
        _shift_node(result.node, delta, seen)
    for p in result.problems:
        p.span = p.span.shifted(delta)
        for e in p.edits:
            e.span = e.span.shifted(delta)
