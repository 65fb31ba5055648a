"""Output formats for findings: one function per format, chosen by name.

Each takes the findings of a whole run and returns the text to print. ``locale`` (from
``--lang`` or config) renders every finding in one language; by default each finding is
shown in its own file's language and script. ``run`` says what else a format may need:
every file checked (the summary counts files with no findings too), their texts (stable
fingerprints, UTF-8 columns), the repository root (paths in CI reports), the rules and the
documentation URL.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import field
from pathlib import Path

from planlint.api.finding import Finding
from planlint.i18n.ui import fix_word, say
from planlint.records import record
from planlint.resources import docs_url, rule_url


@record
class Run:
    """What a run checked, beside its findings."""

    files: dict[str, str] = field(default_factory=dict)  # every file checked -> its locale
    texts: dict[str, str] = field(default_factory=dict)  # texts known already (stdin, fixed files)
    root: Path | None = None  # the repository root; default: git's top level above the cwd, else the cwd
    docs: str | None = None  # config's docs-url
    rules: dict[str, type] | None = None  # code -> rule class (built-in and plugins)
    statistics: bool = False
    quiet: bool = False

    def source(self, path: str) -> str | None:
        """The text of ``path`` as checked (None when it cannot be read again)."""
        if path not in self.texts:
            from planlint.driver.files import InputError, read_plan

            try:
                self.texts[path] = read_plan(Path(path))
            except (InputError, OSError):
                self.texts[path] = None  # type: ignore[assignment]
        return self.texts[path]

    def line(self, path: str, number: int) -> str | None:
        text = self.source(path)
        if text is None:
            return None
        lines = text.split("\n")
        return lines[number - 1].rstrip("\r") if 0 < number <= len(lines) else None

    def repo_root(self) -> Path:
        if self.root is None:
            self.root = repo_root()
        return self.root

    def relative(self, path: str) -> str | None:
        """``path`` relative to the repository root, with ``/``; None when it is outside."""
        root = self.repo_root()
        try:
            return Path(os.path.abspath(path)).relative_to(root).as_posix()
        except ValueError:
            return None

    def url(self, code: str) -> str:
        return rule_url(code, self.docs)

    def docs_url(self) -> str:
        return docs_url(self.docs)

    def rule_classes(self) -> dict[str, type]:
        if self.rules is None:
            from planlint.driver.linter import load_builtin_rules

            self.rules = dict(load_builtin_rules())
        return self.rules


def repo_root(start: Path | None = None) -> Path:
    """git's top level (the nearest folder above ``start`` with a ``.git``), else ``start``
    (default: the working directory)."""
    here = Path(os.path.abspath(start or Path.cwd()))
    for folder in [here, *here.parents]:
        if (folder / ".git").exists():
            return folder
    return here


def fingerprints(findings: list[Finding], run: Run) -> list[str]:
    """One fingerprint per finding that stays the same when lines move: the code, the file
    (relative to the repository), the block the finding is in (its keyword and id), the text of
    the finding's line and span, and which of several identical ones it is."""
    import hashlib

    out, seen = [], {}
    for f in findings:
        path = run.relative(f.path) or f.path.replace("\\", "/")
        line = run.line(f.path, f.line) or ""
        span = line[f.column - 1:f.end_column - 1] if f.end_line == f.line else line[f.column - 1:]
        material = "\x1f".join([f.code, path, _block_of(run, f), " ".join(line.split()), span])
        n = seen.get(material, 0)
        seen[material] = n + 1
        out.append(hashlib.sha256(f"{material}\x1f{n}".encode()).hexdigest()[:32])
    return out


def _block_of(run: Run, f: Finding) -> str:
    """The header of the block a finding is in: its keyword and id (``目标 SALES``)."""
    text = run.source(f.path)
    if text is None:
        return ""
    lines = text.split("\n")
    for number in range(min(f.line, len(lines)), 0, -1):
        line = lines[number - 1]
        if line[:1] not in ("", " ", "\t", "#", "\u3000", "\r"):
            words = line.split()
            if len(words) > 1 and words[1][:1] not in ('"', "「", "“", "'"):
                return " ".join(words[:2])
            return words[0] if words else ""
    return ""


def severities(findings: list[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}


# ---------------------------------------------------------------------- text
def text(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    """``path:line:col: CODE severity message``, then the fix on its own line; then a line of
    counts per language (every file checked), or ``N files, no findings``."""
    run = run or Run()
    if run.statistics:
        return statistics(findings, locale, color, run)
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
    if not run.quiet:
        lines.extend(summary(findings, locale, run.files))
    return "\n".join(lines)


def summary(findings: list[Finding], locale: str | None = None, files: dict[str, str] | None = None) -> list[str]:
    """One line of counts; with files in several languages, one line per language, each
    counting its own files (those with no findings too, when ``files`` lists them)."""
    groups: dict[str, tuple[set[str], list[Finding]]] = {}
    for path, loc in (files or {}).items():
        groups.setdefault(locale or loc, (set(), []))[0].add(path)
    for f in findings:
        paths, group = groups.setdefault(locale or f.locale, (set(), []))
        paths.add(f.path)
        group.append(f)
    out = []
    for loc, (paths, group) in groups.items():
        if not group:
            out.append(say("clean", loc, files=len(paths)))
            continue
        count = severities(group)
        out.append(say("summary", loc, files=len(paths), errors=count["error"],
                       warnings=count["warning"], infos=count["info"]))
    return out


def statistics(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    """Counts by code, most frequent first (like ``ruff --statistics``); ``[*]`` marks codes
    whose findings all have a safe fix."""
    run = run or Run()
    rows = _statistics(findings)
    if not rows:
        return "" if run.quiet else "\n".join(summary([], locale, run.files))
    width = max(len(str(r["count"])) for r in rows)
    code_width = max(len(r["code"]) for r in rows)
    out = [f"{r['count']:>{width}}  {r['code']:<{code_width}}  {'[*]' if r['fixable'] else '   '} {r['name']}"
           for r in rows]
    if any(r["fixable"] for r in rows) and not run.quiet:
        loc = locale or next(iter(run.files.values()), None) or findings[0].locale
        out.append(say("fixable", loc))
    return "\n".join(out)


def _statistics(findings: list[Finding]) -> list[dict]:
    by_code: dict[str, list[Finding]] = {}
    for f in findings:
        by_code.setdefault(f.code, []).append(f)
    rows = [{"code": code, "name": group[0].rule, "count": len(group),
             "fixable": all(f.edits and f.applicability == "safe" for f in group)}
            for code, group in by_code.items()]
    rows.sort(key=lambda r: (-r["count"], r["code"]))
    return rows


# ---------------------------------------------------------------------- json
def as_json(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    """One array of findings. Beside the text fields (``message``, ``fix``) each carries
    ``applicability`` (safe, unsafe, display; null without edits), its ``edits`` (1-based
    line and column in characters, end exclusive, and the text that replaces the range) and
    ``url`` (the rule's documentation). With ``--statistics``: counts by code."""
    run = run or Run()
    if run.statistics:
        return json.dumps(_statistics(findings), ensure_ascii=False, indent=2)
    out = []
    for f in findings:
        d = f.public(locale)
        d["applicability"] = f.applicability if f.edits else None
        d["edits"] = [e.to_json() for e in f.edits]
        d["rule"] = f.rule
        d["url"] = run.url(f.code)
        out.append(d)
    return json.dumps(out, ensure_ascii=False, indent=2)


# -------------------------------------------------------------------- github
def github(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
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


def sarif(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    from planlint.output.sarif import to_sarif

    return json.dumps(to_sarif(findings, locale, run), ensure_ascii=False, indent=2)


def gitlab(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    from planlint.output.gitlab import to_gitlab

    return json.dumps(to_gitlab(findings, locale, run), ensure_ascii=False, indent=2)


def junit(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    from planlint.output.junit import to_junit

    return to_junit(findings, locale, run)


def rdjson(findings: list[Finding], locale: str | None = None, color: bool = False, run: Run | None = None) -> str:
    from planlint.output.rdjson import to_rdjson

    return json.dumps(to_rdjson(findings, locale, run), ensure_ascii=False, indent=2)


FORMATS: dict[str, Callable[..., str]] = {"text": text, "json": as_json, "github": github, "sarif": sarif,
                                          "gitlab": gitlab, "junit": junit, "rdjson": rdjson}
ALWAYS_PRINTED = ("json", "sarif", "gitlab", "junit", "rdjson")  # a document even when empty


def resolve(name: str) -> str:
    """``auto``: github annotations inside GitHub Actions, text elsewhere."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name
