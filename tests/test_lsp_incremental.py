"""The editor's incremental lint gives what a fresh lint gives, edit after edit.

The server parses again only changed blocks and runs again only the rules that read what an
edit changed (``planlint.integrations.lsp.incremental``); these tests type random edits into
plans and compare every result with a lint of the same text from scratch."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from conftest import PLANS, SHARED
from lsprotocol import types as lsp

from planlint.driver.linter import Linter
from planlint.integrations.lsp.documents import Document, characters, units
from planlint.integrations.lsp.incremental import INDEX_READS, TextMap, recorded
from planlint.integrations.lsp.project import Project
from planlint.model import Goal, PlanIndex, Span
from planlint.parser import parse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate  # noqa: E402

PIECES = ["新", "1", "0", "5", " ", "\n", ":", "a", "%", "万", "  负责人: 李娜\n", "  基准: 120\n",
          "  # planlint: disable=SM005\n", "目标 NEW \"新目标\"\n  上级: O1\n", "",
          "目标N2『新目标』\n  负责人: 李娜\n", "：", "举措(I9)\n"]  # (a stuck keyword, other quotes, a lost header)


def key(findings) -> list[tuple]:
    return sorted((f.code, f.line, f.column, f.end_line, f.end_column, f.severity, f.message, f.fix,
                   tuple((e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.text) for e in f.edits))
                  for f in findings)


def fresh(text: str, path: str) -> list[tuple]:
    linter = Linter()
    plan, problems = parse(text, path, linter.locale)
    return key(linter.lint_set([(plan, problems)]))


def random_change(rnd: random.Random, doc: Document) -> lsp.TextDocumentContentChangePartial:
    line = rnd.randrange(len(doc.lines))
    text = doc.lines[line]
    col = rnd.randint(0, len(text))
    kind = rnd.random()
    end_line, end_col = line, col
    if kind < 0.35:  # delete one to three characters (maybe across a line end)
        end_col = min(len(text), col + rnd.randint(1, 3))
        if end_col == col and line + 1 < len(doc.lines):
            end_line, end_col = line + 1, 0
        new = ""
    elif kind < 0.45:  # delete the line
        col, end_line, end_col, new = 0, min(line + 1, len(doc.lines) - 1), 0, ""
    elif kind < 0.55:  # a digit changed in a number
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if digits:
            col = rnd.choice(digits)
            end_col = col + 1
        new = str(rnd.randint(0, 9))
    else:
        new = rnd.choice(PIECES)
    return lsp.TextDocumentContentChangePartial(
        range=lsp.Range(start=lsp.Position(line=line, character=units(text, col, "utf-16")),
                        end=lsp.Position(line=end_line, character=units(doc.line(end_line), end_col, "utf-16"))),
        text=new)


def plans() -> list[tuple[str, str]]:
    out = [("good.zh.plan", (PLANS / "good.zh.plan").read_text(encoding="utf-8")),
           ("good.zh-Hant.plan", (PLANS / "good.zh-Hant.plan").read_text(encoding="utf-8")),
           ("generated.plan", generate(30)), ("generated.en.plan", generate(20, "en"))]
    problems = SHARED / "brand-2024-with-problems.zh.plan"
    if problems.is_file():
        out.append((problems.name, problems.read_text(encoding="utf-8")))
    return out


def opened(tmp_path, text: str, name: str = "p.plan") -> tuple[Project, str, Document]:
    """A project with ``text`` open as ``name`` (written to disk too), linted once."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    project = Project()
    project.roots = [tmp_path.resolve()]
    k = project.open(path.as_uri(), text, 1, "utf-16")
    project.lint(k)
    return project, k, project.docs[k]


def typed(project: Project, k: str, line: int, start: int, end_line: int, end: int, text: str):
    """Replace the range (0-based lines, UTF-16 characters) with ``text`` and lint again."""
    project.docs[k].apply(lsp.TextDocumentContentChangePartial(range=lsp.Range(
        start=lsp.Position(line=line, character=start), end=lsp.Position(line=end_line, character=end)), text=text))
    project.changed(k)
    return project.lint(k)


@pytest.mark.parametrize(("name", "text"), plans(), ids=[n for n, _ in plans()])
def test_random_edits_lint_as_a_fresh_run(tmp_path, name, text):
    rnd = random.Random(name)
    project, k, doc = opened(tmp_path, text, name)
    assert key(project.last[k].findings[k]) == fresh(text, k)
    kept = 0
    for step in range(30):
        doc.apply(random_change(rnd, doc))
        project.changed(k)
        result = project.lint(k)
        assert key(result.findings[k]) == fresh(doc.text, k), f"after edit {step}:\n{doc.text}"
        kept += project.memos[frozenset([k])].stats["kept"]
    assert kept > 0  # the memo did keep results (else this test shows nothing)


def test_a_rule_that_read_nothing_edited_keeps_its_results_and_one_that_did_runs(tmp_path):
    project, k, doc = opened(tmp_path, (PLANS / "good.zh.plan").read_text(encoding="utf-8"))
    memo = project.memos[frozenset([k])]
    line = doc.lines.index("  基准: 500")
    typed(project, k, line, 9, line, 9, "0")
    ran = set(memo.stats.get("ran", []))
    assert "AL003" not in ran and "RS001" not in ran  # read ids and budgets only
    assert "XD001" in ran  # reads baselines (which way a goal's numbers go), across goals
    assert memo.stats["goals"]["SM005"] == 1  # reads baselines, one goal at a time: that goal checked again
    assert key(project.lint(k).findings[k]) == fresh(doc.text, k)


def test_an_edit_in_one_goal_reads_the_other_goals_facts_once_and_lints_as_a_fresh_run(tmp_path):
    project, k, doc = opened(tmp_path, generate(40))

    def metric_facts() -> dict:
        facts = project.files[k].plan.index.memo
        return next(v for key, v in dict.items(facts) if key[:2] == ("facts", "metrics"))

    before = metric_facts()
    line = next(i for i, t in enumerate(doc.lines) if t.startswith('目标 G20 "'))
    for step, new in enumerate(["留存", "", "新客"]):  # a title's words change what its metric means
        col = len(doc.lines[line]) - 1
        result = typed(project, k, line, col, line, col, new)
        assert key(result.findings[k]) == fresh(doc.text, k), f"after edit {step}"
    after = metric_facts()
    goals = project.files[k].plan.goals
    edited = next(g for g in goals if g.id == "G20")
    others = [g for g in goals if g is not edited]
    assert all(after[id(g)] is before[id(g)] for g in others)  # taken over, not read again
    assert after[id(edited)].goal is edited


def test_an_edit_that_changes_no_unit_keeps_the_units_and_lints_as_a_fresh_run(tmp_path):
    project, k, doc = opened(tmp_path, generate(40))
    memo = project.memos[frozenset([k])]
    line = next(i for i, t in enumerate(doc.lines) if t.startswith('目标 G3 "'))
    col = len(doc.lines[line]) - 1
    result = typed(project, k, line, col, line, col, "新")  # a title: no initiative's goals change
    assert memo.stats.get("units kept", 0) >= 2  # AL007's and AL014's (initiatives and the goals they support)
    assert key(result.findings[k]) == fresh(doc.text, k)
    supports = next(i for i, t in enumerate(doc.lines) if t == "  支撑: G2, G3")
    result = typed(project, k, supports, 10, supports, 12, "G4")  # an initiative now supports another goal
    assert key(result.findings[k]) == fresh(doc.text, k)


PAIR = """团队 品牌部
  负责人: 乔安
  成员: 柳青

目标 PREMIUM "精华系列高端定位: 千元以上单品销售占比提升至45%"
  指标: 千元以上单品销售占比 (%)
  基准: 32
  目标值: 45
  负责人: 乔安
  部门: 品牌部

举措 CLEARANCE "精华系列五折清仓"
  支撑: PREMIUM
  负责人: 柳青
  部门: 品牌部
"""


def test_word_pairs_read_again_after_each_edit_lint_as_a_fresh_run(tmp_path):
    # XD001 keeps each block's word-pair bits while the block is the same object
    project, k, doc = opened(tmp_path, PAIR)
    codes = [[f.code for f in project.last[k].findings[k]].count("XD001")]
    ini = doc.lines.index('举措 CLEARANCE "精华系列五折清仓"')
    goal = doc.lines.index('目标 PREMIUM "精华系列高端定位: 千元以上单品销售占比提升至45%"')
    for line, start, end_line, end, new in [
            (ini, 18, ini, 22, "新品上市"), (ini, 18, ini, 22, "五折清仓"),  # either side's words, out and in
            (goal, 16, goal, 20, "大众定位"), (goal, 16, goal, 20, "高端定位"),
            (0, 0, 0, 0, "# 品牌\n"), (0, 0, 1, 0, "")]:  # every block moved down a line, and back
        found = typed(project, k, line, start, end_line, end, new).findings[k]
        assert key(found) == fresh(doc.text, k), doc.text
        codes.append([f.code for f in found].count("XD001"))
    assert codes == [1, 0, 1, 0, 1, 1, 1]


def test_an_index_made_from_the_last_one_is_the_index_of_the_new_plan(tmp_path, monkeypatch):
    made = []
    swapped = PlanIndex.swapped.__func__

    def counting(cls, old, plan, swaps):
        found = swapped(cls, old, plan, swaps)
        made.append(found is not None)
        return found

    monkeypatch.setattr(PlanIndex, "swapped", classmethod(counting))
    project, k, doc = opened(tmp_path, generate(40))
    rnd = random.Random(3)
    for step in range(60):
        doc.apply(random_change(rnd, doc))
        project.changed(k)
        project.lint(k)
        plan = project.files[k].plan
        got, want = plan.index, PlanIndex(plan)
        for name in ("goals", "teams"):
            assert {n: id(v) for n, v in getattr(got, name).items()} == \
                {n: id(v) for n, v in getattr(want, name).items()}, (step, name)
        for name in ("children", "supporters", "team_of"):
            assert {n: [id(x) for x in v] for n, v in getattr(got, name).items()} == \
                {n: [id(x) for x in v] for n, v in getattr(want, name).items()}, (step, name)
        assert [id(n) for n in got.blocks] == [id(n) for n in want.blocks], step
        assert {p: (s, [id(n) for n in ns]) for p, (s, ns) in got._by_path.items()} == \
            {p: (s, [id(n) for n in ns]) for p, (s, ns) in want._by_path.items()}, step
    assert made.count(True) > 20  # most edits change no id, parent or link


def test_the_index_is_built_from_what_index_reads_says():
    for name, text in plans():
        plan, _ = parse(text, name)
        _, log = recorded(lambda plan=plan: PlanIndex(plan))
        assert log <= INDEX_READS, (name, log - INDEX_READS)


def test_a_failing_run_leaves_the_model_classes_as_they_were():
    before = {name: Goal.__dict__.get(name) for name in ("baseline", "title", "__getattribute__")}

    def boom():
        raise RuntimeError("a rule failed")

    with pytest.raises(RuntimeError):
        recorded(boom)
    assert {name: Goal.__dict__.get(name) for name in before} == before


# ------------------------------------------------------------ positions
def test_positions_move_through_an_edit():
    old = "line one\nline two\nline three\n"
    tm = TextMap(old, "line one\nline 2two\nline three\n")  # "2" typed at line 2, column 6
    assert tm.point(1, 3) == (1, 3)
    assert tm.point(2, 6) is None  # where the text went in: before or after it?
    assert tm.point(2, 7) == (2, 8) and tm.point(3, 1) == (3, 1)
    tm = TextMap(old, "line one\nextra\nline two\nline three\n")
    span = Span(line=3, column=1, end_line=3, end_column=5)
    assert tm.span(span) == Span(line=4, column=1, end_line=4, end_column=5)
    tm = TextMap(old, "line one\nline three\n")  # line two deleted
    assert tm.point(2, 3) is None and tm.point(3, 2) == (2, 2)
    same = Span(line=1, column=1, end_line=1, end_column=2)
    assert TextMap(old, old).span(same) is same


def test_a_document_applies_changes_as_an_editor_sends_them():
    doc = Document("file:///x.plan", "目标 A \"😀标题\"\r\n  负责人: 王芳\n")
    assert doc.lines == ["目标 A \"😀标题\"", "  负责人: 王芳", ""]
    # UTF-16: 😀 is two units, so the character after it is unit 8
    assert characters(doc.lines[0], 8, "utf-16") == 7 and units(doc.lines[0], 7, "utf-16") == 8
    assert units(doc.lines[0], 7, "utf-8") == len("目标 A \"😀".encode())
    doc.apply(lsp.TextDocumentContentChangePartial(
        range=lsp.Range(start=lsp.Position(line=0, character=8), end=lsp.Position(line=1, character=2)), text="X\n"))
    assert doc.text == "目标 A \"😀X\n负责人: 王芳\n"
    doc.apply(lsp.TextDocumentContentChangePartial(  # past the end: appended
        range=lsp.Range(start=lsp.Position(line=9, character=0), end=lsp.Position(line=9, character=0)), text="# end"))
    assert doc.text.endswith("王芳\n# end")
    doc.apply(lsp.TextDocumentContentChangeWholeDocument(text="a\r\nb"))
    assert doc.lines == ["a", "b"] and doc.model_position(lsp.Position(line=1, character=5)) == (2, 2)


def test_a_parent_edited_checks_its_childs_per_goal_rules_again(tmp_path):
    """AL005 checks a goal against its parent's deadline, one goal at a time: when only the
    parent's block changes, the child (the same object) is checked again all the same."""
    text = (PLANS / "good.zh.plan").read_text(encoding="utf-8") + '\n目标 OTHER "另一个目标"\n  截止: 2024年Q3\n'
    project, k, doc = opened(tmp_path, text)
    assert not [f for f in project.last[k].findings[k] if f.code == "AL005"]
    parent = doc.lines.index('目标 O1 "门锁市场份额提升至15%"')
    line = next(i for i in range(parent, len(doc.lines)) if doc.lines[i] == "  截止: 2024年Q4")
    found = typed(project, k, line, 12, line, 13, "1").findings[k]  # Q4 -> Q1
    assert key(found) == fresh(doc.text, k)
    late = [f for f in found if f.code == "AL005"]
    assert late and all(f.line - 1 != line for f in late)  # on the children, not on the parent's edited line
    assert project.memos[frozenset([k])].stats["goals"]["AL005"] == 2  # the parent and its child, not OTHER


def test_a_baseline_deleted_checks_that_goal_and_a_period_edit_every_goal(tmp_path):
    """BL001 checks one goal at a time, and reads the plan's period for the date its fix gives
    the baseline: deleting a baseline checks that goal again (not the others), and editing the
    period gives every goal's finding the new date."""
    text = (PLANS / "good.zh.plan").read_text(encoding="utf-8")
    project, k, doc = opened(tmp_path, text)
    assert not [f for f in project.last[k].findings[k] if f.code == "BL001"]
    line = doc.lines.index("  基准: 500")
    found = typed(project, k, line, 0, line + 1, 0, "").findings[k]
    assert key(found) == fresh(doc.text, k)
    [bl] = [f for f in found if f.code == "BL001"]
    assert bl.line == line + 1 and "截至 2023-12-31" in bl.fix  # (the line below moved up into its place)
    assert project.memos[frozenset([k])].stats["goals"]["BL001"] == 1
    period = doc.lines.index("  周期: 2024-01-01 .. 2024-12-31")
    found = typed(project, k, period, 11, period, 13, "02").findings[k]  # 2024-01-01 -> 2024-02-01
    assert key(found) == fresh(doc.text, k)
    [bl] = [f for f in found if f.code == "BL001"]
    assert "截至 2024-01-31" in bl.fix


def test_a_finding_the_edit_did_not_reach_is_handed_back_as_it_was(tmp_path):
    """A keystroke in one goal's title leaves the other goals' findings as they were: the same
    finding objects (the publish reuses their JSON), and equal to a fresh lint's."""
    text = generate(40)
    project, k, doc = opened(tmp_path, text)
    before = {(f.code, f.line, f.column): f for f in project.last[k].findings[k]}
    line = next(i for i, t in enumerate(doc.lines) if t.startswith('目标 G20 "'))
    found = typed(project, k, line, 10, line, 10, "新").findings[k]
    assert key(found) == fresh(doc.text, k)
    same = [f for f in found if before.get((f.code, f.line, f.column)) is f]
    assert len(same) >= len(found) - 4 and len(same) > 10
