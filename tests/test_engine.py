"""The engine's bookkeeping: selection, severities, suppression, broken rules and packs."""

from __future__ import annotations

import textwrap

from conftest import GOOD, lint, only, variant

from planlint.api.rule import Hit, Rule
from planlint.driver.config import Config, ConfigError
from planlint.driver.linter import Linter

NO_REVIEW = variant(("  复盘: 每月\n", ""))


def test_ignore_by_code_prefix_and_category():
    assert only(lint(NO_REVIEW, ignore=["TR001"]), "TR001") == []
    assert only(lint(NO_REVIEW, ignore=["TR"]), "TR001") == []
    assert only(lint(NO_REVIEW, ignore=["tracking"]), "TR001") == []


def test_more_specific_entry_wins():
    assert only(lint(NO_REVIEW, ignore=["tracking"], **{"extend-select": ["TR001"]}), "TR001") != []
    assert only(lint(NO_REVIEW, select=["TR001"], ignore=["TR0"]), "TR001") != []
    assert only(lint(NO_REVIEW, select=["TR0"], ignore=["TR001"]), "TR001") == []


def test_select_limits_to_those_rules():
    findings = lint(variant(("  复盘: 每月\n", ""), ("  基准: 500\n", "")), select=["baseline"])
    assert {f.code for f in findings} == {"BL001"}


def test_severity_override():
    [f] = only(lint(NO_REVIEW, rules={"TR001": {"severity": "error"}}), "TR001")
    assert f.severity == "error"


def test_unknown_rule_or_option_in_config_is_an_error():
    for rules, key in (({"ZZ001": {}}, "rules.ZZ001"), ({"TR001": {"severity": "loud"}}, "rules.TR001.severity"),
                       ({"SM005": {"max-growt": 2}}, "rules.SM005.max-growt")):
        try:
            Linter(Config.model_validate({"rules": rules}))
        except ConfigError as exc:
            assert exc.key == key
        else:
            raise AssertionError(f"{rules} was accepted")


def test_disable_at_line_end_and_for_next_block():
    text = NO_REVIEW.replace('目标 SALES "门锁季度销售额达到650万元"', '目标 SALES "门锁季度销售额达到650万元"  # planlint: disable=TR001')
    assert only(lint(text), "TR001") == []
    text = NO_REVIEW.replace('目标 SALES', '# planlint: disable=tracking\n目标 SALES')
    assert only(lint(text), "TR001") == []


def test_unused_suppression_is_info():
    text = GOOD.replace("  负责人: 张伟\n  预算: 60万元", "  负责人: 张伟  # planlint: disable=OW001\n  预算: 60万元")
    [f] = only(lint(text), "PL011")
    assert f.severity == "info" and "OW001" in f.message


def test_a_broken_rule_becomes_a_finding_and_the_others_run():
    class Broken(Rule):
        """Always fails."""

        code = "ZZ901"
        name = "broken"
        category = "tracking"

        def check(self, plan, ctx):
            yield Hit(plan.goals[0].header_span, "ok")
            raise RuntimeError("boom")

    findings = Linter(extra_rules=(Broken,)).lint(textwrap.dedent(NO_REVIEW).lstrip("\n"), "plan.plan")
    broken = only(findings, "ZZ901")
    assert any("ZZ901 (broken)" in f.message and "boom" in f.message for f in broken)
    assert only(findings, "TR001") != []
    assert only(lint(NO_REVIEW), "ZZ901") == []  # defining a rule class registers nothing


def test_extra_pack_adds_words_without_code(tmp_path):
    pack = tmp_path / "words.toml"
    pack.write_text('[[hedges]]\nmatch = ["双11限时"]\n', encoding="utf-8")
    cfg = Config.model_validate({"packs": [str(pack)]})
    findings = Linter(cfg).lint(GOOD, "p.plan")
    assert [f.code for f in findings if f.code == "VG002"] == ["VG002"]


def test_bad_pack_names_file_and_key(tmp_path):
    pack = tmp_path / "words.toml"
    pack.write_text('[[hedges]]\nwords = ["x"]\n', encoding="utf-8")
    try:
        Linter(Config.model_validate({"packs": [str(pack)]}))
    except ConfigError as exc:
        assert str(pack) in str(exc) and "hedges.0" in str(exc)
    else:
        raise AssertionError("bad pack accepted")


def test_messages_follow_lang_override():
    [f] = only(lint(NO_REVIEW, lang="en"), "TR001")
    assert f.message.startswith("goal SALES") and f.fix == "add review: monthly"


def test_editor_memo_gives_the_same_findings_as_a_fresh_lint():
    from planlint.parser import BlockCache, parse

    linter, cache, memo = Linter(), BlockCache(), {}
    base = GOOD.replace('"门锁季度销售额达到650万元"', '"大幅提升品牌影响力"').replace("  复盘: 每月\n", "")
    edits = [base, base.replace("  截止: 2024年Q4\n  负责人: 张伟", "  截止: 2024年Q4\n\n  负责人: 张伟"),
             "\n\n" + base, base.replace("大幅提升品牌影响力", "门锁销售额650万元")]
    for text in edits:
        plan, problems = parse(text, "p.plan", cache=cache)
        with_memo = linter.lint_plan(plan, problems, memo=memo)
        assert with_memo == Linter().lint(text, "p.plan")


def test_a_linted_plan_is_freed_when_dropped_without_the_cyclic_collector():
    """A plan, its facts and what the rules read of it form no reference cycle: dropped, a large
    plan's objects go at once (a library user linting many plans in one process does not grow
    until the next full collection)."""
    import gc
    import weakref

    from planlint.parser import parse

    linter = Linter()
    gc.disable()
    try:
        for path in ("a.plan", "b.plan", "a.plan"):  # (the rules keep some answers from one lint to the next)
            plan, problems = parse(GOOD, path)
            assert linter.lint_plan(plan, problems) == []
            gone = weakref.ref(plan)
            del plan
            assert gone() is None, path
    finally:
        gc.enable()
