"""Applying fixes: ``planlint fix`` and ``planlint check --fix``.

A finding's fix is applied when it has edits and its applicability allows it: ``safe``
always, ``unsafe`` (a number, an owner, a date changes) only when asked, ``display`` never.

- A finding's edits apply together or not at all; one whose edits overlap those of a finding
  already chosen waits for the next pass (positions are those of the text it was found in).
- Fixes that repair how the plan reads go first: a pass applies only the first of these tiers
  that has fixes: safe syntax fixes, other safe fixes, unsafe syntax fixes, other unsafe fixes.
  (A misspelt ``ownr: Li Na`` becomes ``owner: Li Na`` before "no owner" could add another.)
- Each pass lints the text again; at most MAX_PASSES passes, and a text seen before ends it.
- A pass whose result reads worse (a syntax problem the text did not have) is undone and its
  fixes are tried one at a time; a fix that still breaks the plan is left out and reported.
- ``write_fixed`` replaces the file atomically (a temporary file beside it, renamed over it,
  with the file's own mode), keeps its BOM and line endings, writes nothing when nothing
  changed, and refuses when the file changed on disk meanwhile.
"""

from __future__ import annotations

import os
import stat
import tempfile
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import field
from pathlib import Path

from planlint.api.finding import Edit, EditConflict, Finding, apply_edits
from planlint.driver.encoding import Undecodable, decode
from planlint.records import record

MAX_PASSES = 20


@record
class Fixed:
    """One file, fixed in memory."""

    path: str
    before: str
    after: str
    applied: list[Finding] = field(default_factory=list)
    broken: list[Finding] = field(default_factory=list)  # fixes left out: they break the plan
    findings: list[Finding] = field(default_factory=list)  # what remains (the last lint)

    @property
    def changed(self) -> bool:
        return self.after != self.before


def applicable(f: Finding, unsafe: bool = False) -> bool:
    """Will ``planlint fix`` (with ``--unsafe-fixes`` when ``unsafe``) apply this finding's fix?"""
    if not f.edits:
        return False
    return f.applicability == "safe" or (unsafe and f.applicability == "unsafe")


def choose(text: str, findings: list[Finding], unsafe: bool = False) -> list[Finding]:
    """The applicable findings whose edits do not overlap (first come, first chosen)."""
    starts = _line_starts(text)
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping ranges already chosen
    chosen = []
    for f in findings:
        if not applicable(f, unsafe):
            continue
        try:
            ranges = sorted(_range(text, starts, e) for e in f.edits)
        except EditConflict:
            continue
        if any(_conflict(a, b) for a, b in zip(ranges, ranges[1:], strict=False)):
            continue  # the finding's own edits overlap
        if any(_overlaps(taken, r) for r in ranges):
            continue
        for r in ranges:
            taken.insert(bisect_left(taken, r), r)
        chosen.append(f)
    return chosen


def _overlaps(taken: list[tuple[int, int]], r: tuple[int, int]) -> bool:
    i = bisect_left(taken, (r[0], r[0]))
    return any(_conflict(t, r) for t in taken[max(0, i - 2):i + 2])


def _conflict(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two replacements that share text, or an insertion inside a replaced range (two
    insertions at one place both go in, in the order found)."""
    (a0, a1), (b0, b1) = a, b
    if a0 == a1 and b0 == b1:
        return False
    if a0 == a1:
        return b0 < a0 < b1
    if b0 == b1:
        return a0 < b0 < a1
    return a0 < b1 and b0 < a1


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _range(text: str, starts: list[int], e: Edit) -> tuple[int, int]:
    def offset(line: int, column: int) -> int:
        if line < 1 or line > len(starts) - 1:
            if line == len(starts) and column == 1:
                return len(text)
            raise EditConflict(f"line {line} is outside the text")
        return min(starts[line - 1] + column - 1, starts[line] - 1)

    a, b = offset(e.span.line, e.span.column), offset(e.span.end_line, e.span.end_column)
    return (a, b) if a <= b else (b, a)


def fix_text(path: str, text: str, findings: list[Finding], lint: Callable[[str], list[Finding]],
             unsafe: bool = False, syntax: Callable[[str], Counter] | None = None) -> Fixed:
    """Fix ``text`` (whose findings are ``findings``) pass after pass; ``lint`` lints a text of
    this file again, ``syntax`` counts its syntax problems by code (default: the parser's)."""
    syntax = syntax or (lambda t: syntax_problems(t, path))
    result = Fixed(path, text, text, findings=findings)
    newline = "\r\n" if "\r\n" in text and text.count("\r\n") == text.count("\n") else "\n"
    seen = {text}
    current, current_findings = text, [f for f in findings if f.path == path]
    problems = syntax(current)
    unusable: list[Finding] = []
    for _ in range(MAX_PASSES):
        candidates = [f for f in current_findings if applicable(f, unsafe) and f not in result.broken
                      and f not in unusable]
        if not candidates:
            break
        tier = min(_tier(f) for f in candidates)
        chosen = choose(current, [f for f in candidates if _tier(f) == tier], unsafe)
        if not chosen:  # edits outside the text: leave them, try the next tier
            unusable.extend(f for f in candidates if _tier(f) == tier)
            continue
        applied, fixed = _keep_readable(current, chosen, newline, problems, syntax, result.broken)
        if not applied:
            continue  # all of this tier break the plan: the next tier
        if fixed == current:  # edits that change nothing
            unusable.extend(applied)
            continue
        if fixed in seen:
            break  # fixes that undo each other
        seen.add(fixed)
        current = fixed
        problems = syntax(current)
        result.applied.extend(applied)
        current_findings = [f for f in lint(current) if f.path == path]
    result.after = current
    result.findings = current_findings if result.applied else result.findings
    return result


def _keep_readable(text: str, chosen: list[Finding], newline: str, problems: Counter,
                   syntax: Callable[[str], Counter], broken: list[Finding]) -> tuple[list[Finding], str]:
    """The chosen fixes that leave the plan reading no worse, and the text with them applied.
    All at once when they can; else halves, then quarters, ...: a few parses find the fixes that
    break the plan, not one parse per fix. The others go to ``broken``."""
    accepted: list[Finding] = []
    fixed = text

    def take(group: list[Finding]) -> None:
        nonlocal fixed
        trial, _ = _apply(text, [*accepted, *group], newline)
        if trial is not None and not _worse(syntax(trial), problems):
            accepted.extend(group)
            fixed = trial
        elif len(group) == 1:
            broken.append(group[0])
        else:
            take(group[:len(group) // 2])
            take(group[len(group) // 2:])

    take(chosen)
    return accepted, fixed


def _tier(f: Finding) -> int:
    return (0 if f.applicability == "safe" else 2) + (0 if f.category == "syntax" else 1)


def _apply(text: str, chosen: list[Finding], newline: str) -> tuple[str | None, bool]:
    edits = [Edit(e.span, e.text.replace("\r\n", "\n").replace("\n", newline)) for f in chosen for e in f.edits]
    try:
        return apply_edits(text, edits), True
    except EditConflict:
        return None, False


def _worse(after: Counter, before: Counter) -> bool:
    return any(n > before.get(code, 0) for code, n in after.items())


def syntax_problems(text: str, path: str) -> Counter:
    """The syntax problems of a text, counted by code."""
    from planlint.parser import parse

    _, problems = parse(text, path)
    return Counter(_code(p) for p in problems)


def _code(problem: object) -> str:
    code = getattr(problem, "code", None)
    if code is None:
        code = getattr(getattr(problem, "rule", None), "code", None)
    return str(code or "?")


# -------------------------------------------------------------------- writing
class Changed(Exception):
    """The file on disk is not the text that was fixed (someone saved it meanwhile)."""


def read_bytes(path: Path) -> bytes:
    return Path(path).read_bytes()


def write_fixed(path: Path, original: bytes, text: str) -> bool:
    """Write ``text`` over ``path`` atomically when it differs from what ``original`` (the
    bytes the fix started from) says; the BOM and the mode of the file are kept. Returns
    whether anything was written; raises ``Changed`` when the file is no longer ``original``."""
    try:  # the file's own encoding (UTF-8, with its BOM if it had one, or UTF-16 / UTF-32)
        data = decode(original).encode(text)
    except Undecodable:
        data = text.encode("utf-8")
    if data == original:
        return False
    target = Path(os.path.realpath(path))  # a link keeps pointing at the fixed file
    if target.read_bytes() != original:
        raise Changed(str(path))
    mode = stat.S_IMODE(target.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".planlint-fix", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True
