"""PL001: a line cannot be read."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class Unreadable(SyntaxRule):
    """A line cannot be read.

    What it checks: every line is a block header (`目标 ID "标题"`), a field (`名称: 值`), a
    comment (`# …`) or blank; quotes are closed; ids hold only letters, digits, `-` and `_`.
    A line of prose between blocks is a warning (nothing the plan says is lost). Where the
    meaning is clear (a missing colon, an unclosed quote, a title without quotes) the line is
    read as meant, so the block's other findings are the real ones: no "parent not in this
    plan" for the children of a goal whose title quote is not closed.
    Why: a line planlint cannot read is a line nobody checks.
    A line that starts with a block keyword but does not read as a header (`计划：2025`,
    `目标(G1)「标题」`) is a block lost: its fields are not read (nor taken for the block's
    before it), and the one finding says how a header is written. A title in quotes the
    language does not use (`『标题』`, `'title'`) is read as meant and reported.
    Fix: what to type: the missing colon, the closing quote, quotes around a title, the
    keyword, a blank, the id and the quoted title of a header, or `#` for a comment.
    """

    code = "PL001"
    name = "unreadable-line"
    messages = {
        "quote-title": ("标题要加引号: {fixed}", "a title needs quotes: {fixed}"),
        "write-header": ("写成 {header}", "write {header}"),
        "unclosed-quote": ("引号没有闭合: {line}", "unclosed quote: {line}"),
        "close-quote": ("在标题末尾补上 {quote}", "close the quote with {quote}"),
        "not-header": ("这一行应是块的开头: 关键词、编号和标题, 例如 目标 M-SALES \"季度销售额增长\"; 看到的是「{line}」",
                       "a block starts with a keyword, an id and a title, e.g. goal M-SALES \"Quarterly sales "
                       "growth\"; found '{line}'"),
        "start-block": ("以 计划 / 团队 / 目标 / 举措 开头, 字段缩进两格写在下面",
                        "start with plan / team / goal / initiative and indent its fields below it"),
        "prose": ("这一行不是块、字段或注释: 「{line}」", "this line is not a block, a field or a comment: '{line}'"),
        "comment-out": ("说明文字写成注释: 在行首加 # (或写进 备注)",
                        "make it a comment: start the line with # (or put it in a note)"),
        "keyword-prose": ("这一行以块关键词「{keyword}」开头, 但不是块的开头: 「{line}」",
                          "this line starts with the block keyword '{keyword}' but is not a block header: '{line}'"),
        "write-block": ("写成 {example}: 关键词, 空格, 编号, 再加带引号的标题",
                        "write {example}: the keyword, a blank, the id and the title in quotes"),
        "other-quotes": ("标题的引号要用 「」 或 \"\": {title}", "a title is quoted with \"\" or 「」: {title}"),
        "missing-colon": ("「{name}」后缺少冒号", "missing ':' after '{name}'"),
        "write": ("写成 {fixed}", "write {fixed}"),
        "not-field": ("无法读取这一行: 「{line}」; 字段要写成 名称: 值",
                      "cannot read this line: '{line}'; a field is written as name: value"),
        "write-field": ("写成 字段名: 值 (例如 负责人: 张伟), 或在行首加 # 作为注释",
                        "write name: value (e.g. owner: Li Na), or start the line with # to make it a comment"),
        "unreadable": ("无法读取这一行: 「{line}」", "cannot read this line: '{line}'"),
        "one-field": ("写成 字段名: 值, 一行一个字段", "write one field per line as name: value"),
        "bad-id": ("编号「{id}」只能包含文字、数字、- 和 _", "the id '{id}' may hold only letters, digits, - and _"),
        "id-punctuation": ("去掉编号中的标点", "remove the punctuation from the id"),
    }
