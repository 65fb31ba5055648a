"""PL009: an enumerated field has a value it does not know."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class UnknownChoice(SyntaxRule):
    """An enumerated field has a value it does not know.

    What it checks: `level`, `dimension`, `relevance`, `review` against their choices.
    Why: `复盘: 每两天` is not read as a cadence.
    Fix: the choices, and the closest one.
    """

    code = "PL009"
    name = "unknown-choice"
    severity = "warning"
    messages = {
        "did-you-mean": ("是不是「{guess}」? 「{name}」不认识「{value}」", "did you mean '{guess}'? '{name}' does not know '{value}'"),
        "unknown": ("「{name}」不认识「{value}」", "'{name}' does not know '{value}'"),
        "choices": ("可选: {choices}", "one of: {choices}"),
    }
