"""A finding: what planlint reports, in every output and in the editor.

Its message and fix are data (``Message``: an id and typed arguments); ``message`` and
``fix`` render them in the finding's own locale (its file's language and script), and
every output may render them in another (``text(locale)``, ``public(locale)``).
"""

from __future__ import annotations

from dataclasses import field
from typing import Any, Literal

from planlint.i18n.messages import Message, inline, render
from planlint.model import Span
from planlint.records import record

Category = Literal[
    "syntax", "smart", "vague", "baseline", "owner", "resource", "conflict", "alignment", "tracking"
]
Severity = Literal["error", "warning", "info"]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
Applicability = Literal["safe", "unsafe", "display"]


@record(slots=True)
class Edit:
    """A text edit that applies a fix: replace ``span`` with ``text``.

    An insertion is an edit whose span is empty (end == start).
    """

    span: Span
    text: str

    def to_json(self) -> dict:
        s = self.span
        return {"line": s.line, "column": s.column, "end_line": s.end_line, "end_column": s.end_column,
                "text": self.text}

    @classmethod
    def from_json(cls, d: dict) -> Edit:
        span = Span(line=int(d["line"]), column=int(d["column"]), end_line=int(d["end_line"]),
                    end_column=int(d["end_column"]))
        return cls(span=span, text=str(d["text"]))


@record(slots=True)
class Finding:
    """One finding: where (path, 1-based span), which rule, how severe, its message and fix, its edits."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    category: str
    severity: str
    msg: Message
    fix_msg: Message | None = None
    edits: list[Edit] = field(default_factory=list)
    rule: str = ""  # the rule's readable name
    locale: str = "en"  # the language and script of the finding's file
    applicability: str = "unsafe"  # of the fix's edits: safe, unsafe, display
    blocks_signoff: bool = False  # its rule blocks budget sign-off whatever the severity (Rule.blocks_signoff)

    @property
    def message(self) -> str:
        return render(self.msg, self.locale)

    @property
    def fix(self) -> str | None:
        return render(self.fix_msg, self.locale) if self.fix_msg is not None else None

    def text(self, locale: str | None = None) -> tuple[str, str | None]:
        """(message, fix) in ``locale``, else in the finding's own."""
        loc = locale or self.locale
        return render(self.msg, loc), (render(self.fix_msg, loc) if self.fix_msg is not None else None)

    @property
    def span(self) -> Span:
        return Span(line=self.line, column=self.column, end_line=self.end_line, end_column=self.end_column)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)

    def public(self, locale: str | None = None) -> dict[str, Any]:
        """The fields every output carries, in a stable order."""
        message, fix = self.text(locale)
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "message": message,
            "fix": fix,
        }

    def to_json(self) -> dict[str, Any]:
        """Everything, as data (the cache, the editor's ``data``): messages as ids and arguments."""
        return {
            **self.public(),
            "msg": self.msg.to_json(),
            "fix_msg": self.fix_msg.to_json() if self.fix_msg is not None else None,
            "edits": [e.to_json() for e in self.edits], "rule": self.rule, "locale": self.locale,
            "applicability": self.applicability, "blocks_signoff": self.blocks_signoff,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Finding:
        """The inverse of ``to_json``; raises (KeyError, TypeError, ValueError) on anything else."""
        if not isinstance(d, dict):
            raise TypeError("a finding is an object")
        severity, category = str(d["severity"]), str(d["category"])
        if severity not in SEVERITY_RANK or category not in CATEGORIES:
            raise ValueError("unknown severity or category")
        return cls(
            path=str(d["path"]), line=int(d["line"]), column=int(d["column"]), end_line=int(d["end_line"]),
            end_column=int(d["end_column"]), code=str(d["code"]), category=category, severity=severity,
            msg=Message.from_json(d["msg"]),
            fix_msg=Message.from_json(d["fix_msg"]) if d.get("fix_msg") else None,
            edits=[Edit.from_json(e) for e in d.get("edits") or []], rule=str(d.get("rule", "")),
            locale=str(d.get("locale", "en")), applicability=str(d.get("applicability", "unsafe")),
            blocks_signoff=d.get("blocks_signoff") is True,
        )


def as_message(value: Message | str | None) -> Message | None:
    """A message from a rule: already data, or (older rules and plugins) one text for every language."""
    if value is None or isinstance(value, Message):
        return value
    return inline(str(value), str(value), "text")


def make_finding(
    path: str,
    span: Span | None,
    code: str,
    category: str,
    severity: str,
    message: Message | str,
    fix: Message | str | None = None,
    edits: list[Edit] | None = None,
    rule: str = "",
    locale: str = "en",
    applicability: str = "unsafe",
    blocks_signoff: bool = False,
) -> Finding:
    if span is None:  # defensive: a finding without a place goes on the first line
        span = Span(line=1, column=1, end_line=1, end_column=1)
    return Finding(path, span.line, span.column, span.end_line, span.end_column, code, category, severity,
                   as_message(message), as_message(fix), edits or [], rule, locale, applicability, blocks_signoff)


@record(slots=True)
class Waived:
    """A finding that would block sign-off but did not reach the output: suppressed in the plan
    (``# planlint: disable=...`` at ``line``), its rule left out by ``select``/``ignore`` in
    config or on the command line (``ignored``), or its severity lowered below error by config
    (``downgraded``). The finding keeps the severity its rule gives it."""

    finding: Finding
    how: Literal["suppressed", "ignored", "downgraded"]
    line: int | None = None  # the suppression comment's line
    configured: str | None = None  # the severity config gave it (downgraded)


class EditConflict(ValueError):
    """Two edits change the same text."""


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with the edits applied (positions are those of ``text``: 1-based lines and
    columns counted in characters, end exclusive). Overlapping edits raise EditConflict."""
    if not edits:
        return text
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)

    def offset(line: int, column: int) -> int:
        if line < 1 or line > len(starts) - 1:
            if line == len(starts) and column == 1:
                return len(text)
            raise EditConflict(f"line {line} is outside the text")
        return min(starts[line - 1] + column - 1, starts[line] - 1)

    ranges = sorted(((offset(e.span.line, e.span.column), offset(e.span.end_line, e.span.end_column), e.text)
                     for e in edits), key=lambda r: (r[0], r[1]))
    for (a0, a1, _), (b0, b1, _) in zip(ranges, ranges[1:], strict=False):
        if b0 < a1 or (a0 == b0 and a1 == b1 and a0 != a1):
            raise EditConflict("two edits change the same text")
    out = []
    pos = 0
    for start, end, new in ranges:
        out.append(text[pos:start])
        out.append(new)
        pos = max(pos, end)
    out.append(text[pos:])
    return "".join(out)
