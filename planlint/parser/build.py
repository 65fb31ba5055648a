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

from planlint.i18n.numbers import pick
from planlint.language.keywords import (
    BLOCKS,
    ENUMS,
    FIELDS,
    NOT_CADENCE,
    block_of,
    enum_choices,
    enum_value,
    field_aliases_for,
    field_of,
    is_placeholder,
    suggest,
    word_key,
)
from planlint.language.script import has_cjk, is_hant, to_hant
from planlint.model import (
    Entry,
    FieldRef,
    Goal,
    Initiative,
    Metric,
    Node,
    Observation,
    PlanMeta,
    Span,
    Team,
    Text,
    fast,
)
from planlint.parser import values
from planlint.parser.layout import Chunk, comment_start

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
    "money": ("金额", "an amount of money"),
    "quantity": ("数值", "a number"),
    "target": ("目标值", "a target"),
    "baseline": ("基准值", "a baseline"),
    "date": ("日期", "a date"),
    "period": ("时间范围", "a period"),
    "history": ("历史数值列表", "a list of past values"),
}
START_OF = {"money": "quantity", "quantity": "quantity", "target": "target", "baseline": "baseline",
            "date": "date", "period": "period"}


@dataclass
class Problem:
    """A syntax finding before the engine turns it into a Finding."""

    code: str
    span: Span
    message: str
    fix: str | None = None
    replacement: str | None = None  # text that replaces ``span`` to apply the fix


@dataclass
class BlockResult:
    node: Node | None
    problems: list[Problem] = field(default_factory=list)


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

    def __init__(self, chunk: Chunk, lang: str, locale: str | None = None) -> None:
        self.chunk = chunk
        self.lang = lang
        self.locale = locale or ("zh-Hans" if lang == "zh" else "en")
        self.offset = chunk.first_line - 1
        self.problems: list[Problem] = []
        self.key_units: dict[str, str] = {}

    def t(self, zh: str, en: str) -> str:
        return pick(self.lang, zh, en)

    def local(self, word: str) -> str:
        """A word of the language (a keyword, a field name) in the writer's script."""
        return to_hant(word, self.locale) if is_hant(self.locale) and has_cjk(word) else word

    def problem(self, code: str, span: Span, zh: str, en: str, fix_zh: str | None = None,
                fix_en: str | None = None, replacement: str | None = None) -> None:
        fix = self.t(fix_zh, fix_en) if fix_zh is not None and fix_en is not None else None
        self.problems.append(Problem(code, span, self.t(zh, en), fix, replacement))

    # ------------------------------------------------------------ the parse
    def build(self) -> BlockResult:
        fast_tree = scan_block(self.chunk.lines)
        if fast_tree is not None:
            header, *entries = fast_tree
            return BlockResult(self._node(header, entries), self.problems)
        lines = list(self.chunk.lines)
        tree = None
        for _ in range(len(lines) + 1):
            try:
                tree = values.parser().parse("\n".join(lines) + "\n", start="block")
                break
            except UnexpectedInput as exc:
                quoted = self._quote_title(lines[0]) if getattr(exc, "line", 0) == 1 else None
                if quoted is not None:  # 目标 G1 线索量翻倍: read the rest of the line as the title
                    lines[0] = quoted
                    continue
                bad = self._report_parse_error(exc, lines)
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
        self.problem("PL001", span, f"标题要加引号: {fixed}", f"a title needs quotes: {fixed}",
                     f"写成 {kw} {block_id} {fixed}", f"write {kw} {block_id} {fixed}", replacement=fixed)
        return f"{kw} {block_id} {fixed}" + ("" if cut < 0 else "  " + line[cut:])

    def _report_parse_error(self, exc: UnexpectedInput, lines: list[str]) -> int:
        """One finding for one broken line; returns the index of that line in the chunk."""
        idx = max(0, min(len(lines) - 1, (exc.line if exc.line and exc.line > 0 else len(lines)) - 1))
        if isinstance(exc, UnexpectedToken) and exc.token.type == "$END":
            idx = len(lines) - 1
        line = lines[idx]
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
            self.problem("PL001", _span(number, pos, end),
                         f"引号没有闭合: {stripped}", f"unclosed quote: {stripped}",
                         f"在标题末尾补上 {c}", f"close the quote with {c}")
            return idx
        if idx == 0:
            self.problem("PL001", span,
                         f"这一行应是块的开头: 关键词、编号和标题, 例如 目标 M-SALES \"季度销售额增长\"; 看到的是「{stripped}」",
                         f"a block starts with a keyword, an id and a title, e.g. goal M-SALES \"Quarterly sales growth\"; found '{stripped}'",
                         "以 计划 / 团队 / 目标 / 举措 开头, 字段缩进两格写在下面",
                         "start with plan / team / goal / initiative and indent its fields below it")
            return idx
        if not re.search(r"[:：]", stripped):
            first, _, rest = stripped.partition(" ")
            known = field_of(first)
            if known:
                fixed = f"{first}: {rest.strip()}"
                self.problem("PL001", span, f"「{first}」后缺少冒号", f"missing ':' after '{first}'",
                             f"写成 {fixed}", f"write {fixed}", replacement=None)
            else:
                self.problem("PL001", span,
                             f"无法读取这一行: 「{stripped}」; 字段要写成 名称: 值",
                             f"cannot read this line: '{stripped}'; a field is written as name: value",
                             "写成 字段名: 值 (例如 负责人: 张伟), 或在行首加 # 作为注释",
                             "write name: value (e.g. owner: Li Na), or start the line with # to make it a comment")
            return idx
        if isinstance(exc, UnexpectedCharacters | UnexpectedToken):
            self.problem("PL001", span, f"无法读取这一行: 「{stripped}」", f"cannot read this line: '{stripped}'",
                         "写成 字段名: 值, 一行一个字段", "write one field per line as name: value")
        return idx

    # ------------------------------------------------------------- the node
    def _node(self, header: Tree, entries: list[Tree]) -> Node | None:
        toks = header.children
        kw_tok = toks[0]
        keyword = str(kw_tok)
        kind = block_of(keyword)
        kw_span = _tok_span(kw_tok, self.offset)
        if kind is None:
            all_kw = [a for names in BLOCKS.values() for a in names]
            guess = suggest(keyword, all_kw)
            if guess:
                self.problem("PL007", kw_span, f"未知的块关键词「{keyword}」, 是不是「{guess}」?",
                             f"unknown block keyword '{keyword}'; did you mean '{guess}'?",
                             f"改为 {guess}", f"change it to {guess}", replacement=guess)
                kind = block_of(guess)
                guess = self.local(guess)
            else:
                self.problem("PL007", kw_span, f"未知的块关键词「{keyword}」",
                             f"unknown block keyword '{keyword}'",
                             "块以 计划 / 团队 / 目标 / 举措 (plan / team / goal / initiative) 开头",
                             "a block starts with plan / team / goal / initiative (计划 / 团队 / 目标 / 举措)")
                return None
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
            self.problem("PL010", header_span, "缺少编号: 其他块要通过编号引用它",
                         "missing id: other blocks refer to it by its id",
                         f"在关键词后写一个编号, 例如 {keyword} G1 \"{title or '...'}\"",
                         f"add an id after the keyword, e.g. {keyword} G1 \"{title or '...'}\"")
        elif block_id and not ID_OK.match(block_id) and not (kind == "team" and id_span is title_span):
            self.problem("PL001", id_span, f"编号「{block_id}」只能包含文字、数字、- 和 _",
                         f"the id '{block_id}' may hold only letters, digits, - and _",
                         "去掉编号中的标点", "remove the punctuation from the id")
        cls = {"plan": PlanMeta, "team": Team, "goal": Goal, "initiative": Initiative}[kind]
        node = fast(
            cls, kind=kind, id=block_id, title=title, span=block_span, header_span=header_span,
            id_span=id_span, title_span=title_span, fields={}, owner=None, note=None, budget=None,
            **_defaults(cls),
        )
        for key_tok, value_tok, nested in self._nest(entries):
            self._field(node, key_tok, value_tok, nested)
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
                    self.problem("PL008", span, f"字段「{key}」没有缩进", f"the field '{key}' is not indented",
                                 "在字段前加两个空格, 与其他字段对齐", "indent it by two spaces, like the other fields",
                                 replacement=" " * (base - 1) + str(key))
                else:
                    self.problem("PL008", span, f"字段「{key}」的缩进与其他字段不一致",
                                 f"the field '{key}' is indented differently from the others",
                                 "与上面的字段对齐", "align it with the fields above")
            out.append((key, value, []))
        return out

    # ------------------------------------------------------------ one field
    def _field(self, node: Node, key_tok: Token, value_tok: Token | None,
               nested: list[tuple[Token, Token | None]]) -> None:
        raw_key = str(key_tok).strip()
        key_span = _tok_span(key_tok, self.offset)
        name = field_of(raw_key)
        if name is None and (m := KEY_UNIT.match(raw_key)) and field_of(m[1]):
            name = field_of(m[1])  # 预算(万), budget (k CNY)
            self.key_units[raw_key] = m[2].strip()
        if name is None:
            choices = [self.local(c) for c in field_aliases_for(node.kind, self.lang)]
            guess = suggest(raw_key, choices)
            if guess:
                self.problem("PL002", key_span, f"未知字段「{raw_key}」, 是不是「{guess}」?",
                             f"unknown field '{raw_key}'; did you mean '{guess}'?",
                             f"改为 {guess}", f"change it to {guess}", replacement=guess)
            else:
                self.problem("PL012", key_span, f"未知字段「{raw_key}」, 这个字段不会被检查",
                             f"unknown field '{raw_key}'; it is not checked",
                             f"可用的字段: {', '.join(choices[:12])}; 或写进 备注",
                             f"fields here: {', '.join(choices[:12])}; or put it in a note")
            return
        if node.kind == "team" and name == "owner":
            name = "head"
        _, blocks, vtype = FIELDS[name]
        if node.kind not in blocks and not (node.kind == "team" and name == "head"):
            self.problem("PL005", key_span, f"「{raw_key}」不用于{_kind_zh(node.kind)}块",
                         f"'{raw_key}' is not a field of a {node.kind} block",
                         "删除它, 或移到对应的块中", "remove it or move it to the block it belongs to")
            return
        if name in node.fields:
            self.problem("PL006", key_span, f"字段「{raw_key}」重复, 以最后一个为准",
                         f"'{raw_key}' is given twice; the last one counts",
                         "删除其中一行", "remove one of them")
        raw = str(value_tok) if value_tok is not None else ""
        stripped = raw.strip()
        vcol = value_tok.column + (len(raw) - len(raw.lstrip())) if value_tok is not None else key_tok.end_column
        vline = key_tok.line + self.offset
        value_span = _span(vline, vcol, vcol + len(stripped)) if stripped else None
        ref = fast(FieldRef, key=name, raw_key=raw_key, key_span=key_span, value_span=value_span,
                                       raw_value=stripped, placeholder=False)
        node.fields[name] = ref
        if vtype in ("split", "assume", "milestones") or (vtype == "actuals" and nested):
            self._mapping(node, name, nested, ref)
            return
        if nested:
            first = nested[0][0]
            self.problem("PL008", _tok_span(first, self.offset), f"「{raw_key}」不能包含下级条目",
                         f"'{raw_key}' does not take nested entries", "与其他字段对齐",
                         "align it with the other fields")
        if not stripped or is_placeholder(stripped):
            ref.placeholder = True
            return
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
            return values.read(START_OF[vtype], self._with_key_unit(values.tidy(START_OF[vtype], text), ref))
        except values.ValueError_ as err:
            zh_type, en_type = TYPE_NAMES[vtype]
            at = _span(span.line, span.column + err.column, span.end_column)
            self.problem("PL003", at if err.column < len(text) else span,
                         f"「{ref.raw_key}」的值「{text}」不是{zh_type}",
                         f"'{ref.raw_key}: {text}' is not {en_type}",
                         f"写成 {EXAMPLES[vtype]}", f"write {EXAMPLES[vtype]}")
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
        if name == "review" and word_key(text) in NOT_CADENCE:
            ref.placeholder = True  # 不定期, "when needed": no cadence at all, which TR001 reports
            return
        value = enum_value(name, text)
        if value is None:
            guess = suggest(text, [a for aliases in ENUMS[name].values() for a in aliases])
            guess = self.local(guess) if guess else guess
            hint_zh = f"是不是「{guess}」? " if guess else ""
            hint_en = f"did you mean '{guess}'? " if guess else ""
            self.problem("PL009", span, f"{hint_zh}「{ref.raw_key}」不认识「{text}」",
                         f"{hint_en}'{ref.raw_key}' does not know '{text}'",
                         f"可选: {enum_choices(name, 'zh')}", f"one of: {enum_choices(name, 'en')}",
                         replacement=guess)
            return
        setattr(node, name, value)

    _v_level = _v_dimension = _v_relevance = _v_review = _enum

    def _v_actuals(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        self._v_baseline(node, name, text, span, ref)  # `actual: 5.2 截至 2024-06-30`: the value now

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
                self.problem("PL003", span, f"「{text}」的结束早于开始", f"'{text}' ends before it starts",
                             "把较早的日期写在前面", "put the earlier date first")
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
            t = values.read("target", self._with_key_unit(values.tidy("target", text), ref))
        except values.ValueError_:
            # Not a number at all: the smart rule reports "no numeric target".
            ref.placeholder = True
            return
        node.target = t.model_copy(update={"span": span, "text": text})  # type: ignore[attr-defined]

    def _v_history(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        out = []
        for item in self._items(text, span):
            try:
                q = values.read("quantity", item.value)
            except values.ValueError_:
                self.problem("PL003", item.span, f"历史值「{item.value}」不是数值",
                             f"the past value '{item.value}' is not a number",
                             f"写成 {EXAMPLES['history']}", f"write {EXAMPLES['history']}")
                continue
            out.append(q.model_copy(update={"span": item.span}))
        node.history = out  # type: ignore[attr-defined]

    def _v_metric(self, node: Node, name: str, text: str, span: Span, ref: FieldRef) -> None:
        goal: Goal = node  # type: ignore[assignment]
        m = values.STATEMENT.match(text)
        if m:
            self._statement(goal, m, text, span, ref)
            return
        m = values.METRIC_UNIT.match(text)
        if m:
            unit, scale = values.metric_unit(m["unit"])
            goal.metric = Metric.model_construct(name=m["name"].strip() or text, unit=unit, scale=scale,
                                                 unit_text=m["unit"].strip(), span=span)
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
            base = values.read("quantity", base_text)
        except values.ValueError_:
            base = None
            name = left
        goal.metric = Metric.model_construct(name=name or left, unit=base.unit if base else None, scale=1.0,
                                             unit_text=None, span=span)
        if base is not None:
            goal.baseline = base.model_copy(update={"span": span})
        try:
            t = values.read("target", m["right"].strip())
            goal.target = t.model_copy(update={"span": span, "text": m["right"].strip()})
        except values.ValueError_:
            col = span.column + text.find(m["right"])
            self.problem("PL003", _span(span.line, col, col + len(m["right"])),
                         f"「{m['right']}」不是目标值", f"'{m['right']}' is not a target",
                         "写成 指标名 基准值 -> 目标值 截止 日期, 例如 关注人数 5万 -> 6万 截止 2025-06-30",
                         "write metric baseline -> target by date, e.g. followers 50k -> 60k by 2025-06-30")
        if m["date"]:
            try:
                d = values.read("date", m["date"])
                goal.deadline = d.model_copy(update={"span": span})
            except values.ValueError_:
                col = span.column + text.rfind(m["date"])
                self.problem("PL003", _span(span.line, col, col + len(m["date"])),
                             f"「{m['date']}」不是日期", f"'{m['date']}' is not a date",
                             f"写成 {EXAMPLES['date']}", f"write {EXAMPLES['date']}")

    # ------------------------------------------------------ nested mappings
    def _mapping(self, node: Node, name: str, nested: list[tuple[Token, Token | None]], ref: FieldRef) -> None:
        if name in ("actual", "milestones"):
            self._dated(node, name, nested, ref)
            return
        if ref.raw_value and not nested:
            self.problem("PL003", ref.value_span or ref.key_span,
                         f"「{ref.raw_key}」的条目要写在下面的缩进行中",
                         f"'{ref.raw_key}' takes its entries on the indented lines below it",
                         f"写成\n  {ref.raw_key}:\n    2024-Q1: 100", f"write\n  {ref.raw_key}:\n    2024-Q1: 100")
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
            if name == "split":
                try:
                    entry.period = values.read("period", key).model_copy(update={"span": key_span})
                except values.ValueError_:
                    self.problem("PL003", key_span, f"拆分的时间「{key}」不是日期或时间段",
                                 f"the split period '{key}' is not a date or period",
                                 "写成 2024-Q1 / 2024-09 / 2024年上半年", "write 2024-Q1 / 2024-09 / 2024-H1")
                if text and not is_placeholder(text):
                    try:
                        entry.quantity = values.read("quantity", text).model_copy(update={"span": vspan})
                    except values.ValueError_:
                        self.problem("PL003", vspan, f"拆分值「{text}」不是数值", f"the split value '{text}' is not a number",
                                     f"写成 {EXAMPLES['quantity']}", f"write {EXAMPLES['quantity']}")
            elif text:
                try:
                    entry.target = values.read("target", text).model_copy(update={"span": vspan, "text": text})
                except values.ValueError_:
                    pass  # an assumption may be words; the funnel check reads only numbers
            out.append(entry)
        setattr(node, name, out)

    def _dated(self, node: Node, name: str, nested: list[tuple[Token, Token | None]], ref: FieldRef) -> None:
        """``actual:`` with dated values below it (a series), or ``milestones:`` with dated criteria."""
        if name == "actual" and ref.raw_value and ref.value_span is not None and not is_placeholder(ref.raw_value):
            self._v_baseline(node, name, ref.raw_value, ref.value_span, ref)
        if name == "milestones" and ref.raw_value and not nested:
            self.problem("PL003", ref.value_span or ref.key_span, f"「{ref.raw_key}」的条目要写在下面的缩进行中",
                         f"'{ref.raw_key}' takes its entries on the indented lines below it",
                         f"写成\n  {ref.raw_key}:\n    2024-06: 完成3个城市试点", f"write\n  {ref.raw_key}:\n    2024-06: pilot in 3 cities done")
            return
        series: list[Observation] = []
        marks: list[Entry] = []
        for key_tok, value_tok in nested:
            key = str(key_tok).strip()
            key_span = _tok_span(key_tok, self.offset)
            raw = str(value_tok) if value_tok is not None else ""
            text = raw.strip()
            vcol = value_tok.column + (len(raw) - len(raw.lstrip())) if value_tok is not None else key_tok.end_column
            vspan = _span(key_span.line, vcol, vcol + len(text)) if text else None
            try:
                period = values.read("period", key).model_copy(update={"span": key_span})
            except values.ValueError_:
                self.problem("PL003", key_span, f"「{ref.raw_key}」的日期「{key}」不是日期或时间段",
                             f"'{key}' under '{ref.raw_key}' is not a date or period",
                             "写成 2024-06-30 / 2024-06 / 2024-Q2", "write 2024-06-30 / 2024-06 / 2024-Q2")
                continue
            if name == "milestones":
                if not text or is_placeholder(text):
                    self.problem("PL003", vspan or key_span, f"里程碑 {key} 没有写评估标准",
                                 f"the milestone {key} states no criterion",
                                 f"写成 {key}: 完成3个城市试点, 每城留资≥200", f"write {key}: pilot in 3 cities, 200+ leads each")
                    continue
                marks.append(Entry.model_construct(key=key, value=text, key_span=key_span, value_span=vspan,
                                                   period=period, quantity=None, target=None))
                continue
            if not text or is_placeholder(text):
                continue  # a day not filled in yet
            try:
                q = values.read("quantity", self._with_key_unit(values.tidy("quantity", text), ref))
            except values.ValueError_:
                self.problem("PL003", vspan or key_span, f"实际值「{text}」不是数值", f"the actual value '{text}' is not a number",
                             f"写成 {EXAMPLES['quantity']}", f"write {EXAMPLES['quantity']}")
                continue
            series.append(Observation.model_construct(period=period, value=q.model_copy(update={"span": vspan}),
                                                      span=_span(key_span.line, key_span.column, (vspan or key_span).end_column),
                                                      source=""))
        if name == "milestones":
            node.milestones = marks  # type: ignore[attr-defined]
        else:
            node.actuals = series  # type: ignore[attr-defined]


_DEFAULTS: dict[type, dict] = {}


def _defaults(cls: type) -> dict:
    """The defaults of a node class's own fields, computed once (lists fresh each time)."""
    if cls not in _DEFAULTS:
        own = {}
        for fname, finfo in cls.model_fields.items():
            if fname in ("kind", "id", "title", "span", "header_span", "id_span", "title_span", "fields",
                         "owner", "note", "budget"):
                continue
            own[fname] = finfo.default_factory if finfo.default_factory is not None else finfo.default
        _DEFAULTS[cls] = own
    return {k: (v() if callable(v) else v) for k, v in _DEFAULTS[cls].items()}


ROLE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def person(text: str) -> str:
    """A person's name without a role in brackets: 王芳(营销总监) -> 王芳."""
    name = ROLE.sub("", _unquote(text.strip()))
    return name.strip() or text.strip()


def _unquote(text: str) -> str:
    if len(text) >= 2 and (text[0], text[-1]) in (('"', '"'), ("「", "」"), ("“", "”")):
        return text[1:-1]
    return text


def _kind_zh(kind: str) -> str:
    return {"plan": "计划", "team": "团队", "goal": "目标", "initiative": "举措"}[kind]
