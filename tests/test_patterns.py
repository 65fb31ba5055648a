"""planlint.patterns: the regexes compiled ahead are current, are what ``re`` compiles, and are used."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from planlint import _patterns_compiled as made
from planlint import patterns

SAME_ENGINE = made.ENGINE == patterns.ENGINE
skip_other_engine = pytest.mark.skipif(not SAME_ENGINE, reason=f"compiled for {made.ENGINE}, not this Python's regex engine")


def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300).stdout


@skip_other_engine
def test_the_file_holds_what_planlint_compiles_now():
    seen = json.loads(_fresh("import json; from planlint import patterns; "
                             "print(json.dumps(patterns.collect(patterns.sample_plans())[0]))"))
    assert [[p, f] for p, f, *_ in made.PATTERNS] == seen, "run: python -m planlint.ahead"
    # (the standard library's: whatever its modules compiled when the file was written; each
    # is only used where its text is the same, and checked below as the others are)


@skip_other_engine
def test_each_program_is_what_re_compiles():
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    for pattern, flags, *program in (*made.PATTERNS, *made.STANDARD):
        assert _sre.compile(pattern, *program) == _compiler.compile(pattern, flags), pattern


@skip_other_engine
def test_importing_planlint_compiles_none_of_its_module_level_regexes():
    counted = _fresh(
        "import planlint, re, sys\n"
        "from re import _compiler\n"
        "made = []\n"
        "compile_ = _compiler.compile\n"
        "def noted(p, flags=0):\n"
        "    caller = sys._getframe(1)\n"
        "    while caller.f_globals['__name__'].split('.')[0] == 're':\n"
        "        caller = caller.f_back\n"
        "    if caller.f_globals['__name__'].startswith('planlint'):\n"
        "        made.append(p)\n"
        "    return compile_(p, flags)\n"
        "_compiler.compile = noted\n"
        "import planlint.language.script, planlint.facts.periods, planlint.parser.build\n"
        "print(len(made))\n")
    assert counted.strip() == "0"


def test_a_pattern_not_compiled_ahead_is_compiled_as_always():
    found = re.compile("planlint-test-[0-9]{3}-(?P<n>x)")
    assert found.fullmatch("planlint-test-123-x").group("n") == "x"
    assert patterns.seed() == (len(made.PATTERNS) + len(made.STANDARD) if SAME_ENGINE else 0)  # (seeding again changes nothing)


@skip_other_engine
def test_a_program_the_engine_refuses_ends_the_seeding_without_an_error(monkeypatch):
    broken = ("planlint-test-broken", 0, 32, [1, 2, 3], 0, {}, (None,))
    monkeypatch.setattr(made, "PATTERNS", (made.PATTERNS[0], broken, made.PATTERNS[1]))
    assert patterns.seed() == 1
    assert re.compile("planlint-test-broken").match("planlint-test-broken")
