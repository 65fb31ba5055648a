"""Root causes, not cascades: one broken line is one finding, and nothing else is reported because
of it. Each test breaks a clean plan (a hotel chain's members in Chinese, a SaaS pipeline in
English) in one place and checks that the only findings are the syntax finding at that place
and what the plan, as the writer meant it, really has."""

from __future__ import annotations

import pytest
from conftest import PLANS

from planlint.api.finding import apply_edits
from planlint.driver.linter import Linter

HOTEL = (PLANS / "hotel.zh.plan").read_text(encoding="utf-8")
SAAS = (PLANS / "saas.en.plan").read_text(encoding="utf-8")


def lint(text: str):
    return Linter().lint(text, "p.plan")


def seen(text: str) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in lint(text)]


def broken(base: str, old: str, new: str) -> str:
    assert old in base
    return base.replace(old, new, 1)


def test_the_bases_are_clean():
    assert lint(HOTEL) == [] and lint(SAAS) == []


# --------------------------------------------------------------- broken headers
@pytest.mark.parametrize(("base", "old", "new", "where"), [
    (HOTEL, '目标 MEMBERS "付费会员数达到12万"', '目标 MEMBERS "付费会员数达到12万', (11, 12)),
    (HOTEL, '目标 MEMBERS "付费会员数达到12万"', "目标 MEMBERS 「付费会员数达到12万", (11, 12)),
    (SAAS, 'goal DEMOS "Demo-to-opportunity rate of 40%"', 'goal DEMOS “Demo-to-opportunity rate of 40%', (26, 12)),
])
def test_an_unclosed_title_quote_is_one_finding_and_the_block_is_still_read(base, old, new, where):
    text = broken(base, old, new)
    assert seen(text) == [("PL001", *where)]  # no "parent not in this plan", no "supports no goal"
    [f] = lint(text)
    assert f.msg.id == "PL001.unclosed-quote"
    assert lint(apply_edits(text, f.edits)) == []  # the fix closes the quote where the writer meant


def test_a_title_without_quotes_keeps_its_goal_for_the_children():
    text = broken(HOTEL, '目标 MEMBERS "付费会员数达到12万"', "目标 MEMBERS 付费会员数 达到12万")
    assert seen(text) == [("PL001", 11, 12)]


def test_a_missing_colon_is_read_as_meant_so_the_owner_is_not_missing():
    text = broken(SAAS, "  owner: Tom Baker\n  budget: 120k USD", "  owner Tom Baker\n  budget: 120k USD")
    [f] = lint(text)
    assert (f.code, f.line, f.column, f.msg.id) == ("PL001", 42, 3, "PL001.missing-colon")  # no "has no owner"
    assert lint(apply_edits(text, f.edits)) == []


# ------------------------------------------------------------ prose between blocks
@pytest.mark.parametrize(("base", "before", "prose"), [
    (HOTEL, "举措 POINTS", "以下举措按优先级排列, 预算在三月复核。"),
    (HOTEL, "目标 REPEAT", "复住率 是今年的重点"),
    (SAAS, "initiative WEBINARS", "Initiatives below are ranked by expected pipeline."),
    (SAAS, "goal DEMOS", "Goal owners review this list every Monday."),
])
def test_a_line_of_prose_is_one_warning_and_no_block(base, before, prose):
    text = broken(base, before, f"{prose}\n\n{before}")
    line = text.splitlines().index(prose) + 1
    [f] = lint(text)
    assert (f.code, f.severity, f.line, f.column, f.msg.id) == ("PL001", "warning", line, 1, "PL001.prose")
    assert prose in f.message
    fixed = apply_edits(text, f.edits)
    assert f"# {prose}" in fixed and lint(fixed) == []


def test_prose_inside_a_block_leaves_the_fields_after_it_in_the_block():
    text = broken(HOTEL, "  复盘: 每月\n", "下面这行是复盘节奏\n  复盘: 每月\n")
    assert seen(text) == [("PL001", 31, 1)]  # not "no review" for REPEAT


def test_a_misspelt_keyword_with_an_id_is_still_a_block():
    text = broken(SAAS, "initiative WEBINARS", "initiatve WEBINARS")
    assert seen(text) == [("PL007", 39, 1)]


# ------------------------------------------------------------- unreadable values
@pytest.mark.parametrize(("base", "old", "new", "code"), [
    (HOTEL, "  截止: 2025-12-31\n  负责人: 赵强", "  截止: 2025-02-30\n  负责人: 赵强", "PL003"),
    (SAAS, "  deadline: 2025-12-31\n  owner: Tom Baker", "  deadline: 2025-14-01\n  owner: Tom Baker", "PL003"),
    (HOTEL, "  预算: 30万元", "  预算: 30万元 或 40万元", "PL003"),
    (SAAS, "  window: 2025-02-01 .. 2025-11-30", "  window: 2025-11-30 .. 2025-02-01", "PL003"),
    (SAAS, "  review: monthly", "  review: every sprint", "PL009"),
    (HOTEL, "  层级: 公司", "  层级: 集团总部", "PL009"),
])
def test_an_unreadable_value_is_one_finding_and_counts_as_written(base, old, new, code):
    text = broken(base, old, new)
    line = text.splitlines().index(new.splitlines()[0]) + 1
    assert [(f.code, f.line) for f in lint(text)] == [(code, line)]


def test_an_unreadable_date_in_a_one_line_statement_is_not_a_missing_deadline():
    text = broken(SAAS, "  metric: demo-to-opportunity rate (%)\n  baseline: 31\n  target: 40\n  deadline: 2025-12-31\n",
                  "  metric: demo-to-opportunity rate 31% -> 40% by 2025-13-31\n")
    assert [(f.code, f.msg.id) for f in lint(text)] == [("PL003", "PL003.statement-date")]


def test_what_the_plan_really_lacks_is_still_said():
    text = broken(HOTEL, "  截止: 2025-12-31\n  负责人: 赵强\n", "  截止: 2025-13-31\n")
    assert [f.code for f in lint(text)] == ["OW001", "PL003"]  # the owner is missing; the deadline is not


def test_a_stand_in_never_changes_what_the_rules_see_afterwards():
    from planlint.parser import parse

    text = broken(HOTEL, "  截止: 2025-12-31\n  负责人: 赵强", "  截止: 2025-13-31\n  负责人: 赵强")
    plan, hits = parse(text, "p.plan")
    Linter().lint_plan(plan, hits)
    repeat = plan.index.goals["REPEAT"]
    assert repeat.deadline is None and repeat.unreadable == ["deadline"] and repeat.fields["deadline"].unreadable


def test_a_window_in_the_next_year_is_one_finding_not_also_late_for_its_goal():
    text = broken(SAAS, "  window: 2025-02-01 .. 2025-11-30", "  window: 2026-02-01 .. 2026-11-30")
    line = text.splitlines().index("  window: 2026-02-01 .. 2026-11-30") + 1
    found = lint(text)
    assert [(f.code, f.line) for f in found] == [("AL006", line)]  # not AL011 as well
    assert found[0].text("en")[1] == "it lies wholly outside this plan: move it to the plan it belongs to"
