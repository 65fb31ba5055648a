"""Blocks parsed before, for the editor: an edit re-parses the block it touched, not the file."""

from __future__ import annotations

from dataclasses import fields

from planlint.model import Entry, FieldRef, Located, Node, Span
from planlint.parser.build import BlockResult
from planlint.parser.layout import Chunk


class BlockCache:
    """Maps a block's text to its parse; a block that moved has its places shifted, not re-parsed."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[int, BlockResult]] = {}
        self._used: dict[tuple[str, str], tuple[int, BlockResult]] = {}
        self._lang = "zh"
        self.hits = self.misses = 0

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


def _shift(value: object, delta: int, seen: set[int]) -> object:
    """``value`` moved ``delta`` lines down: spans are replaced (they are shared and never
    changed), the places the model keeps as numbers are moved."""
    if isinstance(value, Span):
        return value.shifted(delta)
    if id(value) in seen:
        return value
    if isinstance(value, Located | FieldRef):
        seen.add(id(value))
        value.shift(delta)
        for name in getattr(value, "_fields", ()):
            _shift(getattr(value, name), delta, seen)
    elif isinstance(value, Node | Entry):
        seen.add(id(value))
        for f in fields(value):
            item = getattr(value, f.name)
            moved = _shift(item, delta, seen)
            if moved is not item:
                setattr(value, f.name, moved)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = _shift(item, delta, seen)
    elif isinstance(value, dict):
        for k, item in value.items():
            value[k] = _shift(item, delta, seen)
    return value


def _shift_result(result: BlockResult, delta: int) -> None:
    seen: set[int] = set()
    if result.node is not None:
        _shift(result.node, delta, seen)
    for p in result.problems:
        p.span = p.span.shifted(delta)
        for e in p.edits:
            e.span = e.span.shifted(delta)
