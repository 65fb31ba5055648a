"""Plans that span files: a company plan and two department plans checked as one plan."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SET = Path(__file__).parent / "sets" / "group"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


@pytest.fixture
def group(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    shutil.copytree(SET, root)
    return root


def findings(cwd: Path, *paths: str, cache: bool = False) -> list[dict]:
    r = run("check", *([] if cache else ["--no-cache"]), "--format", "json", *paths, cwd=cwd)
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def serious(items: list[dict]) -> list[tuple[str, int, str]]:
    return [(Path(f["path"]).name, f["line"], f["code"]) for f in items if f["severity"] != "info"]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_three_files_together_are_one_clean_plan(group):
    assert serious(findings(group.parent, "plans")) == []
    # each file alone is checked with the files it is linked to, found under its folder
    for name in ("company.plan", "marketing.plan", "sales.plan"):
        assert serious(findings(group.parent, f"plans/{name}")) == [], name


def test_a_parent_in_another_file_resolves_and_a_missing_one_does_not(group):
    edit(group / "sales.plan", "  上级: REV", "  上级: REVENUE")
    got = findings(group.parent, "plans")
    [al003] = [f for f in got if f["code"] == "AL003"]
    assert Path(al003["path"]).name == "sales.plan" and al003["line"] == 3
    assert "WIN" not in (al003["fix"] or "")  # never the goal itself as its own parent


def test_a_duplicate_id_names_both_places(group):
    (group / "extra.plan").write_text('目标 MQL "重复"\n  上级: REV\n', encoding="utf-8")
    got = [f for f in findings(group.parent, "plans") if f["code"] == "PL004"]
    assert len(got) == 1
    f = got[0]
    assert {Path(f["path"]).name} <= {"extra.plan", "marketing.plan"} and f["severity"] == "error"
    other = "marketing.plan" if Path(f["path"]).name == "extra.plan" else "extra.plan"
    assert other in f["message"]


def test_contributions_add_up_across_files(group):
    edit(group / "sales.plan", "  贡献: 60%", "  贡献: 50%")
    [f] = [f for f in findings(group.parent, "plans") if f["code"] == "AL001"]
    assert Path(f["path"]).name == "marketing.plan" and f["line"] == 4
    assert "MQL 40 + WIN 50 = 90%" in f["message"]


def test_department_initiatives_count_against_the_company_budget(group):
    edit(group / "marketing.plan", "  预算: 35万元", "  预算: 75万元")
    got = [f for f in findings(group.parent, "plans") if f["code"] == "RS001"]
    assert any(Path(f["path"]).name in ("marketing.plan", "sales.plan") and "超出计划预算 100万元" in f["message"]
               for f in got)
    assert all(Path(f["path"]).name != "company.plan" for f in got)


def test_team_budgets_declared_in_the_company_file(group):
    edit(group / "marketing.plan", "  预算: 35万元", "  预算: 65万元")
    got = [f for f in findings(group.parent, "plans") if f["code"] == "RS001"]
    assert [Path(f["path"]).name for f in got] == ["marketing.plan"]
    assert "营销部" in got[0]["message"]


def test_conflicts_between_departments_in_different_files(group):
    edit(group / "marketing.plan", "  口径: 有效线索 = 留下电话且确认预算, 2024-12-15 与销售部确认\n", "")
    edit(group / "sales.plan", "  口径: 有效线索 = 留下电话且确认预算, 2024-12-15 与营销部确认\n", "")
    got = [f for f in findings(group.parent, "plans") if f["code"] == "XD001"]
    assert got and Path(got[0]["path"]).name == "marketing.plan"
    assert "营销部" in got[0]["message"] and "销售部" in got[0]["message"]


def test_a_team_declared_once_is_known_in_every_file(group):
    got = findings(group.parent, "plans/sales.plan")
    assert [f for f in got if f["code"] in ("OW003", "OW004")] == []
    edit(group / "sales.plan", "  部门: 销售部", "  部门: 渠道部")
    assert [f["code"] for f in findings(group.parent, "plans/sales.plan") if f["code"] == "OW004"] == ["OW004"]


def test_unrelated_plans_checked_together_stay_separate(examples, tmp_path):
    for path in examples.values():
        shutil.copy(path, tmp_path / path.name)
    together = findings(tmp_path, ".")
    alone = [f for name in sorted(examples) for f in findings(tmp_path, name)]
    key = sorted((Path(f["path"]).name, f["line"], f["code"]) for f in together)
    assert key == sorted((Path(f["path"]).name, f["line"], f["code"]) for f in alone)


def test_a_set_declared_in_config(group):
    # a department plan with no parent link belongs to the set because config says so
    (group / "events.plan").write_text(
        '举措 EXPO "行业展会"\n  支撑: MQL\n  策略: 品牌曝光\n  负责人: 李娜\n  预算: 40万元\n'
        "  时间: 2025-05-01 .. 2025-05-31\n  衡量指标: 展会线索数\n", encoding="utf-8")
    (group / "standalone.plan").write_text(
        '举措 PR "媒体关系"\n  负责人: 李娜\n  预算: 1万元\n  时间: 2025-03-01 .. 2025-03-31\n', encoding="utf-8")
    (group / ".planlint.toml").write_text('plans = ["*.plan"]\n', encoding="utf-8")
    # 1 + 40 + 35 + 30 = 106万 against 100万: the whole declared set counts, whatever is asked for;
    # the finding stays on the initiative that crosses the budget (CALL, in sales.plan)
    got = {Path(f["path"]).name: f["message"] for f in findings(group.parent, "plans") if f["code"] == "RS001"}
    assert "超出计划预算 100万元" in got["sales.plan"]
    assert "营销部" in got["marketing.plan"]  # and 营销部's own 60万: EXPO 40 + SEM 35
    gate = run("gate", "plans/standalone.plan", cwd=group.parent)
    assert gate.returncode == 1 and "RS001" in gate.stdout


def test_the_cache_follows_the_other_files_of_the_set(group):
    first = findings(group.parent, "plans/marketing.plan", cache=True)
    assert [f for f in first if f["code"] == "RS001"] == []
    edit(group / "company.plan", "  预算: 100万元", "  预算: 30万元")
    again = findings(group.parent, "plans/marketing.plan", cache=True)
    assert [f for f in again if f["code"] == "RS001"]


def test_gate_and_report_take_the_set_as_one_plan(group):
    ok = run("gate", "plans", cwd=group.parent)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    edit(group / "marketing.plan", "  预算: 35万元", "  预算: 75万元")
    blocked = run("gate", "plans/company.plan", cwd=group.parent)
    assert blocked.returncode == 1 and "RS001" in blocked.stdout
