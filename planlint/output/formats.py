"""Output formats for findings: one function per format, chosen by name.

Each takes the findings of a whole run and returns the text to print. ``locale`` (from
``--lang`` or config) renders every finding in one language; by default each finding is
shown in its own file's language and script.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from planlint.api.finding import Finding
from planlint.i18n.ui import fix_word, say


def text(findings: list[Finding], locale: str | None = None, color: bool = False) -> str:
    """``path:line:col: CODE severity message``, then the fix on its own line."""
    lines = []
    colors = {"error": "red", "warning": "yellow", "info": "blue"}
    if color:
        import click
    for f in findings:
        sev = f.severity
        if color:
            sev = click.style(sev, fg=colors[sev], bold=True)
        loc = locale or f.locale
        message, fix = f.text(loc)
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.code} {sev} {message}")
        if fix:
            fix = fix.replace("\n", "\n      ")
            lines.append(f"    {fix_word(loc)}: {fix}")
    if findings:
        lines.extend(summary(findings, locale))
    return "\n".join(lines)


def summary(findings: list[Finding], locale: str | None = None) -> list[str]:
    """One line of counts; with files in several languages, one line per language, each
    counting its own files."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(locale or f.locale, []).append(f)
    out = []
    for loc, group in groups.items():
        count = {s: sum(1 for f in group if f.severity == s) for s in ("error", "warning", "info")}
        out.append(say("summary", loc, files=len({f.path for f in group}), errors=count["error"],
                       warnings=count["warning"], infos=count["info"]))
    return out


def as_json(findings: list[Finding], locale: str | None = None, color: bool = False) -> str:
    return json.dumps([f.public(locale) for f in findings], ensure_ascii=False, indent=2)


def github(findings: list[Finding], locale: str | None = None, color: bool = False) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's files."""
    level = {"error": "error", "warning": "warning", "info": "notice"}

    def esc(s: str) -> str:
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(s: str) -> str:
        return esc(s).replace(":", "%3A").replace(",", "%2C")

    out = []
    for f in findings:
        loc = locale or f.locale
        message, fix = f.text(loc)
        msg = message + (f"\n{fix_word(loc)}: {fix}" if fix else "")
        out.append(
            f"::{level[f.severity]} file={prop(f.path)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={prop(f.code + ' ' + f.rule)}::{esc(msg)}"
        )
    return "\n".join(out)


def sarif(findings: list[Finding], locale: str | None = None, color: bool = False) -> str:
    from planlint.output.sarif import to_sarif

    return json.dumps(to_sarif(findings, locale), ensure_ascii=False, indent=2)


FORMATS: dict[str, Callable[..., str]] = {"text": text, "json": as_json, "github": github, "sarif": sarif}


def resolve(name: str) -> str:
    """``auto``: github annotations inside GitHub Actions, text elsewhere."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name
