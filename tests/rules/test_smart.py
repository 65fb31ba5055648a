from conftest import GOOD, line_of, lint, only, variant


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "smart"] == []


def test_sm001_goal_without_metric_proposes_the_phrase_metric():
    text = variant(('目标 SALES "门锁季度销售额达到650万元"', '目标 SALES "大幅提升品牌影响力"'),
                   ("  指标: 门锁季度销售额 (万元)\n", ""), ("  目标值: 650\n", ""))
    [f] = only(lint(text), "SM001")
    assert (f.line, f.column) == (line_of(text, "目标 SALES"), 4)
    assert f.severity == "error"
    assert "没有指标和目标值" in f.message and "SALES" in f.message
    assert "目标人群品牌认知率" in f.fix


def test_sm002_target_that_is_not_a_number():
    text = variant(("  目标值: 650", "  目标值: 显著提升"))
    [f] = only(lint(text), "SM002")
    assert f.line == line_of(text, "目标值: 显著提升")
    assert "不是数值" in f.message
    assert "650万元" in f.fix  # the number in the title


def test_sm003_no_deadline_proposes_the_parents():
    text = variant(("  截止: 2024年Q4\n  负责人: 张伟", "  负责人: 张伟"))
    [f] = only(lint(text), "SM003")
    assert f.line == line_of(text, "目标 SALES")
    assert f.fix == "加上 截止: 2024年Q4 (上级 O1 的截止)"
    assert f.edits and "截止: 2024年Q4" in f.edits[0].text


def test_sm004_goal_with_no_parent_and_no_relevance():
    text = variant(("  上级: O1\n  贡献: 5个百分点\n", ""), ("  关联度: 高\n", ""))
    [f] = only(lint(text), "SM004")
    assert "SALES" in f.message
    assert "上级: O1" in f.fix


def test_sm004_quiet_with_relevance_tag():
    text = variant(("  上级: O1\n  贡献: 5个百分点\n", ""))
    assert only(lint(text), "SM004") == []


def test_sm005_tripling_without_history():
    text = variant(("  目标值: 650", "  目标值: 1500"))
    [f] = only(lint(text), "SM005")
    assert f.line == line_of(text, "目标值: 1500")
    assert "500万元" in f.message and "1,500万元" in f.message
    assert "不超过 1,000万元" in f.fix


def test_sm005_band_from_history_for_a_decrease_goal():
    text = """\
        goal CPL "Cost per lead down"
          level: company
          metric: cost per lead (CNY)
          baseline: 260
          target: <= 100
          deadline: 2025-12-31
          owner: Sun Li
          review: monthly
          history: 400, 330, 260
        """
    [f] = only(lint(text), "SM005")
    assert "(-62%)" in f.message and "best step in its history is -21%" in f.message
    assert "set the target within" in f.fix


def test_sm005_quiet_when_a_note_explains():
    text = variant(("  目标值: 650", "  目标值: 1500\n  备注: 新开京东渠道, 预计贡献800万"))
    assert only(lint(text), "SM005") == []


def test_sm005_options_come_from_config():
    text = variant(("  目标值: 650", "  目标值: 1500"))
    assert only(lint(text, rules={"SM005": {"max-growth": 4.0}}), "SM005") == []
