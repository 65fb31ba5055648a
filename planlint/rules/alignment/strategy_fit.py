"""AL007: the strategies behind a goal do not serve what the goal aims at."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.metrics import vocab
from planlint.i18n.messages import Join, Label, Term
from planlint.model import Initiative, Plan


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
    messages = {
        "alone": ("举措 {ini} 的策略「{strategy}」不服务于{aim}目标 {goal}, 而 {id} 没有其他策略合适的举措",
                  "the strategy of {ini}, '{strategy}', does not serve the {aim} goal {goal}, and no other initiative behind {id} does"),
        "mismatch": ("举措 {ini} 的策略「{strategy}」不服务于{aim}目标 {goal}",
                     "the strategy of {ini}, '{strategy}', does not serve the {aim} goal {goal}"),
        "fix": ("{aim}目标适合的策略: {fitting} (例如 {example}); 为 {goal} 加这样的举措, 或把预算转过去",
                "strategies that serve {aim}: {fitting} (e.g. {example}); add such an initiative to {goal}, or move the budget"),
        "fix-short": ("{aim}目标适合的策略: {fitting}; 这项举措的预算可以转给它们", "strategies that serve {aim}: {fitting}; this initiative's budget may go to them"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if ctx.facts is None:
            return
        v = vocab(ctx.packs)
        names = ctx.packs.data.strategy_names
        reported: set[int] = set()
        kinds: dict[str, str | None] = {}  # the type of each strategy as written, read once (plans repeat them)
        for goal in plan.goals:
            aim_key = ctx.facts.metric(goal).aim
            aim = v.aims.get(aim_key or "")
            if aim is None or not goal.id:
                continue
            typed: list[tuple[Initiative, str]] = []
            for ini in plan.index.supporters.get(goal.id, []):
                kind = None
                if ini.strategy is not None:
                    said = ini.strategy.value
                    kind = kinds[said] if said in kinds else kinds.setdefault(said, ctx.packs.strategy_type(said))
                if kind is not None:
                    typed.append((ini, kind))
            misfits = [(i, k) for i, k in typed if k not in aim.strategies]
            if not misfits:
                continue
            alone = len(misfits) == len(typed)
            term = Term(aim.name_zh, aim.name_en)
            fitting = Join(tuple(Term(names[k].zh, names[k].en) for k in aim.strategies if k in names), ", ", "、")
            for ini, _ in misfits:
                if id(ini) in reported:
                    continue
                reported.add(id(ini))
                args = {"ini": Label(ini.id, ini.title), "strategy": ini.strategy.value if ini.strategy else "",
                        "aim": term, "goal": Label(goal.id, goal.title), "id": goal.id}
                fix = self.msg("fix", aim=term, fitting=fitting, goal=goal.id,
                               example=Term(aim.example_zh, aim.example_en)) if alone and aim.example_zh else \
                    self.msg("fix-short", aim=term, fitting=fitting)
                span = ini.strategy.span if ini.strategy and ini.strategy.span else ini.header_span
                yield Hit(span, self.msg("alone" if alone else "mismatch", **args), fix,
                          severity=None if alone else "info")
