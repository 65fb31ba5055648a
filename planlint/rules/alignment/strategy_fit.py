"""AL007: the strategies behind a goal do not serve what the goal aims at."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.metrics import vocab
from planlint.i18n.messages import Join, Label, Term
from planlint.model import Goal, Initiative, Node, Plan


class StrategyMismatch(Rule):
    """The strategy of an initiative does not serve what the goal it supports aims at.

    What it checks: each goal's aim (awareness, acquisition, sales, retention, channel: from its
    metric and title, within its `dimension` when given; `packs/strategies.toml`) against the
    strategy types (`策略`: brand exposure, content, conversion, user operations, channel
    expansion) of the initiatives behind it. A warning when no initiative behind the goal has a
    fitting strategy (brand exposure as the only initiative behind a retention goal); a note
    (info) when another initiative behind it fits.
    Why: "若目標為提升認知度, 策略可聚焦品牌曝光; 若目標為提升銷售額, 策略可聚焦轉化優化; 若目標為
    提升用戶留存, 策略可聚焦用戶運營" (alignment framework, step 3), and step 4 checks that each
    strategy directly supports its sub-goal.
    Fix: the strategy types that serve the aim, with the method's examples; or move the budget.
    """

    code = "AL007"
    name = "strategy-mismatch"
    category = "alignment"
    severity = "warning"
    per_unit = True  # one initiative and the goals it supports at a time
    messages = {
        "alone": ("举措 {ini} 的策略「{strategy}」不服务于{aim}目标 {goal}, 而 {id} 没有其他策略合适的举措",
                  "the strategy of {ini}, '{strategy}', does not serve the {aim} goal {goal}, and no other initiative behind {id} does"),
        "mismatch": ("举措 {ini} 的策略「{strategy}」不服务于{aim}目标 {goal}",
                     "the strategy of {ini}, '{strategy}', does not serve the {aim} goal {goal}"),
        "fix": ("{aim}目标适合的策略: {fitting} (例如 {example}); 为 {goal} 加这样的举措, 或把预算转过去",
                "strategies that serve {aim}: {fitting} (e.g. {example}); add such an initiative to {goal}, or move the budget"),
        "fix-short": ("{aim}目标适合的策略: {fitting}; 这项举措的预算可以转给它们", "strategies that serve {aim}: {fitting}; this initiative's budget may go to them"),
    }

    def units(self, plan: Plan, ctx: Context) -> Iterator[tuple[int, tuple[Node, ...]]]:
        """One unit per initiative: it, the goals it supports (in the plan's order) and the other
        initiatives behind those goals (whether any of them fits is part of the finding)."""
        if ctx.facts is None:
            return
        order = {id(g): k for k, g in enumerate(plan.goals)}
        by_id: dict[str, list[Goal]] = {}
        for g in plan.goals:
            if g.id:
                by_id.setdefault(g.id, []).append(g)
        for ini in plan.initiatives:
            goals = sorted({id(g): g for ref in ini.supports for g in by_id.get(ref.value, [])}.values(),
                           key=lambda g: order[id(g)])
            others = [i for g in goals for i in plan.index.supporters.get(g.id or "", []) if i is not ini]
            yield id(ini), (ini, *goals, *others)

    def check_unit(self, key: Hashable, members: tuple[Node, ...], plan: Plan, ctx: Context) -> Iterator[Hit]:
        """The initiative is reported at the first goal it supports whose aim its strategy does not serve."""
        if ctx.facts is None:
            return
        ini = members[0]
        v = vocab(ctx.packs)
        names = ctx.packs.data.strategy_names
        kinds: dict[str, str | None] = ctx.scratch.setdefault("AL007.kinds", {})  # (plans repeat strategies)
        aim_words: dict[str | None, tuple[Term, Join]] = ctx.scratch.setdefault("AL007.aims", {})
        for goal in members[1:]:
            if not isinstance(goal, Goal):
                break
            aim_key = ctx.facts.metric(goal).aim
            aim = v.aims.get(aim_key or "")
            if aim is None or not goal.id:
                continue
            typed: list[tuple[Initiative, str]] = []
            for other in plan.index.supporters.get(goal.id, []):
                kind = None
                if other.strategy is not None:
                    said = other.strategy.value
                    kind = kinds[said] if said in kinds else kinds.setdefault(said, ctx.packs.strategy_type(said))
                if kind is not None:
                    typed.append((other, kind))
            misfits = [(i, k) for i, k in typed if k not in aim.strategies]
            if not any(i is ini for i, _ in misfits):
                continue
            alone = len(misfits) == len(typed)
            words = aim_words.get(aim_key)  # (a few aims, reported again and again)
            if words is None:
                words = aim_words[aim_key] = (Term(aim.name_zh, aim.name_en), Join(tuple(
                    Term(names[k].zh, names[k].en) for k in aim.strategies if k in names), ", ", "、"))
            term, fitting = words
            args = {"ini": Label(ini.id, ini.title), "strategy": ini.strategy.value if ini.strategy else "",
                    "aim": term, "goal": Label(goal.id, goal.title), "id": goal.id}
            fix = self.msg("fix", aim=term, fitting=fitting, goal=goal.id,
                           example=Term(aim.example_zh, aim.example_en)) if alone and aim.example_zh else \
                self.msg("fix-short", aim=term, fitting=fitting)
            span = ini.strategy.span if ini.strategy and ini.strategy.span else ini.header_span
            yield Hit(span, self.msg("alone" if alone else "mismatch", **args), fix,
                      severity=None if alone else "info")
            return
