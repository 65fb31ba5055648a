"""The shared examples: clean ones stay clean, every `expect:` of the annotated one is found."""

from __future__ import annotations

import re

import pytest
from conftest import serious

from planlint.driver.linter import Linter
from planlint.parser import parse

CLEAN = ["saas-demand-gen-2025.en.plan", "smart-home-2024.zh.plan", "wechat-followers.mixed.plan"]
ANNOTATED = "brand-2024-with-problems.zh.plan"


def test_every_example_parses_without_syntax_problems(examples):
    for name, path in examples.items():
        plan, problems = parse(path.read_text(encoding="utf-8"), name)
        assert problems == [], name
        assert plan.goals and plan.meta is not None


@pytest.mark.parametrize("name", CLEAN)
def test_clean_examples_give_no_warning_or_error(examples, name):
    path = examples[name]
    assert serious(Linter().lint(path.read_text(encoding="utf-8"), name)) == []


def _blocks(plan):
    nodes = [n for n in [plan.meta, *plan.teams, *plan.goals, *plan.initiatives] if n is not None]
    return sorted(nodes, key=lambda n: n.span.line)


def _block_at(blocks, line):
    """The block a line belongs to: the last one starting at or before it."""
    found = None
    for node in blocks:
        if node.span.line <= line:
            found = node
    return found


def test_annotated_example_every_expect_found_on_its_block(examples):
    text = examples[ANNOTATED].read_text(encoding="utf-8")
    plan, _ = parse(text, ANNOTATED)
    blocks = _blocks(plan)
    findings = serious(Linter().lint(text, ANNOTATED))
    got = {(_block_at(blocks, f.line).label, f.category) for f in findings}
    expected = set()
    for number, line in enumerate(text.splitlines(), start=1):
        for category in re.findall(r"expect:\s*(\w+)", line):
            if number > 5:  # the header comment explains the format
                expected.add((_block_at(blocks, number).label, category))
    assert len(expected) >= 15
    missing = expected - got
    assert not missing, f"not found: {sorted(missing)}"
    extra = got - expected
    assert not extra, f"found but not expected: {sorted(extra)}"


def test_annotated_example_key_numbers(examples):
    text = examples[ANNOTATED].read_text(encoding="utf-8")
    by_code = {f.code: f for f in Linter().lint(text, ANNOTATED)}
    assert by_code["AL001"].line == 31
    assert "LOCK 2 + SPEAKER 2 = 4个百分点" in by_code["AL001"].message
    assert by_code["RS001"].line == 114
    assert "125万元" in by_code["RS001"].message and "100万元" in by_code["RS001"].message
    assert by_code["AL003"].line == 126 and "G9" in by_code["AL003"].message
    assert by_code["OW002"].line == 100
