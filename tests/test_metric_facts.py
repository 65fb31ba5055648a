"""The plan facts of what a goal's metric measures and who an owner names: the layer the
conflict, vague, owner, baseline and strategy-fit rules read, and the report and the language
server may read (``PlanFacts.metric``, ``PlanFacts.owner``)."""

from __future__ import annotations

import textwrap

import pytest
from conftest import lint, only

from planlint.facts import facts_of
from planlint.facts.owners import owner_facts, split_names
from planlint.language.packs import load_packs
from planlint.parser import parse


def goal_facts(metric: str, baseline: str = "", target: str = "", title: str = "G", extra: str = ""):
    lines = [f'目标 G "{title}"', f"  指标: {metric}"]
    if baseline:
        lines.append(f"  基准: {baseline}")
    if target:
        lines.append(f"  目标值: {target}")
    plan, _ = parse("\n".join(lines) + "\n" + extra, "p.plan")
    return facts_of(plan, load_packs()).metric(plan.goals[0])


@pytest.mark.parametrize(("metric", "baseline", "target", "entity", "kind", "direction", "pushes", "tightens"), [
    ("线索量 (条)", "2000", "4000", "lead", "volume", 1, True, False),
    ("线索转化率 (%)", "10", "15", "lead", "rate", 1, False, True),
    ("门店库存周转天数 (天)", "98", "<= 75", "goods", "stock", -1, False, True),
    ("新增发卡量 (万张)", "42", "60", "account", "volume", 1, True, False),
    ("进件审批通过率 (%)", "41", "<= 35", "account", "rate", -1, False, True),
    ("加盟商进货额 (亿元)", "2.2", "3", "goods", "money", 1, True, False),
    ("cost per qualified lead (CNY)", "260", "<= 200", "lead", "cost", -1, False, True),
    ("sales-qualified leads (count)", "1300", "1800", "lead", "volume", 1, True, False),
    ("new ARR (USD)", "4.2M", "6M", "revenue", "money", 1, False, False),  # money as such is not pushed volume
    ("线上渠道销售额占比 (%)", "20", "60", "revenue", "share", 1, False, False),  # a mix
    ("會員回購率 (%)", "28", "35", "customer", "rate", 1, False, False),  # the whole base, not the new ones
    ("新玩家7日留存率 (%)", "13", "18", "user", "rate", 1, False, True),  # the cohort of new ones
    ("首年銷售套數 (萬套)", "80", "120", "order", "volume", 1, True, False),  # Traditional, folded
])
def test_what_a_metric_measures(metric, baseline, target, entity, kind, direction, pushes, tightens):
    m = goal_facts(metric, baseline, target)
    assert (m.entity, m.kind, m.direction, m.pushes, m.tightens) == (entity, kind, direction, pushes, tightens)


def test_a_conversion_into_a_thing_holds_back_what_comes_before_it():
    m = goal_facts("落地页注册转化率 (%)", "9", "12")
    assert m.entities == ("user",) and m.subjects == ("traffic",) and m.converts


def test_a_flow_with_a_target_and_no_baseline_is_pushed_up():
    assert goal_facts("新增铺货门市数 (家)", target="1500").direction == 1


def test_direction_from_the_words_when_the_numbers_do_not_say():
    assert goal_facts("外卖订单差评率 (%)", title="差评率压到1%以下").direction == -1


@pytest.mark.parametrize(("metric", "title", "dimension", "aim"), [
    ("会员年度复购率 (%)", "G", None, "retention"),
    ("目标人群品牌认知率 (%)", "G", None, "awareness"),
    ("付费渠道新增安装 (万)", "G", None, "acquisition"),
    ("新玩家30日留存率 (%)", "G", None, "retention"),
    ("门锁季度销售额 (万元)", "G", "品牌", "awareness"),  # the written dimension decides
    ("新开智能理财户口数 (万个)", "G", "用户", "acquisition"),
])
def test_aim(metric, title, dimension, aim):
    extra = f"  维度: {dimension}\n" if dimension else ""
    assert goal_facts(metric, "1", "2", title, extra).aim == aim


def test_units_that_cannot_be_compared_are_one_fact_for_every_rule():
    text = textwrap.dedent("""\
        目标 RESPONSE "咨询响应时长缩短到2小时"
          层级: 公司
          指标: 咨询首次响应时长 (小时)
          基准: 35人
          目标值: 2
          截止: 2025-12-31
        """)
    plan, _ = parse(text, "p.plan")
    facts = facts_of(plan, load_packs())
    assert facts.metric(plan.goals[0]).units == ("小时", "人") and not facts.units_agree(plan.goals[0])
    found = lint(text)
    assert [f.code for f in only(found, "BL002")] == ["BL002"]
    assert only(found, "SM005") == []  # the 17.5x "jump" only follows from the wrong unit


def test_facts_serialise_for_the_report_and_the_editor():
    data = goal_facts("线索量 (条)", "2000", "4000").to_json()
    assert data["entities"] == ["lead"] and data["pushes"] is True and data["kind"] == "volume"


@pytest.mark.parametrize(("value", "kind"), [
    ("李娜", "person"), ("张伟(运营经理)", "person"), ("王经理", "person"), ("Dr. Paul Grant", "person"),
    ("Li Na", "person"), ("张伟、李娜", "several"), ("张伟和李娜", "several"), ("Li Na and Wu Hao", "several"),
    ("各区域经理", "group"), ("全體業務", "group"), ("all store managers", "group"), ("the sales team", "group"),
    ("Regional sales managers", "group"), ("张伟等", "group"), ("待招聘", "vacancy"), ("TBH", "vacancy"),
    ("to be hired", "vacancy"), ("市场部经理", "role"), ("客服主管", "role"), ("Head of Growth", "role"),
    ("Sales Director", "role"), ("*", "placeholder"), ("待定", "placeholder"),
])
def test_who_an_owner_names(value, kind):
    assert owner_facts(value, None, load_packs()).kind == kind


def test_a_long_owner_value_is_read_in_one_pass():
    # issue 14: `owner: A` + 16k spaces + `x` took 9 s with a regex of overlapping \s*
    value = "A" + " " * 16000 + "x"
    assert split_names(value, load_packs()) == [value.strip()]
    assert owner_facts(value, None, load_packs()).kind == "person"
    text = "目标 G \"x\"\n  负责人: 张伟" + " " * 16000 + "、李娜\n"
    assert [f.code for f in only(lint(text), "OW005")] == ["OW005"]
