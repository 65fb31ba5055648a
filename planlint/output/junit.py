"""JUnit XML, for CI systems that show test reports (GitLab ``artifacts:reports:junit``,
Jenkins, Azure Pipelines): a ``testsuite`` per file checked, a failing ``testcase`` per
finding (its ``type`` is the severity), and one passing ``testcase`` for a file with no
findings, so that clean files show as passed."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from planlint.api.finding import Finding
from planlint.i18n.ui import fix_word
from planlint.output.formats import Run


def to_junit(findings: list[Finding], locale: str | None = None, run: Run | None = None) -> str:
    run = run or Run()
    by_file: dict[str, list[Finding]] = {path: [] for path in run.files}
    for f in findings:
        by_file.setdefault(f.path, []).append(f)
    suites = ET.Element("testsuites", name="planlint", tests=str(sum(max(1, len(g)) for g in by_file.values())),
                        failures=str(len(findings)), errors="0")
    for path, group in by_file.items():
        suite = ET.SubElement(suites, "testsuite", name=path, tests=str(max(1, len(group))),
                              failures=str(len(group)), errors="0", skipped="0")
        if not group:
            ET.SubElement(suite, "testcase", name="planlint", classname=path, file=path)
            continue
        for f in group:
            loc = locale or f.locale
            message, fix = f.text(loc)
            case = ET.SubElement(suite, "testcase", name=f"{f.code} {f.rule} ({f.line}:{f.column})".replace("  ", " "),
                                 classname=path, file=path, line=str(f.line))
            failure = ET.SubElement(case, "failure", message=_clean(message), type=f.severity)
            body = f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity} {message}"
            if fix:
                body += f"\n{fix_word(loc)}: {fix}"
            failure.text = _clean(body)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")


def _clean(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped: they become U+FFFD."""
    return "".join(c if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff") and not 0xD800 <= ord(c) <= 0xDFFF
                   else "\ufffd" for c in text)
