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


# Where docs/rules.md is published: rule links in SARIF, JSON, rdjson and the editor point to
# ``<docs url>#<code>``. Set ``docs-url`` in config, or PLANLINT_DOCS_URL in the environment
# (the language server reads it too), to the copy your team publishes.
DOCS_URL = "https://example.com/your-org/planlint/blob/main/docs/rules.md"


def docs_url(configured: str | None = None) -> str:
    """The documentation base: config's ``docs-url``, else PLANLINT_DOCS_URL, else DOCS_URL."""
    import os

    return (configured or os.environ.get("PLANLINT_DOCS_URL") or DOCS_URL).rstrip("#")


def rule_url(code: str, base: str | None = None) -> str:
    """A rule's section in the published docs/rules.md (its heading is the code)."""
    return f"{docs_url(base)}#{code.lower()}"
