"""Where the grammar and the built-in rule packs are: inside the installed package,
or beside it in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """``grammar``, ``packs`` or ``docs``: shipped as ``planlint/<name>`` in the wheel."""
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"planlint is installed without its {name}/ folder")


@lru_cache(maxsize=1)
def grammar_text() -> str:
    return (data_dir("grammar") / "plan.lark").read_text(encoding="utf-8")


def builtin_packs() -> list[Path]:
    return sorted(data_dir("packs").glob("*.toml"))
