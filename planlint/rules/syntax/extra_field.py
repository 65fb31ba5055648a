"""PL012: a field planlint does not know and that resembles none it knows."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class ExtraField(SyntaxRule):
    """A field planlint does not know and that resembles none it knows.

    What it checks: field names that are neither known nor close to a known one (`优先级`,
    `channel`). Informational: the field is kept in the file and not checked.
    Why: a team may add its own fields; planlint says it does not read them.
    Fix: the fields planlint reads on this block.
    """

    code = "PL012"
    name = "extra-field"
    severity = "info"
    messages = {
        "extra": ("未知字段「{name}」, 这个字段不会被检查", "unknown field '{name}'; it is not checked"),
        "fields": ("可用的字段: {fields}; 或写进 备注", "fields here: {fields}; or put it in a note"),
    }
