"""VG002: a hedge softens a number or a commitment."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Field, Join, Label, Term
from planlint.model import Goal, Node
from planlint.rules.vague.words import NUMERIC, field_texts, hedge_kinds, rewrite, text_field, vague_field

OWN_WORDS = {"title": Term("标题", "title"), "metric": Term("指标", "metric")}


class Hedge(Rule):
    """A hedge softens a number or a commitment.

    What it checks: anywhere a reviewer reads (titles, metric names, notes, definitions,
    measures and the values as written): size words with no size (大幅, 显著, significantly,
    as much as possible), softeners of a commitment (力争, 争取, 尽量, 适当, we aim to,
    hopefully, where feasible, 可行时) and approximators next to a number (约20%, 500人左右, about
    300, roughly 2M, by up to 40%, ~4%). An approximator counts only beside a number: 约定 and 预约
    are words, and 450 ~ 500 is a range. Matching
    does not rely on `\\b`, which never matches between Chinese and Latin text.
    Why: "大幅提升" sounds like a target but cannot be checked, and "力争 20% 左右" commits to
    nothing; the method asks for numbers and dates instead (alignment framework, risk 2), and a
    range where the market is uncertain (tracking guide 1(2): 彈性區間).
    Fix: delete the hedge and write the size: the goal's own baseline and target when it has
    them, a range (450..500) where the number is uncertain.
    """

    code = "VG002"
    name = "hedge-word"
    category = "vague"
    severity = "warning"
    messages = {
        "size": ("{node} 的{field}用了模糊的程度词「{words}」", "{node}: the {field} hedges with '{words}'"),
        "commitment": ("{node} 的{field}用「{words}」把承诺说软了, 做到多少算完成不清楚",
                       "{node}: the {field} softens the commitment with '{words}': it is unclear what counts as done"),
        "number": ("{node} 的{field}用「{words}」把数字说成了大概", "{node}: the {field} makes the number approximate with '{words}'"),
        "fix-said": ("删去「{words}」, 写明幅度: {said}", "drop '{words}' and state the size: {said}"),
        "fix": ("删去「{words}」, 换成具体的数值和日期", "drop '{words}' and give the number and the date"),
        "fix-number": ("删去「{words}」, 写成确定的数值, 或把不确定的幅度写成区间 (例如 目标值: 450..500)",
                       "drop '{words}' and write the number, or a range where it is uncertain (e.g. target: 450..500)"),
    }

    node_local = True

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        vague = vague_field(node, ctx)
        covered = vague[0].field if vague is not None else None
        packs, fields = ctx.packs, node.fields
        for name, text in field_texts(node):
            if name == covered:
                continue  # VG001 quotes the hedges of the field it reports
            if name in NUMERIC:  # a number's own field: only an approximator, unless it is a placeholder
                ref = fields.get(name)
                every = ref is not None and ref.placeholder
            else:
                every = True
            kinds = hedge_kinds(text, packs, every)
            if not kinds:
                continue
            tf = text_field(node, name)  # its place, for the few fields with a hedge
            if tf is None:
                continue
            found = sorted({m for _, f in kinds for m in f})
            kind = min(kinds, key=lambda k: k[1][0])[0]
            start, end = found[0]
            words = Join(tuple(dict.fromkeys(tf.text[s:e] for s, e in found)), ", ", "」「")
            field = OWN_WORDS.get(tf.field) or Field(tf.field)
            said = rewrite(node) if isinstance(node, Goal) else None
            msg = self.msg(kind, node=Label(node.id, node.title), field=field, words=words)
            if kind == "number":
                fix = self.msg("fix-number", words=words)
            elif said is not None:
                fix = self.msg("fix-said", words=words, said=said)
            else:
                fix = self.msg("fix", words=words)
            yield Hit(tf.span(start, end), msg, fix, [Edit(span=tf.span(start, end), text="")])
