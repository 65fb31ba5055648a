"""Finding and reading plan files: clear errors, never a traceback, never a write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024  # a plan is text written by people; 50 MB is far beyond one
MAX_BLOCKS = 200_000  # ten times the largest plan a team would write; beyond it, split the file


class InputError(Exception):
    """A file that cannot be linted, said in one line (exit code 2)."""


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
                raise InputError(f"{raw}: no .plan files in this folder")
        elif p.exists():
            yield p
        else:
            raise InputError(f"{raw}: no such file or folder")


def read_plan(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size // (1024 * 1024)} MB is too large for a plan (limit {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: this is a binary file, not a plan")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8 (in most editors: Save with encoding, UTF-8)") from None
    blocks = text.count("\n") and sum(1 for line in text.splitlines() if line[:1] not in ("", " ", "\t", "#", "\u3000"))
    if blocks > MAX_BLOCKS:
        raise InputError(f"{path}: {blocks:,} blocks; planlint reads at most {MAX_BLOCKS:,} in one file: split the plan into several files")
    return text
