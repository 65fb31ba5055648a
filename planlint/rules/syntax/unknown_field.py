"""PL002: a field name looks like a misspelling of a known one."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class UnknownField(SyntaxRule):
    """A field name looks like a misspelling of a known one.

    What it checks: field names against the language's English and Chinese names; a name
    close to a known one (`baselin`, `负责任`) is a warning with "did you mean".
    Why: a misspelt field is silently not checked.
    Fix: the closest known name ("did you mean"), a safe fix.
    """

    code = "PL002"
    name = "unknown-field"
    severity = "warning"
    messages = {
        "did-you-mean": ("未知字段「{name}」, 是不是「{guess}」?", "unknown field '{name}'; did you mean '{guess}'?"),
        "change": ("改为 {guess}", "change it to {guess}"),
    }
