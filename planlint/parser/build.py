"""From one block's lines to the typed model, reporting what does not read.

Every problem found here is a hit of a syntax rule (``planlint/rules/syntax/``); the rules never
see a half-read value: a value that does not read is left out of the model and recorded as
written but unreadable (``FieldRef.unreadable``, ``node.unreadable``).

A block whose lines all fit the grammar's header and field shapes (the layout pass matched
them) is built straight from those matches. Any other block is read by the grammar's LALR
parser (lark, loaded only then), which says where a line stops making sense; where the meaning
is clear (a colon, a closing quote, quotes around a title) the line is read as meant.
"""

from __future__ import annotations

import re
from dataclasses import field
from itertools import islice

from planlint.api.finding import Edit
from planlint.api.rule import Hit
from planlint.i18n.messages import Field, Join, Term
from planlint.language.keywords import BUILTIN, Language, suggest, word_key
from planlint.language.script import has_cjk, in_other_script, in_script, is_hant, to_hant
from planlint.model import (
    Entry,
    FieldRef,
    Goal,
    Initiative,
    Located,
    Metric,
    Node,
    Observation,
    PlanMeta,
    Span,
    Team,
    text_at,
)
from planlint.parser import values
from planlint.parser.layout import (
    OTHER_QUOTES,
    Chunk,
    Header,
    Line,
    comment_start,
    fit,
    fit_line,
    header_example,
    keyword_led,
    line_patterns,
    requote,
)
from planlint.records import record
from planlint.rules.syntax.bad_indent import BadIndent
from planlint.rules.syntax.bad_value import BadValue
from planlint.rules.syntax.duplicate_field import DuplicateField
from planlint.rules.syntax.extra_field import ExtraField
from planlint.rules.syntax.full_width_number import FullWidthNumber
from planlint.rules.syntax.misplaced_field import MisplacedField
from planlint.rules.syntax.missing_id import MissingId
from planlint.rules.syntax.other_script import OtherScript
from planlint.rules.syntax.unknown_block import UnknownBlock
from planlint.rules.syntax.unknown_choice import UnknownChoice
from planlint.rules.syntax.unknown_field import UnknownField
from planlint.rules.syntax.unreadable_line import Unreadable

ID_OK = re.compile(r"^[\w\-.]+$")
UNIT_IN_KEY = re.compile(r"[(（]([^()（）]+)[)）]$")
BARE_NUMBER = re.compile(r"^[\d.,]+$")
HAS_DIGIT = re.compile(r"[0-9０-９]")
MAX_NUMBER = 1000  # characters: a number, date or target longer than this is no number (and is not read)
# a list's separators: 、，;； and a comma that is not a thousands separator (1,200); the blanks
# around an item are trimmed afterwards, so no pattern here runs over a run of blanks
LIST_SEP = re.compile(r"[，、;；]|,(?!\d{3}(?:\D|$))")
BLANKS = " \t\u3000"

EXAMPLES = {
    "money": "100万元 / 35万 / 120k CNY",
    "quantity": "650 / 3个百分点 / 20%",
    "target": "650 / 450..500 / <= 200元 / +20%",
    "baseline": "500 / 6M as of 2024-12-31 / 10 截至 2023-12-31",
    "date": "2024-12-31 / 2024年Q4 / 2024-09",
    "period": "2024-01-01 .. 2024-12-31 / 2024-Q3",
    "history": "400, 330, 260",
}
TYPE_NAMES = {
    "money": Term("金额", "an amount of money"),
    "quantity": Term("数值", "a number"),
    "target": Term("目标值", "a target"),
    "baseline": Term("基准值", "a baseline"),
    "date": Term("日期", "a date"),
    "period": Term("时间范围", "a period"),
    "history": Term("历史数值列表", "a list of past values"),
}
KINDS = {"plan": Term("计划", "plan"), "team": Term("团队", "team"), "goal": Term("目标", "goal"),
         "initiative": Term("举措", "initiative")}
NODE_CLASS: dict[str, type[Node]] = {"plan": PlanMeta, "team": Team, "goal": Goal, "initiative": Initiative}
NUMERIC = frozenset({"money", "quantity", "target", "baseline", "date", "period", "history", "actuals"})
START_OF = {"money": "quantity", "quantity": "quantity", "target": "target", "baseline": "baseline",
            "date": "date", "period": "period"}
TRADITIONAL, SIMPLIFIED = Term("繁体字", "Traditional characters"), Term("简体字", "Simplified characters")

# Where a value is written: (line, first column, end column).
At = tuple[int, int, int]
_OTHER_SCRIPT: dict[tuple[str, str], str | None] = {}  # (word, script) -> the word in that script, when it is not


@record
class BlockResult:
    node: Node | None
    problems: list[Hit] = field(default_factory=list)  # the syntax rules' hits
    moves: object = field(default=None, repr=False, compare=False)  # what moving it touches (parser.cache)


def _span(line: int, col: int, end_col: int, end_line: int | None = None) -> Span:
    return Span(line, col, end_line or line, end_col)


def _at_span(at: At) -> Span:
    return Span(at[0], at[1], at[0], at[2])


class BlockBuilder:
    """Builds one node from one chunk; ``lang`` is the writer's language for messages."""

    def __init__(self, chunk: Chunk, lang: str, locale: str | None = None, script: str | None = None,
                 language: Language = BUILTIN, path: str = "", words: dict[str, str] | None = None,
                 keys: dict[tuple[str, str], tuple[str, str, str | None, str]] | None = None,
                 lines: dict[tuple, tuple] | None = None) -> None:
        self.chunk = chunk
        self.language = language
        self.lang = lang
        self.locale = locale or ("zh-Hans" if lang == "zh" else "en")
        self.script = script or self.locale  # the language and script the plan is written in
        self.path = path
        self.offset = chunk.first_line - 1
        self.problems: list[Hit] = []
        self.key_units: dict[str, str] = {}
        self.words = words if words is not None else {}  # texts seen in this file: one string for each
        # field names read in this file with nothing to report: (block kind, name as written) ->
        # (canonical name, value type, unit in the name, the name's string)
        self.keys = keys if keys is not None else {}
        # field lines read in this file with nothing to report, by (block kind, name, value, columns)
        self.lines = lines if lines is not None else {}
        # the same records as ``_quick`` finds them: by the header's keyword, then the line's text
        # (one dict per keyword: no tuple to make and hash for each line)
        self.by_line: dict[str, dict[str, tuple]] = {}
        # header keywords read before in this file with nothing to report: keyword -> block kind
        self.kinds: dict[str, str] = {}
        # blocks of each kind ``_quick`` has read, and the field lines of each (kind, field) it
        # has read in full: which lines are worth recording (``_worth_recording``)
        self.quick_blocks: dict[str, int] = {}
        self.new_lines: dict[tuple[str, str], int] = {}

    def local(self, word: str) -> str:
        """A word of the language (a keyword, a field name) in the writer's script."""
        return to_hant(word, self.locale) if is_hant(self.locale) and has_cjk(word) else word

    def hit(self, rule, span: Span, message: str, fix: str, edits: tuple[Edit, ...] | list[Edit] = (),
            applicability: str | None = None, **args: object) -> None:
        self.problems.append(rule.hit(span, message, fix, edits, applicability, **args))

    def script_of(self, word: str, line: int, col: int) -> None:
        """A keyword or field name in the other script than the plan's."""
        if word.isascii():
            return
        key = (word, self.script)
        fixed = _OTHER_SCRIPT.get(key, "")
        if fixed == "":
            fixed = _OTHER_SCRIPT[key] = in_script(word, self.script) if in_other_script(word, self.script) else None
            if len(_OTHER_SCRIPT) > 4096:
                _OTHER_SCRIPT.clear()
        if fixed is not None:
            span = _span(line, col, col + len(word))
            hant = is_hant(self.script)
            self.hit(OtherScript, span, "other-script", "change", [Edit(span=span, text=fixed)], "safe", word=word,
                     fixed=fixed, script=SIMPLIFIED if hant else TRADITIONAL, other=TRADITIONAL if hant else SIMPLIFIED)

    def full_width(self, text: str, at: At | None) -> None:
        """A number written in full-width characters (５０万元): the same in half-width, safely."""
        if at is None or text.isascii() or values.HAS_FULLWIDTH.search(text) is None:
            return
        fixed = text.translate(values.NUMBER_FULLWIDTH)
        if fixed != text:
            span = _at_span(at)
            self.hit(FullWidthNumber, span, "full-width", "half-width", [Edit(span=span, text=fixed)], "safe",
                     value=text, fixed=fixed)

    # ------------------------------------------------------------ the parse
    def build_next(self, chunk: Chunk) -> BlockResult:
        """Build another block of the same file with this builder (one builder for a file: what
        it remembers of the lines before is kept, without a builder to make for each block)."""
        self.chunk = chunk
        self.offset = chunk.first_line - 1
        self.problems = []
        if self.key_units:  # (empty, as most blocks leave it, it is as good as a new one)
            self.key_units = {}
        return self.build()

    def build(self) -> BlockResult:
        chunk = self.chunk
        if chunk.header is not None:
            node = self._quick(chunk.header)
            if node is not False:
                return BlockResult(node, self.problems)  # type: ignore[arg-type]
            self.problems, self.key_units = [], {}  # (what the quick pass read is read again below)
            entries = fit(chunk, self.language)
            if entries is not None:  # every line fits: build from the shapes' matches
                return BlockResult(self._node(chunk.header, entries), self.problems)
        return self._build_lalr()

    def _quick(self, header: Header) -> Node | None | bool:
        """The common block, in one pass over its lines: every field at one column > 1 (none
        nested, no indent to report), each line matched with the field shape, or found by its
        text under the same keyword when it was read before in this file with nothing to report
        (its record, made by ``_field``: plans repeat owners, units, dates and choices), and then
        copied here without a call per line. False for any other block (a line that does not fit,
        another column, an unknown keyword, the plan's block): it is read again from the start
        by ``fit``, ``_node`` and ``_nest``, or by the LALR parser, which report as before."""
        chunk = self.chunk
        first = chunk.first_line
        node = self._head(header, None)
        if node is None or node.kind == "plan":
            return False
        self.quick_blocks[node.kind] = self.quick_blocks.get(node.kind, 0) + 1
        keyword = header[0]
        records = self.by_line.get(keyword)
        if records is None:
            records = self.by_line[keyword] = {}
        fields = node.fields
        entry_fit = None
        col = 0
        last = first
        for number, line in enumerate(islice(chunk.lines, 1, None), first + 1):
            if not line:
                continue
            done = records.get(line)
            if done is None or done[1] in fields:  # read in full (and recorded for the lines after it)
                if entry_fit is None:
                    entry_fit = line_patterns(self.language)[1].fullmatch
                shape = fit_line(line, entry_fit)
                if shape is None:
                    return False
                if not shape:
                    continue
                if shape[1] != col:
                    if col or shape[1] <= 1:
                        return False
                    col = shape[1]
                self._field(node, (number, *shape), (), line, records, True)
                last = number
                continue
            key_col, name, raw_key, stripped, vcol, flags, unit, sets = done
            if key_col != col:
                if col or key_col <= 1:
                    return False
                col = key_col
            if unit is not None:
                self.key_units[raw_key] = unit
            fields[name] = FieldRef.at(name, raw_key, stripped, number, key_col, vcol, flags)
            for attr, value in sets:
                cls = value.__class__
                if cls is list:
                    value = [v.at(number, v._col, v._end) for v in value]
                elif cls is not str:
                    value = value.at(number, value._col, value._end)
                setattr(node, attr, value)
            last = number
        # (nothing follows the last field but blanks and comments)
        node.span = _span(first, 1, len(chunk.lines[last - first]) + 1, last)
        if self.problems:  # a value that does not read is always reported
            self._unreadable(node)
        return node

    def _build_lalr(self) -> BlockResult:
        from lark.exceptions import UnexpectedInput

        lines = list(self.chunk.lines)
        if lines and ("'" in lines[0] or "『" in lines[0] or "‘" in lines[0]):
            lines[0] = requote(lines[0], self.language)  # 目标 G1 『标题』 (reported by _head)
        tree = None
        recovered: set[int] = set()  # lines read as meant after one finding: never reported twice
        for _ in range(2 * len(lines) + 2):
            try:
                tree = values.parser(self.language).parse("\n".join(lines) + "\n", start="block")
                break
            except UnexpectedInput as exc:
                quoted = self._quote_title(lines[0]) if getattr(exc, "line", 0) == 1 and 0 not in recovered else None
                if quoted is not None:  # 目标 G1 线索量翻倍: read the rest of the line as the title
                    lines[0] = quoted
                    recovered.add(0)
                    continue
                bad, fixed = self._report_parse_error(exc, lines, recovered)
                if fixed is not None and bad not in recovered:  # read as meant: the colon, the closing quote
                    lines[bad] = fixed
                    recovered.add(bad)
                    continue
                if bad <= 0:  # the header itself: the block cannot be read
                    return BlockResult(None, self.problems)
                lines[bad] = ""
        if tree is None:
            return BlockResult(None, self.problems)
        head, *entries = tree.children
        toks = head.children
        block_id = title = None
        id_col = title_col = 0
        for tok in toks[1:]:
            if tok.type == "TITLE":
                title, title_col = str(tok), tok.column
            else:
                block_id, id_col = str(tok), tok.column
        header = (str(toks[0]), block_id, id_col, title, title_col)
        if self.chunk.header is not None and self.chunk.header[0] != header[0]:
            header = self.chunk.header  # 目标G1「标题」: the layout split the keyword from its id
        out: list[Line] = []
        for e in entries:
            key = e.children[0]
            value = e.children[1] if len(e.children) > 1 else None
            out.append((key.line + self.offset, str(key), key.column, str(value) if value is not None else None,
                        value.column if value is not None else key.end_column))
        return BlockResult(self._node(header, out), self.problems)

    def _quote_title(self, line: str) -> str | None:
        """A header whose title has no quotes, rewritten with them (and reported once)."""
        cut = comment_start(line)
        code = line if cut < 0 else line[:cut]
        parts = code.split(None, 2)
        if len(parts) < 3 or any(q in code for q in '"「“'):
            return None
        kw, block_id, title = parts
        number = self.chunk.first_line
        start = code.index(title, len(kw) + len(block_id)) + 1
        span = _span(number, start, start + len(title.rstrip()))
        fixed = f'"{title.rstrip()}"'
        self.hit(Unreadable, span, "quote-title", "write-header", [Edit(span=span, text=fixed)], fixed=fixed,
                 header=f"{kw} {block_id} {fixed}")
        return f"{kw} {block_id} {fixed}" + ("" if cut < 0 else "  " + line[cut:])

    def _report_parse_error(self, exc, lines: list[str], recovered: set[int]) -> tuple[int, str | None]:
        """One finding for one broken line: the index of that line in the chunk, and the line as
        it was meant when that is clear (a closing quote, a colon), so the block reads on as if
        it had been typed right and nothing else is reported because of it. A line already read
        that way and still broken is left out without a second finding."""
        from lark.exceptions import UnexpectedCharacters, UnexpectedToken

        idx = max(0, min(len(lines) - 1, (exc.line if exc.line and exc.line > 0 else len(lines)) - 1))
        if isinstance(exc, UnexpectedToken) and exc.token.type == "$END":
            idx = len(lines) - 1
        line = lines[idx]
        if idx in recovered:
            return idx, None
        number = idx + 1 + self.offset
        col = exc.column if getattr(exc, "column", -1) and exc.column > 0 else 1
        code_part = line if comment_start(line) < 0 else line[: comment_start(line)]
        end = max(len(code_part.rstrip()) + 1, col + 1)
        span = _span(number, col, end)
        stripped = code_part.strip()
        quotes = [(o, c) for o, c in (('"', '"'), ("「", "」"), ("“", "”")) if code_part.count(o) + (code_part.count(c) if o != c else 0) and (
            (o == c and code_part.count(o) % 2) or (o != c and code_part.count(o) != code_part.count(c)))]
        if quotes:
            o, c = quotes[0]
            pos = code_part.rfind(o) + 1
            at = _span(number, pos, end)
            close_at = _span(number, end, end)
            self.hit(Unreadable, at, "unclosed-quote", "close-quote", [Edit(span=close_at, text=c)],
                     line=stripped, quote=c)
            return idx, code_part.rstrip() + c
        if idx == 0:
            keyword = keyword_led(stripped, self.language)
            if keyword is not None:  # 计划 ：2025: say how the header is written
                self.hit(Unreadable, span, "keyword-prose", "write-block", keyword=keyword, line=stripped,
                         example=header_example(stripped, keyword, self.language))
            else:
                self.hit(Unreadable, span, "not-header", "start-block", line=stripped)
            return idx, None
        if ":" not in stripped and "：" not in stripped:
            parts = stripped.split(None, 1) or [""]  # a line of characters Python calls blanks (U+2028)
            first, rest = parts[0], parts[1] if len(parts) > 1 else ""
            if first and self.language.field_of(first) and rest:
                indent = len(line) - len(line.lstrip())
                after = indent + len(first)  # the blank after the name becomes the colon: columns stay
                colon = _span(number, after + 1, after + 1)
                self.hit(Unreadable, span, "missing-colon", "write", [Edit(span=colon, text=":")], name=first,
                         fixed=f"{first}: {rest.strip()}")
                return idx, line[:after] + ":" + line[after + 1:]
            self.hit(Unreadable, span, "not-field", "write-field", line=stripped)
            return idx, None
        if isinstance(exc, UnexpectedCharacters | UnexpectedToken):
            self.hit(Unreadable, span, "unreadable", "one-field", line=stripped)
        return idx, None

    # ------------------------------------------------------------- the node
    def _node(self, header: Header, entries: list[Line]) -> Node | None:
        node = self._head(header, self._last_content_line())
        if node is None:
            return None
        for entry, nested in self._nest(entries):
            self._field(node, entry, nested)
        self._unreadable(node)
        return node

    def _unreadable(self, node: Node) -> None:
        bad = [ref.key for ref in node.fields.values() if ref.unreadable]
        if bad:
            node.unreadable = [*node.unreadable, *bad]

    def _kind(self, keyword: str, header_line: int) -> str | None:
        """The block kind a header's keyword opens, reported when misspelt, unknown or in the
        other script (None: no kind at all); remembered for the file when nothing was reported."""
        lang = self.language
        kind = lang.block_of(keyword)
        if kind is None:
            kw_span = _span(header_line, 1, 1 + len(keyword))
            guess = suggest(keyword, lang.keywords)
            if guess:
                kind = lang.block_of(guess)
                guess = self.local(guess)
                self.hit(UnknownBlock, kw_span, "did-you-mean", "change", [Edit(span=kw_span, text=guess)],
                         word=keyword, guess=guess)
            else:
                self.hit(UnknownBlock, kw_span, "unknown", "keywords", word=keyword)
            return kind
        before = len(self.problems)
        self.script_of(keyword, header_line, 1)
        if len(self.problems) == before:
            self.kinds[keyword] = kind
        return kind

    def _head(self, header: Header, last: int | None) -> Node | None:
        """The node of a block's header (its span ends at line ``last``; None: set by the caller)."""
        keyword, block_id, id_col, title_tok, title_col = header
        header_line = self.chunk.first_line
        kind = self.kinds.get(keyword)  # (a keyword read before in this file, with nothing to report)
        if kind is None:
            kind = self._kind(keyword, header_line)
            if kind is None:
                return None
        id_span = Span(header_line, id_col, header_line, id_col + len(block_id)) if block_id is not None else None
        title = title_span = None
        header_text = self.chunk.lines[0]
        if title_tok is not None:
            title = title_tok[1:-1].strip()
            title_span = Span(header_line, title_col, header_line, title_col + len(title_tok))
            written = header_text[title_col - 1:title_col - 1 + len(title_tok)]
            if written[:1] != title_tok[:1] and written[:1] in OTHER_QUOTES:  # 『标题』, 'title' (layout.requote)
                self.hit(Unreadable, title_span, "other-quotes", "write", [Edit(span=title_span, text=title_tok)],
                         title=written, fixed=title_tok)
        cut = comment_start(header_text) if "#" in header_text else -1
        header_span = Span(header_line, 1, header_line,
                           len((header_text if cut < 0 else header_text[:cut]).rstrip()) + 1)
        block_span = None if last is None else _span(header_line, 1, len(self.chunk.lines[last - header_line]) + 1, last)
        if kind == "team" and block_id is None and title:
            block_id, id_span = title, title_span
        if kind in ("goal", "initiative", "team") and not block_id:
            self.hit(MissingId, header_span, "missing", "add-id", keyword=keyword, title=title or "...")
        elif block_id and not (block_id.isalnum() or ID_OK.match(block_id)) and not (  # (G12: no regex needed)
                kind == "team" and id_span is title_span):
            self.hit(Unreadable, id_span, "bad-id", "id-punctuation", id=block_id)
        node = NODE_CLASS[kind](kind=kind, id=block_id, title=title, span=block_span, header_span=header_span,
                                id_span=id_span, title_span=title_span, path=self.path)
        return node

    def _last_content_line(self) -> int:
        for i in range(len(self.chunk.lines) - 1, -1, -1):
            line = self.chunk.lines[i]
            cut = comment_start(line)
            if (line if cut < 0 else line[:cut]).strip():
                return self.chunk.first_line + i
        return self.chunk.first_line

    def _nest(self, entries: list[Line]) -> list[tuple[Line, list[Line]]]:
        out: list[tuple[Line, list[Line]]] = []
        base = next((e[2] for e in entries if e[2] > 1), 3)
        for entry in entries:
            number, key, col, value, _ = entry
            if col > base and out and out[-1][0][3] is None:
                out[-1][1].append(entry)
                continue
            if col != base:
                span = _span(number, col, col + len(key))
                if col == 1:
                    self.hit(BadIndent, span, "not-indented", "indent", [Edit(span=span, text=" " * (base - 1) + key)],
                             name=key)
                else:
                    self.hit(BadIndent, span, "misaligned", "align", name=key)
            out.append((entry, []))
        return out

    # ------------------------------------------------------------ one field
    def _key(self, node: Node, number: int, raw_key: str, key_col: int) -> tuple[str, str] | None:
        """A field's name: the canonical name and its value's type, or None when it is no field of
        this block (reported). A name with nothing to report is remembered for the file."""
        before = len(self.problems)
        unit = None
        lang = self.language
        name = lang.field_of(raw_key)
        if name is not None:
            self.script_of(raw_key, number, key_col)
        elif (m := key_unit(raw_key)) and lang.field_of(m[0]):
            name = lang.field_of(m[0])  # 预算(万), budget (k CNY)
            unit = self.key_units[raw_key] = m[1].strip()
            self.script_of(m[0], number, key_col)
        if name is None:
            key_span = _span(number, key_col, key_col + len(raw_key))
            choices = [self.local(c) for c in lang.field_aliases_for(node.kind, self.lang)]
            guess = suggest(raw_key, choices)
            if guess:
                self.hit(UnknownField, key_span, "did-you-mean", "change", [Edit(span=key_span, text=guess)],
                         "safe", name=raw_key, guess=guess)
            else:
                names = tuple(Field(n) for n in lang.field_names_for(node.kind)[:12])
                self.hit(ExtraField, key_span, "extra", "fields", name=raw_key, fields=Join(names, ", ", "、"))
            return None
        if node.kind == "team" and name == "owner":
            name = "head"
        _, blocks, vtype = lang.fields[name]
        if node.kind not in blocks and not (node.kind == "team" and name == "head"):
            self.hit(MisplacedField, _span(number, key_col, key_col + len(raw_key)), "misplaced", "move",
                     name=raw_key, kind=KINDS[node.kind])
            return None
        if len(self.problems) == before:
            self.keys[(node.kind, raw_key)] = (name, vtype, unit, self.words.setdefault(raw_key, raw_key))
        return name, vtype

    def _field(self, node: Node, entry: Line, nested: list[Line] | tuple[()], line_key: object = None,
               store: dict | None = None, looked_up: bool = False) -> None:
        """One field line. A line written before in this file (the same name and value, in the same
        columns; or, with ``line_key`` and ``store``, the same text in ``store``, ``_quick``'s
        records for the block's keyword) that had nothing to report is not read again: its values
        are copied to this line. (``looked_up``: the caller found no record of it in ``store`` it
        could copy, so it is not looked for again.)"""
        if nested or node.kind == "plan":
            self._read_field(node, entry, nested)
            return
        number, raw_key, key_col, raw, value_col = entry
        if store is None:
            store = self.lines
            line_key = (node.kind, raw_key, raw, key_col, value_col)
        done = None if looked_up else store.get(line_key)
        if done is not None:
            _, name, raw_key, stripped, vcol, flags, unit, sets = done
            if name not in node.fields:  # (twice in one block: read in full, and reported)
                if unit is not None:
                    self.key_units[raw_key] = unit
                node.fields[name] = FieldRef.at(name, raw_key, stripped, number, key_col, vcol, flags)
                for attr, value in sets:
                    if value.__class__ is list:
                        value = [v.at(number, v._col, v._end) for v in value]
                    elif isinstance(value, Located):
                        value = value.at(number, value._col, value._end)
                    setattr(node, attr, value)
                return
        known = self.keys.get((node.kind, raw_key))
        touched = TOUCHED.get(known[1]) if known is not None else None
        if touched is not None and looked_up and not self._worth_recording(node.kind, known[0]):
            touched = None
        if touched is None:
            self._read_field(node, entry, nested, known)
            return
        name, unit = known[0], known[2]
        attrs = (("owner",) if name == "head" else (name,)) if touched == () else touched
        if name == "actual" or name == "baseline":
            attrs = (name, f"{name}_as_of")
        before = [getattr(node, a, None) for a in attrs]
        count = len(self.problems)
        self._read_field(node, entry, nested, known)
        if len(self.problems) != count:
            return
        for b in before:
            if b is not None and b != ():
                return
        ref = node.fields.get(name)
        if ref is None or ref.line != number:
            return
        sets = []
        for a, b in zip(attrs, before, strict=True):
            value = getattr(node, a, None)
            if value is b:
                continue
            if value.__class__ is list:
                for v in value:
                    if not (isinstance(v, Located) and v._line is number):
                        return
            elif isinstance(value, Located):
                if value._line is not number:
                    return
            elif value.__class__ is not str:
                return
            sets.append((a, value))
        flags = ref._flags  # (placeholder, unreadable: as FieldRef keeps them, to be copied as they are)
        # (what copying it needs, and no more: the name's column, the field's name, its name and value
        # as the field keeps them, the value's column, flags, a unit in the name, the values it sets)
        store[line_key] = (key_col, name, ref.raw_key, ref.raw_value, ref.value_col, flags, unit, tuple(sets))

    def _worth_recording(self, kind: str, name: str) -> bool:
        """Whether a field line ``_quick`` read in full is recorded for the lines after it. A
        block writes a field once, so when a field's lines were new in more than nine in ten
        blocks of its kind so far (支撑: G12, G13: each initiative its own), its records have had
        fewer than one use for each nine: from the 256th such line, its lines are read and not
        recorded (a record costs more to make than the line to read, and makes the records to
        look in larger), for the rest of the file. What a line reads as is the same either way."""
        key = (kind, name)
        count = self.new_lines[key] = self.new_lines.get(key, 0) + 1
        return count <= 256 or 10 * count <= 9 * self.quick_blocks[kind]

    def _read_field(self, node: Node, entry: Line, nested: list[Line] | tuple[()],
                    known: tuple[str, str, str | None, str] | None | bool = False) -> None:
        """One field line read in full (``known``: what ``self.keys`` holds for its name, when
        the caller has looked; False: not looked up yet)."""
        number, raw_key, key_col, raw, value_col = entry
        if known is False:
            known = self.keys.get((node.kind, raw_key))
        if known is not None:  # a name read before in this file, with nothing to report about it
            name, vtype, unit, raw_key = known  # (raw_key: the file's one string for it, in words)
            if unit is not None:
                self.key_units[raw_key] = unit
        else:
            read = self._key(node, number, raw_key, key_col)
            if read is None:
                return
            name, vtype = read
        lang = self.language
        if name in node.fields:
            self.hit(DuplicateField, _span(number, key_col, key_col + len(raw_key)), "twice", "remove-one",
                     name=raw_key)
        words = self.words
        if raw is not None:
            stripped = raw.strip()
            vcol = value_col + len(raw) - len(raw.lstrip())
            if len(stripped) <= 64:  # plans write the same names, dates and numbers over and over
                stripped = words.setdefault(stripped, stripped)
        else:
            stripped, vcol = "", value_col
        ref = FieldRef.at(name, raw_key if known is not None else words.setdefault(raw_key, raw_key), stripped,
                          number, key_col, vcol)
        node.fields[name] = ref
        if vtype == "split" or vtype == "assume" or vtype == "milestones":
            self._mapping(node, name, nested, ref)
            return
        if vtype == "actuals" and nested:  # a series of dated values below (and perhaps the value now)
            self._dated(node, name, nested, ref)
            return
        if nested:
            first = nested[0]
            self.hit(BadIndent, _span(first[0], first[2], first[2] + len(first[1])), "nested", "align-nested",
                     name=raw_key)
        if not stripped or (lang.is_placeholder(stripped) and not (vtype == "choice" and lang.enum_value(name, stripped))):
            ref.placeholder = True  # (a choice comes first: 层级: 团队 is the team level, not "someone's team")
            return
        at = (number, vcol, vcol + len(stripped))
        if vtype in NUMERIC or (vtype == "metric" and len(stripped) <= MAX_NUMBER and lang.statement(stripped)):
            self.full_width(stripped, at)
        attr = "owner" if name == "head" else name
        if not hasattr(node, attr):
            return  # a field of the team's own (from its pack): kept as written, with its name
        READERS[vtype](self, node, attr, stripped, at, ref)

    # -------------------------------------------------------- value readers
    def _read(self, vtype: str, text: str, at: At, ref: FieldRef):
        if HAS_DIGIT.search(text) is None:
            # Words where a number belongs ("尽快", "待定"): a missing value, which the
            # rules report in their own terms (no deadline, no budget, ...), not a typo.
            ref.placeholder = True
            return None
        start = START_OF[vtype]
        try:
            if len(text) > MAX_NUMBER:
                raise values.ValueError_(MAX_NUMBER, text[MAX_NUMBER:MAX_NUMBER + 20])
            return values.read(start, self._with_key_unit(values.tidy(start, text, self.language), ref), self.language)
        except values.ValueError_ as err:
            span = _at_span(at)
            ref.unreadable = True
            where = _span(at[0], at[1] + err.column, at[2]) if err.column < len(text) else span
            self.hit(BadValue, where, "not-type", "write", name=ref.raw_key, value=text, type=TYPE_NAMES[vtype],
                     examples=EXAMPLES[vtype])
            return None

    def _v_text(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        setattr(node, attr, text_at(_unquote(text), *at))

    def _v_person(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        setattr(node, attr, text_at(person(text), *at))

    def _v_word(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        setattr(node, attr, text.upper() if attr == "currency" else text)

    def _v_list(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        people = attr in ("members", "collaborators")
        setattr(node, attr, [text_at(person(v) if people else v, *where) for v, where in self._items(text, at)])

    def _items(self, text: str, at: At) -> list[tuple[str, At]]:
        """The items of a list value, unquoted, each with where it is written."""
        out: list[tuple[str, At]] = []
        line, col = at[0], at[1]
        start = 0  # where ``part`` starts in ``text``
        for part in LIST_SEP.split(text):
            item = part.strip()
            if item:
                first = col + start + (len(part) - len(part.lstrip()))
                out.append((_unquote(item), (line, first, first + len(item))))
            start += len(part) + 1  # (each separator LIST_SEP matches is one character)
        return out

    def _v_choice(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        if attr == "review" and word_key(text) in self.language.no_cadence:
            ref.placeholder = True  # 不定期, "when needed": no cadence at all, which TR001 reports
            return
        value = self.language.enum_value(attr, text)
        if value is None:
            span = _at_span(at)
            guess = suggest(text, [a for aliases in self.language.choices[attr].values() for a in aliases])
            ref.unreadable = True
            choices = Join(tuple(Term(zh, en) for zh, en in self.language.choice_names(attr)), " / ")
            if guess:
                guess = self.local(guess)
                self.hit(UnknownChoice, span, "did-you-mean", "choices", [Edit(span=span, text=guess)],
                         name=ref.raw_key, value=text, guess=guess, choices=choices)
            else:
                self.hit(UnknownChoice, span, "unknown", "choices", name=ref.raw_key, value=text, choices=choices)
            return
        setattr(node, attr, value)

    def _v_money(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        q = self._read("money", text, at, ref)
        if q is not None:
            node.budget = q.at(*at)

    def _v_quantity(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        q = self._read("quantity", text, at, ref)
        if q is not None:
            setattr(node, attr, q.at(*at))

    def _v_date(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        d = self._read("date", text, at, ref)
        if d is not None:
            setattr(node, attr, d.at(*at))

    def _v_period(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        d = self._read("period", text, at, ref)
        if d is not None:
            if d.end < d.start:
                ref.unreadable = True
                self.hit(BadValue, _at_span(at), "ends-before-start", "earlier-first", value=text)
                return
            setattr(node, attr, d.at(*at))

    def _v_baseline(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        got = self._read("baseline", text, at, ref)
        if got is not None:
            q, as_of = got
            setattr(node, attr, q.at(*at))
            if as_of is not None:
                setattr(node, f"{attr}_as_of", as_of.at(*at))

    def _v_actuals(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        self._v_baseline(node, attr, text, at, ref)  # `actual: 5.2 截至 2024-06-30`: the value now

    def _with_key_unit(self, text: str, ref: FieldRef) -> str:
        """``预算(万): 20`` reads as 20万: the unit in the field name applies to a bare number."""
        unit = self.key_units.get(ref.raw_key)
        return f"{text}{unit}" if unit and BARE_NUMBER.match(text) else text

    def _v_target(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        try:
            t = values.read("target", self._with_key_unit(values.tidy("target", text, self.language), ref),
                            self.language)
        except values.ValueError_:
            # Not a number at all: the smart rule reports "no numeric target".
            ref.placeholder = True
            return
        t = t.at(*at)
        t.text = text
        node.target = t  # type: ignore[attr-defined]

    def _v_history(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        out = []
        for value, where in self._items(text, at):
            try:
                q = values.read("quantity", value, self.language)
            except values.ValueError_:
                self.hit(BadValue, _at_span(where), "history-item", "write", value=value, examples=EXAMPLES["history"])
                continue
            out.append(q.at(*where))
        node.history = out  # type: ignore[attr-defined]

    def _v_metric(self, node: Node, attr: str, text: str, at: At, ref: FieldRef) -> None:
        goal: Goal = node  # type: ignore[assignment]
        m = self.language.statement(text) if len(text) <= MAX_NUMBER else None
        if m:
            self._statement(goal, m, text, at)
            return
        named = values.metric_and_unit(text)
        if named:
            unit, scale = values.metric_unit(named[1], self.language)
            goal.metric = Metric(named[0].strip() or text, unit, scale, named[1].strip()).placed(*at)
        else:
            goal.metric = Metric(text).placed(*at)

    def _statement(self, goal: Goal, m: dict, text: str, at: At) -> None:
        """``微信公众号关注人数 5万 -> 6万 by 2025-06-30``: metric, baseline, target, deadline."""
        left = m["left"].strip()
        parts = left.rsplit(None, 1)
        name, base_text = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
        if not name:  # "5万 -> 6万": no metric name before the numbers
            m2 = re.match(r"^(?P<name>.*?)(?P<num>[\d.,]+\S*)$", left)
            if m2 and m2["name"].strip():
                name, base_text = m2["name"].strip(), m2["num"]
        try:
            base = values.read("quantity", base_text, self.language)
        except values.ValueError_:
            base = None
            name = left
        goal.metric = Metric(name or left, base.unit if base else None).placed(*at)
        if base is not None:
            goal.baseline = base.at(*at)
        right = m["right"].strip()
        try:
            t = values.read("target", right, self.language).at(*at)
            t.text = right
            goal.target = t
        except values.ValueError_:
            col = at[1] + text.find(m["right"])
            goal.unreadable = [*goal.unreadable, "target"]
            self.hit(BadValue, _span(at[0], col, col + len(m["right"])), "statement-target", "statement",
                     value=m["right"])
        if m["date"]:
            try:
                goal.deadline = values.read("date", m["date"], self.language).at(*at)
            except values.ValueError_:
                col = at[1] + text.rfind(m["date"])
                goal.unreadable = [*goal.unreadable, "deadline"]
                self.hit(BadValue, _span(at[0], col, col + len(m["date"])), "statement-date", "write",
                         value=m["date"], examples=EXAMPLES["date"])

    # ------------------------------------------------------ nested mappings
    def _mapping(self, node: Node, name: str, nested: list[Line], ref: FieldRef) -> None:
        if name == "milestones" and nested:
            self._dated(node, name, nested, ref)
            return
        if ref.raw_value and not nested:
            self.hit(BadValue, ref.value_span or ref.key_span, "entries-below", "entries", name=ref.raw_key)
            return
        out: list[Entry] = []
        lang = self.language
        for number, key_raw, key_col, raw, value_col in nested:
            key = key_raw.strip()
            key_span = _span(number, key_col, key_col + len(key_raw))
            if raw is not None:
                text = raw.strip()
                vcol = value_col + len(raw) - len(raw.lstrip())
            else:
                text, vcol = "", value_col
            at = (number, vcol, vcol + len(text)) if text else None
            entry = Entry(key=key, value=text, key_span=key_span, value_span=_at_span(at) if at else None)
            self.full_width(text, at)
            if name == "split":
                self.full_width(key, (number, key_col, key_col + len(key_raw)))
                try:
                    entry.period = values.read("period", key, lang).at(number, key_col, key_col + len(key_raw))
                except values.ValueError_:
                    self.hit(BadValue, key_span, "split-period", "periods", value=key)
                if at is not None and not lang.is_placeholder(text):
                    try:
                        entry.quantity = values.read("quantity", text, lang).at(*at)
                    except values.ValueError_:
                        self.hit(BadValue, _at_span(at), "split-value", "write", value=text,
                                 examples=EXAMPLES["quantity"])
            elif at is not None:
                try:
                    target = values.read("target", text, lang).at(*at)
                    target.text = text
                    entry.target = target
                except values.ValueError_:
                    pass  # an assumption may be words; the funnel check reads only numbers
            out.append(entry)
        setattr(node, name, out)


    def _dated(self, node: Node, name: str, nested: list[Line], ref: FieldRef) -> None:
        """``actual:`` with dated values below it (a series), or ``milestones:`` with dated criteria."""
        lang = self.language
        if name == "actual" and ref.raw_value and ref.value_span is not None and not lang.is_placeholder(ref.raw_value):
            vs = ref.value_span
            self._v_baseline(node, "actual", ref.raw_value, (vs.line, vs.column, vs.end_column), ref)
        series: list[Observation] = []
        marks: list[Entry] = []
        for number, key_raw, key_col, raw, value_col in nested:
            key = key_raw.strip()
            key_at = (number, key_col, key_col + len(key_raw))
            key_span = _at_span(key_at)
            if raw is not None:
                text = raw.strip()
                vcol = value_col + len(raw) - len(raw.lstrip())
            else:
                text, vcol = "", value_col
            at = (number, vcol, vcol + len(text)) if text else None
            try:
                period = values.read("period", key, lang).at(*key_at)
            except values.ValueError_:
                self.hit(BadValue, key_span, "dated-key", "dated-keys", name=ref.raw_key, value=key)
                continue
            if name == "milestones":
                if at is None or lang.is_placeholder(text):
                    self.hit(BadValue, _at_span(at) if at else key_span, "milestone-criterion", "milestone-example",
                             value=key)
                    continue
                marks.append(Entry(key=key, value=text, key_span=key_span, value_span=_at_span(at), period=period))
                continue
            if at is None or lang.is_placeholder(text):
                continue  # a day not filled in yet
            self.full_width(text, at)
            try:
                q = values.read("quantity", self._with_key_unit(values.tidy("quantity", text, lang), ref), lang).at(*at)
            except values.ValueError_:
                self.hit(BadValue, _at_span(at), "actual-value", "write", value=text, examples=EXAMPLES["quantity"])
                continue
            series.append(Observation(period=period, value=q,
                                      span=_span(number, key_col, at[2])))
        if name == "milestones":
            node.milestones = marks  # type: ignore[attr-defined]
        else:
            node.actuals = series  # type: ignore[attr-defined]


# the attributes a value type's reader may set (()): the field's own); a type not here is always read
TOUCHED: dict[str, tuple[str, ...]] = {
    "text": (), "person": (), "word": (), "list": (), "choice": (), "money": ("budget",), "quantity": (),
    "date": (), "period": (), "target": ("target",), "baseline": (), "actuals": (),
    "metric": ("metric", "baseline", "target", "deadline"),
}
READERS = {name[3:]: f for name, f in vars(BlockBuilder).items() if name.startswith("_v_")}


def key_unit(key: str) -> tuple[str, str] | None:
    """``预算(万)`` -> (预算, 万): a field name with the unit of its numbers in brackets."""
    m = UNIT_IN_KEY.search(key)
    if m is None:
        return None
    name = key[:m.start()].rstrip(BLANKS)
    return (name, m[1]) if name and not any(c in name for c in "()（）") else None


ROLE = re.compile(r"[(（][^()（）]*[)）][ \t\u3000]*$")  # no blank run before it: linear on any value


def person(text: str) -> str:
    """A person's name without a role in brackets: 王芳(营销总监) -> 王芳."""
    text = text.strip()
    name = _unquote(text)
    if name.endswith((")", "）")):
        name = ROLE.sub("", name).rstrip(BLANKS)
    return name.strip() or text


def _unquote(text: str) -> str:
    if len(text) >= 2 and (text[0], text[-1]) in (('"', '"'), ("「", "」"), ("“", "”")):
        return text[1:-1]
    return text
