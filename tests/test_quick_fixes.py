"""Applying a finding's edits (what the editor's quick fix does) removes the finding and keeps
the file readable."""

from __future__ import annotations

import pytest
from conftest import GOOD, lint, variant

from planlint.api.finding import Edit


def apply(text: str, edits: list[Edit]) -> str:
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def pos(line: int, column: int) -> int:
        return offsets[line - 1] + column - 1

    for e in sorted(edits, key=lambda e: (e.span.line, e.span.column), reverse=True):
        start, end = pos(e.span.line, e.span.column), pos(e.span.end_line, e.span.end_column)
        text = text[:start] + e.text + text[end:]
        lines = text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
    return text


CASES = [
    ("TR001", (("  复盘: 每月\n", ""),)),
    ("SM003", (("  截止: 2024年Q4\n  负责人: 张伟", "  负责人: 张伟"),)),
    ("OW002", (("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 60万元"),)),
    ("AL003", (("  支撑: SALES", "  支撑: SALE"),)),
    ("AL006", (("2024-10-15 .. 2024-11-15", "2024-11-01 .. 2025-01-31"),)),
    ("AL002", (("    2024-Q4: 250", "    2024-Q4: 200"),)),
    ("AL001", (("  贡献: 5个百分点", "  贡献: 4个百分点"),)),
    ("PL002", (("  复盘: 每月", "  复盘: 每月\n  备住: x"),)),
    ("VG002", (('"门锁季度销售额达到650万元"', '"门锁销售额大幅增长"'),)),
    ("OW004", (("  部门: 营销部\n  复盘: 每月", "  部门: 营销部门\n  复盘: 每月"),)),
]


@pytest.mark.parametrize(("code", "pairs"), CASES, ids=[c for c, _ in CASES])
def test_quick_fix_removes_the_finding(code, pairs):
    text = variant(*pairs)
    [finding] = [f for f in lint(text) if f.code == code]
    assert finding.edits, f"{code} offers no edit"
    fixed = apply(text, finding.edits)
    after = lint(fixed)
    assert [f for f in after if f.code == code] == [], fixed
    assert [f for f in after if f.category == "syntax" and f.severity != "info"] == []


def test_apply_keeps_a_good_plan_unchanged():
    assert apply(GOOD, []) == GOOD
