"""PL008: a field is not indented like the others in its block."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class BadIndent(SyntaxRule):
    """A field is not indented like the others in its block.

    What it checks: fields are indented under their block; nested entries (under `split:` and
    `assume:`) deeper, and only there.
    Why: indentation says what belongs to what.
    Fix: the indentation to use.
    """

    code = "PL008"
    name = "bad-indent"
    severity = "warning"
    messages = {
        "not-indented": ("字段「{name}」没有缩进", "the field '{name}' is not indented"),
        "indent": ("在字段前加两个空格, 与其他字段对齐", "indent it by two spaces, like the other fields"),
        "misaligned": ("字段「{name}」的缩进与其他字段不一致", "the field '{name}' is indented differently from the others"),
        "align": ("与上面的字段对齐", "align it with the fields above"),
        "nested": ("「{name}」不能包含下级条目", "'{name}' does not take nested entries"),
        "align-nested": ("与其他字段对齐", "align it with the other fields"),
    }
