"""Finding and reading plan files: clear errors, never a traceback, never a write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from planlint.driver.encoding import Decoded, Undecodable, decode
from planlint.i18n.messages import Message
from planlint.i18n.ui import ui

MAX_BYTES = 50 * 1024 * 1024  # a plan is text written by people; 50 MB is far beyond one
MAX_BLOCKS = 200_000  # ten times the largest plan a team would write; beyond it, split the file


class InputError(Exception):
    """A file that cannot be linted, said in one line (exit code 2).

    Given a ``Message`` (planlint's own words, ``planlint.i18n.ui``) it renders in any
    language (``text(locale)``); ``str()`` is the English line."""

    def __init__(self, message: Message | str) -> None:
        self.msg = message if isinstance(message, Message) else None
        super().__init__(message.render("en") if isinstance(message, Message) else message)

    def text(self, locale: str) -> str:
        return self.msg.render(locale) if self.msg is not None else str(self)


def discover(paths: list[str]) -> Iterator[Path]:
    """Files as given; folders recursed for ``*.plan`` (links to folders are not followed)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = False
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for name in sorted(files):
                    if name.endswith(".plan"):
                        found = True
                        yield Path(root) / name
            if not found:
                raise InputError(ui("no-plans", path=raw))
        elif p.exists():
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


def decode_plan(data: bytes, name: str) -> str:
    """Bytes of a plan as text, or one line saying what to do."""
    return decode_plan_bytes(data, name).text


def decode_plan_bytes(data: bytes, name: str) -> Decoded:
    try:
        decoded = decode(data)
    except Undecodable as exc:
        if exc.kind == "binary":
            raise InputError(ui("binary", path=name)) from None
        if exc.kind == "named":
            raise InputError(ui("not-utf8-named", path=name, line=str(exc.line), encoding=exc.encoding)) from None
        if exc.kind == "damaged":
            raise InputError(ui("damaged", path=name, line=str(exc.line), encoding=exc.encoding)) from None
        raise InputError(ui("not-utf8", path=name, line=str(exc.line))) from None
    text = decoded.text
    blocks = text.count("\n") and sum(1 for line in text.splitlines() if line[:1] not in ("", " ", "\t", "#", "\u3000"))
    if blocks > MAX_BLOCKS:
        raise InputError(ui("too-many-blocks", path=name, blocks=f"{blocks:,}", limit=f"{MAX_BLOCKS:,}"))
    return decoded
