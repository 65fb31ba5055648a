"""The language: what reads, how values normalise, where syntax problems point."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from planlint.parser import parse
from planlint.parser.values import read

D = dt.date


@pytest.mark.parametrize(
    ("start", "text", "value", "unit"),
    [
        ("quantity", "100万元", 1_000_000, "CNY"),
        ("quantity", "35万", 350_000, None),
        ("quantity", "3个百分点", 3, "pp"),
        ("quantity", "3pp", 3, "pp"),
        ("quantity", "20%", 20, "%"),
        ("quantity", "２０％", 20, "%"),
        ("quantity", "1,200", 1200, None),
        ("quantity", "1.5亿", 150_000_000, None),
        ("quantity", "600k CNY", 600_000, "CNY"),
        ("quantity", "6M", 6_000_000, None),
        ("quantity", "¥35万", 350_000, "CNY"),
        ("quantity", "$120k", 120_000, "USD"),
        ("quantity", "10w", 100_000, None),
        ("quantity", "5万/年", 50_000, "/年"),
        ("quantity", "200 CNY", 200, "CNY"),
    ],
)
def test_quantities(start, text, value, unit):
    q = read(start, text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024-12-31", D(2024, 12, 31), D(2024, 12, 31)),
        ("2024-09", D(2024, 9, 1), D(2024, 9, 30)),
        ("2024年9月", D(2024, 9, 1), D(2024, 9, 30)),
        ("2024年9月30日", D(2024, 9, 30), D(2024, 9, 30)),
        ("2024-Q4", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024Q4", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024年Q4", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024年第四季度", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024-H1", D(2024, 1, 1), D(2024, 6, 30)),
        ("2024年上半年", D(2024, 1, 1), D(2024, 6, 30)),
        ("2024年下半年", D(2024, 7, 1), D(2024, 12, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ],
)
def test_dates_are_periods_with_a_last_day(text, start, end):
    d = read("date", text)
    assert (d.start, d.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "kind", "numbers"),
    [
        ("650", "exact", (650,)),
        ("450..500", "range", (450, 500)),
        ("450 ~ 500", "range", (450, 500)),
        ("450～500", "range", (450, 500)),
        ("450 至 500", "range", (450, 500)),
        ("<= 200元", "bound", (200,)),
        ("≥40%", "bound", (40,)),
        ("200元以内", "bound", (200,)),
        ("+20%", "relative", (20,)),
        ("+5pp", "relative", (5,)),
        ("-10%", "relative", (-10,)),
    ],
)
def test_targets(text, kind, numbers):
    t = read("target", text)
    assert t.kind == kind
    got = (t.low.value, t.high.value) if kind == "range" else (t.value.value,)
    assert got == numbers


def test_bound_keeps_its_direction():
    assert read("target", "<= 200元").op == "<="
    assert read("target", "40%以上").op == ">="


def test_period_ranges():
    p = read("period", "2025-01-06 ～ 2025-06-27")
    assert (p.start, p.end) == (D(2025, 1, 6), D(2025, 6, 27))
    assert (read("period", "2024-Q3").start, read("period", "2024-Q3").end) == (D(2024, 7, 1), D(2024, 9, 30))


def test_one_line_statement_in_both_languages():
    plan, problems = P("""\
        goal F "followers"
          metric: WeChat followers 50k -> 60k by 2025-06-30
        目标 R "reads"
          指标：单篇平均阅读量 3000 -> 4000 截止 2025-06-30
        """)
    assert problems == []
    f, r = plan.goals
    assert (f.metric.name, f.baseline.value, f.target.value.value, f.deadline.end) == (
        "WeChat followers", 50_000, 60_000, D(2025, 6, 30))
    assert (r.metric.name, r.baseline.value, r.target.value.value) == ("单篇平均阅读量", 3000, 4000)


def test_metric_unit_scale_and_spans():
    plan, _ = P("""\
        目标 M-SALES "销售额"
          指标: 智能门锁季度销售额 (万元)
          基准: 500
        """)
    g = plan.goals[0]
    assert (g.metric.name, g.metric.unit, g.metric.scale) == ("智能门锁季度销售额", "CNY", 10_000)
    assert (g.id_span.line, g.id_span.column, g.id_span.end_column) == (1, 4, 11)
    assert (g.baseline.span.line, g.baseline.span.column) == (3, 7)


def test_nested_mappings_and_lists():
    plan, problems = P("""\
        goal L "leads"
          split:
            2025-Q1: 400
            2025-Q2: 600
          assume:
            deal size: 50k CNY
            cost per lead: <= 200 CNY
          history: 400, 330、260
          leading: a，b
        """)
    assert problems == []
    g = plan.goals[0]
    assert [(e.period.end, e.quantity.value) for e in g.split] == [(D(2025, 3, 31), 400), (D(2025, 6, 30), 600)]
    assert [e.key for e in g.assume] == ["deal size", "cost per lead"]
    assert g.assume[1].target.op == "<="
    assert [q.value for q in g.history] == [400, 330, 260]
    assert [t.value for t in g.leading] == ["a", "b"]


def test_comments_and_quotes():
    plan, problems = P("""\
        目标 G1 “标题里有 # 号”   # a comment
          备注: "写着 # 也不是注释"  # 注释
        """)
    assert problems == []
    assert plan.goals[0].title == "标题里有 # 号"
    assert plan.goals[0].note.value == "写着 # 也不是注释"


def test_language_detection():
    assert P('goal G "x"\n  metric: a\n')[0].lang == "en"
    assert P('目标 G "x"\n  指标: a\n')[0].lang == "zh"


# ------------------------------------------------------------ syntax errors
class Seen:
    """A parser hit as the user sees it: code, position, message and fix in the plan's language."""

    def __init__(self, hit, locale="zh-Hans"):
        self.code = hit.rule.code
        self.span = hit.span
        self.message = hit.message.render(locale)
        self.fix = hit.fix.render(locale)
        self.edits = hit.edits
        self.replacement = hit.edits[0].text if hit.edits else None


def P(text: str):
    plan, hits = parse(textwrap.dedent(text).lstrip("\n"), "t.plan")
    return plan, [Seen(h, plan.locale) for h in hits]


def codes_at(problems):
    return [(p.code, p.span.line, p.span.column) for p in problems]


def test_missing_colon_points_at_the_line_and_says_what_to_type():
    _, problems = P("""\
        目标 G1 "x"
          负责人 张伟
          指标: a
        """)
    [p] = problems
    assert (p.code, p.span.line, p.span.column) == ("PL001", 2, 3)
    assert "缺少冒号" in p.message and p.fix == "写成 负责人: 张伟"


def test_unknown_field_did_you_mean():
    _, problems = P("""\
        goal G1 "x"
          baselin: 5
        目标 G2 "y"
          负责任: 张伟
        """)
    assert [(p.code, p.span.line) for p in problems] == [("PL002", 2), ("PL002", 4)]
    assert "baseline" in problems[0].message and "baselin" in problems[0].message
    assert "是不是「负责人」" in problems[1].message
    assert problems[0].replacement == "baseline"


def test_bad_date_value():
    _, problems = P("""\
        goal G1 "x"
          deadline: 2024-13-45
        """)
    [p] = problems
    assert (p.code, p.span.line, p.span.column) == ("PL003", 2, 13)
    assert "2024-12-31" in p.fix


def test_recovers_at_the_next_block_and_keeps_good_blocks():
    plan, problems = P("""\
        目标 A "unclosed
          指标: a
        目标 B "ok"
          负责人 张伟
          指标: b
        目标 C "ok"
          指标: c
        """)
    assert codes_at(problems) == [("PL001", 1, 6), ("PL001", 4, 3)]
    a, b, c = plan.goals  # read as meant: the quote closed at the line's end, the colon put in
    assert (a.id, a.title, a.metric.name) == ("A", "unclosed", "a")
    assert (b.owner.value, b.owner.span.column, b.metric.name) == ("张伟", 7, "b")
    assert c.metric.name == "c"


def test_unknown_block_keyword():
    plan, problems = P("""\
        gaol G1 "x"
          metric: a
        """)
    [p] = problems
    assert p.code == "PL007" and "did you mean 'goal'" in p.message
    assert plan.goals[0].id == "G1"


def test_a_chinese_keyword_written_against_its_title_or_id_opens_the_block():
    plan, problems = P("""\
        计划「2025 品牌计划」
          负责人: 张三

        目标G1「线索量翻倍」
          负责人: 张三
          截止: 2025-12-31

        举措I-2「直播」
          支撑: G1
          负责人 张三
        """)
    assert [(p.code, p.span.line) for p in problems] == [("PL001", 10)]  # the missing colon: no line taken for prose
    assert plan.meta is not None and plan.meta.title == "2025 品牌计划"
    [goal], [ini] = plan.goals, plan.initiatives
    assert (goal.id, goal.title, goal.id_span.line, goal.id_span.column) == ("G1", "线索量翻倍", 4, 3)
    assert (ini.id, ini.title, ini.supports[0].value) == ("I-2", "直播", "G1")  # (read by the slow path)
    _, english = P("""\
        GoalG1 "x"
          owner: A
        """)
    assert english[0].code == "PL007"  # an English keyword needs its blank


def test_a_field_before_any_block_is_one_finding_and_a_stuck_keyword_after_it_opens_its_block():
    plan, problems = P("""\
          负责人: 张三
        计划「P」
          负责人: 李四
        目标G1「x」
          负责人: 李四
        """)
    assert [(p.code, p.span.line, p.span.column) for p in problems] == [("PL001", 1, 6)]  # the root cause, once
    assert "负责人: 张三" in problems[0].message and "注释" not in problems[0].fix
    assert (plan.meta.title, plan.meta.owner.value) == ("P", "李四")
    assert [(g.id, g.title, g.owner.value) for g in plan.goals] == [("G1", "x", "李四")]


def test_a_title_in_other_quotes_is_read_with_or_without_a_blank_after_the_keyword():
    for header, column in (("目标 G1 『线索翻倍』", 7), ("目标G1『线索翻倍』", 5), ("目標G1『线索翻倍』", 5),
                           ("目标 G1 '线索翻倍'", 7), ("目标G1‘线索翻倍’", 5)):
        plan, problems = P(f"{header}\n  负责人: 张三\n")
        [goal] = plan.goals
        assert (goal.id, goal.title, goal.owner.value) == ("G1", "线索翻倍", "张三"), header
        assert goal.title_span.column == column
        [p] = [p for p in problems if p.code != "PL014"]  # (目標 in a Simplified plan: info)
        assert (p.code, p.span.line, p.span.column, p.span.end_column) == ("PL001", 1, column, column + 6)
        assert p.replacement[0] + p.replacement[-1] in ("「」", '""', "“”") and p.replacement[1:-1] == "线索翻倍"
    plan, problems = P("计划『2025』\n  负责人: 张三\n")  # no id: the plan's own
    assert plan.meta.title == "2025" and [p.code for p in problems] == ["PL001"]
    plan, _ = P("GoalG1 'x'\n  owner: A\n")
    assert plan.goals == []  # an English keyword still needs its blank


def test_a_block_keyword_that_does_not_read_as_a_header_is_one_finding_and_its_fields_no_blocks():
    plan, problems = P("""\
        目标 G1 "x"
          负责人: 张三
        目标(G2)「y」
          负责人: 李四
          截止: 2025-12-31

        目标 G3 "z"
          负责人: 王五
        """)
    [p] = problems
    assert (p.code, p.span.line, p.span.column) == ("PL001", 3, 1)
    assert p.message == "这一行以块关键词「目标」开头, 但不是块的开头: 「目标(G2)「y」」"
    assert p.fix == "写成 目标 G2 「y」: 关键词, 空格, 编号, 再加带引号的标题"  # what to type, not a comment
    g1, g3 = plan.goals  # 李四 and the deadline are not G1's (no second owner, no deadline taken over)
    assert (g1.id, g1.owner.value, g1.deadline, g1.span.end_line) == ("G1", "张三", None, 2)
    assert (g3.id, g3.owner.value, g3.owner.span.line) == ("G3", "王五", 8)
    _, problems = P("计划：2025 品牌\n  负责人: 张三\n")  # before any block: one finding, not one for the fields
    assert [(p.code, p.span.line) for p in problems] == [("PL001", 1)]
    assert problems[0].fix.startswith("写成 计划 P1 「2025 品牌」")
    _, problems = P('goal G1 "x"\n  owner: A\nGoals below are ranked.\ngoal G2 "y"\n  owner: A\n')
    assert [p.code for p in problems] == ["PL001"] and "#" in problems[0].fix  # prose stays prose


def test_unindented_field_is_kept_with_a_warning():
    plan, problems = P("""\
        目标 G1 "x"
        指标: a
        """)
    assert [p.code for p in problems] == ["PL008"]
    assert plan.goals[0].metric.name == "a"


def test_duplicate_id():
    _, problems = P("""\
        goal G1 "x"
        goal G1 "y"
        """)
    assert [(p.code, p.span.line) for p in problems] == [("PL004", 2)]


def test_crlf_and_bom():
    plan, problems = parse("\ufeffgoal G1 \"x\"\r\n  metric: a\r\n", "t.plan")
    assert problems == [] and plan.goals[0].metric.name == "a"


def test_title_without_quotes_is_read_and_reported_once():
    plan, problems = P("""\
        目标 G1 线索量 翻倍   # note
          指标: a
        """)
    [p] = problems
    assert (p.code, p.span.line, p.span.column) == ("PL001", 1, 7)
    assert p.fix == '写成 目标 G1 "线索量 翻倍"' and p.replacement == '"线索量 翻倍"'
    assert plan.goals[0].title == "线索量 翻倍" and plan.goals[0].metric.name == "a"


def test_misplaced_duplicate_and_unknown_choice_and_extra_field():
    _, problems = P("""\
        目标 G1 "x"
          支撑: G2
          负责人: 张伟
          负责人: 李娜
          复盘: 每两天
          优先级: P0
        """)
    got = [(p.code, p.span.line) for p in problems]
    assert got == [("PL005", 2), ("PL006", 4), ("PL009", 5), ("PL012", 6)]
    assert "不用于目标块" in problems[0].message
    assert "以最后一个为准" in problems[1].message
    assert "每周" in problems[2].fix
    assert "负责人" in problems[3].fix


def test_missing_id():
    _, problems = P('目标 "提升销售额"\n  指标: a\n')
    [p] = problems
    assert p.code == "PL010" and '目标 G1 "提升销售额"' in p.fix


def test_a_teams_own_longer_field_is_extra_not_a_typo():
    _, problems = P('目标 G1 "x"\n  预算说明: 含人力成本\n')
    assert [p.code for p in problems] == ["PL012"]


def test_syntax_findings_are_data_and_render_in_every_language():
    from planlint.driver.linter import Linter

    [f] = [f for f in Linter().lint('目标 G1 "x"\n  负责人 张伟\n', "t.plan") if f.category == "syntax"]
    assert (f.code, f.rule, f.category, f.locale) == ("PL001", "unreadable-line", "syntax", "zh-Hans")
    assert f.text("en") == ("missing ':' after '负责人'", "write 负责人: 张伟")
    assert f.text("zh-Hant") == ("「负责人」後缺少冒號", "寫成 负责人: 张伟")  # the writer's words stay as written
    assert f.text("zh-Hans") == ("「负责人」后缺少冒号", "写成 负责人: 张伟")


def test_the_parsers_hits_name_their_rule_class():
    from planlint.rules.syntax.unknown_field import UnknownField

    _, hits = parse('goal G1 "x"\n  baselin: 5\n', "t.plan")
    [h] = hits
    assert h.rule is UnknownField and h.applicability == "safe"
    assert [(e.span.line, e.span.column, e.span.end_column, e.text) for e in h.edits] == [(2, 3, 10, "baseline")]


def test_planlint_parse_prints_syntax_findings_in_the_plans_language(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "p.plan"
    path.write_text('目标 G1 "x"\n  截止: 2024-13-45\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "planlint", "parse", str(path)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 1
    assert r.stderr == f"{path}:2:7: PL003 「截止」的值「2024-13-45」不是日期\n"
    r = subprocess.run([sys.executable, "-m", "planlint", "parse", "--lang", "en", str(path)], capture_output=True,
                       text=True, timeout=60)
    assert r.stderr == f"{path}:2:7: PL003 '截止: 2024-13-45' is not a date\n"


def test_safe_fixes_are_the_ones_that_change_no_number_owner_or_date():
    from planlint.api.finding import apply_edits
    from planlint.driver.linter import Linter

    text = textwrap.dedent("""\
        目标 G1 "门锁销售额"
          指标: 门锁销售额 (万元)
          負責人: 张伟
          基准: ５００
          目标值: ６５０
          截止: 2024-12-31
          复盘: 每两天
          baselin: 5
          层级 公司   # planlint: disable=OW001
        """)
    found = Linter().lint(text, "t.plan")
    safe = sorted(f.code for f in found if f.edits and f.applicability == "safe")
    unsafe = sorted(f.code for f in found if f.edits and f.applicability != "safe")
    assert safe == ["PL002", "PL011", "PL013", "PL013", "PL014"]
    assert "PL009" in unsafe and "PL001" in unsafe  # a cadence and a missing colon: a person decides
    fixed = apply_edits(text, [e for f in found if f.applicability == "safe" for e in f.edits])
    assert "  负责人: 张伟\n  基准: 500\n  目标值: 650\n" in fixed and "  baseline: 5\n" in fixed
    assert "  层级 公司\n" in fixed  # the unused suppression is gone, the line is left as it was
    again = {f.code for f in Linter().lint(fixed, "t.plan")}
    assert not again & {"PL002", "PL011", "PL013", "PL014"}


# ------------------------------------------------------- layout after an edit
_EDIT_PIECES = ["新", "1", " ", "\n", ":", "a", "#", "# planlint: disable=SM005", "  ", '目标 NEW "新目标"\n  上级: O1\n',
                "", "\n\n", "这部分是下半年的重点。\n", "预算: 1\n", 'goal X "t"\n', "  owner: a\n", '"', "「",
                "计划：", "目标G9『新』\n", "'", "举措(I9)", "目标"]


def _layout_seen(lay) -> tuple:
    return ([(c.first_line, list(c.lines), c.header) for c in lay.chunks],
            [(d.line, d.column, d.codes, d.own_line, d.end_column, d.start_column, d.codes_column, d.codes_end_column)
             for d in lay.directives], list(lay.content_lines), list(lay.prose), lay.line_count)


def test_the_layout_after_an_edit_is_the_layout_of_the_new_text():
    """The editor reads again only the lines around an edit (``relayout``): random edits (block
    headers typed and broken, prose, directives, quotes) give the layout a fresh read gives."""
    import random
    import sys
    from pathlib import Path

    from planlint.parser.layout import layout, relayout

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from generate import generate

    texts = [generate(15), generate(10, "en"), (Path(__file__).parent / "plans" / "good.zh.plan").read_text(encoding="utf-8")]
    reused = 0
    for seed in range(80):
        rnd = random.Random(seed)
        text = rnd.choice(texts)
        lay = layout(text)
        for step in range(20):
            i = rnd.randrange(len(text) + 1)
            j = min(len(text), i + rnd.choice([0, 0, 1, 2, 5, 40]))
            text = text[:i] + rnd.choice(_EDIT_PIECES) + text[j:]
            before = {id(c) for c in lay.chunks}
            new = relayout(lay, text)
            assert _layout_seen(new) == _layout_seen(layout(text)), (seed, step, text)
            reused += sum(id(c) in before for c in new.chunks)
            lay = new
    assert reused > 10_000  # the blocks away from the edits were taken over (else this shows nothing)


def test_content_lines_read_again_are_those_the_pass_keeps():
    """A whole file's parse reads its layout without the content lines (``content_lines=False``)
    and reads them again only for a directive on a line of its own: the same lines, after random
    edits (prose, comments, directives, fields at column 1, blank lines of other blanks)."""
    import random
    import sys
    from pathlib import Path

    from planlint.parser.layout import Layout, content_lines, layout

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from generate import generate

    pieces = [*_EDIT_PIECES, "\u3000\n", " \t \n", "x # y\n", "\n# planlint: disable=OW001\n"]
    texts = [generate(15), generate(10, "en"), (Path(__file__).parent / "plans" / "good.zh.plan").read_text(encoding="utf-8")]
    for seed in range(300):
        rnd = random.Random(seed)
        text = rnd.choice(texts)
        for _ in range(rnd.randrange(8)):
            i = rnd.randrange(len(text) + 1)
            text = text[:i] + rnd.choice(pieces) + text[i:]
        lay = Layout.of(text)
        chunks = list(lay.blocks(content_lines=False))
        full = layout(text)
        assert not lay.content_lines and [c.lines for c in chunks] == [c.lines for c in full.chunks]
        assert content_lines(lay) == full.content_lines, (seed, text)


def test_lines_of_a_field_no_longer_recorded_read_as_recorded_ones(monkeypatch):
    """A field whose lines are new in almost every block (支撑: each initiative its own) stops
    being recorded for the lines after it (``BlockBuilder._worth_recording``): the plan reads
    the same as with every line recorded, repeated lines, placeholders and a duplicate included."""
    from planlint.model import to_json
    from planlint.parser.build import BlockBuilder

    blocks = []
    for n in range(700):
        supports = "待定" if n % 97 == 0 else f"G{n}, G{n + 1}" if n % 50 else "G1, G2"
        extra = f"\n  支撑: G{n}" if n == 650 else ""
        blocks.append(f'举措 A{n} "活动{n}"\n  支撑: {supports}\n  负责人: 王芳\n  预算: {n % 7 + 1}万元{extra}\n')
    text = "\n".join(blocks)

    def read() -> tuple[list, list]:
        plan, hits = parse(text, "x.plan")
        fields = [(r.key, r.raw_key, r.raw_value, r.placeholder, r.unreadable, r.key_span, r.value_span)
                  for node in plan.initiatives for r in node.fields.values()]
        return [to_json(plan), fields], [(h.rule, h.span, h.message) for h in hits]

    got = read()
    monkeypatch.setattr(BlockBuilder, "_worth_recording", lambda self, kind, name: True)
    assert got == read()
    assert len(got[0][0]["initiatives"]) == 700 and got[1]  # (the duplicate 支撑 is reported)
