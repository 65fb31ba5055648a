"""Vague wording: outcome phrases that measure nothing, and hedges.

Method: "提升品牌影响力", "增加用户粘性" are too vague; write "品牌影响力 =
目标人群品牌认知率 >= 40%, measured by third-party survey" (alignment framework,
risk 2; tracking guide 1(2)). Vocabularies live in ``packs/vague.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.values import base, target_base
from planlint.language.script import fold
from planlint.model import Goal, Initiative, Node, Span
from planlint.rules.common import label, show


@dataclass
class TextField:
    node: Node
    field: str  # title, metric, note, ...
    text: str
    line: int
    column: int  # column of text[0]

    def span(self, start: int, end: int) -> Span:
        return Span(line=self.line, column=self.column + start, end_line=self.line, end_column=self.column + end)


def text_fields(node: Node) -> Iterator[TextField]:
    """Every piece of prose a reviewer reads in a block: titles, metric names, notes, lists, raw values."""
    if node.title and node.title_span is not None:
        yield TextField(node, "title", node.title, node.title_span.line, node.title_span.column + 1)
    if isinstance(node, Goal) and node.metric is not None and node.metric.span is not None:
        yield TextField(node, "metric", node.metric.name, node.metric.span.line, node.metric.span.column)
    for name, ref in node.fields.items():
        if ref.value_span is None:
            continue
        if name in PROSE or (ref.placeholder and name in NUMERIC):
            yield TextField(node, name, ref.raw_value, ref.value_span.line, ref.value_span.column)


PROSE = frozenset({"note", "definition", "measures", "leading", "strategy"})
NUMERIC = frozenset({"target", "baseline", "deadline", "budget"})


def outcome_matches(tf: TextField, ctx: Context) -> list[tuple[int, int, object, str]]:
    """(start, end, phrase, text) for the first match of each phrase, in text order."""
    out, seen = [], set()
    for m in ctx.packs.phrase_all.finditer(tf.text):
        phrase = ctx.packs.phrase_of.get(m.group().lower())
        if phrase is not None and id(phrase) not in seen:
            seen.add(id(phrase))
            out.append((m.start(), m.end(), phrase, tf.text[m.start():m.end()]))
    return out


def hedge_matches(text: str, ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of every hedge in the text, minus those inside an excluded word (全面屏)."""
    found = [(m.start(), m.end()) for m in ctx.packs.hedge_all.finditer(text)]
    if found and ctx.packs.hedge_exclude is not None:
        masks = [(e.start(), e.end()) for e in ctx.packs.hedge_exclude.finditer(text)]
        found = [(a, b) for a, b in found if not any(s <= a < e for s, e in masks)]
    return found


def fully_quantified(goal: Goal) -> bool:
    return (goal.metric is not None and goal.target is not None and goal.baseline is not None
            and goal.deadline is not None)


def rewrite(goal: Goal, ctx: Context) -> str | None:
    """The goal said with its own numbers: "30日留存率提升至40%"."""
    if goal.metric is None or goal.target is None:
        return None
    t = target_base(goal)
    if t is None:
        return None
    b = base(goal, goal.baseline)
    down = b is not None and t < b
    target = show(goal, t, ctx)
    if ctx.lang == "zh":
        verb = "降至" if down else "提升至"
        start = f"从{show(goal, b, ctx)}" if b is not None else ""
        return f"{goal.metric.name}{start}{verb}{target}"
    verb = "down to" if down else "up to"
    start = f" from {show(goal, b, ctx)}" if b is not None else ""
    return f"{goal.metric.name}{start} {verb} {target}"


def vague_field(node: Node, ctx: Context) -> tuple[TextField, list] | None:
    """The block's first text field where an outcome phrase stands for a missing measure, with
    the phrases of all its fields (one finding per goal, not one per field)."""
    if isinstance(node, Goal):
        if not metric_is_vague(node, ctx) and fully_quantified(node):
            return None
    elif not (isinstance(node, Initiative) and not node.measures):
        return None
    found: tuple[TextField, list] | None = None
    for tf in text_fields(node):
        if tf.field not in ("title", "metric") or (isinstance(node, Initiative) and tf.field != "title"):
            continue
        if tf.field == "metric" and isinstance(node, Goal) and node.metric.unit_text and node.target is not None:  # type: ignore[union-attr]
            continue  # a KPI the sources list (品牌知名度 (%)) with a unit and a target is measured; no baseline is BL001's
        matches = outcome_matches(tf, ctx)
        if isinstance(node, Goal) and tf.field == "title" and node.metric is not None and node.metric.unit_text:
            # "月活跃用户数达到50万" with metric 月活跃用户数 (万): the words name a real metric
            metric_words = fold(node.metric.name).lower()
            matches = [m for m in matches if fold(m[3]).lower() not in metric_words]
        if not matches:
            continue
        if found is None:
            found = (tf, list(matches))
        else:
            found[1].extend(m for m in matches if m[3] not in {p[3] for p in found[1]})
    return found


def metric_is_vague(goal: Goal, ctx: Context) -> bool:
    """The metric itself is a vague phrase with no unit: "指标: 品牌影响力"."""
    m = goal.metric
    return m is not None and m.unit_text is None and any(rx.search(m.name) for rx, _ in ctx.packs.phrase_res)


class VagueOutcome(Rule):
    """An outcome phrase that measures nothing stands where a metric should be.

    What it checks: goal titles and metric names that use phrases such as 提升品牌影响力,
    增加用户粘性, 打造爆款, boost engagement or world-class, when the goal is not fully quantified
    (metric, baseline, target and deadline); initiative titles with such phrases and no `measures`.
    A fully quantified goal whose title says 提升 is not vague.
    Why: vague statements cannot be measured, so the strategy has no direction (alignment
    framework, risk 2). The vocabulary is `packs/vague.toml`; teams add their own packs.
    Bad:
        目标 STICKY "增加用户粘性"
    Good:
        目标 STICKY "30日留存率从32%提升至40%"
          指标: 30日留存率 (%)
    Fix: the goal said with its own numbers, or the metric the phrase usually means
    (品牌影响力 -> 目标人群品牌认知率, 第三方调研; 用户粘性 -> 30日留存率).
    """

    code = "VG001"
    name = "vague-outcome"
    category = "vague"
    severity = "warning"

    node_local = True

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        found = vague_field(node, ctx)
        if found is not None:
            tf, matches = found
            start, end, phrase, _ = matches[0]
            words = list(dict.fromkeys(m[3] for m in matches))
            hedges = [tf.text[s:e] for s, e in hedge_matches(tf.text, ctx)]
            quoted = "」「".join(hedges + words)
            said = rewrite(node, ctx) if isinstance(node, Goal) and not metric_is_vague(node, ctx) else None
            what = ctx.t("目标", "goal") if isinstance(node, Goal) else ctx.t("举措", "initiative")
            msg = ctx.t(f"{what} {label(node, ctx)} 中的「{quoted}」无法衡量",
                        f"{what} {label(node, ctx)}: '{quoted.replace('」「', ', ')}' cannot be measured")
            metric = phrase.metric_zh if ctx.lang == "zh" else phrase.metric_en
            edits: list[Edit] = []
            if said:
                fix = ctx.t(f"用目标自己的数字改写标题: 「{said}」", f"say it with the goal's own numbers: \"{said}\"")
                if tf.field == "title":
                    edits.append(Edit(span=tf.span(0, len(tf.text)), text=said))
            elif isinstance(node, Initiative):
                fix = ctx.t(f"加上 衡量指标: {metric}", f"add measures: {metric}")
            else:
                rw = phrase.rewrite_zh if ctx.lang == "zh" else phrase.rewrite_en
                fix = ctx.t(f"改写为可衡量的目标: {rw}; 指标: {metric}, 写明 基准 和 目标值",
                            f"rewrite it as a measurable goal: {rw}; metric: {metric}, with baseline and target")
            yield Hit(tf.span(start, end), msg, fix, edits)


class Hedge(Rule):
    """A hedge word promises a size without giving it.

    What it checks: 大幅, 显著, 全面, 尽快, 尽可能, significantly, as much as possible, ASAP, ...
    anywhere a reviewer reads: titles, metric names, notes, definitions, measures and values.
    Matching does not rely on `\\b`, which never matches between Chinese and Latin text.
    Why: "大幅提升" sounds like a target but cannot be checked; the method asks for numbers
    and dates instead (alignment framework, risk 2).
    Bad:
        目标 SALES "大幅提升门锁销售额"
    Good:
        目标 SALES "门锁季度销售额从500万元提升至650万元"
    Fix: delete the hedge and write the size: the goal's own baseline and target when it has them.
    """

    code = "VG002"
    name = "hedge-word"
    category = "vague"
    severity = "warning"

    node_local = True

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        vague = vague_field(node, ctx)
        covered = vague[0].field if vague is not None else None
        for tf in text_fields(node):
            if tf.field == covered:
                continue
            found = hedge_matches(tf.text, ctx)
            if not found:
                continue
            start, end = found[0]
            words = "」「".join(dict.fromkeys(tf.text[s:e] for s, e in found))
            node = tf.node
            said = rewrite(node, ctx) if isinstance(node, Goal) else None
            msg = ctx.t(f"{label(node, ctx)} 的{_field_zh(tf.field)}用了模糊的程度词「{words}」",
                        f"{label(node, ctx)}: the {tf.field} hedges with '{words.replace('」「', ', ')}'")
            if said:
                fix = ctx.t(f"删去「{words}」, 写明幅度: {said}", f"drop '{words}' and state the size: {said}")
            else:
                fix = ctx.t(f"删去「{words}」, 换成具体的数值和日期", f"drop '{words}' and give the number and the date")
            yield Hit(tf.span(start, end), msg, fix, [Edit(span=tf.span(start, end), text="")])


def _field_zh(field: str) -> str:
    return {"title": "标题", "metric": "指标", "note": "备注", "definition": "口径", "measures": "衡量指标",
            "leading": "先行指标", "strategy": "策略", "target": "目标值", "baseline": "基准",
            "deadline": "截止", "budget": "预算"}.get(field, field)
