"""Every rule's cases (``planlint/rules/**/<name>.cases.toml``): each fail case gives exactly
the findings it lists (line, column, message id, and the text where given), its edits give
the fixed text, and each pass case gives none of the rule's findings. Every rule has at
least one case of each kind: that is checked here, not by reading the tests."""

from __future__ import annotations

import pytest

from planlint.api.cases import load_cases
from planlint.api.finding import apply_edits
from planlint.driver.config import Config
from planlint.driver.linter import Linter
from planlint.language.script import LOCALES
from planlint.rules import RULES

ALL = [(rule, i, case) for rule in RULES for i, case in enumerate(load_cases(rule))]


def test_every_rule_has_a_case_that_fires_and_one_that_stays_quiet():
    missing = []
    for rule in RULES:
        cases = load_cases(rule)
        kinds = {c.kind for c in cases}
        if kinds != {"fail", "pass"}:
            missing.append(rule.code)
    assert missing == []


def _findings(rule, case):
    linter = Linter(Config.model_validate(case.config) if case.config else Config())
    return linter.lint(case.plan, "case.plan")


@pytest.mark.parametrize(("rule", "i", "case"), ALL, ids=[f"{r.code}-{c.kind}-{i}" for r, i, c in ALL])
def test_case(rule, i, case):
    found = _findings(rule, case)
    mine = [f for f in found if f.code == rule.code]
    syntax = [f for f in found if f.category == "syntax" and f.severity != "info" and f.code != rule.code]
    assert syntax == [], f"the case's plan has syntax problems: {[(f.code, f.line, f.message) for f in syntax]}"
    if case.kind == "pass":
        assert mine == [], [(f.line, f.column, f.message) for f in mine]
        return
    got = [(f.line, f.column, f.msg.id.removeprefix(rule.code + ".")) for f in mine]
    assert got == [(e.line, e.column, e.message) for e in case.expect]
    for f, e in zip(mine, case.expect, strict=True):
        message, fix = f.text(case.lang)
        if e.text is not None:
            assert message == e.text
        if e.fix is not None:
            assert fix == e.fix
        if e.severity is not None:
            assert f.severity == e.severity
        if e.applicability is not None:
            assert f.applicability == e.applicability
        if e.end_line is not None:
            assert (f.end_line, f.end_column) == (e.end_line, e.end_column)
        for locale in LOCALES:  # every message renders in every language and script
            assert all(f.text(locale))
    if case.fixed is not None:
        edits = [e for f in mine for e in f.edits]
        fixed = apply_edits(case.plan, edits)
        assert fixed == case.fixed
        again = Linter(Config.model_validate(case.config) if case.config else Config()).lint(fixed, "case.plan")
        assert [f for f in again if f.category == "syntax" and f.severity == "error"] == []
