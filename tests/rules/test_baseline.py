from conftest import GOOD, line_of, lint, only, variant


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "baseline"] == []


def test_bl001_target_without_baseline():
    text = variant(("  基准: 500\n", ""))
    [f] = only(lint(text), "BL001")
    assert f.line == line_of(text, "目标值: 650")
    assert "没有基准值" in f.message and "门锁季度销售额" in f.message
    assert "截至 2023-12-31" in f.fix  # the day before the plan period


def test_bl001_english_message():
    text = """\
        goal G "Sign-ups"
          level: company
          metric: sign-ups (count)
          target: +20%
          deadline: 2025-12-31
          owner: Li Na
          review: weekly
        """
    [f] = only(lint(text), "BL001")
    assert f.message.startswith("goal G (Sign-ups) targets +20% with no baseline")


def test_bl002_percent_against_count():
    text = variant(("  基准: 10 截至 2023-12-31", "  基准: 10%"), ("  目标值: 15\n  截止: 2024年Q4\n  负责人: 王芳", "  目标值: 1500条\n  截止: 2024年Q4\n  负责人: 王芳"))
    [f] = only(lint(text), "BL002")
    assert f.line == line_of(text, "1500条")
    assert "%" in f.message and "条" in f.message


def test_bl002_quiet_on_points_for_a_percentage():
    text = variant(("  目标值: 15\n", "  目标值: +5pp\n"))
    assert only(lint(text), "BL002") == []
