"""Rule cases as data: each rule's ``<module>.cases.toml`` beside its module.

A cases file holds ``[[fail]]`` cases (a plan, and the findings the rule must give:
line, column and message id; optionally the exact text of the message and fix, and the
plan after applying the rule's edits) and ``[[pass]]`` cases (a plan on which the rule
stays quiet). One test runs every case of every rule (``tests/test_rule_cases.py``); the
documentation's Bad and Good examples are the cases marked ``doc = true``.

    [[fail]]
    name = "a target with nothing to compare it with"
    doc = true
    plan = '''
    目标 G "..."
      目标值: 40
    '''
    expect = [{ line = 2, column = 7, message = "missing" }]   # also: text, fix, severity, applicability
    fixed = '''...'''                       # optional: after applying the edits
    config = { rules = { SM005 = { max-growth = 3.0 } } }   # optional [tool.planlint]
    lang = "en"                             # optional: the locale of `text` and `fix`

A plan may also be ``base`` (a plan in ``planlint/rules/plans/``) changed by ``replace``
(pairs of old and new text, each old text must be there) and ``append``.
"""

from __future__ import annotations

import inspect
import textwrap
import tomllib
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Any

from planlint.records import record

PLANS = Path(__file__).resolve().parent.parent / "rules" / "plans"


@record
class Expect:
    line: int
    column: int
    message: str  # the message id, without the rule's code
    end_line: int | None = None
    end_column: int | None = None
    severity: str | None = None
    text: str | None = None  # the exact message, in the case's locale
    fix: str | None = None  # the exact fix, in the case's locale
    applicability: str | None = None  # of the fix's edits: safe, unsafe, display


@record
class Case:
    kind: str  # fail or pass
    name: str
    plan: str
    doc: bool = False
    expect: list[Expect] = field(default_factory=list)
    fixed: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    lang: str | None = None
    snippet: str = ""  # what the docs show: the plan as written in the case


class CaseError(Exception):
    pass


def cases_path(rule: type) -> Path:
    return Path(inspect.getfile(rule)).with_suffix(".cases.toml")


@cache
def _read(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def load_cases(rule: type) -> list[Case]:
    """The rule's cases; [] when it has no cases file. A malformed file raises CaseError."""
    path = cases_path(rule)
    if not path.is_file():
        return []
    try:
        data = _read(path)
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{path}: {exc}") from None
    out: list[Case] = []
    for kind in ("fail", "pass"):
        for i, raw in enumerate(data.get(kind, [])):
            where = f"{path}: {kind}[{i}]"
            unknown = set(raw) - {"name", "doc", "plan", "base", "replace", "append", "expect", "fixed", "config", "lang"}
            if unknown:
                raise CaseError(f"{where}: unknown keys {sorted(unknown)}")
            plan, snippet = _plan(raw, where)
            expect = [Expect(**e) for e in raw.get("expect", [])]
            if kind == "fail" and not expect:
                raise CaseError(f"{where}: a fail case lists what it expects")
            if kind == "pass" and expect:
                raise CaseError(f"{where}: a pass case expects nothing")
            out.append(Case(kind, raw.get("name", f"{kind} {i}"), plan, bool(raw.get("doc", False)), expect,
                            _dedent(raw["fixed"]) if "fixed" in raw else None, raw.get("config", {}),
                            raw.get("lang"), snippet))
    return out


def _dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def _plan(raw: dict[str, Any], where: str) -> tuple[str, str]:
    if "plan" in raw:
        text = _dedent(raw["plan"])
        return text, text
    if "base" not in raw:
        raise CaseError(f"{where}: a case needs `plan` or `base`")
    text = (PLANS / f"{raw['base']}.plan").read_text(encoding="utf-8")
    shown = []
    for old, new in raw.get("replace", []):
        if old not in text:
            raise CaseError(f"{where}: {old!r} is not in the base plan {raw['base']}")
        text = text.replace(old, new, 1)
        shown.append(new)
    if "append" in raw:
        text += _dedent(raw["append"])
        shown.append(_dedent(raw["append"]))
    return text, "\n".join(s.strip("\n") for s in shown if s.strip())


def doc_examples(rule: type) -> tuple[list[str], list[str]]:
    """The Bad and Good examples of a rule's documentation: its cases marked ``doc``."""
    cases = load_cases(rule)
    bad = [c.snippet for c in cases if c.doc and c.kind == "fail"]
    good = [c.snippet for c in cases if c.doc and c.kind == "pass"]
    return bad, good


def full_doc(rule: type) -> str:
    """The rule's documentation with its Bad and Good examples from its cases."""
    doc = rule.doc()
    bad, good = doc_examples(rule)
    if not bad and not good:
        return doc
    parts, fix = doc, ""
    if "\nFix:" in doc:
        parts, fix = doc.split("\nFix:", 1)
        fix = "Fix:" + fix
    lines = [parts.rstrip()]
    for title, items in (("Bad", bad), ("Good", good)):
        for item in items:
            lines.append(f"{title}:")
            lines.append(textwrap.indent(item.rstrip("\n"), "    "))
    if fix:
        lines.append(fix)
    return "\n".join(lines)
