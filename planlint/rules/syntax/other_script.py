"""PL014: a keyword or field name in the other Chinese script than the rest of the plan."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class OtherScript(SyntaxRule):
    """A keyword or field name is written in Traditional characters in a Simplified plan, or the
    other way round (`負責人` among Simplified fields).

    What it checks: block keywords and field names against the script most of the plan is
    written in (its titles, values, notes and keywords). Informational: planlint reads both.
    Why: one script per file reads better and searches better; a slip usually comes from a
    pasted line.
    Fix: the word in the plan's script, a safe fix (it names the same keyword).
    """

    code = "PL014"
    name = "other-script-keyword"
    severity = "info"
    messages = {
        "other-script": ("「{word}」是{script}, 计划的其他部分用{other}", "'{word}' is in {script} while the plan is in {other}"),
        "change": ("改为 {fixed}", "write {fixed}"),
    }
