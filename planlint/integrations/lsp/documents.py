"""Open documents as the server keeps them: a list of lines, edited in place.

pygls keeps a document as one string and splits it again for every edit and every
position it converts (on a 10,000-goal plan, tens of milliseconds a keystroke). Here a
change replaces only the lines it touches, the text the parser reads is joined once per
version, and a position is converted only when its line holds a character the client
counts differently (UTF-16 counts a character above U+FFFF as two; UTF-8 counts bytes).

Lines break where the parser breaks them (``\\r\\n``, ``\\r``, ``\\n``, as LSP does too), so a
model position (1-based line and column, in characters) is a document position.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, unquote, urlparse

from lsprotocol import types as lsp

_BREAK = re.compile(r"\r\n|\r|\n")
_WIDE = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units


def split(text: str) -> list[str]:
    return _BREAK.split(text)


class Document:
    """One open document: its lines, version, and the position encoding of its client."""

    def __init__(self, uri: str, text: str, version: int | None = None, encoding: str = "utf-16") -> None:
        self.uri = uri
        self.version = version
        self.encoding = encoding
        self.path = uri_to_path(uri)
        self.lines = split(text)
        self._text: str | None = text if "\r" not in text else None

    @property
    def text(self) -> str:
        """The text as the parser reads it (lines joined with ``\\n``), built once per version."""
        if self._text is None:
            self._text = "\n".join(self.lines)
        return self._text

    def line(self, index: int) -> str:
        """Line ``index`` (0-based), or "" past the end."""
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def apply(self, change: lsp.TextDocumentContentChangeEvent) -> None:
        """Apply one ``didChange`` content change (a range and its new text, or the whole text)."""
        if isinstance(change, lsp.TextDocumentContentChangePartial):
            start = self.from_client(change.range.start)
            end = self.from_client(change.range.end)
            if (end.line, end.character) < (start.line, start.character):
                start, end = end, start
            if start.line >= len(self.lines):
                start = end = lsp.Position(line=len(self.lines) - 1, character=len(self.lines[-1]))
            last = min(end.line, len(self.lines) - 1)
            head = self.lines[start.line][: start.character]
            tail = self.lines[last][end.character:] if end.line < len(self.lines) else ""
            self.lines[start.line: last + 1] = split(head + change.text + tail)
        else:
            self.lines = split(change.text)
        self._text = None

    # ------------------------------------------------------------- positions
    def to_client(self, line: int, column: int) -> lsp.Position:
        """A model position (1-based line and column, in characters) as an LSP position."""
        index = max(0, line - 1)
        character = max(0, column - 1)
        if index >= len(self.lines):  # past the end (an insertion after the last line)
            index, character = len(self.lines) - 1, len(self.lines[-1])
        text = self.line(index)
        if index == 0 and text.startswith("\ufeff"):
            character += 1  # the parser reads the text without its byte-order mark
        return lsp.Position(line=index, character=units(text, character, self.encoding))

    def client_point(self, line: int, column: int) -> tuple[int, int]:
        """``to_client`` as a 0-based line and character (in the client's units), for the
        thousands of positions of a plan's diagnostics."""
        index = line - 1 if line > 0 else 0
        character = column - 1 if column > 0 else 0
        if index >= len(self.lines):
            index, character = len(self.lines) - 1, len(self.lines[-1])
        text = self.lines[index]
        if index == 0 and text.startswith("\ufeff"):
            character += 1
        if not text.isascii():
            character = units(text, character, self.encoding)
        elif character > len(text):
            character = len(text)
        return index, character

    def range_of(self, span) -> lsp.Range:
        return lsp.Range(start=self.to_client(span.line, span.column),
                         end=self.to_client(span.end_line, span.end_column))

    def from_client(self, pos: lsp.Position) -> lsp.Position:
        """An LSP position as a 0-based line and a character index into that line."""
        line = max(0, pos.line)
        text = self.line(line)
        return lsp.Position(line=line, character=characters(text, max(0, pos.character), self.encoding))

    def model_position(self, pos: lsp.Position) -> tuple[int, int]:
        """An LSP position as a model position (1-based line and column)."""
        p = self.from_client(pos)
        column = p.character + 1
        if p.line == 0 and self.line(0).startswith("\ufeff"):
            column -= 1
        return p.line + 1, max(1, column)


def units(line: str, character: int, encoding: str) -> int:
    """How many code units of ``encoding`` the first ``character`` characters of ``line`` take."""
    character = min(character, len(line))
    if encoding == "utf-32" or line.isascii():
        return character
    head = line[:character]
    if encoding == "utf-8":
        return len(head.encode("utf-8", "surrogatepass"))
    return character + len(_WIDE.findall(head)) if _WIDE.search(head) else character


def characters(line: str, count: int, encoding: str) -> int:
    """The character index where ``count`` code units of ``encoding`` end in ``line``."""
    if encoding == "utf-32" or line.isascii():
        return min(count, len(line))
    if encoding == "utf-16" and not _WIDE.search(line):
        return min(count, len(line))
    seen = 0
    for i, ch in enumerate(line):
        width = len(ch.encode("utf-8", "surrogatepass")) if encoding == "utf-8" else (2 if ord(ch) > 0xFFFF else 1)
        if seen + width > count:
            return i
        seen += width
    return len(line)


def uri_to_path(uri: str) -> Path | None:
    """The file a ``file:`` URI names; None for any other scheme (``untitled:``)."""
    try:
        parsed = urlparse(uri)
    except ValueError:
        return None
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if re.match(r"^/[A-Za-z]:", path):  # file:///C:/... on Windows
        path = path[1:]
    return Path(path)


def path_to_uri(path: Path | str) -> str:
    p = Path(path)
    try:
        return p.resolve().as_uri()
    except (ValueError, OSError):
        return "file://" + quote(str(p))
