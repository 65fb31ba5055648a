"""Conflicts: departments whose goals pull the same funnel apart.

Method: marketing chases lead volume while sales chases lead quality; sales
defines the "high-value lead" and both sign off (alignment framework, scenario 3
and risk 3); short-term discounting against brand positioning (risk 1). The
pairs live in ``packs/conflicts.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import department_of
from planlint.model import Goal, Initiative, Node, Plan
from planlint.rules.common import label


def _text(node: Node, scope: str) -> str:
    if isinstance(node, Goal):
        return node.metric.name if node.metric is not None else (node.title or "")
    if isinstance(node, Initiative) and scope == "any":
        return f"{node.title or ''} {node.strategy.value if node.strategy else ''}"
    return ""


def _direction(node: Node) -> int:
    return node.direction() if isinstance(node, Goal) else 0


def _owner(node: Node) -> str:
    return node.owner.value if node.owner is not None else "?"


def _agreed(node: Node) -> bool:
    return isinstance(node, Goal) and node.definition is not None


def _where(node: Node):
    if isinstance(node, Goal) and node.target is not None and node.target.span is not None:
        return node.target.span
    return node.title_span or node.id_span or node.header_span


class PullingApart(Rule):
    """Two departments' goals on one funnel pull apart, and no shared definition is recorded.

    What it checks: the conflict pairs of `packs/conflicts.toml`: one department raises lead
    volume while another raises lead quality or conversion; traffic against conversion;
    discounting against premium positioning. A pair is reported when the two sides belong to
    different departments (by `department`, else the owner's team) and neither goal records a
    `definition` (口径) the two have agreed.
    Why: "營銷追求線索量, 銷售追求線索質量, 導致內部資源內耗"; the fix in the method is that
    sales defines the high-value lead and both sign off (alignment framework, risk 3).
    Bad:
        目标 LEADS  指标: 线索量 (条)    部门: 营销部
        目标 QUALITY 指标: 线索转化率 (%) 部门: 销售部
    Good:
        口径: 有效线索 = 公司规模>=50人且确认预算, 2024-12-15 与销售部确认
    Fix: names both owners and what they must agree, to be written into `definition`.
    """

    code = "XD001"
    name = "departments-pull-apart"
    category = "conflict"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        seen: set[int] = set()
        for pair, a_rx, b_rx in ctx.packs.conflict_res:
            nodes: list[Node] = [*plan.goals, *(plan.initiatives if pair.scope == "any" else [])]
            texts = [(n, _text(n, pair.scope)) for n in nodes]
            found = [(n, bool(a_rx.search(t)), bool(b_rx.search(t))) for n, t in texts if t]
            sides_a = [n for n, a, b in found if a and not b]
            sides_b = [n for n, a, b in found if b and not a]
            for a in sides_a:
                if (pair.a.direction and _direction(a) not in (0, pair.a.direction)) or _agreed(a):
                    continue
                da = department_of(plan, a)
                if (pair.cross_department and not da) or id(a) in seen:
                    continue
                b = next((b for b in sides_b if not _agreed(b) and (not pair.b.direction or _direction(b) in (0, pair.b.direction))
                          and (not pair.cross_department or department_of(plan, b) not in (None, da))), None)
                if b is None:
                    continue
                seen.add(id(a))
                db = department_of(plan, b)
                da, db = da or "?", db or "?"
                la, lb = (pair.a.label_zh, pair.b.label_zh) if ctx.lang == "zh" else (pair.a.label_en, pair.b.label_en)
                msg = ctx.t(
                    f"{da} 的 {label(a, ctx)} 追求{la}, 而 {db} 的 {label(b, ctx)} 追求{lb}, 两者没有共同的口径",
                    f"{da} pushes {la} with {label(a, ctx)} while {db} pushes {lb} with {label(b, ctx)}, "
                    "and no shared definition is recorded",
                )
                agree = pair.agree_zh if ctx.lang == "zh" else pair.agree_en
                fix = ctx.t(f"{_owner(a)} ({da}) 与 {_owner(b)} ({db}) 共同确认: {agree}",
                            f"{_owner(a)} ({da}) and {_owner(b)} ({db}) agree: {agree}")
                yield Hit(_where(a), msg, fix)


def _metric_key(goal: Goal) -> str | None:
    if goal.metric is None:
        return None
    return re.sub(r"[\s()（）]+", "", goal.metric.name).lower() or None


class OppositeDirections(Rule):
    """Two departments push one metric in opposite directions.

    What it checks: goals of different departments with the same metric name, one raising it
    and the other lowering it (from baseline and target, or a `<=` / `>=` bound).
    Why: the two teams will spend budget cancelling each other out (alignment framework, step 4
    and risk 3).
    Bad:
        目标 A 指标: 客单价 (元) 基准: 300 目标值: 360  部门: 销售部
        目标 B 指标: 客单价 (元) 基准: 300 目标值: 250  部门: 营销部
    Good: one direction agreed by both, or two different metrics.
    Fix: names both owners; they agree one direction, recorded in `definition`.
    """

    code = "XD002"
    name = "opposite-directions"
    category = "conflict"
    severity = "warning"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        by_metric: dict[str, list[Goal]] = {}
        for goal in plan.goals:
            key = _metric_key(goal)
            if key:
                by_metric.setdefault(key, []).append(goal)
        for goals in by_metric.values():
            first_up: dict[str, Goal] = {}  # department -> first goal raising the metric
            first_down: dict[str, Goal] = {}
            for goal in goals:
                direction, dept = goal.direction(), department_of(plan, goal)
                if direction == 0 or not dept:
                    continue
                mine, other = (first_up, first_down) if direction > 0 else (first_down, first_up)
                opposed = next((g for d, g in other.items() if d != dept), None)
                mine.setdefault(dept, goal)
                if opposed is None:
                    continue
                up, down = (goal, opposed) if direction > 0 else (opposed, goal)
                du, dd = department_of(plan, up), department_of(plan, down)
                metric = goal.metric.name if goal.metric else ""
                msg = ctx.t(f"{du} 的 {label(up, ctx)} 要提高「{metric}」, {dd} 的 {label(down, ctx)} 却要降低它",
                            f"{du} raises '{metric}' with {label(up, ctx)} while {dd} lowers it with {label(down, ctx)}")
                fix = ctx.t(f"{_owner(up)} 与 {_owner(down)} 商定一个方向, 写进 口径",
                            f"{_owner(up)} and {_owner(down)} agree one direction and write it into `definition`")
                yield Hit(_where(goal), msg, fix)
