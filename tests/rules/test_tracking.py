from conftest import GOOD, line_of, lint, only, variant


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "tracking"] == []


def test_tr001_no_review_proposes_cadence_by_level():
    text = variant(("  复盘: 每月\n", ""))
    [f] = only(lint(text), "TR001")
    assert f.line == line_of(text, "目标 SALES")
    assert f.fix == "加上 复盘: 每月"


def test_tr002_no_leading_indicator_is_info():
    text = variant(("  先行指标: 促销期加购数\n", ""))
    [f] = only(lint(text), "TR002")
    assert f.severity == "info"


PROGRESS = variant(("    2024-Q4: 250", "    2024-Q4: 250\n  实际: 150 截至 2024-06-30"))


def test_tr003_red_when_below_70_percent_of_the_split():
    [f] = only(lint(PROGRESS), "TR003")  # plan by 2024-06-30: 100 + 150 = 250; actual 150 = 60%
    assert f.severity == "warning"
    assert "实际 150万元, 计划应达 250万元 (60%, 红灯)" in f.message
    assert "每月需完成 82.61万元" in f.fix


def test_tr003_amber_is_info_and_thresholds_come_from_config():
    [f] = only(lint(PROGRESS, rules={"TR003": {"red-below": 0.5}}), "TR003")
    assert f.severity == "info" and "黄灯" in f.message


def test_tr003_quiet_when_on_plan():
    assert only(lint(PROGRESS.replace("实际: 150", "实际: 260")), "TR003") == []


def test_status_command(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "p.plan"
    path.write_text(PROGRESS, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "planlint", "status", str(path)], capture_output=True, text=True)
    assert r.returncode == 0
    head, row = r.stdout.splitlines()
    assert head.split() == ["目标", "负责人", "截至", "计划应达", "实际", "完成度", "状态"]
    assert row.split() == ["SALES", "张伟", "2024-06-30", "250万元", "150万元", "60%", "红"]
