"""Export to and import from spreadsheets: round trip, headers, merged cells, errors at cells."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import GOOD, PLANS, SHARED

from planlint.parser import parse

openpyxl = pytest.importorskip("openpyxl")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, timeout=120)


def normalised(text: str) -> dict:
    plan, problems = parse(text, "x.plan")
    assert problems == []

    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items()
                    if not k.endswith("span") and k not in ("path", "line_count", "directives", "fields")}
        if isinstance(o, list):
            return [strip(x) for x in o]
        return o

    return strip(json.loads(plan.model_dump_json()))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_round_trip_keeps_the_plan(tmp_path, fmt):
    sources = [PLANS / "good.zh.plan", *sorted(SHARED.glob("*.plan"))]
    for src in sources:
        sheet, back = tmp_path / f"t.{fmt}", tmp_path / "back.plan"
        assert run("export", str(src), "--format", fmt, "-o", str(sheet), "--force").returncode == 0
        r = run("import", str(sheet), "-o", str(back), "--force")
        assert r.returncode == 0, r.stderr
        assert normalised(back.read_text(encoding="utf-8")) == normalised(src.read_text(encoding="utf-8")), src.name


def test_export_headers_follow_the_plan_language(tmp_path):
    out = tmp_path / "t.xlsx"
    assert run("export", str(PLANS / "good.zh.plan"), "-o", str(out)).returncode == 0
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["类型", "编号", "标题"] and "负责人" in header and "目标值" in header
    assert run("export", str(PLANS / "good.zh.plan"), "-o", str(out)).returncode == 2  # exists: no overwrite


def test_import_english_headers_merged_cells_and_blank_repeats(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["kind", "id", "title", "owner", "metric", "baseline", "target", "deadline", "supports", "budget"])
    ws.append(["goal", "G1", "Leads", "Li Na", "leads (count)", "100", "150", "2025-12-31", None, None])
    ws.append([None, "G2", "Sign-ups", "Li Na", "sign-ups (count)", "10", "12", "2025-12-31", None, None])
    ws.append(["initiative", "I1", "Ads", "Li Na", None, None, None, None, "G1", "10k CNY"])
    ws.append([None, None, None, None, None, None, None, None, "G2", None])  # more of the row above
    ws.append(["initiative", "I2", "Webinars", None, None, None, None, None, None, "5k CNY"])
    ws.merge_cells("D6:D6")
    ws["D6"] = "Zhao Qiang"
    path = tmp_path / "in.xlsx"
    wb.save(path)
    out = tmp_path / "out.plan"
    r = run("import", str(path), "-o", str(out))
    assert r.returncode == 0, r.stderr
    plan, problems = parse(out.read_text(encoding="utf-8"), "out.plan")
    assert problems == []
    assert [g.id for g in plan.goals] == ["G1", "G2"]
    assert [s.value for s in plan.initiatives[0].supports] == ["G1", "G2"]
    assert plan.initiatives[1].owner.value == "Zhao Qiang"


def test_import_errors_point_to_the_cell(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("类型,编号,标题,截止,负责人,优先级\n目标,G1,线索,2024-13-45,张伟,P0\n", encoding="utf-8-sig")
    out = tmp_path / "out.plan"
    r = run("import", str(path), "-o", str(out))
    assert r.returncode == 1
    assert "in!F1: unknown column '优先级'" in r.stderr
    assert "in!D2: " in r.stderr and "2024-13-45" in r.stderr
    assert out.is_file()  # what the sheet holds is written, nothing is lost


def test_init_export_import_keep_the_users_files(tmp_path):
    plan = tmp_path / "p.plan"
    plan.write_text(GOOD, encoding="utf-8")
    assert run("import", str(plan), "-o", str(plan)).returncode == 2
    assert plan.read_text(encoding="utf-8") == GOOD
