"""Reading a plan file into the typed model (see grammar/plan.lark)."""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterator
from contextlib import contextmanager

from planlint.i18n.numbers import pick
from planlint.language.script import detect, language, normalise
from planlint.model import Directive, Goal, Initiative, Plan, PlanMeta, Span, Team
from planlint.parser.build import BlockBuilder, Problem
from planlint.parser.cache import BlockCache
from planlint.parser.layout import layout

__all__ = ["parse", "Problem", "BlockCache", "no_cyclic_gc"]


def parse(text: str, path: str = "<string>", lang: str | None = None,
          cache: BlockCache | None = None) -> tuple[Plan, list[Problem]]:
    """Parse a whole file. Never raises on bad input: problems come back as syntax findings.

    ``lang`` is the locale of messages (en, zh-Hans, zh-Hant; zh means zh-Hans); by default
    the plan's own, from its titles, values and notes.

    With a ``cache`` (the editor keeps one per document), blocks whose text did not change
    are not parsed again, only moved to their new lines.
    """
    with no_cyclic_gc():
        return _parse(text, path, lang, cache)


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Parsing and linting make many small objects and no cycles: the cyclic collector would
    rescan them all again and again (quadratic on a 10,000-goal plan), so it waits."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(text: str, path: str, lang: str | None, cache: BlockCache | None) -> tuple[Plan, list[Problem]]:
    lay = layout(text)
    locale = normalise(lang) if lang else detect(text)
    use_lang = language(locale)
    plan = Plan(path=path, lang=use_lang, locale=locale, line_count=lay.line_count)
    problems: list[Problem] = []
    seen: dict[str, Span] = {}
    if cache is not None:
        cache.start(locale)
    for chunk in lay.chunks:
        result = cache.get(chunk) if cache is not None else None
        if result is None:
            result = BlockBuilder(chunk, use_lang, locale).build()
            if cache is not None:
                cache.put(chunk, result)
        problems.extend(result.problems)
        node = result.node
        if node is None:
            continue
        node.path = path
        if isinstance(node, PlanMeta):
            if plan.meta is not None:
                problems.append(Problem("PL004", node.header_span,
                                        pick(use_lang, "一个文件只能有一个计划块", "a file holds one plan block"),
                                        pick(use_lang, "删除或合并多余的计划块", "remove or merge the extra plan block")))
                continue
            plan.meta = node
            continue
        if node.id and node.kind in ("goal", "initiative"):
            if node.id in seen:
                first = seen[node.id]
                problems.append(Problem(
                    "PL004", node.id_span or node.header_span,
                    pick(use_lang, f"编号「{node.id}」已在第 {first.line} 行使用",
                         f"the id '{node.id}' is already used on line {first.line}"),
                    pick(use_lang, f"换一个编号, 例如 {node.id}-2", f"choose another id, e.g. {node.id}-2")))
            else:
                seen[node.id] = node.id_span or node.header_span
        if isinstance(node, Goal):
            plan.goals.append(node)
        elif isinstance(node, Initiative):
            plan.initiatives.append(node)
        elif isinstance(node, Team):
            plan.teams.append(node)
    plan.directives = _directives(lay, plan)
    if cache is not None:
        cache.finish()
    return plan, problems


def _directives(lay, plan: Plan) -> list[Directive]:
    """Resolve where each ``# planlint: disable=`` applies."""
    starts = {n.span.line: n for n in plan.index.blocks}
    content = lay.content_lines
    out = []
    for d in lay.directives:
        if not d.own_line:
            out.append(Directive(codes=d.codes, line=d.line, column=d.column, applies_from=d.line,
                                 applies_to=d.line, own_line=False))
            continue
        i = bisect.bisect_right(content, d.line)
        if i >= len(content):
            continue
        nxt = content[i]
        node = starts.get(nxt)
        last = node.span.end_line if node is not None else nxt
        out.append(Directive(codes=d.codes, line=d.line, column=d.column, applies_from=nxt, applies_to=last,
                             own_line=True))
    return out
