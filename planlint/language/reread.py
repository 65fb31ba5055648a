"""Answers about a file's blocks kept from one reading of the file to the next.

The editor reads one file again after every keystroke, and an edit replaces only the blocks it
touched (the others are the same objects). A reading of the whole plan that is the sum of its
blocks' answers (the seasonal calendar, XD001's word pairs) keeps each block's answer here while
the block is the same object. A run of the command reads each file once: from a file's first
reading nothing is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class BlockAnswers:
    """Per-block answers of the file read last (``begin`` ... ``answers`` ... ``end``)."""

    __slots__ = ("_path", "_with", "_last", "_now", "_before")

    def __init__(self) -> None:
        self._path: str | None = None
        self._with: object = None  # what the answers were found with (a vocabulary): others are not kept
        self._last: dict[int, tuple[Any, Any]] | None = None
        self._now: dict[int, tuple[Any, Any]] | None = None
        self._before: dict[int, tuple[Any, Any]] | None = None

    def begin(self, path: str | None, found_with: object = None) -> bool:
        """Start a reading of ``path``; True when it is the file read last (its blocks' answers
        are kept from this reading on)."""
        again = path == self._path
        self._before = self._last if again and found_with is self._with else None
        self._now = {} if again else None
        self._path, self._with = path, found_with
        return again

    def answers(self, nodes: list[Any], answer: Callable[[Any], Any]) -> list[Any]:
        """``answer(node)`` for each of ``nodes``, or the one the last reading found for the same
        block object (one call for a file's blocks: the editor asks for every block after a keystroke)."""
        # (an entry holds its node alive, so no other object has its id while it is kept: the
        # identity check is a guard, not a case that happens)
        before, now = self._before, self._now
        out = []
        for node in nodes:
            entry = before.get(id(node)) if before is not None else None
            if entry is None or entry[0] is not node:
                entry = (node, answer(node))
            if now is not None:
                now[id(node)] = entry
            out.append(entry[1])
        return out

    def end(self) -> None:
        """The reading is over: what it found is kept for the next (only the current blocks)."""
        self._last, self._now, self._before = self._now, None, None
