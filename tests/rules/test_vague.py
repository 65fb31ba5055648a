from conftest import EN_GOAL, GOOD, line_of, lint, only, variant


def test_quiet_on_good_plan():
    assert [f for f in lint(GOOD) if f.category == "vague"] == []


def test_vg001_rewrites_with_the_goals_own_numbers():
    text = variant(('目标 SALES "门锁季度销售额达到650万元"', '目标 SALES "增加用户粘性"'), ("  基准: 500\n", ""))
    [f] = only(lint(text), "VG001")
    assert (f.line, f.column) == (line_of(text, "增加用户粘性"), 13)
    assert f.end_column == 17  # exactly 用户粘性
    assert "「用户粘性」" in f.message
    assert f.fix == "用目标自己的数字改写标题: 「门锁季度销售额提升至650万元」"
    assert f.edits[0].text == "门锁季度销售额提升至650万元"


def test_vg001_without_metric_suggests_the_metric_the_phrase_means():
    text = variant(('"门锁季度销售额达到650万元"', '"大幅提升品牌影响力"'), ("  指标: 门锁季度销售额 (万元)\n", ""))
    [f] = only(lint(text), "VG001")
    assert "「大幅」「品牌影响力」" in f.message  # the hedge rides on the same finding
    assert "目标人群品牌认知率" in f.fix
    assert only(lint(text), "VG002") == []


def test_vg001_quiet_on_fully_quantified_goal_whose_title_says_tisheng():
    text = variant(('"门锁季度销售额达到650万元"', '"提升品牌影响力: 门锁季度销售额达到650万元"'))
    assert only(lint(text), "VG001") == []


def test_vg001_english_phrase_next_to_chinese_text():
    # \b would not match between 提 and "engagement": the matcher must not rely on it
    text = variant(('"门锁季度销售额达到650万元"', '"提升engagement"'), ("  基准: 500\n", ""))
    [f] = only(lint(text), "VG001")
    assert "engagement" in f.message


def test_vg001_english_word_inside_another_word_is_not_matched():
    text = variant(('"门锁季度销售额达到650万元"', '"Reengagementless 650"'), ("  基准: 500\n", ""))
    assert only(lint(text), "VG001") == []


def test_vg002_hedge_in_a_quantified_goal():
    text = variant(('"门锁季度销售额达到650万元"', '"门锁销售额大幅增长"'))
    [f] = only(lint(text), "VG002")
    assert f.line == line_of(text, "大幅增长") and f.column == 16
    assert "「大幅」" in f.message
    assert f.fix == "删去「大幅」, 写明幅度: 门锁季度销售额从500万元提升至650万元"


def test_vg002_english_hedge_in_a_note():
    text = EN_GOAL + "  note: grow significantly as soon as possible\n"
    [f] = only(lint(text), "VG002")
    assert f.line == 9 and "significantly" in f.message and "as soon as possible" in f.message


def test_vg002_does_not_flag_quanmianping():
    text = variant(("双11限时促销", "全面屏门锁双11限时促销"))
    assert only(lint(text), "VG002") == []


def test_vg001_quiet_when_the_title_words_are_the_metric():
    text = variant(('"门锁季度销售额达到650万元"', '"月活跃用户数达到50万"'), ("  指标: 门锁季度销售额 (万元)", "  指标: 月活跃用户数 (万)"),
                   ("  基准: 500\n", ""))
    assert only(lint(text), "VG001") == []
    assert only(lint(text), "BL001") != []
