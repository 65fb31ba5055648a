"""Walks up and down the goal chain stay linear (issue 14): a parent chain and a parent cycle of
n goals cost a bounded number of look-ups per goal, counted, not timed (bench/chains.py times
a 20,000-goal chain and a 10,000-goal cycle)."""

from __future__ import annotations

import pytest

from planlint.driver.config import Config
from planlint.driver.linter import Linter
from planlint.facts.budget import goal_weight, subtree_budget
from planlint.parser import parse
from planlint.rules.alignment.parent_cycle import cycles

N = 1500
PER_GOAL = 60  # look-ups of goals and children per goal, for every rule of the categories together


class Counting(dict):
    """A dict that counts its look-ups."""

    calls = 0

    def get(self, key, default=None):
        Counting.calls += 1
        return super().get(key, default)

    def __getitem__(self, key):
        Counting.calls += 1
        return super().__getitem__(key)

    def __contains__(self, key):
        Counting.calls += 1
        return super().__contains__(key)


def goal(i: int, parent: int | None) -> str:
    head = f'目标 G{i} "第{i}层"\n' + (f"  上级: G{parent}\n" if parent is not None else "  层级: 公司\n")
    return head + "  指标: 新增注册用户数 (人)\n  基准: 100\n  目标值: 120\n  截止: 2024-12-31\n  贡献: 20\n" \
        "  部门: 营销部\n  负责人: 王芳\n"


def plan_of(text: str):
    plan, problems = parse('计划 "链"\n  周期: 2024-01-01 .. 2024-12-31\n  预算: 100万元\n\n团队 营销部\n  负责人: 王芳\n\n'
                           + text, "chain.plan")
    idx = plan.index
    idx.goals = Counting(idx.goals)
    idx.children = Counting(idx.children)
    Counting.calls = 0
    return plan, problems


CHAIN = "\n".join(goal(i, i - 1 if i else None) for i in range(N))
CYCLE = "\n".join(goal(i, (i - 1) % N) for i in range(N))


@pytest.mark.parametrize("text", [CHAIN, CYCLE], ids=["chain", "cycle"])
def test_the_chain_walks_visit_each_goal_a_bounded_number_of_times(text):
    plan, _ = plan_of(text)
    found = cycles(plan)
    for g in plan.goals:
        goal_weight(plan, g)
        subtree_budget(plan, g)
    plan.index.descendants(plan.goals[0])
    plan.index.ancestors(plan.goals[-1])
    assert Counting.calls <= 12 * N, Counting.calls  # a quadratic walk would make ~N*N/2
    assert len(found) == (1 if text is CYCLE else 0)


@pytest.mark.parametrize("text", [CHAIN, CYCLE], ids=["chain", "cycle"])
def test_every_rule_of_the_method_stays_linear_on_the_chain(text):
    plan, problems = plan_of(text)
    linter = Linter(Config.model_validate({"select": ["ALL"]}))  # every rule, the conflicts' too
    findings = linter.lint_plan(plan, problems)
    assert Counting.calls <= PER_GOAL * N, Counting.calls
    cycle = [f for f in findings if f.code == "AL004"]
    assert len(cycle) == (1 if text is CYCLE else 0)
    if cycle:
        assert cycle[0].message.startswith("上级关系形成循环: G0 → G1499 → G1498")
