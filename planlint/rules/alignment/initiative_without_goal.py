"""AL008: an initiative supports no goal."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label
from planlint.model import Goal, Plan


class InitiativeWithoutGoal(Rule):
    """An initiative supports no goal.

    What it checks: every initiative has `supports` (支撑) naming at least one goal.
    Why: "避免為營銷而營銷" (alignment framework, core value): an activity that serves no goal
    cannot be judged or funded by contribution.
    Fix: the goals without sub-goals whose dimension fits the initiative's strategy first.
    """

    code = "AL008"
    name = "initiative-without-goal"
    category = "alignment"
    severity = "warning"
    messages = {
        "missing": ("举措 {initiative} 没有支撑任何目标", "initiative {initiative} supports no goal"),
        "fix": ("加上 支撑: <目标编号> (例如 {ids})", "add supports: <goal id> (e.g. {ids})"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        leaves = [g for g in plan.goals if g.id and g.id not in plan.index.children]
        strategies = ctx.packs.data.strategies
        for ini in plan.initiatives:
            if ini.supports or "supports" in ini.fields and not ini.fields["supports"].placeholder:
                continue
            kind = ctx.packs.strategy_type(ini.strategy.value) if ini.strategy is not None else None
            fits = strategies[kind].fits if kind in strategies else []

            def rank(g: Goal, fits: list[str] = fits) -> int:
                dim = g.dimension or ctx.packs.dimension_of(f"{g.metric.name if g.metric else ''} {g.title or ''}")
                return 0 if dim in fits else 1

            ids = tuple(g.id or "" for g in sorted(leaves, key=rank)[:4])
            yield Hit(ini.id_span or ini.header_span, self.msg("missing", initiative=Label(ini.id, ini.title)),
                      self.msg("fix", ids=Join(ids)))
