"""One language pack (packs/language.toml): the words are data, a team's pack adds to them with no
code, and every consumer (parser, grammar, rules, report) reads the same words."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from conftest import EN_GOAL, GOOD, PLANS

from planlint.driver.config import Config, ConfigError
from planlint.driver.linter import Linter
from planlint.language.keywords import BUILTIN, Language
from planlint.language.packs import PackError, load_packs, merge
from planlint.output.report import build_report, timeline
from planlint.parser import BlockCache, parse

SAAS = (PLANS / "saas.en.plan").read_text(encoding="utf-8")


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def with_pack(tmp_path, toml: str) -> Linter:
    pack = tmp_path / "team.toml"
    pack.write_text(dedent(toml), encoding="utf-8")
    return Linter(Config.model_validate({"packs": [str(pack)]}))


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# -------------------------------------------------------- a word is one line of data
@pytest.mark.parametrize("written", ["每半年", "半年度", "half-yearly", "semi-annually", "Semi-Annually"])
def test_a_half_yearly_review_reads_in_every_spelling(written):
    plan, hits = parse(f'目标 G "x"\n  复盘: {written}\n')
    assert hits == [] and plan.goals[0].review == "half-yearly"


def test_a_traditional_plan_reads_the_new_word_too():
    plan, hits = parse('目標 G "門鎖銷售額"\n  複盤: 每半年\n')
    assert hits == [] and plan.goals[0].review == "half-yearly"


def test_the_choices_offered_come_from_the_pack():
    [f] = [f for f in Linter().lint('goal G "x"\n  review: every blue moon\n') if f.code == "PL009"]
    assert f.text("en")[1] == "one of: daily / weekly / biweekly / monthly / quarterly / half-yearly / yearly"


# ------------------------------------------------------------- a team's own words
def test_a_team_adds_a_field_name_a_choice_and_a_field_of_its_own(tmp_path):
    linter = with_pack(tmp_path, """
        [fields.owner]
        words = ["主理人"]

        [choices.review.per-sprint]
        words = ["per sprint", "每个冲刺"]

        [fields.priority]
        words = ["priority", "优先级"]
        on = ["goal"]
    """)
    text = EN_GOAL.replace("  owner: Li Na\n  review: weekly\n", "  主理人: Li Na\n  review: per sprint\n  priority: P0\n")
    plan, hits = parse(text, language=linter.packs.language)
    goal = plan.goals[0]
    assert hits == [] and (goal.owner.value, goal.review, goal.fields["priority"].raw_value) == ("Li Na", "per-sprint", "P0")
    words = {"PL009", "PL012", "OW001", "TR001"}
    assert not words & set(codes(linter.lint(text)))  # no unknown field or choice, no missing owner or review
    assert {"PL009", "PL012", "OW001"} <= set(codes(Linter().lint(text)))  # without the pack


def test_a_teams_placeholder_marks_every_field_it_stands_in(tmp_path):
    linter = with_pack(tmp_path, 'placeholders = ["待商榷"]\n')
    text = GOOD.replace("  负责人: 张伟\n  部门: 营销部\n  复盘: 每月", "  负责人: 待商榷\n  部门: 待商榷\n  复盘: 每月")
    plan, _ = parse(text, language=linter.packs.language)
    sales = plan.index.goals["SALES"]
    assert sales.fields["owner"].placeholder and sales.fields["department"].placeholder
    assert sales.owner is None and sales.department is None
    found = codes(linter.lint(text))
    assert "OW002" in found and "OW004" not in found  # a placeholder owner; no "unknown department 待商榷"
    assert "OW004" in codes(Linter().lint(text))


def test_a_teams_scale_word_and_comparator_reach_the_grammar(tmp_path):
    linter = with_pack(tmp_path, """
        [scales]
        lakh = 1e5

        [comparators.before]
        "<=" = ["no more than"]
    """)
    text = dedent("""
        goal CPL "Cost per lead"
          metric: cost per lead (INR)
          baseline: 900
          target: no more than 700
          budget: 5 lakh
        """)
    plan, hits = parse(text, language=linter.packs.language)
    goal = plan.goals[0]
    assert hits == [] and (goal.target.kind, goal.target.op, goal.target.value.value) == ("bound", "<=", 700)
    assert goal.budget.value == 500_000
    plain = parse(text)[0].goals[0]  # the built-in words do not know them
    assert plain.target is None and (plain.budget.value, plain.budget.unit) == (5, "lakh")


def test_choice_weights_and_leading_indicators_come_from_the_pack(tmp_path):
    linter = with_pack(tmp_path, """
        [choices.relevance]
        low = { weight = 0.1 }

        [leading.sales]
        zh = ["门店客流"]
    """)
    plan, _ = parse(GOOD.replace("  关联度: 高", "  关联度: 低"), language=linter.packs.language)
    from planlint.facts.budget import goal_weight

    assert goal_weight(plan, plan.index.goals["SALES"]) == pytest.approx(0.1)
    text = GOOD.replace("  先行指标: 促销期加购数\n", "")
    [f] = [f for f in linter.lint(text) if f.code == "TR002"]
    assert f.fix == "加上 先行指标: 例如 线索量, 加购数, 门店客流"


# ---------------------------------------------------------------- calendars
def _al010(text: str):
    return [f for f in Linter().lint(text) if f.code == "AL010"]


YEARLY = dedent("""
    plan "FY2025"
      period: 2025-01-01 .. 2025-12-31
    goal REV "New revenue"
      metric: new revenue (USD)
      baseline: 1M
      target: 2M
      deadline: 2025-12-31
    """)


def test_a_saas_plan_gets_an_even_split_and_no_shopping_festival():
    [f] = _al010(YEARLY)
    assert f.fix == "split evenly by quarter (the plan names no peak season): split: 2025-Q1: 0.5M; 2025-Q2: 0.5M; 2025-Q3: 0.5M; 2025-Q4: 0.5M"
    assert "618" not in f.fix and "Double 11" not in f.fix


def test_an_ecommerce_plan_gets_the_618_and_double_11_weights():
    [f] = _al010(YEARLY.replace('"New revenue"', '"Tmall store revenue"'))
    assert f.fix == ("split with seasonal weights (618 in Q2, Double 11 in Q4): "
                     "split: 2025-Q1: 0.4M; 2025-Q2: 0.5M; 2025-Q3: 0.4M; 2025-Q4: 0.7M")


def test_a_plan_names_its_market():
    [f] = _al010(YEARLY.replace("  period: 2025-01-01 .. 2025-12-31\n", "  period: 2025-01-01 .. 2025-12-31\n  market: 中国电商\n"))
    assert "618" in f.fix
    plan, hits = parse(YEARLY.replace("  period:", "  market: cn-ecommerce\n  period:"))
    assert hits == [] and plan.meta.market == "cn-ecommerce"


def test_a_file_read_again_has_its_calendar_read_block_by_block_and_it_is_the_same():
    # the editor reads one file after every keystroke: from the second reading each block's words
    # are kept by block; the answer must be the one a first reading of all the words gives
    language, cache = Language(BUILTIN.data), BlockCache()
    steps = [YEARLY, YEARLY.replace('"New revenue"', '"Tmall store revenue"'), YEARLY,
             YEARLY + "  note: the 双11 push\n", YEARLY + "  note: the 双 11 push\n", GOOD, SAAS, GOOD,
             YEARLY.replace('"New revenue"', '"Tmall store revenue"') + 'goal REV2 "Renewals"\n  metric: renewals\n']
    names = []
    for step, text in enumerate(steps):
        plan, _ = parse(text, "p.plan", cache=cache, language=language)
        whole = Language(BUILTIN.data)._calendar_for(plan)  # a first reading of all the words
        found = language._calendar_for(plan)
        assert (language._calendar_blocks._last is not None) == (step > 0)
        assert (found.name if found else None) == (whole.name if whole else None), step
        names.append(found.name if found else None)
    assert names == [None, "cn-ecommerce", None, "cn-ecommerce", None, "cn-ecommerce", None, "cn-ecommerce",
                     "cn-ecommerce"]


def test_the_reports_timeline_marks_peaks_only_for_the_market_that_has_them():
    zh, _ = parse(GOOD)
    en, _ = parse(SAAS)
    assert "双11" in timeline(build_report(zh, [])) and "618" in timeline(build_report(zh, []))
    assert "618" not in timeline(build_report(en, [])) and "peak" not in timeline(build_report(en, []))


# ----------------------------------------------------------------- the packs
def test_packs_merge_generically():
    base = {"words": ["a", "b"], "table": {"x": 1, "inner": {"list": [1]}}, "scalar": 1}
    more = {"words": ["b", "c"], "table": {"y": 2, "inner": {"list": [2]}}, "scalar": 2}
    assert merge(base, more) == {"words": ["a", "b", "c"], "table": {"x": 1, "y": 2, "inner": {"list": [1, 2]}},
                                 "scalar": 2}
    assert base["words"] == ["a", "b"]  # nothing merged into is changed


def test_without_a_teams_language_words_the_builtin_language_is_shared():
    assert load_packs().language is BUILTIN


def test_a_bad_language_entry_names_the_file_and_the_key(tmp_path):
    pack = tmp_path / "words.toml"
    pack.write_text('[fields.owner]\ntype = "colour"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Linter(Config.model_validate({"packs": [str(pack)]}))
    assert str(pack) in str(err.value) and "fields.owner.type" in str(err.value)


def test_a_pack_larger_than_a_megabyte_is_refused_without_reading_it_all(tmp_path):
    pack = tmp_path / "huge.toml"
    pack.write_text("placeholders = [" + '"x", ' * 300_000 + "]\n", encoding="utf-8")
    with pytest.raises(PackError, match="larger than 1 MB"):
        load_packs((pack,))


def test_the_grammars_word_terminals_are_the_packs_words():
    grammar = BUILTIN.grammar()
    assert not re.search(r"\{\{[A-Z_]+\}\}", grammar)
    cmp_line = next(line for line in grammar.splitlines() if line.startswith("CMP:"))
    assert all(f'"{w}"' in cmp_line for w in ("不超过", "至少", "<=", "≥"))


def test_the_builtin_packs_are_valid_and_read_as_pydantic_reads_them():
    """The built-in packs are trusted at run time (not validated, for a fast start): here they
    are validated, file by file, and the unvalidated build equals what validation gives."""
    import tomllib

    from planlint.language import schema
    from planlint.resources import builtin_packs

    for path in builtin_packs():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert schema.build(schema.Pack, data) == schema.validate(data), path.name


def test_the_folds_of_the_packs_words_are_what_opencc_says():
    from planlint.language.script import FOLDS, _convert_fold, folds_text

    assert FOLDS.read_text(encoding="utf-8") == folds_text(), "run: python -m planlint.language.script"
    for text, folded in json.loads(FOLDS.read_text(encoding="utf-8")).items():
        assert _convert_fold(text) == folded


def test_the_script_tables_are_what_opencc_says():
    from planlint.language.script import TABLES, script_tables

    assert TABLES.read_text(encoding="utf-8") == "\n".join(script_tables()) + "\n", \
        "run: python -m planlint.language.script"


def test_the_wheel_s_snapshot_of_the_packs_reads_as_their_toml(tmp_path, monkeypatch):
    import tomllib

    from planlint.language import packfile
    from planlint.resources import builtin_packs

    paths = builtin_packs()
    snapshot = tmp_path / "packs.json"
    snapshot.write_text(packfile.pack_snapshot(paths), encoding="utf-8")
    monkeypatch.setattr(packfile, "SNAPSHOT", snapshot)
    monkeypatch.setattr(packfile, "_SNAPSHOT", [])
    assert set(json.loads(snapshot.read_text(encoding="utf-8"))["packs"]) == {p.name for p in paths}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert packfile.builtin_pack_data(path, text) == tomllib.loads(text), path.name
    # a pack that is not the one the snapshot was made of is read as TOML
    edited = paths[0].read_text(encoding="utf-8") + '\n# edited\n'
    monkeypatch.setattr(packfile, "parse_toml", lambda text: {"parsed": text == edited})
    assert packfile.builtin_pack_data(paths[0], edited) == {"parsed": True}


def test_block_answers_are_kept_from_a_files_second_reading_while_the_block_is_the_same():
    from planlint.language.reread import BlockAnswers

    answers, asked = BlockAnswers(), []
    a, b, c = object(), object(), object()

    def answer(node):
        asked.append(node)
        return len(asked)

    def reading(path, nodes, found_with=None):
        answers.begin(path, found_with)
        out = answers.answers(nodes, answer)
        answers.end()
        return out

    assert reading("p.plan", [a, b]) == [1, 2]  # a first reading keeps nothing
    assert reading("p.plan", [a, b]) == [3, 4]
    assert reading("p.plan", [a, c]) == [3, 5]  # a kept, c new
    assert reading("p.plan", [a, c], found_with="other words") == [6, 7]  # found with something else
    assert reading("q.plan", [a, c]) == [8, 9]  # another file
