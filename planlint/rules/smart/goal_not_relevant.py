"""SM004: a goal points at no business goal."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label, Term
from planlint.model import Goal, Plan
from planlint.rules.common import insert_field

RELEVANCE = {"high": Term("高", "high"), "medium": Term("中", "medium"), "low": Term("低", "low")}


class NotRelevant(Rule):
    """A goal points at no business goal.

    What it checks: a goal has a `parent` (上级), or is itself a company or business-unit goal
    (`层级: 公司` / `业务单元`), or is the one goal at the top of the plan (or, in a plan with no
    company or business-unit goal, the top of its own sub-goals). A relevance tag (关联度: 高)
    alone does not say which goal it serves.
    Why: "保证每个子目标均指向业务单元目标" (alignment framework, step 2); the relevance tag says
    how much a goal matters to the strategy ("高: 支撑市场份额目标", risk 1), not which goal it
    supports.
    Fix: `上级:` with the goal it most likely serves: the business-unit and company goals of the
    plan first (of the same dimension first), the tops of the other goal trees next.
    """

    code = "SM004"
    name = "goal-not-relevant"
    category = "smart"
    severity = "warning"
    messages = {
        "orphan": ("目标 {goal} 没有上级目标, 也不是公司级目标: 看不出它服务哪个业务目标",
                   "goal {goal} has no parent and is not a company goal: it is not clear which business goal it serves"),
        "tag-only": ("目标 {goal} 只标了 关联度: {relevance}, 没有上级目标: 关联度说明它有多重要, 不说明它支撑哪个业务目标",
                     "goal {goal} is tagged relevance: {relevance} but has no parent: the tag says how much it matters, "
                     "not which business goal it serves"),
        "fix": ("加上 上级: {parent} (可选: {candidates}); 若它就是公司目标, 写 层级: 公司",
                "add parent: {parent} (candidates: {candidates}); if it is the company goal, write level: company"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        roots = [g for g in plan.goals if g.parent is None]
        tops = [g for g in plan.goals if g.level in ("company", "bu")]
        if len(roots) <= 1 and not tops:
            return  # one goal on top: the plan's own business goal
        ranked: dict[str | None, list[Goal]] = {}  # candidates in order, per dimension (computed once each)
        for goal in roots:
            if goal.level in ("company", "bu"):
                continue
            if not tops and goal.id in plan.index.children:
                continue  # the top of its own decomposition in a plan with no business goal (a team's plan)
            dim = _dimension(goal, ctx)
            if dim not in ranked:
                ranked[dim] = _ranking(plan, tops, roots, dim, ctx)
            below = {id(g) for g in plan.index.descendants(goal)} | {id(goal)}
            ids: list[str] = []
            for c in ranked[dim]:
                if id(c) not in below and c.id and c.id not in ids:
                    ids.append(c.id)
                    if len(ids) == 3:
                        break
            if not ids:
                continue
            label = Label(goal.id, goal.title)
            msg = self.msg("tag-only", goal=label, relevance=RELEVANCE.get(goal.relevance or "", goal.relevance or "")) \
                if goal.relevance else self.msg("orphan", goal=label)
            fix = self.msg("fix", parent=ids[0], candidates=Join(tuple(ids)))
            yield Hit(goal.id_span or goal.header_span, msg, fix, [insert_field(goal, ctx.field("parent"), ids[0])])


def _dimension(goal: Goal, ctx: Context) -> str | None:
    return goal.dimension or ctx.packs.dimension_of(f"{goal.metric.name if goal.metric else ''} {goal.title or ''}")


def _ranking(plan: Plan, tops: list[Goal], roots: list[Goal], dim: str | None, ctx: Context) -> list[Goal]:
    """The business goals (business-unit goals before the company goal: "保证每个子目标均指向
    业务单元目标", alignment framework step 2), those of the goal's dimension first; then the tops
    of other goal trees, then other goals on their own."""

    def fits(g: Goal) -> int:
        return 0 if dim is not None and _dimension(g, ctx) == dim else 1

    first = sorted(tops, key=lambda g: (fits(g), g.level != "bu"))
    seen = {id(g) for g in first}
    rest = sorted((g for g in roots if id(g) not in seen), key=lambda g: (g.id not in plan.index.children, fits(g)))
    return first + rest
