from conftest import EN_GOAL, GOOD, line_of, lint, only, variant


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "owner"] == []


def test_ow001_missing_owner_proposes_the_goals_owner():
    text = variant(("  负责人: 张伟\n  预算: 60万元", "  预算: 60万元"))
    [f] = only(lint(text), "OW001")
    assert f.line == line_of(text, "举措 PROMO") and f.severity == "error"
    assert f.fix == "加上 负责人: 张伟"


def test_ow002_placeholder_owner():
    text = variant(("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 60万元"))
    [f] = only(lint(text), "OW002")
    assert f.line == line_of(text, "负责人: *") and f.column == 8
    assert "占位符" in f.message
    assert f.edits[0].text == "张伟"


def test_ow002_tbd_in_english():
    text = """\
        team Marketing
          head: TBD
        """
    [f] = only(lint(text), "OW002")
    assert "team Marketing, 'TBD', is a placeholder" in f.message


def test_ow003_owner_not_in_department():
    text = variant(("  负责人: 张伟\n  部门: 营销部\n  复盘: 每月", "  负责人: 周敏\n  部门: 营销部\n  复盘: 每月"))
    [f] = only(lint(text), "OW003")
    assert f.line == line_of(text, "负责人: 周敏")
    assert "周敏 不是 营销部 的负责人或成员 (在 销售部)" in f.message
    assert "王芳" in f.fix


def test_ow004_undeclared_department_with_did_you_mean():
    text = variant(("  部门: 营销部\n  复盘: 每月", "  部门: 营销部门\n  复盘: 每月"))
    [f] = only(lint(text), "OW004")
    assert "营销部门" in f.message
    assert "是不是 营销部" in f.fix


def test_ow003_and_ow004_quiet_without_teams():
    text = EN_GOAL + "  department: Growth\n"
    assert [f for f in lint(text) if f.code in ("OW003", "OW004")] == []


def test_ow005_several_owners():
    text = variant(("  负责人: 张伟\n  预算: 60万元", "  负责人: 张伟、李娜\n  预算: 60万元"))
    [f] = only(lint(text), "OW005")
    assert f.fix == "负责人: 张伟; 协同人: 李娜"


def test_owner_with_role_in_brackets_is_the_person():
    text = variant(("  负责人: 张伟\n  部门: 营销部", "  负责人: 张伟(运营经理)\n  部门: 营销部"))
    assert [f for f in lint(text) if f.category == "owner"] == []
