from conftest import GOOD, line_of, lint, only, variant


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "alignment" and f.severity != "info"] == []


def test_al001_contributions_short_of_parent():
    text = variant(("  贡献: 5个百分点", "  贡献: 4个百分点"))
    [f] = only(lint(text), "AL001")
    assert f.line == line_of(text, "贡献: 4个百分点")
    assert f.message == "下级目标贡献合计 SALES 4 = 4个百分点, 但O1 需要提升 5个百分点 (10% → 15%)"
    assert "还差 1个百分点" in f.fix and f.edits[0].text == "5个百分点"


def test_al002_split_does_not_add_up():
    text = variant(("    2024-Q4: 250", "    2024-Q4: 200"))
    [f] = only(lint(text), "AL002")
    assert f.line == line_of(text, "拆分:")
    assert "100 + 150 + 150 + 200 = 600万元" in f.message
    assert "把 2024-Q4 改为 250" in f.fix and f.edits[0].text == "250"


def test_al002_quiet_on_level_milestones():
    text = variant(("    2024-Q1: 100\n    2024-Q2: 150\n    2024-Q3: 150\n    2024-Q4: 250",
                    "    2024-Q1: 520\n    2024-Q2: 560\n    2024-Q3: 600\n    2024-Q4: 650"))
    assert only(lint(text), "AL002") == []


def test_al003_unknown_id_with_did_you_mean():
    text = variant(("  支撑: SALES", "  支撑: SALE"))
    [f] = only(lint(text), "AL003")
    assert (f.line, f.column) == (line_of(text, "支撑: SALE"), 7)
    assert f.fix == "是不是 SALES?"


def test_al004_parent_cycle():
    text = variant(("  层级: 公司\n", "  上级: SALES\n"))
    [f] = only(lint(text), "AL004")
    assert "O1 → SALES → O1" in f.message


def test_al005_deadline_after_parent_and_plan():
    text = variant(("  截止: 2024年Q4\n  负责人: 张伟", "  截止: 2025年Q1\n  负责人: 张伟"))
    [f] = only(lint(text), "AL005")
    assert f.line == line_of(text, "2025年Q1")
    assert "晚于上级 O1 的截止 (2024年Q4)和计划周期" in f.message
    assert f.fix.startswith("改为 截止: 2024年Q4")


def test_al006_window_outside_period():
    text = variant(("2024-10-15 .. 2024-11-15", "2024-11-01 .. 2025-01-31"))
    [f] = only(lint(text), "AL006")
    assert f.fix.startswith("改为 时间: 2024-11-01 .. 2024-12-31")


def test_al008_initiative_without_goal():
    text = variant(("  支撑: SALES\n", ""))
    [f] = only(lint(text), "AL008")
    assert "没有支撑任何目标" in f.message


def test_al010_advises_a_seasonal_split():
    text = variant(("  拆分:\n    2024-Q1: 100\n    2024-Q2: 150\n    2024-Q3: 150\n    2024-Q4: 250\n", ""))
    [f] = only(lint(text), "AL010")
    assert f.severity == "info"
    assert "2024-Q1: 130; 2024-Q2: 162.5; 2024-Q3: 130; 2024-Q4: 227.5" in f.fix
    assert f.edits[0].text.startswith("\n  拆分:\n    2024-Q1: 130")


def test_al010_quiet_with_a_split_or_a_rate():
    assert only(lint(GOOD), "AL010") == []


def test_al005_deadline_before_the_plan_period():
    text = variant(("  截止: 2024年Q4\n  负责人: 张伟", "  截止: 2023-12-31\n  负责人: 张伟"))
    [f] = only(lint(text), "AL005")
    assert "早于计划周期" in f.message


def test_al011_initiative_starts_after_the_goal_is_due():
    text = variant(("  截止: 2024年Q4\n  负责人: 张伟", "  截止: 2024-09-30\n  负责人: 张伟"))
    [f] = only(lint(text), "AL011")
    assert f.line == line_of(text, "时间: 2024-10-15")
    assert "晚于它支撑的目标 SALES 的截止 2024-09-30" in f.message


def test_al011_quiet_on_good_plan():
    assert only(lint(GOOD), "AL011") == []
