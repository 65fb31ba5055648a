"""The goal chain at scale: a 20,000-goal parent chain and a 10,000-goal parent cycle.

    python bench/chains.py

Every walk up or down the goal chain (the parent-cycle check AL004, contribution weights,
budget by subtree, descendants, ancestors) visits each goal a bounded number of times, so it
grows linearly: the target is under 2 s of CPU for each plan. The whole rule set and the parse
are timed beside it. tests/test_bounds.py guards the same without a clock, by counting the
look-ups of goals by id.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planlint.driver.linter import Linter  # noqa: E402
from planlint.parser import parse  # noqa: E402


def goal(i: int, parent: int | None, level: str | None = None) -> str:
    lines = [f'目标 G{i} "第{i}层目标"']
    if parent is not None:
        lines.append(f"  上级: G{parent}")
    if level:
        lines.append(f"  层级: {level}")
    lines += ["  关联度: 高", "  指标: 新增注册用户数 (人)", "  基准: 100", "  目标值: 120", "  截止: 2024-12-31",
              "  负责人: 王芳", "  部门: 营销部", "  复盘: 每月", "  先行指标: 注册转化率"]
    return "\n".join(lines) + "\n"


HEAD = '计划 "链"\n  周期: 2024-01-01 .. 2024-12-31\n  预算: 100万元\n  负责人: 王芳\n\n团队 营销部\n  负责人: 王芳\n\n'


def chain(n: int) -> str:
    return HEAD + "\n".join(goal(i, i - 1 if i else None, "公司" if i == 0 else None) for i in range(n))


def cycle(n: int) -> str:
    return HEAD + "\n".join(goal(i, (i - 1) % n) for i in range(n))


def walks(plan) -> float:
    """The walks up and down the chain, each over every goal: AL004's cycle search, the
    contribution weight of every goal, the budget behind every goal's subtree, the descendants
    of the top and the ancestors of the bottom."""
    import gc

    from planlint.facts.budget import goal_weight, subtree_budget
    from planlint.rules.alignment.parent_cycle import cycles

    gc.disable()
    t0 = time.process_time()
    cycles(plan)
    for g in plan.goals:
        goal_weight(plan, g)
        subtree_budget(plan, g)
    plan.index.descendants(plan.goals[0])
    plan.index.ancestors(plan.goals[-1])
    spent = time.process_time() - t0
    gc.enable()
    return spent


def measure(name: str, text: str) -> tuple[str, float, float, float, int]:
    t0 = time.process_time()
    plan, problems = parse(text, f"{name}.plan")
    parsed = time.process_time() - t0
    walked = walks(plan)
    plan, problems = parse(text, f"{name}.plan")
    linter = Linter()
    t0 = time.process_time()
    findings = linter.lint_plan(plan, problems)
    return name, parsed, walked, time.process_time() - t0, len(findings)


def main() -> None:
    print("| plan | parse (CPU) | chain walks (CPU) | all rules (CPU) | findings | target |\n|---|---|---|---|---|---|")
    for name, text in (("chain of 20,000 goals", chain(20000)), ("cycle of 10,000 goals", cycle(10000))):
        label, parsed, walked, rules, count = measure(name, text)
        print(f"| {label} | {parsed:.2f} s | {walked:.2f} s | {rules:.2f} s | {count:,} | walks < 2 s |")


if __name__ == "__main__":
    main()
