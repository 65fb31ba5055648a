"""SARIF 2.1.0: findings for code-scanning dashboards."""

from __future__ import annotations

from planlint import __version__
from planlint.api.finding import Finding
from planlint.driver.linter import load_builtin_rules
from planlint.i18n.ui import fix_word

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def to_sarif(findings: list[Finding], locale: str | None = None) -> dict:
    registry = load_builtin_rules()
    codes = sorted({f.code for f in findings} | set(registry))
    rules = []
    for code in codes:
        cls = registry.get(code)
        rules.append({
            "id": code,
            "name": cls.name if cls else code,
            "shortDescription": {"text": cls.summary() if cls else code},
            "fullDescription": {"text": cls.documentation() if cls else code},
            "help": {"text": cls.documentation() if cls else code, "markdown": f"`planlint explain {code}`"},
            "defaultConfiguration": {"level": _level(cls.severity if cls else "warning")},
            "properties": {"category": cls.category if cls else "syntax"},
        })
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for f in findings:
        loc = locale or f.locale
        message, fix = f.text(loc)
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _level(f.severity),
            "message": {"text": message + (f"\n{fix_word(loc)}: {fix}" if fix else "")},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": f.path.replace("\\", "/")},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": max(f.end_column, f.column),
                    },
                }
            }],
            "properties": {"category": f.category},
        }
        if f.edits:
            result["fixes"] = [{
                "description": {"text": fix or message},
                "artifactChanges": [{
                    "artifactLocation": {"uri": f.path.replace("\\", "/")},
                    "replacements": [{
                        "deletedRegion": {
                            "startLine": e.span.line, "startColumn": e.span.column,
                            "endLine": e.span.end_line, "endColumn": e.span.end_column,
                        },
                        "insertedContent": {"text": e.text},
                    } for e in f.edits],
                }],
            }]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "planlint", "version": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _level(severity: str) -> str:
    return {"error": "error", "warning": "warning", "info": "note"}[severity]
