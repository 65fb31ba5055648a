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
