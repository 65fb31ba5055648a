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


SNAPSHOT = Path(__file__).with_name("packs.json")  # in a wheel: the built-in packs, parsed (hatch_build.py)


def pack_snapshot(paths: list[Path]) -> str:
    """The built-in packs, parsed, as one JSON text: each file's size, CRC-32 and data (as JSON
    text). Written into the wheel at build time (``hatch_build.py``): reading TOML is the
    slowest part of loading the packs, and a run reads every built-in pack. A pack whose data
    JSON cannot hold exactly (a TOML date) is left out and read as TOML."""
    import json
    import tomllib
    import zlib

    packs = {}
    for path in paths:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if json.loads(text) == data:
            packs[path.name] = {"size": len(raw), "crc": zlib.crc32(raw), "json": text}
    return json.dumps({"format": 1, "packs": packs}, ensure_ascii=False)


_SNAPSHOT: list[dict[str, Any]] = []


def builtin_pack_data(path: Path, text: str) -> dict[str, Any]:
    """A built-in pack's data: from the wheel's snapshot when it holds this very text (same
    size and CRC-32), else parsed (a source checkout, a pack edited in place)."""
    if not _SNAPSHOT:
        import json

        try:
            _SNAPSHOT.append(json.loads(SNAPSHOT.read_text(encoding="utf-8"))["packs"])
        except (OSError, ValueError, KeyError, TypeError):
            _SNAPSHOT.append({})
    entry = _SNAPSHOT[0].get(path.name)
    if isinstance(entry, dict):
        import json
        import zlib

        raw = text.encode("utf-8")
        if entry.get("size") == len(raw) and entry.get("crc") == zlib.crc32(raw):
            return json.loads(entry["json"])
    return parse_toml(text)


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
