"""Syntax: what the parser finds when a line does not read as the plan language.

Each code is a rule here, one module each, with its messages and cases beside it. The parser
finds these problems while it reads (it yields a rule's ``hit``: span, message arguments and
edits); ``check`` has nothing to add. Every message says where the problem is and what to type
instead, in the writer's language; the rest of the file is still read and checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.model import Plan, Span


class SyntaxRule(Rule):
    """Base of the syntax rules: the parser yields their hits."""

    category = "syntax"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        return iter(())

    @classmethod
    def hit(cls, span: Span, message: str, fix: str, edits: Iterable[Edit] = (),
            applicability: str | None = None, **args: Any) -> Hit:
        """A hit of this rule: message ``message`` and fix ``fix`` (ids in ``messages``), both
        with ``args``."""
        return Hit(span, cls.msg(message, **args), cls.msg(fix, **args), list(edits),
                   applicability=applicability, rule=cls)
