"""PL013: a number written with full-width digits or signs."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class FullWidthNumber(SyntaxRule):
    """A number is written with full-width digits or signs (`５０万元`, `１２％`, `＜＝２００`).

    What it checks: the values of numeric fields (amounts, numbers, targets, baselines, dates,
    periods, history, split and assumption entries, the one-line statement). Informational:
    planlint reads them as written.
    Why: spreadsheets, other tools and colleagues' searches read `50` but not `５０`; a plan
    that mixes both is hard to compare.
    Fix: the same number in half-width characters, a safe fix (the value does not change).
    """

    code = "PL013"
    name = "full-width-number"
    severity = "info"
    messages = {
        "full-width": ("「{value}」用了全角数字或符号", "'{value}' is written with full-width digits or signs"),
        "half-width": ("改为 {fixed}", "write {fixed}"),
    }
