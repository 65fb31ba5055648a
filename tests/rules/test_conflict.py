from conftest import GOOD, line_of, lint, only

FUNNEL = GOOD + """
目标 LEADS "线索量翻倍"
  上级: O1
  关联度: 高
  指标: 线索量 (条)
  基准: 2000
  目标值: 4000
  截止: 2024-12-31
  负责人: 李娜
  部门: 营销部
  复盘: 每周

目标 QUALITY "线索转化率提升至15%"
  上级: O1
  关联度: 高
  指标: 线索转化率 (%)
  基准: 10
  目标值: 15
  截止: 2024-12-31
  负责人: 刘洋
  部门: 销售部
  复盘: 每周

举措 FEED "信息流"
  支撑: LEADS, QUALITY
  策略: 转化优化
  负责人: 李娜
  预算: 10万元
  时间: 2024-03-01 .. 2024-05-31
"""

PREMIUM_AND_DISCOUNT = """
目标 PREMIUM "高端定位"
  上级: O1
  关联度: 中
  指标: 高端系列销售占比 (%)
  基准: 20
  目标值: 30
  截止: 2024年Q4
  负责人: {premium_owner}
  部门: {premium_dept}
  复盘: 每月

举措 CLEAR "门锁清仓打折"
  支撑: PREMIUM
  策略: 转化优化
  负责人: {clear_owner}
  部门: 营销部
  预算: 10万元
  时间: 2024-03-01 .. 2024-03-31
"""


def premium_and_discount(**who: str) -> str:
    """The good plan plus a premium-positioning goal and a clearance sale against it."""
    return GOOD + PREMIUM_AND_DISCOUNT.format(**who)


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "conflict"] == []


def test_xd001_lead_volume_against_lead_quality():
    [f] = only(lint(FUNNEL), "XD001")
    assert f.line == line_of(FUNNEL, "目标值: 4000")
    assert "营销部 的 LEADS「线索量翻倍」 追求线索量" in f.message and "销售部" in f.message
    assert f.fix.startswith("李娜 (营销部) 与 刘洋 (销售部) 共同确认")


def test_xd001_quiet_with_a_shared_definition():
    text = FUNNEL.replace("  部门: 营销部\n  复盘: 每周", "  部门: 营销部\n  复盘: 每周\n  口径: 有效线索 = 已确认预算, 与销售部确认")
    assert only(lint(text), "XD001") == []


def test_xd001_discounting_against_premium():
    text = premium_and_discount(premium_owner="刘洋", premium_dept="销售部", clear_owner="张伟")
    [f] = only(lint(text), "XD001")
    assert "低价促销" in f.message and "高端定位" in f.message


def test_xd002_opposite_directions():
    text = FUNNEL.replace('目标 QUALITY "线索转化率提升至15%"', '目标 QUALITY "线索量控制"').replace(
        "  指标: 线索转化率 (%)\n  基准: 10\n  目标值: 15", "  指标: 线索量 (条)\n  基准: 2000\n  目标值: 1500")
    [f] = only(lint(text), "XD002")
    assert "要提高「线索量」" in f.message and "却要降低它" in f.message


def test_xd001_discounting_against_premium_within_one_department():
    text = premium_and_discount(premium_owner="张伟", premium_dept="营销部", clear_owner="李娜")
    [f] = only(lint(text), "XD001")
    assert "低价促销" in f.message and "李娜" in f.fix and "张伟" in f.fix
