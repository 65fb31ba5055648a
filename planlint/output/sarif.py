"""SARIF 2.1.0: findings for code-scanning dashboards (GitHub code scanning and others).

- Every rule (built-in and plugin) with its documentation and ``helpUri``.
- Paths relative to the repository root (git's top level, else the working directory), with
  ``uriBaseId`` ``%SRCROOT%`` and the root's absolute URI in ``originalUriBaseIds``; a file
  outside the root keeps an absolute ``file:`` URI.
- ``partialFingerprints`` that survive lines moving (``planlint/v1``: code, file, block,
  the text of the line), so an alert stays the same alert from one commit to the next.
- The message and its fix label in the finding's language (or ``--lang``); fixes with their
  ``applicability`` (safe, unsafe, display) in ``properties``.
"""

from __future__ import annotations

from urllib.parse import quote

from planlint import __version__
from planlint.api.finding import Finding
from planlint.i18n.ui import fix_word
from planlint.output.formats import Run, fingerprints

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"


def to_sarif(findings: list[Finding], locale: str | None = None, run: Run | None = None) -> dict:
    run = run or Run()
    registry = run.rule_classes()
    codes = sorted({f.code for f in findings} | set(registry))
    rules = []
    for code in codes:
        cls = registry.get(code)
        doc = cls.documentation() if cls else code
        rule = {
            "id": code,
            "name": cls.name if cls else code,
            "shortDescription": {"text": cls.summary() if cls else code},
            "fullDescription": {"text": doc},
            "helpUri": run.url(code),
            "help": {"text": doc, "markdown": f"`planlint explain {code}`\n\n```\n{doc}\n```"},
            "defaultConfiguration": {"level": _level(cls.severity if cls else "warning")},
            "properties": {"category": cls.category if cls else "syntax"},
        }
        if cls is not None and getattr(cls, "source", "planlint") != "planlint":
            rule["properties"]["plugin"] = cls.source
        rules.append(rule)
    index = {r["id"]: i for i, r in enumerate(rules)}
    prints = fingerprints(findings, run)
    results = []
    for f, fingerprint in zip(findings, prints, strict=True):
        loc = locale or f.locale
        message, fix = f.text(loc)
        artifact = _artifact(f.path, run)
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _level(f.severity),
            "message": {"text": message + (f"\n{fix_word(loc)}: {fix}" if fix else "")},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": max(f.end_column, f.column) if f.end_line == f.line else f.end_column,
                    },
                }
            }],
            "partialFingerprints": {"planlint/v1": fingerprint},
            "properties": {"category": f.category},
        }
        if f.edits:
            result["fixes"] = [{
                "description": {"text": fix or message},
                "artifactChanges": [{
                    "artifactLocation": artifact,
                    "replacements": [{
                        "deletedRegion": {
                            "startLine": e.span.line, "startColumn": e.span.column,
                            "endLine": e.span.end_line, "endColumn": e.span.end_column,
                        },
                        "insertedContent": {"text": e.text},
                    } for e in f.edits],
                }],
                "properties": {"applicability": f.applicability},
            }]
        results.append(result)
    root_uri = run.repo_root().as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "planlint", "version": __version__, "informationUri": run.docs_url(),
                                "rules": rules}},
            "originalUriBaseIds": {ROOT_ID: {"uri": root_uri}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _artifact(path: str, run: Run) -> dict:
    relative = run.relative(path)
    if relative is not None:
        return {"uri": quote(relative), "uriBaseId": ROOT_ID}
    from pathlib import Path

    return {"uri": Path(path).resolve().as_uri()}


def _level(severity: str) -> str:
    return {"error": "error", "warning": "warning", "info": "note"}[severity]
