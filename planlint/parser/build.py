"""From one block's parse to the typed model, reporting what does not read.

Every problem found here is a syntax finding (codes PL…); the rules never see a
half-read value: a value that does not read is left out of the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lark import Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from planlint.api.finding import Edit
from planlint.api.rule import Hit
from planlint.i18n.messages import Field, Join, Term
from planlint.language.keywords import BUILTIN, Language, suggest
from planlint.language.script import has_cjk, in_other_script, in_script, is_hant, to_hant
from planlint.model import (
    Entry,
    FieldRef,
    Goal,
    Initiative,
    Metric,
    Node,
    PlanMeta,
    Span,
    Team,
    Text,
    fast,
)
from planlint.parser import values
from planlint.parser.layout import Chunk, comment_start
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
KEY_UNIT = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")
BARE_NUMBER = re.compile(r"^[\d.,]+$")
LIST_SPLIT = re.compile(r"\s*(?:[，、;；]|,(?!\d{3}(?:\D|$)))\s*")

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
NUMERIC = frozenset({"money", "quantity", "target", "baseline", "date", "period", "history"})
START_OF = {"money": "quantity", "quantity": "quantity", "target": "target", "baseline": "baseline",
            "date": "date", "period": "period"}


@dataclass
class BlockResult:
    node: Node | None
    problems: list[Hit] = field(default_factory=list)  # the syntax rules' hits


def _span(line: int, col: int, end_col: int, end_line: int | None = None) -> Span:
    return fast(Span, line=line, column=col, end_line=end_line or line, end_column=end_col)


def _tok_span(tok: Token, line_offset: int) -> Span:
    return _span(tok.line + line_offset, tok.column, tok.end_column, tok.end_line + line_offset)


@lru_cache(maxsize=1)
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's own terminals, assembled into one regex per line shape."""
    p = values.parser()

    def term(name: str) -> str:
        return p.get_terminal(name).pattern.to_regexp()

    ws, comment = r"[ \t\u3000]*", r"(?:#[^\n]*)?"
    header = re.compile(rf"({term('NAME')})(?:{ws}({term('NAME')}))?(?:{ws}({term('TITLE')}))?{ws}{comment}")
    entry = re.compile(rf"{ws}({term('KEY')}){ws}[:：]({term('VALUE')})?{comment}")
    return header, entry


def _token(kind: str, m: re.Match, group: int, line: int) -> Token:
    start, end = m.span(group)
    return Token(kind, m.group(group), start, line, start + 1, line, end + 1)


def scan_block(lines: list[str]) -> list | None:
    """The block rule of the grammar on well-formed lines, without the LALR machinery.

    Returns what the parser would (header, entries), or None when any line does not fit,
    and then the LALR parser reads the block and says precisely what is wrong.
    """
    header_re, entry_re = _line_patterns()
    m = header_re.fullmatch(lines[0])
    if m is None:
        return None
    head = [_token("NAME", m, 1, 1)]
    if m.group(2) is not None:
        head.append(_token("NAME", m, 2, 1))
    if m.group(3) is not None:
        head.append(_token("TITLE", m, 3, 1))
    out: list = [Tree("header", head)]
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = entry_re.fullmatch(line)
        if m is None:
            return None
        items = [_token("KEY", m, 1, number)]
        if m.group(2) is not None and m.group(2).strip():
            items.append(_token("VALUE", m, 2, number))
        out.append(Tree("entry", items))
    return out


class BlockBuilder:
    """Builds one node from one chunk; ``lang`` is the writer's language for messages."""

    def __init__(self, chunk: Chunk, lang: str, locale: str | None = None, script: str | None = None,
                 language: Language = BUILTIN) -> None:
        self.chunk = chunk
        self.language = language
        self.lang = lang
        self.locale = locale or ("zh-Hans" if lang == "zh" else "en")
        self.script = script or self.locale  # the language and script the plan is written in
        self.offset = chunk.first_line - 1
        self.problems: list[Hit] = []
        self.key_units: dict[str, str] = {}

    def local(self, word: str) -> str:
        """A word of the language (a keyword, a field name) in the writer's script."""
        return to_hant(word, self.locale) if is_hant(self.locale) and has_cjk(word) else word

    def script_of(self, word: str, span: Span) -> None:
        """A keyword or field name in the other script than the plan's."""
        if in_other_script(word, self.script):
            fixed = in_script(word, self.script)
            hant = is_hant(self.script)
            traditional, simplified = Term("繁体字", "Traditional characters"), Term("简体字", "Simplified characters")
            self.hit(OtherScript, span, "other-script", "change", [Edit(span=span, text=fixed)], "safe", word=word,
                     fixed=fixed, script=simplified if hant else traditional, other=traditional if hant else simplified)

    def full_width(self, text: str, span: Span | None) -> None:
        """A number written in full-width characters (５０万元): the same in half-width, safely."""
        if span is None or text.isascii():
            return
        fixed = text.translate(values.NUMBER_FULLWIDTH)
        if fixed != text:
            self.hit(FullWidthNumber, span, "full-width", "half-width", [Edit(span=span, text=fixed)], "safe",
                     value=text, fixed=fixed)

    def hit(self, rule, span: Span, message: str, fix: str, edits: tuple[Edit, ...] | list[Edit] = (),
            applicability: str | None = None, **args: object) -> None:
        self.problems.append(rule.hit(span, message, fix, edits, applicability, **args))

    # ------------------------------------------------------------ the parse
    def build(self) -> BlockResult:
        fast_tree = scan_block(self.chunk.lines)
        if fast_tree is not None:
            header, *entries = fast_tree
            return BlockResult(self._node(header, entries), self.problems)
        lines = list(self.chunk.lines)
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
        header, *entries = tree.children
        return BlockResult(self._node(header, entries), self.problems)

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

    def _report_parse_error(self, exc: UnexpectedInput, lines: list[str], recovered: set[int]) -> tuple[int, str | None]:
        """One finding for one broken line: the index of that line in the chunk, and the line as
        it was meant when that is clear (a closing quote, a colon), so the block reads on as if
        it had been typed right and nothing else is reported because of it. A line already read
        that way and still broken is left out without a second finding."""
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
            self.hit(Unreadable, span, "not-header", "start-block", line=stripped)
            return idx, None
        if ":" not in stripped and "：" not in stripped:
            parts = stripped.split(None, 1)
            first, rest = parts[0], parts[1] if len(parts) > 1 else ""
            if self.language.field_of(first) and rest:
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
    def _node(self, header: Tree, entries: list[Tree]) -> Node | None:
        toks = header.children
        kw_tok = toks[0]
        keyword = str(kw_tok)
        lang = self.language
        kind = lang.block_of(keyword)
        kw_span = _tok_span(kw_tok, self.offset)
        if kind is None:
            guess = suggest(keyword, lang.keywords)
            if guess:
                kind = lang.block_of(guess)
                guess = self.local(guess)
                self.hit(UnknownBlock, kw_span, "did-you-mean", "change", [Edit(span=kw_span, text=guess)],
                         word=keyword, guess=guess)
            else:
                self.hit(UnknownBlock, kw_span, "unknown", "keywords", word=keyword)
                return None
        else:
            self.script_of(keyword, kw_span)
        block_id = title = None
        id_span = title_span = None
        for tok in toks[1:]:
            if tok.type == "TITLE":
                title = str(tok)[1:-1].strip()
                title_span = _tok_span(tok, self.offset)
            else:
                block_id = str(tok)
                id_span = _tok_span(tok, self.offset)
        header_line = kw_tok.line + self.offset
        header_text = self.chunk.lines[0]
        cut = comment_start(header_text)
        header_end = len((header_text if cut < 0 else header_text[:cut]).rstrip()) + 1
        header_span = _span(header_line, 1, header_end)
        last = self._last_content_line()
        block_span = _span(header_line, 1, len(self.chunk.lines[last - self.chunk.first_line]) + 1, last)
        if kind == "team" and block_id is None and title:
            block_id, id_span = title, title_span
        if kind in ("goal", "initiative", "team") and not block_id:
            self.hit(MissingId, header_span, "missing", "add-id", keyword=keyword, title=title or "...")
        elif block_id and not ID_OK.match(block_id) and not (kind == "team" and id_span is title_span):
            self.hit(Unreadable, id_span, "bad-id", "id-punctuation", id=block_id)
        cls = {"plan": PlanMeta, "team": Team, "goal": Goal, "initiative": Initiative}[kind]
        node = fast(
            cls, kind=kind, id=block_id, title=title, span=block_span, header_span=header_span,
            id_span=id_span, title_span=title_span, fields={}, owner=None, note=None, budget=None, unreadable=[],
            **_defaults(cls),
        )
        for key_tok, value_tok, nested in self._nest(entries):
            self._field(node, key_tok, value_tok, nested)
        node.unreadable.extend(ref.key for ref in node.fields.values() if ref.unreadable)
        return node

    def _last_content_line(self) -> int:
        for i in range(len(self.chunk.lines) - 1, -1, -1):
            line = self.chunk.lines[i]
            cut = comment_start(line)
            if (line if cut < 0 else line[:cut]).strip():
                return self.chunk.first_line + i
        return self.chunk.first_line

    def _nest(self, entries: list[Tree]) -> list[tuple[Token, Token | None, list[tuple[Token, Token | None]]]]:
        out: list[tuple[Token, Token | None, list[tuple[Token, Token | None]]]] = []
        indented = [e.children[0].column for e in entries if e.children[0].column > 1]
        base = indented[0] if indented else 3
        for entry in entries:
            key = entry.children[0]
            value = entry.children[1] if len(entry.children) > 1 else None
            if key.column > base and out and out[-1][1] is None:
                out[-1][2].append((key, value))
                continue
            if key.column != base:
                span = _tok_span(key, self.offset)
                if key.column == 1:
                    self.hit(BadIndent, span, "not-indented", "indent",
                             [Edit(span=span, text=" " * (base - 1) + str(key))], name=str(key))
                else:
                    self.hit(BadIndent, span, "misaligned", "align", name=str(key))
            out.append((key, value, []))
        return out

    # ------------------------------------------------------------ one field
    def _field(self, node: Node, key_tok: Token, value_tok: Token | None,
               nested: list[tuple[Token, Token | None]]) -> None:
        raw_key = str(key_tok).strip()
        key_span = _tok_span(key_tok, self.offset)
        lang = self.language
        name = lang.field_of(raw_key)
        if name is not None:
            self.script_of(raw_key, key_span)
        elif (m := KEY_UNIT.match(raw_key)) and lang.field_of(m[1]):
            name = lang.field_of(m[1])  # 预算(万), budget (k CNY)
            self.key_units[raw_key] = m[2].strip()
            self.script_of(m[1], _span(key_span.line, key_span.column, key_span.column + len(m[1])))
        if name is None:
            choices = [self.local(c) for c in lang.field_aliases_for(node.kind, self.lang)]
            guess = suggest(raw_key, choices)
            if guess:
                self.hit(UnknownField, key_span, "did-you-mean", "change", [Edit(span=key_span, text=guess)],
                         "safe", name=raw_key, guess=guess)
            else:
                names = tuple(Field(n) for n in lang.field_names_for(node.kind)[:12])
                self.hit(ExtraField, key_span, "extra", "fields", name=raw_key, fields=Join(names, ", ", "、"))
            return
        if node.kind == "team" and name == "owner":
            name = "head"
        _, blocks, vtype = lang.fields[name]
        if node.kind not in blocks and not (node.kind == "team" and name == "head"):
            self.hit(MisplacedField, key_span, "misplaced", "move", name=raw_key, kind=KINDS[node.kind])
            return
        if name in node.fields:
            self.hit(DuplicateField, key_span, "twice", "remove-one", name=raw_key)
        raw = str(value_tok) if value_tok is not None else ""
        stripped = raw.strip()
        vcol = value_tok.column + (len(raw) - len(raw.lstrip())) if value_tok is not None else key_tok.end_column
        vline = key_tok.line + self.offset
        value_span = _span(vline, vcol, vcol + len(stripped)) if stripped else None
        ref = fast(FieldRef, key=name, raw_key=raw_key, key_span=key_span, value_span=value_span,
                                       raw_value=stripped, placeholder=False, unreadable=False)
        node.fields[name] = ref
        if vtype in ("split", "assume"):
            self._mapping(node, name, nested, ref)
            return
        if nested:
            first = nested[0][0]
            self.hit(BadIndent, _tok_span(first, self.offset), "nested", "align-nested", name=raw_key)
        if not stripped or (lang.is_placeholder(stripped) and not (vtype == "choice" and lang.enum_value(name, stripped))):
            ref.placeholder = True  # (a choice comes first: 层级: 团队 is the team level, not "someone's team")
            return
        if vtype in NUMERIC or (vtype == "metric" and lang.statement(stripped)):
            self.full_width(stripped, value_span)
        if not hasattr(node, "owner" if name == "head" else name):
            return  # a field of the team's own (from its pack): kept as written, with its name
        setter = getattr(self, f"_v_{vtype}")
        setter(node, name, stripped, value_span, ref)

    # -------------------------------------------------------- value readers
    def _read(self, vtype: str, text: str, span: Span, ref: FieldRef):
        if not any(ch.isdigit() for ch in text.translate(values.FULLWIDTH)):
            # Words where a number belongs ("尽快", "待定"): a missing value, which the
            # rules report in their own terms (no deadline, no budget, ...), not a typo.
            ref.placeholder = True
            return None
        try:
            return values.read(START_OF[vtype], self._with_key_unit(values.tidy(START_OF[vtype], text, self.language), ref),
                               self.language)
        except values.ValueError_ as err:
            at = _span(span.line, span.column + err.column, span.end_column)
            ref.unreadable = True
            self.hit(BadValue, at if err.column < len(text) else span, "not-type", "write", name=ref.raw_key,
                     value=text, type=TYPE_NAMES[vtype], examples=EXAMPLES[vtype])
            return None

    def _v_text(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        value = fast(Text, value=_unquote(text), span=span)
        setattr(node, "owner" if name == "head" else name, value)

    def _v_person(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        value = fast(Text, value=person(text), span=span)
        setattr(node, "owner" if name == "head" else name, value)

    def _v_word(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        setattr(node, name, text.upper() if name == "currency" else text)

    def _v_list(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        items = self._items(text, span)
        if name in ("members", "collaborators"):
            items = [fast(Text, value=person(t.value), span=t.span) for t in items]
        setattr(node, name, items)

    def _items(self, text: str, span: Span) -> list[Text]:
        items: list[Text] = []
        pos = 0
        for part in LIST_SPLIT.split(text):
            start = text.find(part, pos)
            pos = start + len(part)
            if part.strip():
                col = span.column + start
                items.append(fast(Text, value=_unquote(part.strip()),
                                                  span=_span(span.line, col, col + len(part.strip()))))
        return items

    def _enum(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        value = self.language.enum_value(name, text)
        if value is None:
            guess = suggest(text, [a for aliases in self.language.choices[name].values() for a in aliases])
            ref.unreadable = True
            choices = Join(tuple(Term(zh, en) for zh, en in self.language.choice_names(name)), " / ")
            if guess:
                guess = self.local(guess)
                self.hit(UnknownChoice, span, "did-you-mean", "choices", [Edit(span=span, text=guess)], name=ref.raw_key,
                         value=text, guess=guess, choices=choices)
            else:
                self.hit(UnknownChoice, span, "unknown", "choices", name=ref.raw_key, value=text, choices=choices)
            return
        setattr(node, name, value)

    _v_choice = _enum

    def _v_money(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        q = self._read("money", text, span, ref)
        if q is not None:
            node.budget = q.model_copy(update={"span": span})

    def _v_quantity(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        q = self._read("quantity", text, span, ref)
        if q is not None:
            setattr(node, name, q.model_copy(update={"span": span}))

    def _v_date(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        d = self._read("date", text, span, ref)
        if d is not None:
            setattr(node, name, d.model_copy(update={"span": span}))

    def _v_period(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        d = self._read("period", text, span, ref)
        if d is not None:
            if d.end < d.start:
                ref.unreadable = True
                self.hit(BadValue, span, "ends-before-start", "earlier-first", value=text)
                return
            setattr(node, name, d.model_copy(update={"span": span}))

    def _v_baseline(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        got = self._read("baseline", text, span, ref)
        if got is not None:
            q, as_of = got
            setattr(node, name, q.model_copy(update={"span": span}))
            if as_of is not None:
                setattr(node, f"{name}_as_of", as_of.model_copy(update={"span": span}))

    def _with_key_unit(self, text: str, ref: FieldRef) -> str:
        """``预算(万): 20`` reads as 20万: the unit in the field name applies to a bare number."""
        unit = self.key_units.get(ref.raw_key)
        return f"{text}{unit}" if unit and BARE_NUMBER.match(text) else text

    def _v_target(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        try:
            t = values.read("target", self._with_key_unit(values.tidy("target", text, self.language), ref),
                            self.language)
        except values.ValueError_:
            # Not a number at all: the smart rule reports "no numeric target".
            ref.placeholder = True
            return
        node.target = t.model_copy(update={"span": span, "text": text})  # type: ignore[attr-defined]

    def _v_history(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        out = []
        for item in self._items(text, span):
            try:
                q = values.read("quantity", item.value, self.language)
            except values.ValueError_:
                self.hit(BadValue, item.span, "history-item", "write", value=item.value, examples=EXAMPLES["history"])
                continue
            out.append(q.model_copy(update={"span": item.span}))
        node.history = out  # type: ignore[attr-defined]

    def _v_metric(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        goal: Goal = node  # type: ignore[assignment]
        m = self.language.statement(text)
        if m:
            self._statement(goal, m, text, span, ref)
            return
        m = values.metric_and_unit(text)
        if m:
            unit, scale = values.metric_unit(m[1], self.language)
            goal.metric = Metric.model_construct(name=m[0].strip() or text, unit=unit, scale=scale,
                                                 unit_text=m[1].strip(), span=span)
        else:
            goal.metric = Metric.model_construct(name=text, unit=None, scale=1.0, unit_text=None, span=span)

    def _statement(self, goal: Goal, m: re.Match, text: str, span: Span, ref: FieldRef) -> None:
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
        goal.metric = Metric.model_construct(name=name or left, unit=base.unit if base else None, scale=1.0,
                                             unit_text=None, span=span)
        if base is not None:
            goal.baseline = base.model_copy(update={"span": span})
        try:
            t = values.read("target", m["right"].strip(), self.language)
            goal.target = t.model_copy(update={"span": span, "text": m["right"].strip()})
        except values.ValueError_:
            col = span.column + text.find(m["right"])
            goal.unreadable.append("target")
            self.hit(BadValue, _span(span.line, col, col + len(m["right"])), "statement-target", "statement",
                     value=m["right"])
        if m["date"]:
            try:
                d = values.read("date", m["date"], self.language)
                goal.deadline = d.model_copy(update={"span": span})
            except values.ValueError_:
                col = span.column + text.rfind(m["date"])
                goal.unreadable.append("deadline")
                self.hit(BadValue, _span(span.line, col, col + len(m["date"])), "statement-date", "write",
                         value=m["date"], examples=EXAMPLES["date"])

    # ------------------------------------------------------ nested mappings
    def _mapping(self, node: Node, name: str, nested: list[tuple[Token, Token | None]], ref: FieldRef) -> None:
        if ref.raw_value and not nested:
            self.hit(BadValue, ref.value_span or ref.key_span, "entries-below", "entries", name=ref.raw_key)
            return
        out: list[Entry] = []
        for key_tok, value_tok in nested:
            key = str(key_tok).strip()
            key_span = _tok_span(key_tok, self.offset)
            raw = str(value_tok) if value_tok is not None else ""
            text = raw.strip()
            vcol = value_tok.column + (len(raw) - len(raw.lstrip())) if value_tok is not None else key_tok.end_column
            vspan = _span(key_span.line, vcol, vcol + len(text)) if text else None
            entry = Entry.model_construct(key=key, value=text, key_span=key_span, value_span=vspan,
                                          period=None, quantity=None, target=None)
            self.full_width(text, vspan)
            if name == "split":
                self.full_width(key, key_span)
                try:
                    entry.period = values.read("period", key, self.language).model_copy(update={"span": key_span})
                except values.ValueError_:
                    self.hit(BadValue, key_span, "split-period", "periods", value=key)
                if text and not self.language.is_placeholder(text):
                    try:
                        entry.quantity = values.read("quantity", text, self.language).model_copy(update={"span": vspan})
                    except values.ValueError_:
                        self.hit(BadValue, vspan, "split-value", "write", value=text, examples=EXAMPLES["quantity"])
            elif text:
                try:
                    entry.target = values.read("target", text, self.language).model_copy(
                        update={"span": vspan, "text": text})
                except values.ValueError_:
                    pass  # an assumption may be words; the funnel check reads only numbers
            out.append(entry)
        setattr(node, name, out)


_DEFAULTS: dict[type, dict] = {}


def _defaults(cls: type) -> dict:
    """The defaults of a node class's own fields, computed once (lists fresh each time)."""
    if cls not in _DEFAULTS:
        own = {}
        for fname, finfo in cls.model_fields.items():
            if fname in ("kind", "id", "title", "span", "header_span", "id_span", "title_span", "fields",
                         "owner", "note", "budget", "unreadable"):
                continue
            own[fname] = finfo.default_factory if finfo.default_factory is not None else finfo.default
        _DEFAULTS[cls] = own
    return {k: (v() if callable(v) else v) for k, v in _DEFAULTS[cls].items()}


ROLE = re.compile(r"[(（][^()（）]*[)）][ \t\u3000]*$")  # no blank run before it: linear on any value


def person(text: str) -> str:
    """A person's name without a role in brackets: 王芳(营销总监) -> 王芳."""
    name = ROLE.sub("", _unquote(text.strip())).rstrip(" \t\u3000")
    return name.strip() or text.strip()


def _unquote(text: str) -> str:
    if len(text) >= 2 and (text[0], text[-1]) in (('"', '"'), ("「", "」"), ("“", "”")):
        return text[1:-1]
    return text

