"""The method's own cases (tests/method/, see its README): each check and worked example of the
sources as a bad plan that must be caught with the right fix and a good plan that stays quiet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planlint.driver.linter import Linter

HERE = Path(__file__).parent / "method"
PLANS = sorted(HERE.glob("*.plan"))
EXPECT = re.compile(r'expect:\s*([A-Z]{2}\d{3})(?:\s+fix~"([^"]*)")?')
NOT = re.compile(r'not:\s*"([^"]*)"')


def expectations(text: str) -> tuple[list[tuple[int, str, str | None]], list[tuple[int, str]]]:
    wanted, unwanted = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        comment = line[line.index("#"):] if "#" in line else ""
        wanted += [(number, code, fix) for code, fix in EXPECT.findall(comment)]
        unwanted += [(number, text) for text in NOT.findall(comment)]
    return wanted, unwanted


def test_there_are_cases_of_both_kinds():
    names = [p.name for p in PLANS]
    assert sum(n.endswith(".good.plan") for n in names) >= 15
    assert sum(n.endswith(".bad.plan") for n in names) >= 15


@pytest.mark.parametrize("path", PLANS, ids=[p.name for p in PLANS])
def test_case(path: Path):
    text = path.read_text(encoding="utf-8")
    findings = Linter().lint(text, path.name)
    wanted, unwanted = expectations(text)
    if path.name.endswith(".good.plan"):
        assert wanted == []
        serious = [(f.line, f.code, f.message) for f in findings if f.severity in ("error", "warning")]
        assert serious == [], serious
    else:
        assert wanted, f"{path.name} lists no expect:"
        codes = {code for _, code, _ in wanted}
        got = sorted((f.line, f.code) for f in findings if f.severity in ("error", "warning") or f.code in codes)
        assert got == sorted((line, code) for line, code, _ in wanted), [(f.line, f.code, f.message) for f in findings]
        for line, code, fix in wanted:
            if fix:
                fixes = [f.fix or "" for f in findings if (f.line, f.code) == (line, code)]
                assert any(fix in x for x in fixes), (code, line, fixes)
    for line, text_ in unwanted:
        assert not any(text_ in (f.fix or "") or text_ in f.message for f in findings if f.line == line), (line, text_)
