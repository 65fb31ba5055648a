"""reviewdog's Diagnostic Format (rdjson): ``reviewdog -f=rdjson`` posts the findings as review
comments, with the fixes as suggested changes.

Columns in rdjson count UTF-8 bytes (``a𐐀b``: b is column 6), so every column is converted
from planlint's characters using the line's text; ranges are end-exclusive, as planlint's.
"""

from __future__ import annotations

from planlint.api.finding import Finding
from planlint.i18n.ui import fix_word
from planlint.output.formats import Run

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def to_rdjson(findings: list[Finding], locale: str | None = None, run: Run | None = None) -> dict:
    run = run or Run()

    def position(path: str, line: int, column: int) -> dict:
        text = run.line(path, line)
        if text is None:
            return {"line": line, "column": column}
        return {"line": line, "column": len(text[:column - 1].encode("utf-8")) + 1 + max(0, column - 1 - len(text))}

    diagnostics = []
    for f in findings:
        loc = locale or f.locale
        message, fix = f.text(loc)
        d = {
            "message": message + (f"\n{fix_word(loc)}: {fix}" if fix else ""),
            "location": {"path": f.path, "range": {"start": position(f.path, f.line, f.column),
                                                   "end": position(f.path, f.end_line, f.end_column)}},
            "severity": SEVERITY[f.severity],
            "source": {"name": "planlint", "url": run.docs_url()},
            "code": {"value": f.code, "url": run.url(f.code)},
        }
        if f.edits and f.applicability != "display":
            d["suggestions"] = [{"range": {"start": position(f.path, e.span.line, e.span.column),
                                           "end": position(f.path, e.span.end_line, e.span.end_column)},
                                 "text": e.text} for e in f.edits]
        diagnostics.append(d)
    return {"source": {"name": "planlint", "url": run.docs_url()}, "diagnostics": diagnostics}
