"""docs/plugins.md tells the truth: its example rule, installed as a plugin from the page's
own code and cases, is listed, explained, run by `check`, fixed by `fix --unsafe-fixes`, and
its cases pass the way the page says to run them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from planlint.api.cases import load_cases
from planlint.api.finding import apply_edits
from planlint.driver.linter import Linter

DOC = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")


def block(marker: str, lang: str) -> str:
    m = re.search(rf"<!-- {marker} -->\n```{lang}\n(.*?)```", DOC, re.S)
    assert m, f"docs/plugins.md has no {marker} block"
    return m.group(1)


@pytest.fixture()
def plugin(tmp_path, monkeypatch):
    site = tmp_path / "site"
    pkg = site / "acme_planlint"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "department.py").write_text(block("plugins:example", "python"), encoding="utf-8")
    (pkg / "department.cases.toml").write_text(block("plugins:cases", "toml"), encoding="utf-8")
    entry = re.search(r'^acme = "(.+)"$', DOC, re.M).group(1)
    info = site / "acme_planlint-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-planlint\nVersion: 0.1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[planlint.rules]\nacme = {entry}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    yield site
    for name in [m for m in sys.modules if m.startswith("acme_planlint")]:
        del sys.modules[name]


def test_the_example_rules_cases_pass_as_the_page_runs_them(plugin):
    from acme_planlint.department import GoalWithoutDepartment as RULE

    cases = load_cases(RULE)
    assert {c.kind for c in cases} == {"fail", "pass"}
    for case in cases:
        mine = [f for f in Linter(extra_rules=(RULE,)).lint(case.plan, "case.plan") if f.code == RULE.code]
        assert [(f.line, f.column, f.msg.id.removeprefix(RULE.code + ".")) for f in mine] == \
            [(e.line, e.column, e.message) for e in case.expect], case.name
        for f, e in zip(mine, case.expect, strict=True):
            message, fix = f.text(case.lang)
            assert e.text is None or message == e.text
            assert e.fix is None or fix == e.fix
        if case.fixed is not None:
            assert apply_edits(case.plan, [e for f in mine for e in f.edits]) == case.fixed
    doc = RULE.documentation()
    assert "Bad:" in doc and "Good:" in doc and "What it checks" in doc


def test_the_example_plugin_in_every_command(plugin, tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / ".planlint.toml").write_text('plugins = ["acme"]\n', encoding="utf-8")
    plan = ('团队 营销部\n  负责人: 王芳\n  成员: 张伟\n\n目标 LEADS "线索量翻倍"\n  层级: 团队\n  负责人: 张伟\n')
    (project / "p.plan").write_text(plan, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(plugin), "LC_ALL": "C.UTF-8"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True,
                              cwd=project, env=env, timeout=120)

    assert "ACM001  goal-without-department" in run("rules").stdout
    assert run("explain", "ACM001").stdout.startswith("ACM001 goal-without-department  [owner, warning, plugin acme]")
    r = run("check", "--select", "ACM", "p.plan")
    assert r.stdout.splitlines()[0] == "p.plan:5:1: ACM001 warning 目标 LEADS「线索量翻倍」 没有写 部门", r.stderr
    run("fix", "--unsafe-fixes", "--select", "ACM", "p.plan")
    assert (project / "p.plan").read_text(encoding="utf-8") == plan + "  部门: 营销部\n"
