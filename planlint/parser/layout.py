"""The pass over a file's lines: comments, directives, blocks, and each line's shape.

It cuts the file into blocks (a line at column 1 that is neither a comment nor a field starts
one), so each block is parsed on its own: a mistake stays inside its block, and the editor
re-parses only the blocks whose text changed. In the same pass each line of a block is matched
with the grammar's header or field shape (``grammar/plan.lark``: the NAME, TITLE, KEY and VALUE
terminals); a block whose lines all fit is built from those matches, and only a block with a
line that does not fit goes to the LALR parser, which says precisely what is wrong.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import field
from functools import lru_cache
from itertools import islice

from planlint.language.keywords import BUILTIN, Language, suggest
from planlint.records import record

# ``planlint: disable=CODE[,CODE]``: codes separated by commas, or by blanks before another
# upper-case code (``disable=OW001 SM005``); words after the codes are the writer's reason.
# No two blank runs can match the same blanks, so a long run of blanks costs linear time.
DIRECTIVE = re.compile(
    r"(?i:planlint)[ \t]*[:：](?:[ \t]*(?i:disable))(?:[ \t]*[=＝:])?[ \t]*"
    r"(?P<codes>[A-Za-z0-9_-]+(?:[ \t]*[,，][ \t]*[A-Za-z0-9_-]+|[ \t]+[A-Z]{2}[A-Z0-9]*(?![A-Za-z0-9_-]))*)")
CODE = re.compile(r"[A-Za-z0-9_-]+")
QUOTES = {'"': '"', "「": "」", "“": "”"}
QUOTE_OPENERS = tuple(QUOTES)
# quotes a writer puts round a title that are not the language's: read as their like, each one
# character for one (columns stay), and reported (``requote``)
OTHER_QUOTES = {"『": "「", "』": "」", "'": '"', "‘": "“", "’": "”"}
BLANK = " \t\u3000"

# One field line read by the fast path: (line, key, key column, value as written or None, value column)
Line = tuple[int, str, int, "str | None", int]
# The header read by the fast path: (keyword, id or None, id column, title token or None, title column)
Header = tuple[str, "str | None", int, "str | None", int]


@record(slots=True)
class Chunk:
    """One block's lines, starting at 1-based ``first_line``; ``header`` is its first line as
    matched by the fast path (None when it does not fit; ``fit`` matches the field lines)."""

    first_line: int
    lines: list[str]
    header: Header | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    @property
    def last_line(self) -> int:
        return self.first_line + len(self.lines) - 1


@record(slots=True)
class RawDirective:
    codes: list[str]
    line: int
    column: int  # of the ``#``
    own_line: bool
    end_column: int = 0  # the end of the line
    start_column: int = 0  # the end of the code before the comment
    codes_column: int = 0
    codes_end_column: int = 0


@record(slots=True)
class Layout:
    text: str = ""
    language: Language = BUILTIN
    chunks: list[Chunk] = field(default_factory=list)
    directives: list[RawDirective] = field(default_factory=list)
    line_count: int = 0
    content_lines: list[int] = field(default_factory=list)  # lines that hold a header or field
    # (line, text, lost): at column 1, neither block nor field; lost: it starts with a block keyword
    # and the lines under it were read as no block's
    prose: list[tuple[int, str, bool]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, language: Language = BUILTIN) -> Layout:
        if text.startswith("\ufeff"):
            text = text[1:]
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls(text, language)

    def blocks(self, content_lines: bool = True) -> Iterator[Chunk]:
        """The blocks one by one, as they are read; without ``content_lines`` those are not kept
        (``content_lines(layout)`` reads them again when they are needed)."""
        return _blocks(self, content_lines=content_lines)


def comment_start(line: str) -> int:
    """Index of the ``#`` that starts a comment (outside quotes), or -1."""
    if "#" not in line:
        return -1
    closing = None
    for i, ch in enumerate(line):
        if closing:
            if ch == closing:
                closing = None
        elif ch in QUOTES:
            closing = QUOTES[ch]
        elif ch == "#":
            return i
    return -1


def split_lines(text: str) -> list[str]:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@lru_cache(maxsize=8)
def line_patterns(language: Language = BUILTIN) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's own terminals, assembled into one pattern per line shape: a header
    (keyword, id, title) and a field (key, value); a comment may end either."""
    t = language.terminals()
    ws, comment = r"[ \t\u3000]*", r"(?:#[^\n]*)?"
    header = re.compile(rf"({t['NAME']})(?:{ws}({t['NAME']}))?(?:{ws}({t['TITLE']}))?{ws}{comment}")
    entry = re.compile(rf"{ws}({t['KEY']}){ws}[:：]({t['VALUE']})?{comment}")
    return header, entry


def layout(text: str, language: Language = BUILTIN) -> Layout:
    """The whole layout at once (``Layout.blocks`` gives the blocks one by one, as they are read)."""
    lay = Layout.of(text, language)
    lay.chunks = list(lay.blocks())
    return lay


def _lines(text: str) -> Iterator[tuple[int, str, int]]:
    """(number, line, offset of the next line) for each line, without a list of them all."""
    number, pos, size = 0, 0, len(text)
    while pos < size:
        end = text.find("\n", pos)
        if end < 0:
            end = size
        number += 1
        yield number, text[pos:end], end + 1
        pos = end + 1


# a line at column 1 that is not a comment: a block's header, a field typed at column 1, or prose
# (every other line is blank, indented or a comment, and belongs to the block before it); found
# as the line break before it (the match's end), which the regex engine looks for as one character,
# where ``^`` in multi-line mode would have it try every position (the first line: by hand)
_COLUMN_ONE = re.compile(r"\n(?=[^\s#])")


def relayout(old: Layout, text: str, language: Language = BUILTIN) -> Layout:
    """The whole layout of ``text``, an edited version of ``old.text`` (the editor's, after a
    keystroke): only the lines from the block before the edit to the first block after it are
    read again; the blocks before are taken over as they are, those after moved by the lines the
    edit added or removed (their objects are moved: ``old`` is used up).

    A line at column 1 opens a block or not by itself and the lines after it, never by those
    before it, so a block that starts in the text after the edit, at a line that started a block
    before it, is the block it was; the lines of the block before the edit are read again in case
    the edit joined its block to it."""
    new = Layout.of(text, language)
    a, b = old.text, new.text
    if language is not old.language or not old.chunks:
        return layout(text, language)
    if a == b:
        return old
    same = common_prefix(a, b)
    first = a.count("\n", 0, same) + 1  # the first line the edit touched
    tail = common_suffix(a, b, min(len(a), len(b)) - same)
    start_a, start_b = len(a) - tail, len(b) - tail
    while tail and not (a[start_a - 1] == "\n" and b[start_b - 1] == "\n"):  # from a line start in both
        cut = a.find("\n", start_a)
        if cut < 0:
            tail = 0
            break
        start_a, start_b = cut + 1, start_b + (cut + 1 - start_a)
        tail = len(a) - start_a
    delta = b.count("\n", 0, start_b) - a.count("\n", 0, start_a) if tail else 0
    suffix_line = b.count("\n", 0, start_b) + 1 if tail else None  # (new lines) the common end's first
    starts = [c.first_line for c in old.chunks]
    i = bisect.bisect_right(starts, first) - 1  # the block the edit is in (-1: before any)
    keep = max(i - 1, 0)  # blocks kept as they are: those before the one before it
    if keep:  # reading again starts at that block: its offset, back from the edit line by line
        line = starts[keep]
        pos = a.rfind("\n", 0, same) + 1
        for _ in range(first - line):
            pos = a.rfind("\n", 0, pos - 1) + 1
    else:  # no block kept: from the start of the file
        line, pos = 1, 0
    sub = Layout(b, language)
    chunks = old.chunks[:keep]
    stop: int | None = None  # the old index of the first block taken over after the edit
    old_index = {s: k for k, s in enumerate(starts)} if suffix_line is not None else {}
    for chunk in _blocks(sub, pos, line - 1):
        chunks.append(chunk)
        nxt = chunk.first_line + len(chunk.lines)
        if suffix_line is not None and nxt >= suffix_line and (nxt - delta) in old_index:
            stop = old_index[nxt - delta]
            break
    new.chunks = chunks
    limit = line  # entries of old before the lines read again stay
    if stop is None:
        new.line_count = sub.line_count
        after: int | None = None
    else:
        after = starts[stop]  # (old lines) from here entries move by delta
        for c in old.chunks[stop:]:
            c.first_line += delta
        chunks.extend(old.chunks[stop:])
        new.line_count = old.line_count + delta
    region_end = (after + delta) if after is not None else None

    def inside(n: int) -> bool:
        return region_end is None or n < region_end

    new.directives = [d for d in old.directives if d.line < limit] + [d for d in sub.directives if inside(d.line)]
    # (content lines are in order: the kept ones are a slice)
    new.content_lines = old.content_lines[:bisect.bisect_left(old.content_lines, limit)] + \
        [n for n in sub.content_lines if inside(n)]
    new.prose = [p for p in old.prose if p[0] < limit] + [p for p in sub.prose if inside(p[0])]
    if after is not None:
        for d in old.directives:
            if d.line >= after:
                d.line += delta
                new.directives.append(d)
        moved = old.content_lines[bisect.bisect_left(old.content_lines, after):]
        new.content_lines += [n + delta for n in moved] if delta else moved
        new.prose += [(n + delta, t, lost) for n, t, lost in old.prose if n >= after]
    return new


def common_prefix(a: str, b: str) -> int:
    """Length of the common beginning of ``a`` and ``b``: doubling steps, then halving, each a
    comparison of slices (so a 2 MB plan costs a few dozen string comparisons)."""
    n = min(len(a), len(b))
    lo, step = 0, 1024
    while lo < n:  # a[:lo] == b[:lo]
        hi = min(n, lo + step)
        if a[lo:hi] != b[lo:hi]:
            while hi - lo > 1:  # the first difference is in [lo, hi)
                mid = (lo + hi) // 2
                if a[lo:mid] == b[lo:mid]:
                    lo = mid
                else:
                    hi = mid
            return lo
        lo, step = hi, step * 2
    return n


def common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common end of ``a`` and ``b``, at most ``limit``."""
    la, lb = len(a), len(b)
    lo, step = 0, 1024
    while lo < limit:  # the last lo characters agree
        hi = min(limit, lo + step)
        if a[la - hi: la - lo] != b[lb - hi: lb - lo]:
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if a[la - mid: la - lo] == b[lb - mid: lb - lo]:
                    lo = mid
                else:
                    hi = mid
            return lo
        lo, step = hi, step * 2
    return limit


def _blocks(self: Layout, pos: int = 0, number: int = 0, content_lines: bool = True) -> Iterator[Chunk]:
    """The blocks, each when its last line has been read; the directives, prose lines and
    content lines are filled in on the way. The lines between two lines at column 1 are taken
    together (they only ever add to the block before them); each block's field lines are matched
    with the grammar's shapes only when it is built (``fit``), so a block the editor's cache
    already holds is never matched again.

    Without ``content_lines`` those are not kept: a whole file's parse needs them only for a
    ``planlint: disable`` comment on a line of its own (few files have one), and picking them
    out is a loop over every line."""
    text, language = self.text, self.language
    header_fit = line_patterns(language)[0].fullmatch
    content = self.content_lines if content_lines else None
    current: Chunk | None = None
    size = len(text)
    starts = _COLUMN_ONE.finditer(text, pos)
    # (the line at ``pos``, the first or one after a line break, has no line break before it here)
    at_pos = pos < size and not text[pos].isspace() and text[pos] != "#"
    swallow = False  # after a line at column 1 that starts with a block keyword but is no header
    while True:
        if at_pos:
            start, at_pos = pos, False
        else:
            m = next(starts, None)
            start = m.end() if m is not None else size
        if start > pos:  # blank, indented and comment lines
            region = text[pos:start]
            lines = region.split("\n")
            if region.endswith("\n"):
                lines.pop()
            first = number + 1
            number += len(lines)
            if swallow:  # the lines under a header that does not read
                for n, line in enumerate(lines, first):
                    inner = _body(self, n, line) if "#" in line else line
                    if inner and not inner.isspace():
                        if content is not None:
                            content.append(n)
                        if not self.prose[-1][2]:
                            self.prose[-1] = (*self.prose[-1][:2], True)
                        line = ""
                    if current is not None:
                        current.lines.append(line)
            elif current is not None and "#" not in region:
                current.lines.extend(lines)
                if content is not None:
                    content.extend([n for n, line in enumerate(lines, first) if line and not line.isspace()])
            else:
                for n, line in enumerate(lines, first):
                    current = _inner_line(self, current, n, line, content)
        if start == size:
            break
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        number += 1
        pos = end + 1
        body = _body(self, number, line)
        if not body or body.isspace():
            if current is not None:
                current.lines.append(line)
            continue
        stripped = body.strip()
        if _is_unindented_field(stripped, language):  # a field typed at column 1: a line of the block
            if content is not None:
                content.append(number)
            if swallow:
                self.prose[-1] = (*self.prose[-1][:2], True)
                if current is not None:
                    current.lines.append("")
            elif current is None:
                current = Chunk(number, [line])
            else:
                current.lines.append(line)
            continue
        read = line  # the line as the header shapes read it
        if "'" in stripped or "『" in stripped or "‘" in stripped:  # 目标 G1 『标题』: read as 「标题」
            read = requote(line, language)
            if read is not line:
                stripped = requote(stripped, language)
        if not _header_like(stripped, text, pos, language):
            self.prose.append((number, body.strip(), False))  # reported once; the lines after it read on
            if current is not None:
                current.lines.append("")
            # 计划：2025 with fields under it: a header that does not read, reported once; the
            # fields under it are no block's (not the block's before it, not a block of their own)
            swallow = broken_header(stripped, language) is not None
            continue
        swallow = False
        if content is not None:
            content.append(number)
        if current is not None:
            yield current
        h = header_fit(read)
        current = Chunk(number, [line])
        if h is not None:
            keyword, block_id, id_col = h[1], h[2], h.start(2) + 1
            if block_id is None and not keyword.isascii() and language.block_of(keyword) is None:
                cut = split_keyword(keyword, language)  # 目标G1「标题」: the keyword, then the id
                if cut:
                    keyword, block_id, id_col = keyword[:cut], keyword[cut:], h.start(1) + cut + 1
            current.header = (keyword, block_id, id_col, h[3], h.start(3) + 1)
    self.line_count = number
    if current is not None:
        yield current


def _body(self: Layout, number: int, line: str) -> str:
    """A line without its comment (a directive in the comment is noted)."""
    if "#" not in line:
        return line
    cut = comment_start(line)
    if cut < 0:
        return line
    body = line[:cut]
    m = DIRECTIVE.search(line, cut)
    if m:
        self.directives.append(RawDirective([c.upper() for c in CODE.findall(m["codes"])], number, cut + 1,
                                            not body.strip(), len(line) + 1, len(body.rstrip()) + 1,
                                            m.start("codes") + 1, m.end("codes") + 1))
    return body


def _inner_line(self: Layout, current: Chunk | None, number: int, line: str,
                content: list[int] | None) -> Chunk | None:
    """A line that is blank, indented or a comment: a line of the current block (fields before
    any block are a block of their own, which the LALR parser reports)."""
    body = _body(self, number, line)
    if not body or body.isspace():
        if current is not None:
            current.lines.append(line)
        return current
    if content is not None:
        content.append(number)
    if current is None:
        return Chunk(number, [line])
    current.lines.append(line)
    return current


def content_lines(lay: Layout) -> list[int]:
    """The content lines of a layout read without them (``Layout.blocks(content_lines=False)``),
    read again from its text: as the pass keeps them, every line with something on it outside a
    comment, but a line of prose."""
    prose = {number for number, _, _ in lay.prose}
    out = []
    for number, line in enumerate(lay.text.split("\n"), 1):
        if "#" in line:
            cut = comment_start(line)
            if cut >= 0:
                line = line[:cut]
        if line and not line.isspace() and number not in prose:
            out.append(number)
    return out


def fit(chunk: Chunk, language: Language = BUILTIN) -> list[Line] | None:
    """The field lines of a block whose header fits the grammar's shape, as matched with the
    field shape: (line, key, key column, value or None, value column); None when a line does
    not fit (the LALR parser reads the block)."""
    entry_fit = line_patterns(language)[1].fullmatch
    out: list[Line] = []
    for number, line in enumerate(islice(chunk.lines, 1, None), chunk.first_line + 1):
        if not line:
            continue
        shape = fit_line(line, entry_fit)
        if shape is None:
            return None
        if shape:
            out.append((number, *shape))
    return out


def fit_line(line: str, entry_fit: Callable) -> tuple | None:
    """One line of a block as ``fit`` reads it: (key, key column, value or None, value column);
    () for a blank or comment line; None when it does not fit."""
    if "#" in line:
        cut = comment_start(line)
        body = line if cut < 0 else line[:cut]
        if not body or body.isspace():
            return ()
    elif not line or line.isspace():
        return ()
    m = entry_fit(line)
    if m is None:
        return None
    value = m[2]
    return m[1], m.start(1) + 1, value if value and not value.isspace() else None, m.start(2) + 1


def _indented_after(text: str, pos: int) -> bool:
    """Whether the next line from offset ``pos`` with something on it (outside comments) is indented."""
    for _, line, _ in _lines(text[pos:pos + 1_000_000]):
        cut = comment_start(line)
        if (line if cut < 0 else line[:cut]).strip():
            return line[:1].isspace()
    return False


def _header_like(stripped: str, text: str, after: int, language: Language) -> bool:
    """Whether a line at column 1 opens a block (``目标 G1 "标题"``, a misspelt ``gaol G1``, an
    unknown keyword with an id and a title) rather than being a line of prose between blocks
    (``这部分是下半年的重点, 需要多投入资源。``, ``Initiatives below are ordered by priority.``).
    (``text`` from offset ``after``: the lines after it, looked at only when the line itself
    does not tell.)"""
    parts = stripped.split(None, 2)
    titled = '"' in stripped or "「" in stripped or "“" in stripped  # QUOTE_OPENERS
    if titled and len(parts) >= 2:  # (the common header: whatever its first word, as below)
        return True
    if not parts[0].isascii():  # 计划「标题」, 目标G1「标题」: a Chinese keyword with no blank after it
        word = NAME_RUN.match(parts[0])
        if word is not None and ((titled and language.block_of(word.group()) is not None)
                                 or split_keyword(word.group(), language)):
            return True
    if language.block_of(parts[0]) is not None:  # a keyword: a header, unless a sentence follows it and nothing is under it
        return titled or len(parts) <= 2 or _indented_after(text, after)
    if len(parts) > 2 or not re.fullmatch(r"[\w\-.]+", parts[-1]):
        return False
    if suggest(parts[0], language.keywords) is not None:  # gaol G1
        return True
    return len(parts) == 2 and _indented_after(text, after)  # 活动 A1 with fields under it: a block of a kind planlint does not know


NAME_RUN = re.compile(r'[^\s"「“#:：]+')  # the grammar's NAME: a header's first word ends at a quote


def split_keyword(word: str, language: Language) -> int:
    """The length of the Chinese block keyword that ``word`` starts with when an id follows it
    with no blank (目标G1, 舉措I-2), else 0. An English keyword always needs its blank (GoalG1)."""
    for cut in range(min(len(word) - 1, 6), 0, -1):
        head, rest = word[:cut], word[cut:]
        if rest[:1].isascii() and rest[:1].isalnum() and not head.isascii() \
                and language.block_of(head) is not None:
            return cut
    return 0


_OTHER_TITLE = re.compile("([^\\s\"「“『'‘#:：]+)(?:[ \\t\u3000]+([^\\s\"「“『'‘#:：]+))?[ \\t\u3000]*"
                          "(『[^』\\n#]*』|'[^'\\n#]*'|‘[^’\\n#]*’)[ \\t\u3000]*(?:#.*)?")


def requote(line: str, language: Language) -> str:
    """A header whose title is in quotes the language does not use (``目标 G1 『标题』``,
    ``计划『标题』``, ``goal G1 'title'``) with the title in their like (「标题」, "title"): the same
    columns, read as the writer meant (the builder reports the quotes); else ``line`` itself."""
    m = _OTHER_TITLE.fullmatch(line)
    if m is None:
        return line
    word = m[1]
    if language.block_of(word) is None and not (m[2] is None and not word.isascii()
                                                 and split_keyword(word, language)):
        return line
    title = m[3]
    fixed = OTHER_QUOTES[title[0]] + title[1:-1] + OTHER_QUOTES[title[-1]]
    return line[:m.start(3)] + fixed + line[m.end(3):]


def keyword_led(stripped: str, language: Language) -> str | None:
    """The block keyword a line at column 1 starts with (``计划：2025``, ``目标(G1)「标题」``,
    ``Goal: more leads``), whether or not the line reads as a header; None for any other line.
    A Chinese keyword may be followed by anything, an English one by no letter or digit
    (``Goals below`` does not start with ``goal``)."""
    if stripped[:1].isascii():
        m = re.match(r"[A-Za-z]+", stripped)
        if m is None or stripped[m.end():m.end() + 1].isalnum():
            return None
        return m.group() if language.block_of(m.group()) is not None else None
    for cut in range(min(len(stripped), 6), 0, -1):
        head = stripped[:cut]
        if not head.isascii() and not head[-1].isspace() and language.block_of(head) is not None:
            return head
    return None


_EXAMPLE_IDS = {"plan": "P1", "team": "T1", "goal": "G1", "initiative": "I1"}
_QUOTED = re.compile(r'「([^」\n]*)」|“([^”\n]*)”|"([^"\n]*)"|『([^』\n]*)』')


def broken_header(stripped: str, language: Language) -> str | None:
    """The block keyword of a line at column 1 that is no header but was meant as one: the
    keyword followed by nothing, or by punctuation or a quote (``计划：2025``, ``目标(G1)「标题」``,
    ``Goal: more leads``); None for a sentence that starts with the word (``目标是提升品牌``,
    ``Goal owners review this list every Monday.``), which is prose."""
    keyword = keyword_led(stripped, language)
    if keyword is None:
        return None
    after = stripped[len(keyword):len(keyword) + 1]
    return keyword if not after or not (after.isspace() or after.isalnum()) else None


def header_example(stripped: str, keyword: str, language: Language) -> str:
    """The header a line that starts with ``keyword`` but does not read as one was meant to be,
    for the fix: the keyword as written, a blank, an id and the line's own title in quotes
    (``计划：2025 品牌`` -> ``计划 P1 「2025 品牌」``; 「」 after a Chinese keyword, "" after an
    English one)."""
    rest = stripped[len(keyword):]
    m = _QUOTED.search(rest)
    if m is not None:
        title = next(g for g in m.groups() if g is not None).strip()
        before = rest[:m.start()].strip(_PUNCTUATION)
    else:
        title, before = rest.strip(_PUNCTUATION), ""
        split = _ID_THEN_TITLE.fullmatch(title)  # 目标：G2 第二个: the id the writer gave
        if split is not None:
            before, title = split[1], split[2].strip(_PUNCTUATION)
    block_id = before if _ID_THEN_TITLE.fullmatch(before + " x") else \
        _EXAMPLE_IDS.get(language.block_of(keyword) or "", "G1")
    if not title or len(title) > 30:
        title = "标题" if not keyword.isascii() else "title"
    quoted = f"「{title}」" if not keyword.isascii() else f'"{title}"'
    return f"{keyword} {block_id} {quoted}"


_PUNCTUATION = " \t\u3000:：,，、.。;；-—()（）[]【】"
_ID_THEN_TITLE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,19})[ \t\u3000]+(\S.*)")


def _is_unindented_field(stripped: str, language: Language) -> bool:
    """``预算: 100万`` typed at column 0 inside a block: a field, not a new block."""
    if ":" not in stripped and "：" not in stripped:  # (most lines at column 1: a header)
        return False
    head = re.split(r"[:：]", stripped, maxsplit=1)
    if len(head) < 2:
        return False
    first = head[0].strip()
    return language.field_of(first) is not None and language.block_of(first) is None
