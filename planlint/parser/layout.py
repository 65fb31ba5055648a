"""The pass over a file's lines: comments, directives, blocks, and each line's shape.

It cuts the file into blocks (a line at column 1 that is neither a comment nor a field starts
one), so each block is parsed on its own: a mistake stays inside its block, and the editor
re-parses only the blocks whose text changed. In the same pass each line of a block is matched
with the grammar's header or field shape (``grammar/plan.lark``: the NAME, TITLE, KEY and VALUE
terminals); a block whose lines all fit is built from those matches, and only a block with a
line that does not fit goes to the LALR parser, which says precisely what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from planlint.language.keywords import BUILTIN, Language, suggest

# ``planlint: disable=CODE[,CODE]``: codes separated by commas, or by blanks before another
# upper-case code (``disable=OW001 SM005``); words after the codes are the writer's reason.
# No two blank runs can match the same blanks, so a long run of blanks costs linear time.
DIRECTIVE = re.compile(
    r"(?i:planlint)[ \t]*[:：](?:[ \t]*(?i:disable))(?:[ \t]*[=＝:])?[ \t]*"
    r"(?P<codes>[A-Za-z0-9_-]+(?:[ \t]*[,，][ \t]*[A-Za-z0-9_-]+|[ \t]+[A-Z]{2}[A-Z0-9]*(?![A-Za-z0-9_-]))*)")
CODE = re.compile(r"[A-Za-z0-9_-]+")
QUOTES = {'"': '"', "「": "」", "“": "”"}
QUOTE_OPENERS = tuple(QUOTES)
BLANK = " \t\u3000"

# One field line read by the fast path: (line, key, key column, value as written or None, value column)
Line = tuple[int, str, int, "str | None", int]
# The header read by the fast path: (keyword, id or None, id column, title token or None, title column)
Header = tuple[str, "str | None", int, "str | None", int]


@dataclass(slots=True)
class Chunk:
    """One block's lines, starting at 1-based ``first_line``; ``header`` and ``entries`` are its
    lines as matched by the fast path (``header`` is None when a line did not fit)."""

    first_line: int
    lines: list[str]
    header: Header | None = None
    entries: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    @property
    def last_line(self) -> int:
        return self.first_line + len(self.lines) - 1


@dataclass(slots=True)
class RawDirective:
    codes: list[str]
    line: int
    column: int  # of the ``#``
    own_line: bool
    end_column: int = 0  # the end of the line
    start_column: int = 0  # the end of the code before the comment
    codes_column: int = 0
    codes_end_column: int = 0


@dataclass(slots=True)
class Layout:
    chunks: list[Chunk] = field(default_factory=list)
    directives: list[RawDirective] = field(default_factory=list)
    line_count: int = 0
    content_lines: list[int] = field(default_factory=list)  # lines that hold a header or field
    prose: list[tuple[int, str]] = field(default_factory=list)  # (line, text): at column 1, neither block nor field


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
    lines = split_lines(text)
    if lines and lines[-1] == "":
        lines.pop()
    out = Layout(line_count=len(lines))
    header_re, entry_re = line_patterns(language)
    # what is on each line outside comments, and whether the next line with something on it is
    # indented (a field of the line before)
    bodies: list[str] = []
    for number, line in enumerate(lines, start=1):
        cut = comment_start(line) if "#" in line else -1
        if cut >= 0:
            m = DIRECTIVE.search(line, cut)
            if m:
                codes = [c.upper() for c in CODE.findall(m["codes"])]
                code_part = line[:cut]
                out.directives.append(RawDirective(codes, number, cut + 1, not code_part.strip(), len(line) + 1,
                                                   len(code_part.rstrip()) + 1, m.start("codes") + 1,
                                                   m.end("codes") + 1))
            bodies.append(line[:cut])
        else:
            bodies.append(line)
    indented_next = [False] * len(lines)
    following = False
    for i in range(len(lines) - 1, -1, -1):
        indented_next[i] = following
        if bodies[i].strip():
            following = lines[i][:1].isspace()
    current: Chunk | None = None
    content = out.content_lines
    for i, line in enumerate(lines):
        body = bodies[i]
        if not body or body.isspace():
            if current is not None:
                current.lines.append(line)
            continue
        number = i + 1
        stripped = body.strip()
        starts_block = not line[:1].isspace() and not _is_unindented_field(stripped, language)
        if starts_block and not _header_like(stripped, indented_next[i], language):
            out.prose.append((number, stripped))  # reported once; the lines after it read on
            if current is not None:
                current.lines.append("")
            continue
        content.append(number)
        if starts_block or current is None:
            current = Chunk(number, [line])
            out.chunks.append(current)
            m = header_re.fullmatch(line)
            if m is not None:
                current.header = (m[1], m[2], m.start(2) + 1, m[3], m.start(3) + 1)
            continue
        current.lines.append(line)
        if current.header is None:
            continue
        m = entry_re.fullmatch(line)
        if m is None:
            current.header = None  # a line that does not fit: the LALR parser reads this block
            continue
        value = m[2]
        current.entries.append((number, m[1], m.start(1) + 1, value if value and not value.isspace() else None,
                                m.start(2) + 1))
    return out


def _header_like(stripped: str, fields_follow: bool, language: Language) -> bool:
    """Whether a line at column 1 opens a block (``目标 G1 "标题"``, a misspelt ``gaol G1``, an
    unknown keyword with an id and a title) rather than being a line of prose between blocks
    (``这部分是下半年的重点, 需要多投入资源。``, ``Initiatives below are ordered by priority.``)."""
    parts = stripped.split(None, 2)
    titled = any(q in stripped for q in QUOTE_OPENERS)
    if language.block_of(parts[0]) is not None:  # a keyword: a header, unless a sentence follows it and nothing is under it
        return titled or len(parts) <= 2 or fields_follow
    if titled and len(parts) >= 2:
        return True
    if len(parts) > 2 or not re.fullmatch(r"[\w\-.]+", parts[-1]):
        return False
    if suggest(parts[0], language.keywords) is not None:  # gaol G1
        return True
    return len(parts) == 2 and fields_follow  # 活动 A1 with fields under it: a block of a kind planlint does not know


def _is_unindented_field(stripped: str, language: Language) -> bool:
    """``预算: 100万`` typed at column 0 inside a block: a field, not a new block."""
    head = re.split(r"[:：]", stripped, maxsplit=1)
    if len(head) < 2:
        return False
    first = head[0].strip()
    return language.field_of(first) is not None and language.block_of(first) is None
