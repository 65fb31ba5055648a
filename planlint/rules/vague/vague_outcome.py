"""VG001: a slogan or an outcome phrase stands where something countable should be."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label, Term
from planlint.model import Goal, Initiative, Node
from planlint.rules.vague.words import hedge_matches, metric_is_vague, rewrite, vague_field


class VagueOutcome(Rule):
    """A slogan or an outcome phrase states a result with nothing countable.

    What it checks: goal titles and metric names that use phrases such as 提升品牌影响力,
    增加用户粘性, 全面开花, 再上新台阶, 持续发力, 打造生态, 赋能, world-class, best-in-class or
    "take it to the next level", and aspirations with no count (成为行业领导品牌, 消费者首选,
    深入人心, most-loved, a household name, top of mind), when the goal is not fully quantified (metric, baseline, target
    and deadline); initiative titles with such phrases and no `measures`. Words that name the
    goal's own measured metric are not vague (指标: 品牌知名度 (%) with a target is a KPI the
    sources list; a missing baseline is BL001's, not vagueness).
    Why: vague statements cannot be measured, so the strategy has no direction (alignment
    framework, risk 2). The vocabulary is `packs/vague.toml`; teams add their own packs.
    Fix: the goal said with its own numbers, or the metric the phrase usually means
    (品牌影响力 -> 目标人群品牌认知率, 第三方调研; 用户粘性 -> 30日留存率).
    """

    code = "VG001"
    name = "vague-outcome"
    category = "vague"
    severity = "warning"
    messages = {
        "vague": ("{what} {node} 中的「{words}」无法衡量", "{what} {node}: '{words}' cannot be measured"),
        "fix-said": ("用目标自己的数字改写标题: 「{said}」", 'say it with the goal\'s own numbers: "{said}"'),
        "fix-measures": ("加上 衡量指标: {metric}", "add measures: {metric}"),
        "fix-metric": ("改写为可衡量的目标: {rewrite}; 指标: {metric}, 写明 基准 和 目标值",
                       "rewrite it as a measurable goal: {rewrite}; metric: {metric}, with baseline and target"),
    }

    node_local = True

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        found = vague_field(node, ctx)
        if found is None:
            return
        tf, matches = found
        start, end, phrase, _ = matches[0]
        words = list(dict.fromkeys([tf.text[s:e] for s, e in hedge_matches(tf.text, ctx)] + [m[3] for m in matches]))
        said = rewrite(node) if isinstance(node, Goal) and not metric_is_vague(node, ctx) else None
        what = Term("目标", "goal") if isinstance(node, Goal) else Term("举措", "initiative")
        msg = self.msg("vague", what=what, node=Label(node.id, node.title), words=Join(tuple(words), ", ", "」「"))
        metric = Term(phrase.metric_zh, phrase.metric_en)
        edits: list[Edit] = []
        if said is not None:
            fix = self.msg("fix-said", said=said)
            if tf.field == "title":
                edits.append(Edit(span=tf.span(0, len(tf.text)), text=ctx.render(said)))
        elif isinstance(node, Initiative):
            fix = self.msg("fix-measures", metric=metric)
        else:
            fix = self.msg("fix-metric", rewrite=Term(phrase.rewrite_zh, phrase.rewrite_en), metric=metric)
        yield Hit(tf.span(start, end), msg, fix, edits)
