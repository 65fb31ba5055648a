"""Reading a pack file from someone else's repository: bounded, regular files only, and an
error that never quotes a file that is not a pack.

Where a pack may be (inside the repository, or the user's config folder) is decided by the
config that names it (``planlint.driver.config``); this module reads what it is given.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

MAX_PACK_BYTES = 1 << 20  # a vocabulary is a few kilobytes; a megabyte is no pack

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class PackFileError(Exception):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def read_pack_bytes(path: Path, limit: int = MAX_PACK_BYTES) -> bytes:
    """The bytes of a pack file: a regular file (not a device, pipe or folder: opened without
    blocking, checked on the open descriptor) of at most ``limit`` bytes, of which no more than
    ``limit + 1`` are ever read."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise PackFileError(path, f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise PackFileError(path, "not a regular file (a device, a pipe or a folder): not a pack")
        if st.st_size > limit:
            raise PackFileError(path, f"larger than {_size(limit)}: not a pack")
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise PackFileError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew while being read
        raise PackFileError(path, f"larger than {_size(limit)}: not a pack")
    return data


def read_pack_text(path: Path, limit: int = MAX_PACK_BYTES) -> str:
    try:
        return read_pack_bytes(path, limit).decode("utf-8")
    except UnicodeDecodeError:
        raise PackFileError(path, "not UTF-8 text: not a pack") from None


def foreign(data: dict[str, Any], sections: set[str]) -> str | None:
    """Why ``data`` is not a pack at all (none of its top-level keys is a section), said without
    naming its keys or values (the file may be anyone's); None when it looks like a pack."""
    if data and not any(k in sections for k in data):
        return "not a planlint pack (it has none of the sections: " + ", ".join(sorted(sections)) + ")"
    return None


def _size(n: int) -> str:
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n:,} bytes"


_PARSED: dict[str, dict[str, Any]] = {}  # TOML text -> its data: language.toml is read at import and by the packs


def parse_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, each call a fresh copy (the built-in language pack is read twice
    per run: its words at import, and as one of the packs)."""
    data = _PARSED.get(text)
    if data is None:
        import tomllib

        data = tomllib.loads(text)  # a TOMLDecodeError as tomllib raises it
        if len(_PARSED) >= 8:
            _PARSED.clear()
        _PARSED[text] = data
    return _copy(data)


def _copy(value: Any) -> Any:
    if type(value) is dict:
        return {k: _copy(v) for k, v in value.items()}
    if type(value) is list:
        return [_copy(v) for v in value]
    return value
