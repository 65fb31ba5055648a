"""Reading a plan file into the typed model (see grammar/plan.lark)."""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from planlint.api.finding import Edit
from planlint.api.rule import Hit
from planlint.language.keywords import BUILTIN, Language
from planlint.language.script import detect, normalise
from planlint.language.script import language as language_of
from planlint.model import Directive, Goal, Initiative, Plan, PlanMeta, Span, Team
from planlint.parser.build import BlockBuilder
from planlint.parser.cache import BlockCache
from planlint.parser.layout import Chunk, Layout, broken_header, content_lines, header_example
from planlint.rules.syntax.duplicate_id import DuplicateId
from planlint.rules.syntax.unreadable_line import Unreadable

__all__ = ["parse", "BlockCache", "no_cyclic_gc"]


def parse(text: str, path: str = "<string>", lang: str | None = None,
          cache: BlockCache | None = None, language: Language | None = None) -> tuple[Plan, list[Hit]]:
    """Parse a whole file. Never raises on bad input: problems come back as the syntax rules'
    hits (``hit.rule`` is the rule class), which the linter turns into findings.

    ``lang`` is the locale of messages (en, zh-Hans, zh-Hant; zh means zh-Hans); by default
    the plan's own, from its titles, values and notes.

    With a ``cache`` (the editor keeps one per document), blocks whose text did not change
    are not parsed again, only moved to their new lines.

    ``language``: the words to read it with (the built-in language pack merged with a team's
    packs: ``Packs.language``); by default the built-in ones.
    """
    with no_cyclic_gc():
        return _parse(text, path, lang, cache, language or BUILTIN)


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Parsing and linting make a million small objects on a 10,000-goal plan and drop none of
    them until the end: the cyclic collector would only scan them over and over (with it on, a
    10,000-goal check takes half as long again, bench/run.py), so it waits until the work is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(text: str, path: str, lang: str | None, cache: BlockCache | None,
           language: Language) -> tuple[Plan, list[Hit]]:
    lay = cache.layout(text, language) if cache is not None else Layout.of(text, language)
    script = cache.detect(text) if cache is not None else detect(text)  # the plan's own language and script
    locale = normalise(lang) if lang else script
    use_lang = language_of(locale)
    plan = Plan(path=path, lang=use_lang, locale=locale, language=language)
    problems: list[Hit] = []
    seen: dict[str, Span] = {}
    words: dict[str, str] = {}
    keys: dict[tuple[str, str], tuple[str, str, str | None, str]] = {}
    lines: dict[tuple, tuple] = {}
    builder: BlockBuilder | None = None  # one for the file (made for its first block not in the cache)
    if cache is not None:
        cache.start(f"{locale}/{script}/{id(language)}")
    # (without the editor's cache, the layout is this parse's alone: see _directives for its content lines)
    # blocks are built a few dozen at a time as they are read (then their lines are let go): as fast
    # as reading them all first, without holding every line of the file (the editor's layout holds them)
    if cache is not None:
        chunks: Iterable[Chunk] = lay.chunks
    else:
        blocks = lay.blocks(content_lines=False)
        chunks = (c for batch in iter(lambda: list(islice(blocks, 64)), []) for c in batch)
    for chunk in chunks:
        result = cache.get(chunk) if cache is not None else None
        if result is None:
            if builder is None:
                builder = BlockBuilder(chunk, use_lang, locale, script, language, path, words, keys, lines)
            result = builder.build_next(chunk)
            if cache is not None:
                cache.put(chunk, result)
        problems.extend(result.problems)
        node = result.node
        if node is None:
            continue
        if cache is not None:  # (a block built here has its path already; one from the cache, the path it was read with)
            node.path = path
        if isinstance(node, PlanMeta):
            if plan.meta is not None:
                problems.append(DuplicateId.hit(node.header_span, "plan-twice", "merge"))
                continue
            plan.meta = node
            continue
        if node.id and node.kind in ("goal", "initiative"):
            if node.id in seen:
                first = seen[node.id]
                problems.append(DuplicateId.hit(node.id_span or node.header_span, "id-twice", "other-id",
                                                id=node.id, line=str(first.line)))
            else:
                seen[node.id] = node.id_span or node.header_span
        if isinstance(node, Goal):
            plan.goals.append(node)
        elif isinstance(node, Initiative):
            plan.initiatives.append(node)
        elif isinstance(node, Team):
            plan.teams.append(node)
    plan.line_count = lay.line_count
    for number, text, lost in lay.prose:
        problems.append(_prose(number, text, lost, language))
    plan.directives = _directives(lay, plan, cache is not None)
    if cache is not None:
        cache.finish()
    return plan, problems


def _prose(number: int, text: str, lost: bool = False, language: Language = BUILTIN) -> Hit:
    """A line of prose between blocks: one finding (a warning: nothing the plan says is lost),
    and the lines after it read on as if it were a comment. A line that starts with a block
    keyword (``计划：2025``, ``目标(G1)「标题」``) was meant as a header: the finding says how one
    is written, and is an error when lines under it were lost with it."""
    span = Span(line=number, column=1, end_line=number, end_column=len(text) + 1)
    keyword = broken_header(text, language)
    if keyword is not None:
        hit = Unreadable.hit(span, "keyword-prose", "write-block", keyword=keyword, line=text,
                             example=header_example(text, keyword, language))
        if not lost:
            hit.severity = "warning"
        return hit
    hit = Unreadable.hit(span, "prose", "comment-out", [Edit(span=Span(line=number, column=1, end_line=number,
                                                                       end_column=1), text="# ")], line=text)
    hit.severity = "warning"
    return hit


def _directives(lay: Layout, plan: Plan, has_content: bool = True) -> list[Directive]:
    """Resolve where each ``# planlint: disable=`` applies (``has_content``: the layout kept its
    content lines; else they are read again, only when a directive on a line of its own needs them)."""
    own_line = any(d.own_line for d in lay.directives)
    starts = {n.span.line: n for n in plan.index.blocks} if own_line else {}
    content = lay.content_lines if has_content or not own_line else content_lines(lay)
    out = []
    for d in lay.directives:
        if not d.own_line:
            out.append(Directive(codes=d.codes, line=d.line, column=d.column, applies_from=d.line,
                                 applies_to=d.line, own_line=False, end_column=d.end_column,
                                 start_column=d.start_column, codes_column=d.codes_column,
                                 codes_end_column=d.codes_end_column))
            continue
        i = bisect.bisect_right(content, d.line)
        if i >= len(content):
            continue
        nxt = content[i]
        node = starts.get(nxt)
        last = node.span.end_line if node is not None else nxt
        out.append(Directive(codes=d.codes, line=d.line, column=d.column, applies_from=nxt, applies_to=last,
                             own_line=True, end_column=d.end_column, start_column=1, codes_column=d.codes_column,
                             codes_end_column=d.codes_end_column))
    return out
