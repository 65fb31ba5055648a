"""Writes plan.tmLanguage.json, the VS Code grammar, from planlint's own keyword tables.

Block keywords and field names come from planlint's language pack (packs/language.toml, read by
planlint.language.keywords), each as listed and in Taiwan and Hong Kong characters (planlint
reads all of them), plus the other Traditional spellings planners use. After changing a word:

    python editors/vscode/syntaxes/make_grammar.py

tests/test_vscode.py fails while the committed grammar differs from what this writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from planlint.language.keywords import BLOCKS, FIELDS, block_of, field_of
from planlint.language.script import to_hant

OUT = Path(__file__).with_name("plan.tmLanguage.json")
BLANK = "[ \\t\u3000]"  # what planlint takes for a blank: space, tab, ideographic space
QUOTE_OPENERS = "\"「“『'‘"  # a title's first character (planlint.parser.layout: QUOTES and OTHER_QUOTES)
REFERENCES = ("parent", "supports")  # fields whose values are goal ids
# Traditional spellings that OpenCC does not produce from the Simplified tables
OTHER_SPELLINGS = ("計畫", "計畫週期", "複盤", "複盤節奏", "備注")


def written(aliases: tuple[str, ...]) -> list[str]:
    """Each alias as listed and in Traditional characters."""
    out = []
    for alias in aliases:
        for form in (alias, to_hant(alias, "zh-Hant"), to_hant(alias, "zh-Hant-HK")):
            if form not in out:
                out.append(form)
    return out


def alternation(words: list[str]) -> str:
    """English words in any case, then Chinese ones; longest first."""
    english = sorted({w for w in words if w.isascii()}, key=lambda w: (-len(w), w))
    chinese = sorted({w for w in words if not w.isascii()}, key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(english) + ")" + "".join("|" + w for w in chinese)


def keyword_alternation(words: list[str]) -> str:
    """A block keyword where a header starts: an English one before a blank, a quote, a comment
    or the line's end; a Chinese one also right before its id (目标G1, as planlint reads it:
    planlint.parser.layout.split_keyword). Quotes include those planlint reads as a title's and
    reports (『』, '', ‘’)."""
    english = sorted({w for w in words if w.isascii()}, key=lambda w: (-len(w), w))
    chinese = sorted({w for w in words if not w.isascii()}, key=lambda w: (-len(w), w))
    after = f"(?=[ \\t\u3000{QUOTE_OPENERS}#]|$)"
    return f"(?i:{'|'.join(english)}){after}|(?:{'|'.join(chinese)})(?=[ \\t\u3000{QUOTE_OPENERS}#A-Za-z0-9]|$)"


def names_of(fields: list[str]) -> list[str]:
    words = [w for f in fields for w in written(FIELDS[f][0])]
    return words + [w for w in OTHER_SPELLINGS if field_of(w) in fields]


def quoted(open_: str, close: str, scope: str) -> dict:
    return {"match": f"({open_})[^{close}]*({close})", "name": scope,
            "captures": {"1": {"name": "punctuation.definition.string.begin.plan"},
                         "2": {"name": "punctuation.definition.string.end.plan"}}}


def grammar() -> dict:
    """The grammar, as a JSON object."""
    blocks = [w for aliases in BLOCKS.values() for w in written(aliases)]
    blocks += [w for w in OTHER_SPELLINGS if block_of(w)]
    references = alternation(names_of(list(REFERENCES)))
    fields = alternation(names_of([f for f in FIELDS if f not in REFERENCES]))
    key_end = f"(?={BLANK}*[:：])"
    other_key = "[^\\s:：#\"「“][^:：#\"「“]*?"
    return {
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "plan",
        "scopeName": "source.plan",
        "patterns": [{"include": "#comment"}, {"include": "#header"}, {"include": "#reference-field"},
                     {"include": "#field"}],
        "repository": {
            "comment": {"match": "#.*$", "name": "comment.line.number-sign.plan"},
            "header": {
                "comment": "A block: keyword at column 0, an optional id, an optional quoted title. "
                           "A # inside the title is part of it. Written by make_grammar.py.",
                "begin": f"^(?:({keyword_alternation(blocks)})|([^\\s{QUOTE_OPENERS}#:：]+)(?=[ \\t\u3000{QUOTE_OPENERS}#]|$))",
                "beginCaptures": {"1": {"name": "keyword.control.block.plan"}},
                "end": "$",
                "patterns": [{"include": "#title"}, {"include": "#comment"},
                             {"match": f"[^\\s{QUOTE_OPENERS}#:：]+", "name": "entity.name.type.id.plan"}],
            },
            "title": {"patterns": [quoted('"', '"', "string.quoted.double.title.plan"),
                                   quoted("「", "」", "string.quoted.other.title.plan"),
                                   quoted("“", "”", "string.quoted.other.title.plan"),
                                   quoted("『", "』", "string.quoted.other.title.plan"),
                                   quoted("‘", "’", "string.quoted.other.title.plan"),
                                   quoted("'", "'", "string.quoted.single.title.plan")]},
            "reference-field": {
                "comment": "parent / 上级 / 上級 and supports / 支撑 / 支撐: their values are goal ids.",
                "begin": f"^({BLANK}+)({references}){key_end}({BLANK}*)([:：])",
                "beginCaptures": {"2": {"name": "keyword.other.field.plan"},
                                  "4": {"name": "punctuation.separator.key-value.plan"}},
                "end": "$",
                "patterns": [{"include": "#comment"},
                             {"match": "[,，、]", "name": "punctuation.separator.list.plan"},
                             {"match": "[^\\s,，、#\"「“]+", "name": "entity.name.type.id.reference.plan"}],
            },
            "field": {
                "comment": "key: value. Field names planlint reads (English, Simplified, Traditional) are "
                           "keywords; other keys are properties.",
                "begin": f"^({BLANK}+)(?:({fields}){key_end}|({other_key}){key_end})({BLANK}*)([:：])",
                "beginCaptures": {"2": {"name": "keyword.other.field.plan"},
                                  "3": {"name": "variable.other.property.plan"},
                                  "5": {"name": "punctuation.separator.key-value.plan"}},
                "end": "$",
                "patterns": [{"include": "#comment"}, {"include": "#string"}, {"include": "#date"},
                             {"include": "#quantity"}, {"include": "#operator"}],
            },
            "string": {"patterns": [{"match": "\"[^\"]*\"", "name": "string.quoted.double.plan"},
                                    {"match": "「[^」]*」", "name": "string.quoted.other.plan"},
                                    {"match": "“[^”]*”", "name": "string.quoted.other.plan"}]},
            "date": {
                "match": "(?<![0-9A-Za-z.])(?:(?:FY|财年|財年)\\d{4}|\\d{4}(?:[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?(?!\\d)"
                         "|年(?:\\d{1,2}月(?:\\d{1,2}日)?|[Qq][1-4]|第[一二三四1-4]季度|[上下]半年|底|末|中)?"
                         "|-?[QqHh][1-4])|[QqHh][1-4]-?\\d{4})",
                "name": "constant.numeric.date.plan",
            },
            "quantity": {
                "match": "[¥￥$]?\\d[\\d,]*(?:\\.\\d+)?(?:[ \\t]*(?:百万|千万|万|萬|亿|億|千|[kKMwW](?![A-Za-z])))?"
                         "(?:[ \\t]*(?:%|％|pp|个百分点|個百分點|万元|萬元|元|CNY|USD))?",
                "name": "constant.numeric.quantity.plan",
            },
            "operator": {"match": "->|→|\\.\\.|~|～|<=|>=|≤|≥|[<>]", "name": "keyword.operator.plan"},
        },
    }


def text() -> str:
    """The file's content."""
    return json.dumps(grammar(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    OUT.write_text(text(), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT}\n")
