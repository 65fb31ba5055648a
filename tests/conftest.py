"""Shared helpers: lint a snippet, find the shared examples."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

from planlint.api.finding import Finding
from planlint.driver.config import Config
from planlint.driver.linter import Linter

# the findings cache of the tests' runs (in process and in the subprocesses they start) goes to a
# folder of their own, never the user's ~/.cache/planlint
os.environ["PLANLINT_CACHE_DIR"] = _CACHE = tempfile.mkdtemp(prefix="planlint-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "examples"
PLANS = Path(__file__).resolve().parent / "plans"


def lint(text: str, lang: str | None = None, **config) -> list[Finding]:
    """Lint a plan given as an indented snippet (dedented first)."""
    cfg = Config.model_validate(config) if config else Config()
    return Linter(cfg, lang=lang).lint(textwrap.dedent(text).lstrip("\n"), "plan.plan")


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def serious(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in ("error", "warning")]


@pytest.fixture(scope="session")
def examples() -> dict[str, Path]:
    found = {p.name: p for p in sorted(SHARED.glob("*.plan"))}
    if not found:
        pytest.skip("shared/examples is not beside the checkout")
    return found


GOOD = (PLANS / "good.zh.plan").read_text(encoding="utf-8")


def variant(*pairs: tuple[str, str], base: str = GOOD) -> str:
    """The good plan with each (old, new) replaced once; old must be there."""
    text = base
    for old, new in pairs:
        assert old in text, f"{old!r} is not in the base plan"
        text = text.replace(old, new, 1)
    return text


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line that contains needle."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found")


# A fully quantified English goal; tests add the one field they are about.
EN_GOAL = """\
goal G "Sign-ups"
  level: company
  metric: sign-ups (count)
  baseline: 100
  target: 150
  deadline: 2025-12-31
  owner: Li Na
  review: weekly
"""
