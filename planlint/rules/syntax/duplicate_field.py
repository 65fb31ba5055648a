"""PL006: a field is given twice in one block."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class DuplicateField(SyntaxRule):
    """A field is given twice in one block; the last one counts.

    What it checks: each field once per block.
    Why: two owners or two targets: which one did the writer mean?
    Fix: remove one.
    """

    code = "PL006"
    name = "duplicate-field"
    severity = "warning"
    messages = {
        "twice": ("字段「{name}」重复, 以最后一个为准", "'{name}' is given twice; the last one counts"),
        "remove-one": ("删除其中一行", "remove one of them"),
    }
