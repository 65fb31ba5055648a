"""`planlint status` and `check --actuals`: progress from the plan's actuals and from a dashboard
export (tracking guide 2(2): red below 70% of the daily target for 3 days in a row, amber
80-100%, green above 100%)."""

from __future__ import annotations

import json

from cli_run import run
from conftest import variant

PROGRESS = variant(("    2024-Q4: 250", "    2024-Q4: 250\n  实际: 150 截至 2024-06-30"))

# 3,000 leads over the 30 days of June: 100 a day
LEADS = """\
计划 "6月获客"
  周期: 2024-06-01 .. 2024-06-30
  负责人: 王芳

目标 LEADS "6月获取3000条线索"
  层级: 公司
  指标: 线索量 (条)
  基准: 0 截至 2024-05-31
  目标值: 3000
  截止: 2024-06-30
  负责人: 王芳
  复盘: 每日

目标 CVR "线索转化率提升至15%"
  层级: 公司
  指标: 线索转化率 (%)
  基准: 10 截至 2024-05-31
  目标值: 15
  截止: 2024-06-30
  负责人: 王芳
  复盘: 每周
"""
EXPORT = "日期,目标,实际\n2024-06-28,LEADS,60\n2024-06-29,线索量,65\n2024-06-30,LEADS,69\n2024-06-30,CVR,14.9\n"


def write(tmp_path, plan: str = LEADS, csv: str | bytes | None = EXPORT) -> tuple[str, str]:
    (tmp_path / "p.plan").write_text(plan, encoding="utf-8")
    if isinstance(csv, bytes):
        (tmp_path / "a.csv").write_bytes(csv)
    elif csv is not None:
        (tmp_path / "a.csv").write_text(csv, encoding="utf-8")
    return str(tmp_path / "p.plan"), str(tmp_path / "a.csv")


def table(stdout: str) -> list[list[str]]:
    return [line.split() for line in stdout.splitlines()]


def test_status_of_one_cumulative_actual(tmp_path):
    plan, _ = write(tmp_path, PROGRESS, None)
    r = run("status", plan)
    assert r.returncode == 0
    assert table(r.stdout) == [["目标", "负责人", "截至", "计划应达", "实际", "完成度", "状态"],
                               ["SALES", "张伟", "2024-06-30", "250万元", "150万元", "60%", "红"]]


def test_status_of_a_flow_with_no_split_accrues_from_zero(tmp_path):
    """8 -> 12万 new users with 5万 at mid-year: 84% (amber), not -151% (red)."""
    plan = """\
计划 "2024"
  周期: 2024-01-01 .. 2024-12-31

目标 M-USERS "新增智能门锁注册用户12万"
  指标: 新增注册用户数 (万)
  基准: 8
  目标值: 12
  截止: 2024年Q4
  负责人: 陈静
  实际: 5 截至 2024-06-30
"""
    path, _ = write(tmp_path, plan, None)
    r = run("status", path)
    assert table(r.stdout)[1] == ["M-USERS", "陈静", "2024-06-30", "5.97万", "5万", "84%", "黄"]


def test_status_from_a_dashboard_export(tmp_path):
    plan, csv = write(tmp_path)
    r = run("status", plan, "--actuals", csv)
    assert (r.returncode, r.stderr) == (0, "")
    assert table(r.stdout) == [
        ["目标", "负责人", "截至", "计划应达", "实际", "完成度", "状态", "说明"],
        ["LEADS", "王芳", "2024-06-30", "100", "69", "69%", "红", "日目标;", "连续", "3", "天低于", "70%"],
        ["CVR", "王芳", "2024-06-30", "15%", "14.9%", "98%", "黄", "日目标"],
    ]


def test_check_reads_the_export_with_the_three_day_rule(tmp_path):
    plan, csv = write(tmp_path)
    r = run("check", "--format", "json", plan, "--actuals", csv)
    found = {f["line"]: f for f in json.loads(r.stdout) if f["code"] == "TR003"}
    assert sorted(found) == [5, 14]
    assert (found[5]["severity"], found[14]["severity"]) == ("warning", "info")
    assert found[5]["message"] == ("LEADS「6月获取3000条线索」 连续 3 天低于日目标的 70% (红灯): "
                                         "2024-06-28 60/100; 2024-06-29 65/100; 2024-06-30 69/100")
    assert r.returncode == 1
    # without the export the plan has no actuals, and no TR003
    r = run("check", "--format", "json", plan)
    assert [f for f in json.loads(r.stdout) if f["code"] == "TR003"] == []


def test_the_exports_rows_replace_the_plans_own_for_the_same_day(tmp_path):
    plan = LEADS.replace("  复盘: 每日\n", "  复盘: 每日\n  实际:\n    2024-06-28: 200\n    2024-06-29: 200\n", 1)
    path, csv = write(tmp_path, plan)
    r = run("status", path, "--actuals", csv)
    assert table(r.stdout)[1][:7] == ["LEADS", "王芳", "2024-06-30", "100", "69", "69%", "红"]
    r = run("status", path)  # the plan's own series alone: 200 a day is green
    assert table(r.stdout)[1][:7] == ["LEADS", "王芳", "2024-06-29", "100", "200", "200%", "绿"]


def test_bad_rows_are_one_line_each_with_file_and_line(tmp_path):
    plan, csv = write(tmp_path, csv="2024-06-28,LEADS,60\n2024-13-29,LEADS,65\n2024-06-30,LEADS,abc\n2024-06-30\n")
    r = run("status", plan, "--actuals", csv)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines() == [
        f"planlint: {csv}:2: '2024-13-29' is not a date; write 2024-06-30 (or 2024-06 for the whole month)",
        f"planlint: {csv}:3: 'abc' is not a number; write 1200 / 5.2万 / 12%",
        f"planlint: {csv}:4: this row has 1 column(s); write date, goal id (or metric name), value",
    ]


def test_a_row_for_no_goal_of_the_plan(tmp_path):
    plan, csv = write(tmp_path, csv="2024-06-28,LEADS,60\n2024-06-30,LEADX,5\n")
    r = run("check", plan, "--actuals", csv, env={"LC_ALL": "zh_CN.UTF-8"})
    assert r.returncode == 2
    assert r.stderr.strip() == f"planlint: {csv}:2: 计划里没有目标或指标「LEADX」; 目标编号: CVR, LEADS"


def test_the_export_is_bounded_and_read_as_people_save_it(tmp_path):
    # Excel on a Chinese system saves GB18030, with ；-free commas and a header
    plan, csv = write(tmp_path, csv="日期,指标,数值\n2024-06-30,线索量,69\n".encode("gb18030"))
    assert run("status", plan, "--actuals", csv).returncode == 0
    plan, csv = write(tmp_path, csv=b"\x00\x01binary")
    r = run("status", plan, "--actuals", csv)
    assert r.returncode == 2 and "binary" in r.stderr
    r = run("status", plan, "--actuals", str(tmp_path / "missing.csv"))
    assert r.returncode == 2 and r.stderr.strip() == f"planlint: {tmp_path / 'missing.csv'}: no such file or folder"
    plan, csv = write(tmp_path, csv="")
    r = run("status", plan, "--actuals", csv)
    assert r.returncode == 2 and "no rows of data" in r.stderr


def test_a_days_rows_by_channel_add_up_for_a_flow(tmp_path):
    csv = "date,goal,value\n2024-06-30,LEADS,40\n2024-06-30,LEADS,65\n2024-06-30,CVR,14\n2024-06-30,CVR,15.5\n"
    plan, path = write(tmp_path, csv=csv)
    rows = table(run("status", plan, "--actuals", path).stdout)
    assert rows[1][:7] == ["LEADS", "王芳", "2024-06-30", "100", "105", "105%", "绿"]
    assert rows[2][:7] == ["CVR", "王芳", "2024-06-30", "15%", "15.5%", "110%", "绿"]
