from conftest import GOOD, line_of, lint, only, variant

EXTRA = """
举措 ADS "信息流广告"
  支撑: SALES
  策略: 转化优化
  负责人: 李娜
  预算: 50万元
  时间: 2024-03-01 .. 2024-05-31
"""


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "resource"] == []


def test_rs001_overrun_on_the_initiative_that_crosses():
    text = GOOD + EXTRA
    [f] = only(lint(text), "RS001")
    assert f.line == line_of(text, "预算: 50万元")
    assert f.message == "举措预算合计 60万 + 50万 = 110万元, 超出计划预算 100万元 达 10万元"
    assert "削减 10万元" in f.fix and "PROMO 60万元 →" in f.fix


def test_rs001_team_budget():
    text = variant(("团队 销售部\n", "团队 销售部\n  预算: 5万元\n")) + EXTRA.replace("李娜", "周敏").replace("50万元", "8万元")
    [f] = only(lint(text), "RS001")
    assert "团队 销售部 的预算 5万元" in f.message


def test_rs002_goal_without_initiative():
    text = variant(("  支撑: SALES\n", "  支撑: O1\n"))
    [f] = only(lint(text), "RS002")
    assert f.line == line_of(text, "目标 SALES")
    assert "支撑: SALES" in f.fix and "转化优化" in f.fix and "40万元" in f.fix


def test_rs003_initiative_without_budget_says_what_is_left():
    text = variant(("  预算: 60万元\n", ""))
    [f] = only(lint(text), "RS003")
    assert f.line == line_of(text, "举措 PROMO")
    assert "计划还剩 100万元 未分配" in f.fix


def test_rs003_quiet_on_zero_budget():
    assert only(lint(variant(("预算: 60万元", "预算: 0元"))), "RS003") == []


def test_rs004_owner_overloaded():
    extra = "".join(
        f'\n举措 P{i} "活动{i}"\n  支撑: SALES\n  策略: 转化优化\n  负责人: 张伟\n  预算: 1万元\n  时间: 2024-11-0{i} .. 2024-11-20\n'
        for i in range(1, 4)
    )
    text = GOOD + extra
    [f] = only(lint(text), "RS004")
    assert "张伟 同时负责 4 个举措 (上限 3)" in f.message
    assert only(lint(text, rules={"RS004": {"max-concurrent": 4}}), "RS004") == []


def test_rs001_team_budgets_above_the_plan():
    text = variant(("团队 营销部\n", "团队 营销部\n  预算: 80万元\n"), ("团队 销售部\n", "团队 销售部\n  预算: 40万元\n"))
    [f] = only(lint(text), "RS001")
    assert f.message.startswith("团队预算合计 80万 + 40万 = 120万元")
    assert "营销部" in f.fix


def test_values_with_verbs_notes_and_units_in_the_field_name_read():
    text = variant(("  目标值: 650", "  目标值: 达到650"), ("  基准: 500", "  基准: 500（2023年）"),
                   ("  预算: 60万元", "  预算(万): 60"))
    findings = lint(text)
    assert [f for f in findings if f.severity != "info"] == []
