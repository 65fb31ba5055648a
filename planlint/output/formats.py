"""Output formats for findings: one function per format, chosen by name.

Each takes the findings of a whole run and returns the text to print.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from planlint.api.finding import Finding


def text(findings: list[Finding], lang: str = "en", color: bool = False) -> str:
    """``path:line:col: CODE severity message``, then the fix on its own line."""
    lines = []
    fix_word = "建议" if lang == "zh" else "fix"
    colors = {"error": "red", "warning": "yellow", "info": "blue"}
    if color:
        import click
    for f in findings:
        sev = f.severity
        if color:
            sev = click.style(sev, fg=colors[sev], bold=True)
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.code} {sev} {f.message}")
        if f.fix:
            fix = f.fix.replace("\n", "\n      ")
            lines.append(f"    {fix_word}: {fix}")
    if findings:
        lines.append(summary(findings, lang))
    return "\n".join(lines)


def summary(findings: list[Finding], lang: str) -> str:
    count = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    files = len({f.path for f in findings})
    if lang == "zh":
        return f"{files} 个文件: {count['error']} 个错误, {count['warning']} 个警告, {count['info']} 条提示"
    return f"{files} file(s): {count['error']} error(s), {count['warning']} warning(s), {count['info']} info"


def as_json(findings: list[Finding], lang: str = "en", color: bool = False) -> str:
    return json.dumps([f.public() for f in findings], ensure_ascii=False, indent=2)


def github(findings: list[Finding], lang: str = "en", color: bool = False) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's files."""
    level = {"error": "error", "warning": "warning", "info": "notice"}

    def esc(s: str) -> str:
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(s: str) -> str:
        return esc(s).replace(":", "%3A").replace(",", "%2C")

    out = []
    for f in findings:
        msg = f.message + (f"\n{'建议' if lang == 'zh' else 'fix'}: {f.fix}" if f.fix else "")
        out.append(
            f"::{level[f.severity]} file={prop(f.path)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={prop(f.code + ' ' + f.rule)}::{esc(msg)}"
        )
    return "\n".join(out)


def sarif(findings: list[Finding], lang: str = "en", color: bool = False) -> str:
    from planlint.output.sarif import to_sarif

    return json.dumps(to_sarif(findings), ensure_ascii=False, indent=2)


FORMATS: dict[str, Callable[..., str]] = {"text": text, "json": as_json, "github": github, "sarif": sarif}


def resolve(name: str) -> str:
    """``auto``: github annotations inside GitHub Actions, text elsewhere."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name
