"""Root causes, not cascades: findings that only follow from a value the parser could not read.

``截止: 2024-13-45`` is one syntax finding. The goal's deadline is then unknown, and a rule that
reports goals without a deadline would say so too, although the writer did write one. The
parser records every such value (``node.unreadable``: the attribute names); here the driver
asks, for the findings on those blocks, whether they would still be there had the value been
readable. It fills each unreadable value with a stand-in of its type (a date, an amount, each of
a field's choices in turn), runs again the rules that found something on those blocks, and
drops the findings that go away with some stand-in: they are about the unreadable value, which
the syntax finding already reports. Nothing is special to any rule: a rule that reads the
value, or reports it missing, is answered the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from planlint.api.finding import Finding, as_message
from planlint.api.rule import Context, Hit, NoOptions, Rule
from planlint.facts import facts_of
from planlint.language.keywords import BUILTIN
from planlint.model import DateSpan, Node, Plan, Quantity, Span, Target

KEY = tuple[str, str, int]  # (code, message id, the block's id())


def _probes(plan: Plan, node: Node, attr: str) -> list[Any]:
    """Stand-ins for an unreadable value, each of the attribute's type."""
    ref = node.fields.get(attr)
    span = (ref.value_span or ref.key_span) if ref is not None else node.field_span("metric")
    language = plan.language or BUILTIN
    vtype = language.fields[attr][2] if attr in language.fields else "quantity"
    period = plan.meta.period if plan.meta is not None and plan.meta.period is not None else None
    if vtype == "choice":
        return list(language.choices.get(attr, {})) or [None]
    if vtype == "date":
        day = period.end if period is not None else dt.date(2099, 12, 31)
        return [DateSpan(start=day, end=day, kind="day", text=day.isoformat(), span=span)]
    if vtype == "period":
        if period is not None and attr != "period":
            return [period.copy(span=span)]
        return [DateSpan(start=dt.date(2000, 1, 1), end=dt.date(2099, 12, 31), kind="range", span=span)]
    if vtype == "target":
        return [Target(kind="exact", value=Quantity(value=0.0, text="0", span=span), text="0", span=span)]
    unit = None
    if vtype == "money":
        unit = plan.meta.currency if plan.meta is not None else "CNY"
    return [Quantity(value=0.0, unit=unit, text="0", span=span)]


def poisoned(plan: Plan) -> list[tuple[Node, str]]:
    return [(n, a) for n in plan.index.blocks for a in n.unreadable if hasattr(n, a)]


def drop_consequences(plan: Plan, findings: list[Finding], rules: dict[str, tuple[Rule, Any, str]],
                      packs: Any, path_of: Callable[[Hit], str]) -> list[Finding]:
    """``findings`` without those that only follow from an unreadable value. ``rules``: the rules
    that ran, by code (with their options); ``path_of``: the file of a hit's span."""
    bad = poisoned(plan)
    if not bad:
        return findings
    blocks = {id(n): n for n, _ in bad}

    def block_of(path: str, line: int) -> Node | None:
        node = plan.index.block_at(line, path)
        return node if node is not None and id(node) in blocks else None

    candidates: dict[int, KEY] = {}
    for i, f in enumerate(findings):
        if f.category == "syntax" or f.code not in rules:
            continue
        node = block_of(f.path, f.line)
        if node is not None:
            candidates[i] = (f.code, f.msg.id, id(node))
    if not candidates:
        return findings
    codes = sorted({key[0] for key in candidates.values()})
    probes = [(n, a, _probes(plan, n, a)) for n, a in bad]
    rounds = max(len(p) for _, _, p in probes)
    gone: set[KEY] = set()
    for r in range(rounds):
        seen, failed = _probe_round(plan, [(n, a, p[r % len(p)]) for n, a, p in probes], codes, rules, packs,
                                    path_of, block_of)
        gone |= {key for key in candidates.values() if key not in seen and key[0] not in failed}
    return [f for i, f in enumerate(findings) if candidates.get(i) not in gone]


def _probe_round(plan: Plan, values: list[tuple[Node, str, Any]], codes: list[str],
                 rules: dict[str, tuple[Rule, Any, str]], packs: Any, path_of: Callable[[Hit], str],
                 block_of: Callable[[str, int], Node | None]) -> tuple[set[KEY], set[str]]:
    """The findings (as keys) the rules give with the stand-ins in place, and the rules that failed."""
    saved = [(n, a, getattr(n, a)) for n, a, _ in values]
    index, plan._index = plan._index, None
    seen: set[KEY] = set()
    failed: set[str] = set()
    try:
        for n, a, v in values:
            setattr(n, a, v)
        facts = facts_of(plan, packs)
        for code in codes:
            rule, opts, _ = rules[code]
            ctx = Context(lang=plan.lang, packs=packs, options=opts or NoOptions(), locale=plan.locale,
                          currency=facts.currency, facts=facts)
            try:
                for hit in _hits(rule, plan, ctx):
                    span = hit.span or Span(line=1, column=1, end_line=1, end_column=1)
                    node = block_of(path_of(hit), span.line)
                    if node is not None:
                        seen.add((code, as_message(hit.message).id, id(node)))
            except Exception:  # a rule that cannot take a stand-in keeps its findings
                failed.add(code)
    finally:
        for n, a, v in saved:
            setattr(n, a, v)
        plan._index = index
    return seen, failed


def _hits(rule: Rule, plan: Plan, ctx: Context) -> Iterator[Hit]:
    yield from rule.check(plan, ctx)
