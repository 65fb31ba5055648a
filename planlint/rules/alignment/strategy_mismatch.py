"""AL007: an initiative's strategy does not fit the dimension of the goal it supports.

Moved as it was from ``planlint/rules/alignment.py`` (the rule is the advice engineer's)."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.model import Plan
from planlint.rules.common import label


class StrategyMismatch(Rule):
    """An initiative's strategy does not fit the dimension of the goal it supports.

    What it checks: the strategy type (`packs/strategies.toml`: brand exposure, content,
    conversion, user operations, channel expansion) against the goal's `dimension` (维度), or
    the dimension its metric reveals. Informational.
    Why: "若目標為提升認知度, 策略可聚焦品牌曝光; 若目標為提升銷售額, 策略可聚焦轉化優化"
    (alignment framework, step 3).
    Bad:
        目标 M-BRAND  维度: 品牌
        举措 X  支撑: M-BRAND  策略: 转化优化
    Good:
        策略: 品牌曝光
    Fix: the strategy types that fit the goal's dimension.
    """

    code = "AL007"
    name = "strategy-mismatch"
    category = "alignment"
    severity = "info"

    NAMES = {"brand": ("品牌曝光", "brand exposure"), "content": ("内容营销", "content marketing"),
             "conversion": ("转化优化", "conversion"), "user": ("用户运营", "user operations"),
             "channel": ("渠道拓展", "channel expansion")}

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        strategies = ctx.packs.data.strategies
        for ini in plan.initiatives:
            if ini.strategy is None:
                continue
            kind = ctx.packs.strategy_type(ini.strategy.value)
            if kind is None or kind not in strategies:
                continue
            for ref in ini.supports:
                goal = plan.index.goals.get(ref.value)
                if goal is None:
                    continue
                dim = goal.dimension or ctx.packs.dimension_of(goal.metric.name if goal.metric else goal.title or "")
                if dim is None or dim in strategies[kind].fits:
                    continue
                fitting = [self.NAMES[k][0 if ctx.lang == "zh" else 1] for k, s in strategies.items() if dim in s.fits and k in self.NAMES]
                dim_zh = {"brand": "品牌", "user": "用户", "sales": "销售", "channel": "渠道"}.get(dim, dim)
                msg = ctx.t(f"举措 {label(ini, ctx)} 的策略「{ini.strategy.value}」与目标 {goal.id} 的{dim_zh}维度不匹配",
                            f"the strategy of {label(ini, ctx)}, '{ini.strategy.value}', does not fit the {dim} goal {goal.id}")
                fix = ctx.t(f"适合的策略: {'、'.join(fitting)}", f"strategies that fit: {', '.join(fitting)}")
                yield Hit(ini.strategy.span or ini.header_span, msg, fix)
                break
