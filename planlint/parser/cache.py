"""Blocks parsed before, for the editor: an edit re-parses the block it touched, not the file."""

from __future__ import annotations

import re
from dataclasses import fields

from planlint.language.keywords import Language
from planlint.language.script import SAMPLE, detect
from planlint.model import Entry, FieldRef, Located, Node, Observation, Span, Target
from planlint.parser.build import BlockResult
from planlint.parser.layout import Chunk, Layout, layout, relayout


class BlockCache:
    """Maps a block's text to its parse; a block that moved has its places shifted, not re-parsed.

    The editor's layout hands the blocks an edit did not reach back as the same ``Chunk``
    objects (``layout.relayout``): those are found by identity, without joining their lines."""

    def __init__(self) -> None:
        # by text, and by chunk object: (the chunk, the line its result's places are at, the result,
        # its text key), one tuple in both
        self._entries: dict[tuple[str, str], tuple[Chunk, int, BlockResult, tuple[str, str]]] = {}
        self._used: dict[tuple[str, str], tuple[Chunk, int, BlockResult, tuple[str, str]]] = {}
        self._chunks: dict[int, tuple[Chunk, int, BlockResult, tuple[str, str]]] = {}
        self._chunks_now: dict[int, tuple[Chunk, int, BlockResult, tuple[str, str]]] = {}
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
        self._chunks_now = {}
        self.hits = self.misses = 0

    def get(self, chunk: Chunk) -> BlockResult | None:
        entry = self._chunks.get(id(chunk))
        if entry is not None and entry[0] is chunk:  # (the edit did not reach it: the same chunk object)
            key = entry[3]
            if key[1] == self._lang and key not in self._used:
                if entry[1] != chunk.first_line:
                    entry = self._moved(chunk, entry)
                self._used[key] = self._chunks_now[id(chunk)] = entry
                self.hits += 1
                return entry[2]
        key = (chunk.text, self._lang)
        if key in self._used:  # the same text twice in one file: parse the second on its own
            return None
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        entry = self._moved(chunk, found) if found[1] != chunk.first_line else (chunk, found[1], found[2], key)
        self._used[key] = self._chunks_now[id(chunk)] = entry
        self.hits += 1
        return entry[2]

    @staticmethod
    def _moved(chunk: Chunk, entry: tuple[Chunk, int, BlockResult, tuple[str, str]]) -> tuple:
        """The entry of a block parsed at another line, its places moved to the chunk's."""
        _shift_result(entry[2], chunk.first_line - entry[1])
        return (chunk, chunk.first_line, entry[2], entry[3])

    def put(self, chunk: Chunk, result: BlockResult) -> None:
        key = (chunk.text, self._lang)
        if key not in self._used:
            self._used[key] = self._chunks_now[id(chunk)] = (chunk, chunk.first_line, result, key)

    def finish(self) -> None:
        """Keep only the blocks of the latest text."""
        self._entries = self._used
        self._chunks = self._chunks_now


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


class _Moves:
    """What moving a parsed block touches, found once (a block moved by every line break above
    it is moved again and again): the values that keep their place as numbers (moved in place),
    and the attributes and list items that hold a span (spans are shared, so replaced)."""

    __slots__ = ("located", "refs", "spans", "items")

    def __init__(self, result: BlockResult) -> None:
        self.located: list = []
        self.refs: list[FieldRef] = []  # each field's own place
        self.spans: list[tuple[object, str]] = []
        self.items: list[tuple[list, int]] = []
        seen: set[int] = set()
        node = result.node
        if node is not None:
            seen.add(id(node))
            for name in _NODE_SPANS:
                if getattr(node, name) is not None:
                    self.spans.append((node, name))
            self.refs.extend(node.fields.values())
            for name in _value_attrs(type(node)):
                item = getattr(node, name)
                if item is not None and item.__class__ is not tuple:
                    self._item(node, name, item, seen)
        for p in result.problems:
            self.spans.append((p, "span"))
            self.spans.extend((e, "span") for e in p.edits)

    def _located(self, value: Located, seen: set[int]) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        self.located.append(value)
        if type(value) is Target:  # the only value with values inside (unplaced ones, as read)
            for inner in (value.value, value.low, value.high):
                if inner is not None:
                    self._located(inner, seen)

    def _item(self, holder: object, name: object, value: object, seen: set[int]) -> None:
        """``holder.name`` (or ``holder[name]`` for a list) holds ``value``."""
        if isinstance(value, Located):
            self._located(value, seen)
        elif isinstance(value, Span):
            if isinstance(holder, list):
                self.items.append((holder, name))  # type: ignore[arg-type]
            else:
                self.spans.append((holder, name))  # type: ignore[arg-type]
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self._item(value, i, item, seen)
        elif isinstance(value, Entry | Observation) and id(value) not in seen:
            seen.add(id(value))
            for f in _value_attrs(type(value)):
                item = getattr(value, f)
                if item is not None:
                    self._item(value, f, item, seen)

    def apply(self, delta: int) -> None:
        Located.shift_all(self.located, delta)
        FieldRef.shift_all(self.refs, delta)
        for holder, name in self.spans:
            setattr(holder, name, getattr(holder, name).shifted(delta))
        for items, i in self.items:
            items[i] = items[i].shifted(delta)


def _shift_result(result: BlockResult, delta: int) -> None:
    moves = result.moves
    if not isinstance(moves, _Moves):
        moves = result.moves = _Moves(result)
    moves.apply(delta)
