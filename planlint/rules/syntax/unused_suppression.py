"""PL011: a ``# planlint: disable=`` comment that silences nothing."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.i18n.messages import Join
from planlint.model import Directive, Plan, Span


def _keeps_me_quiet(code: str) -> bool:
    """A code that would silence this rule's own finding (PL011, PL, syntax, ALL)."""
    c = code.strip()
    return c.upper() == "ALL" or c.lower() == UnusedSuppression.category or UnusedSuppression.code.startswith(c.upper())


class UnusedSuppression(Rule):
    """A `# planlint: disable=CODE` comment silences nothing.

    What it checks: every disabled code had a finding to silence on the lines it covers. It
    runs after the other rules and their suppression; a code whose rules are left out by
    `select` or `ignore` still counts as in use when those rules would have found something
    there.
    Why: stale suppressions hide the next real problem.
    Fix: remove the comment, or the codes that silence nothing from it.
    """

    code = "PL011"
    name = "unused-suppression"
    category = "syntax"
    severity = "info"
    after_suppression = True
    messages = {
        "unused": ("「# planlint: disable={codes}」没有可屏蔽的问题", "'# planlint: disable={codes}' silences nothing"),
        "remove": ("删除这条注释", "remove the comment"),
        "unused-codes": ("{codes} 在这里没有可屏蔽的问题", "{codes} silences nothing here"),
        "remove-codes": ("从注释中删去 {codes}", "remove {codes} from the comment"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for d in plan.directives:
            unused = [c for c in d.codes if (d.line, c) not in ctx.used_suppressions and not _keeps_me_quiet(c)]
            if not unused:
                continue
            kept = [c for c in d.codes if c not in unused]
            codes = Join(tuple(unused), ",")
            if not kept:
                yield Hit(Span(line=d.line, column=d.column, end_line=d.line, end_column=d.end_column),
                          self.msg("unused", codes=codes), self.msg("remove"), [_remove(d)], applicability="safe")
            else:
                span = Span(line=d.line, column=d.codes_column, end_line=d.line, end_column=d.codes_end_column)
                yield Hit(span, self.msg("unused-codes", codes=codes), self.msg("remove-codes", codes=codes),
                          [Edit(span=span, text=",".join(kept))], applicability="safe")


def _remove(d: Directive) -> Edit:
    if d.own_line:  # the whole line goes
        return Edit(span=Span(line=d.line, column=1, end_line=d.line + 1, end_column=1), text="")
    return Edit(span=Span(line=d.line, column=d.start_column, end_line=d.line, end_column=d.end_column), text="")
