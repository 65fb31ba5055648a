"""PL005: a known field stands on a block it does not belong to."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class MisplacedField(SyntaxRule):
    """A known field stands on a block it does not belong to.

    What it checks: e.g. `supports` on a goal, `members` on an initiative.
    Why: it is not read where it stands.
    Fix: remove it or move it.
    """

    code = "PL005"
    name = "misplaced-field"
    severity = "warning"
    messages = {
        "misplaced": ("「{name}」不用于{kind}块", "'{name}' is not a field of a {kind} block"),
        "move": ("删除它, 或移到对应的块中", "remove it or move it to the block it belongs to"),
    }
