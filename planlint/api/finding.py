"""A finding: what planlint reports, in every output and in the editor."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from planlint.model import Span

Category = Literal[
    "syntax", "smart", "vague", "baseline", "owner", "resource", "conflict", "alignment", "tracking"
]
Severity = Literal["error", "warning", "info"]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Edit(BaseModel):
    """A text edit that applies a fix: replace ``span`` with ``text``.

    An insertion is an edit whose span is empty (end == start).
    """

    span: Span
    text: str


class Finding(BaseModel):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    category: Category
    severity: Severity
    message: str
    fix: str | None = None
    edits: list[Edit] = []
    rule: str = ""  # the rule's readable name

    @property
    def span(self) -> Span:
        return Span(line=self.line, column=self.column, end_line=self.end_line, end_column=self.end_column)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)

    def public(self) -> dict:
        """The fields every output carries, in a stable order."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "fix": self.fix,
        }


def make_finding(
    path: str,
    span: Span,
    code: str,
    category: str,
    severity: str,
    message: str,
    fix: str | None = None,
    edits: list[Edit] | None = None,
    rule: str = "",
) -> Finding:
    if span is None:  # defensive: a finding without a place goes on the first line
        span = Span(line=1, column=1, end_line=1, end_column=1)
    return Finding.model_construct(
        path=path,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        code=code,
        category=category,
        severity=severity,
        message=message,
        fix=fix,
        edits=edits or [],
        rule=rule,
    )
