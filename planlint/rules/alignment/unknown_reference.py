"""AL003: `parent` or `supports` names a goal that is not in the plan."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join, Label
from planlint.language.keywords import suggest
from planlint.model import Plan


class UnknownReference(Rule):
    """`parent` or `supports` names a goal that is not in the plan.

    What it checks: every id in `parent` (上级) and `supports` (支撑) is the id of a goal.
    Why: a broken link breaks the chain from initiative to company goal (alignment framework,
    table 3); usually it is a typo.
    Fix: the closest goal id ("did you mean"), else the list of goal ids.
    """

    code = "AL003"
    name = "unknown-reference"
    category = "alignment"
    severity = "error"
    messages = {
        "unknown": ("{node} 引用的目标「{ref}」不在本计划中", "{node} refers to goal '{ref}', which is not in this plan"),
        "fix-guess": ("是不是 {guess}?", "did you mean {guess}?"),
        "fix-list": ("改为本计划中的目标编号: {ids}", "use a goal id of this plan: {ids}"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        ids = list(plan.index.goals)
        refs = [(g, g.parent) for g in plan.goals if g.parent is not None]
        refs += [(i, r) for i in plan.initiatives for r in i.supports]
        for node, ref in refs:
            if ref.value in plan.index.goals:
                continue
            others = [i for i in ids if i != node.id]  # a goal is never its own parent
            guess = suggest(ref.value, others)
            msg = self.msg("unknown", node=Label(node.id, node.title, node.kind), ref=ref.value)
            if guess:
                fix = self.msg("fix-guess", guess=guess)
                edits = [Edit(span=ref.span, text=guess)] if ref.span else []
            else:
                fix, edits = self.msg("fix-list", ids=Join(tuple(others[:8]))), []
            yield Hit(ref.span or node.header_span, msg, fix, edits)
