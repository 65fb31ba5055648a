"""Finding and reading plan files: clear errors, never a traceback, never a write.

``-`` on the command line is the plan on standard input (``read_stdin``); folders are walked
for ``*.plan`` files, leaving out what an ``exclude`` glob matches (``matches``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from planlint.driver.encoding import Decoded, Undecodable, decode
from planlint.i18n.messages import Message
from planlint.i18n.ui import ui

MAX_BYTES = 50 * 1024 * 1024  # a plan is text written by people; 50 MB is far beyond one
MAX_BLOCKS = 200_000  # ten times the largest plan a team would write; beyond it, split the file
STDIN = "-"


class InputError(Exception):
    """A file that cannot be linted, said in one line (exit code 2).

    Given a ``Message`` (planlint's own words, ``planlint.i18n.ui``) it renders in any
    language (``text(locale)``); ``str()`` is the English line."""

    def __init__(self, message: Message | str, locale: str | None = None) -> None:
        self.msg = message if isinstance(message, Message) else None
        self.locale = locale  # the file's own language when its bytes tell it (Big5: zh-Hant), else None
        super().__init__(message.render("en") if isinstance(message, Message) else message)

    def text(self, locale: str) -> str:
        return self.msg.render(locale) if self.msg is not None else str(self)


# ------------------------------------------------------------------ discovery
Excluded = Callable[[Path, bool], bool]  # (path, named on the command line) -> leave it out


def discover(paths: list[str], excluded: Excluded | None = None) -> Iterator[Path]:
    """Files as given; folders recursed for ``*.plan`` (links to folders are not followed).
    ``excluded(path, named)`` leaves out files and whole folders; ``named`` is true for a path
    given on the command line. ``-`` (standard input) is passed through as ``Path("-")``."""
    for raw in paths:
        if raw == STDIN:
            yield Path(STDIN)
            continue
        p = Path(raw)
        if p.is_dir():
            if excluded is not None and excluded(p, True):
                continue
            found = False
            for root, dirs, files in os.walk(p, followlinks=False):
                keep = []
                for d in sorted(dirs):
                    if d.startswith(".") or d in ("node_modules", "__pycache__"):
                        continue
                    if excluded is not None and excluded(Path(root) / d, False):
                        found = True  # the folder has plans, config leaves them out
                        continue
                    keep.append(d)
                dirs[:] = keep
                for name in sorted(files):
                    if name.endswith(".plan"):
                        found = True
                        path = Path(root) / name
                        if excluded is None or not excluded(path, False):
                            yield path
            if not found:
                raise InputError(ui("no-plans", path=raw))
        elif p.exists():
            if excluded is None or not excluded(p, True):
                yield p
        else:
            raise InputError(ui("no-file", path=raw))


def real_path(path: Path) -> Path:
    """``path`` with symlinks and ``..`` resolved, for comparing two paths; a symlink loop
    (RuntimeError before Python 3.13) or an unreadable folder leaves it absolute as written,
    and reading or writing it then says why in one line."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def matches(path: Path, pattern: str, root: Path) -> bool:
    """Does the glob ``pattern`` (relative to ``root``) match ``path`` or a folder above it?

    Like ``.gitignore`` and ruff's ``exclude``: a pattern without ``/`` matches a file or
    folder name at any depth (``drafts``, ``*.old.plan``); one with ``/`` matches the path
    from ``root`` (``archive/2023/*.plan``, ``**/tmp``). ``*`` stays inside one folder name,
    ``**`` crosses folders, ``?`` is one character, ``[abc]`` a set."""
    pattern = pattern.strip().replace("\\", "/")
    while pattern.startswith("./"):
        pattern = pattern[2:]
    pattern = pattern.rstrip("/")
    if not pattern:
        return False
    absolute = Path(os.path.abspath(path))
    if pattern.startswith("/"):
        parts = absolute.as_posix().split("/")[1:]
        pattern = pattern[1:]
    else:
        try:
            parts = absolute.relative_to(Path(os.path.abspath(root))).as_posix().split("/")
        except ValueError:
            parts = absolute.as_posix().split("/")[1:]
            if "/" in pattern:
                return False
    parts = [p for p in parts if p and p != "."]
    regex = _glob_regex(pattern)
    if "/" not in pattern:
        return any(regex.fullmatch(part) for part in parts)
    return any(regex.fullmatch("/".join(parts[:i])) for i in range(1, len(parts) + 1))


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                out.append(re.escape(c))
                i += 1
                continue
            body = pattern[i + 1:end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out))


# -------------------------------------------------------------------- reading
def read_plan(path: Path) -> str:
    """The text of a plan file: UTF-8, UTF-16 or UTF-32 (``planlint.driver.encoding``); any
    other encoding, a binary file, a file too large is one line saying what to do."""
    return read_plan_decoded(path).text


def read_plan_decoded(path: Path) -> Decoded:
    """``read_plan`` with the encoding it was read in (to write the file back the same way)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(ui("too-large", path=str(path), size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(ui("cannot-read", path=str(path), why=exc.strerror or str(exc))) from None
    return decode_plan_bytes(data, str(path))


def read_stdin(name: str, stream: BinaryIO | None = None) -> str:
    """The plan on standard input (``name`` is what findings and errors call it); at most
    MAX_BYTES are read."""
    import sys

    stream = stream or sys.stdin.buffer
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(ui("cannot-read", path=name, why=exc.strerror or str(exc))) from None
    if len(data) > MAX_BYTES:
        raise InputError(ui("too-large", path=name, size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
    return decode_plan(data, name)


def decode_plan(data: bytes, name: str) -> str:
    """Bytes of a plan as text, or one line saying what to do."""
    return decode_plan_bytes(data, name).text


# the language a file in a legacy Chinese encoding is written in: its refusal is said in it
ENCODING_LOCALE = {"GBK": "zh-Hans", "GB18030": "zh-Hans", "Big5": "zh-Hant", "Big5-HKSCS": "zh-Hant-HK"}


def decode_plan_bytes(data: bytes, name: str) -> Decoded:
    try:
        decoded = decode(data)
    except Undecodable as exc:
        if exc.kind == "binary":
            raise InputError(ui("binary", path=name)) from None
        own = ENCODING_LOCALE.get(exc.encoding or "")  # a Big5 file is written in Traditional Chinese
        if exc.kind == "named":
            raise InputError(ui("not-utf8-named", path=name, line=str(exc.line), encoding=exc.encoding), own) from None
        if exc.kind == "damaged":
            raise InputError(ui("damaged", path=name, line=str(exc.line), encoding=exc.encoding), own) from None
        raise InputError(ui("not-utf8", path=name, line=str(exc.line))) from None
    text = decoded.text
    blocks = text.count("\n") and sum(1 for line in text.splitlines() if line[:1] not in ("", " ", "\t", "#", "\u3000"))
    if blocks > MAX_BLOCKS:
        raise InputError(ui("too-many-blocks", path=name, blocks=f"{blocks:,}", limit=f"{MAX_BLOCKS:,}"))
    return decoded
