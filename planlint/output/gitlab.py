"""GitLab Code Quality (a subset of the CodeClimate issue format): one JSON array of issues.

GitLab reads ``description``, ``check_name``, ``fingerprint``, ``severity`` (info, minor,
major, critical, blocker), ``location.path`` (relative to the repository root) and
``location.lines.begin``; the rest of the CodeClimate fields are ignored by GitLab and kept
for other readers (``categories``, ``type``, ``location.positions``, ``content``).
"""

from __future__ import annotations

from planlint.api.finding import Finding
from planlint.i18n.ui import fix_word
from planlint.output.formats import Run, fingerprints

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}
CATEGORY = {"syntax": "Bug Risk", "alignment": "Bug Risk", "resource": "Bug Risk", "conflict": "Bug Risk"}


def to_gitlab(findings: list[Finding], locale: str | None = None, run: Run | None = None) -> list[dict]:
    run = run or Run()
    out = []
    for f, fingerprint in zip(findings, fingerprints(findings, run), strict=True):
        loc = locale or f.locale
        message, fix = f.text(loc)
        path = run.relative(f.path) or f.path.replace("\\", "/")
        issue = {
            "type": "issue",
            "description": f"{f.code} {message}",
            "check_name": f.code,
            "fingerprint": fingerprint,
            "severity": SEVERITY[f.severity],
            "categories": [CATEGORY.get(f.category, "Style")],
            "location": {
                "path": path,
                "lines": {"begin": f.line, "end": f.end_line},
                "positions": {"begin": {"line": f.line, "column": f.column},
                              "end": {"line": f.end_line, "column": f.end_column}},
            },
        }
        if fix:
            issue["content"] = {"body": f"{fix_word(loc)}: {fix}\n\n{run.url(f.code)}"}
        out.append(issue)
    return out
