"""Plans as spreadsheets: `planlint export` and `planlint import` (CSV or XLSX).

One row per block (plan, team, goal, initiative); columns are the kind, the id, the
title and every field the plan uses, headed in the plan's language, and a comments
column when the plan has `#` comments. Nested mappings (`split`, `assume`) go in one
cell as `2024-Q1: 2; 2024-Q2: 3`. Import reads Simplified, Traditional or English
headers, fills merged cells from their top-left cell, repeats a blank kind from the row
above, and treats a row with no kind and no id as more of the block above. A problem
in the sheet points to its cell (`plan.xlsx: Sheet1!D7: ...`).

Files from other people are read within limits (size, rows, columns, cells, merged
ranges), checked on the zip's own numbers before any XML is parsed, and the XML is
streamed: only cells that exist are visited and no grid is allocated. Cells that
start with a formula character are written as text, never as formulas (OWASP's
CSV-injection guidance) and read back as the same text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import posixpath
import re
import sys
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from xml.parsers import expat

from planlint.api.finding import as_message
from planlint.driver.files import InputError, real_path
from planlint.i18n.messages import render
from planlint.language.keywords import BLOCK_OF, BLOCKS, FIELD_OF, FIELDS, primary_names, suggest
from planlint.language.script import hant_words, has_cjk, is_hant, script_of, to_hant
from planlint.model import Node, Plan
from planlint.parser import parse
from planlint.parser.build import key_unit
from planlint.parser.layout import comment_start, split_lines
from planlint.records import record

# Every text a user sees from this module: id -> (Chinese, English), str.format placeholders, and
# Taiwan's text where a sheet's rows and columns are named: a row is 列 and a column 欄 in Taiwan
# (行 and 列 on the mainland); Hong Kong reads the Simplified text converted, as it always has. A
# line of a file (a plan's, a CSV's) is 行 everywhere.
MESSAGES: dict[str, tuple[str, ...]] = {
    # reading a file
    "wrong_suffix": ("{path}: 只能导入 .xlsx 或 .csv 文件 (.xls 请另存为 .xlsx)",
                     "{path}: import reads .xlsx or .csv files (save an .xls as .xlsx)"),
    "no_such_file": ("{path}: 文件不存在", "{path}: no such file"),
    "file_too_big": ("{path}: 文件有 {size}, 超过导入上限 {limit}; 一个计划表格不会这么大",
                     "{path}: the file is {size}, more than the import limit of {limit}; a plan sheet is never that big"),
    "not_utf8": ("{path}: 无法识别编码; 在 Excel 中另存为「CSV UTF-8 (逗号分隔)」",
                 "{path}: unknown text encoding; save it from Excel as 'CSV UTF-8 (Comma delimited)'"),
    "not_zip": ("{path}: 不是 .xlsx 工作簿 (可能是 .xls、加了密码或已损坏); 在 Excel 中另存为 .xlsx",
                "{path}: not an .xlsx workbook (an .xls, password-protected or damaged); save it from Excel as .xlsx"),
    "damaged": ("{path}: 工作簿已损坏 ({part}: {detail}); 在 Excel 中打开并另存一次",
                "{path}: the workbook is damaged ({part}: {detail}); open it in Excel and save it again"),
    "too_many_parts": ("{path}: 压缩包里有 {count} 个文件, 超过上限 {limit}",
                       "{path}: the zip holds {count} files, more than the limit of {limit}"),
    "part_too_big": ("{path}: {part} 解压后有 {size}, 超过上限 {limit}; 一个计划表格不会这么大",
                     "{path}: {part} unpacks to {size}, more than the limit of {limit}; a plan sheet is never that big"),
    "ratio": ("{path}: {part} 的压缩比是 {ratio}:1, 超过上限 {limit}:1 (像是压缩炸弹), 不读取",
              "{path}: {part} is compressed {ratio}:1, more than the limit of {limit}:1 (a zip bomb?); not read"),
    "dtd": ("{path}: {part} 含有 DTD/实体声明, 正常的工作簿没有; 不读取",
            "{path}: {part} declares a DTD or entities, which no real workbook does; not read"),
    "no_sheet": ("{path}: 工作簿里没有工作表", "{path}: the workbook has no worksheet"),
    "csv_error": ("{path}: 第 {line} 行无法读取: {detail}", "{path}: line {line} cannot be read: {detail}"),
    "too_many_rows": ("{where}: 第 {row} 行超出导入上限 {limit} 行; 删除或移走这一格的内容",
                      "{where}: row {row} is past the import limit of {limit} rows; delete or move what is in this cell",
                      "{where}: 第 {row} 列超出匯入上限 {limit} 列; 刪除或移走這一格的內容"),
    "too_many_columns": ("{where}: 第 {column} 列超出导入上限 {limit} 列 (最后一列是 {last}); 删除或移走这一格的内容",
                         "{where}: column {column} is past the import limit of {limit} columns (the last is {last}); "
                         "delete or move what is in this cell",
                         "{where}: 第 {column} 欄超出匯入上限 {limit} 欄 (最後一欄是 {last}); 刪除或移走這一格的內容"),
    "too_many_cells": ("{where}: 有内容的单元格超过导入上限 {limit} 个", "{where}: more than {limit} cells hold a value, the import limit"),
    "too_many_strings": ("{path}: 共享字符串超过上限 {limit} 个", "{path}: more than {limit} shared strings, the import limit"),
    "too_many_merges": ("{where}: 合并单元格超过上限 {limit} 处", "{where}: more than {limit} merged ranges, the import limit"),
    "merge_too_big": ("{where}: 合并单元格一共覆盖 {cells} 格有内容的区域, 超过上限 {limit} 格; 取消不需要的合并",
                      "{where}: merged ranges cover {cells} cells of the table, more than the limit of {limit}; "
                      "unmerge the ranges you do not need"),
    "cell_too_long": ("{where}: 这一格有 {length} 个字符, 超过上限 {limit} (Excel 每格最多 32,767 个)",
                      "{where}: this cell holds {length} characters, more than the limit of {limit} "
                      "(Excel keeps at most 32,767 per cell)"),
    # reading the table
    "empty": ("{where}: 工作表是空的", "{where}: the sheet is empty"),
    "no_kind": ("{where}: 没有「类型」列 (表头写 类型 或 kind; 值写 计划/团队/目标/举措)",
                "{where}: no kind column (head it kind or 类型; values plan / team / goal / initiative)",
                "{where}: 沒有「類型」欄 (表頭寫 類型 或 kind; 值寫 計畫/團隊/目標/舉措)"),
    "unknown_column": ("{where}: 不认识的列「{header}」: 按字段「{header}」导入, 但 planlint 不检查它 (表头写字段名, 如 负责人、预算)",
                       "{where}: unknown column '{header}': imported as the field '{header}', which planlint does not "
                       "check (head columns with field names such as owner, budget)",
                       "{where}: 不認識的欄「{header}」: 按欄位「{header}」匯入, 但 planlint 不檢查它 (表頭寫欄位名稱, 如 負責人、預算)"),
    "unknown_column_guess": ("{where}: 不认识的列「{header}」, 是不是「{guess}」? 先按字段「{header}」导入",
                             "{where}: unknown column '{header}'; did you mean '{guess}'? Imported as the field '{header}' for now",
                             "{where}: 不認識的欄「{header}」, 是不是「{guess}」? 先按欄位「{header}」匯入"),
    "no_header": ("{where}: 这一格有内容, 但它所在的列没有表头, 没有导入; 在第 {row} 行给这一列加上字段名",
                  "{where}: this cell holds a value but its column has no header, so it is not imported; "
                  "put a field name above it in row {row}",
                  "{where}: 這一格有內容, 但它所在的欄沒有表頭, 沒有匯入; 在第 {row} 列給這一欄加上欄位名稱"),
    "bad_kind": ("{where}: 「{value}」不是 计划 / 团队 / 目标 / 举措, 这一行没有导入",
                 "{where}: '{value}' is not plan / team / goal / initiative; the row is not imported",
                 "{where}: 「{value}」不是 計畫 / 團隊 / 目標 / 舉措, 這一列沒有匯入"),
    "formula_no_value": ("{where}: 公式 ={formula} 没有保存计算结果, 没有导入; 在 Excel 中打开并保存一次, 或直接填入值",
                         "{where}: the formula ={formula} has no saved result, so it is not imported; "
                         "open and save the file in Excel, or type the value"),
    "error_value": ("{where}: 这一格显示错误 {value}, 没有导入; 修正公式或直接填入值",
                    "{where}: the cell shows the error {value}, so it is not imported; fix the formula or type the value"),
    "bad_date": ("{where}: 日期格式的数值 {value} 不是有效日期, 没有导入; 填入日期, 如 2024-12-31",
                 "{where}: the date-formatted number {value} is not a valid date, so it is not imported; "
                 "type a date such as 2024-12-31"),
    "problem": ("{where}: {message}", "{where}: {message}"),
    "problem_fix": ("{where}: {message} ({fix})", "{where}: {message} ({fix})"),
    "total_row": ("{where}: 第 {row} 行是合计行, 没有导入 (planlint 自己会加总预算)",
                  "{where}: row {row} is a total row and is not imported (planlint adds the budgets up itself)",
                  "{where}: 第 {row} 列是合計列, 沒有匯入 (planlint 自己會加總預算)"),
    "other_sheets": ("{path}: 只导入了第一个工作表「{sheet}」; 其他工作表 ({others}) 也有内容, 没有导入",
                     "{path}: only the first sheet '{sheet}' is imported; the other sheets with content ({others}) are not"),
    # export
    "control_char": ("{path}:{line}: 含有看不见的控制字符 {code} (常见于损坏的文件); 表格中写作 {escaped}, 导入时还原",
                     "{path}:{line}: holds the invisible control character {code} (often a damaged file); "
                     "the sheet has it as {escaped} and import restores it"),
    "control_char_csv": ("{path}:{line}: 含有看不见的控制字符 {code} (常见于损坏的文件); 原样写入 CSV",
                         "{path}:{line}: holds the invisible control character {code} (often a damaged file); "
                         "written to the CSV as it is"),
    "too_long_for_excel": ("{path}:{line}: 这个值有 {length} 个字符, Excel 每格最多显示 32,767 个, 会被截断",
                           "{path}:{line}: this value has {length} characters; Excel keeps at most 32,767 per cell and "
                           "cuts the rest"),
    "not_carried": ("{path}:{line}: 这一行无法放进表格, 导出的表格里没有它: {text}",
                    "{path}:{line}: this line does not fit in the sheet and is not in it: {text}"),
    "duplicate_not_carried": ("{path}:{line}: 「{key}」重复, 表格里只有后一个 (与检查时一致): {text}",
                              "{path}:{line}: '{key}' is given twice; the sheet has the last one (as check reads it): {text}"),
    "more_not_carried": ("{path}: 另有 {count} 行没有放进表格", "{path}: {count} more lines are not in the sheet"),
    # output
    "same_as_input": ("{path}: 这就是输入文件本身; 写到另一个文件", "{path}: that is the input itself; write to another file"),
    "exists": ("{path}: 文件已存在; 加 --force 覆盖", "{path}: already exists; add --force to replace it"),
    "no_folder": ("{path}: 文件夹 {folder} 不存在; 先创建它, 或写到别处",
                  "{path}: the folder {folder} does not exist; create it first or write somewhere else"),
    "binary_to_terminal": ("-o -: .xlsx 是二进制文件, 不能输出到终端; 重定向到文件 (> plan.xlsx), 或用 --format csv",
                           "-o -: an .xlsx is binary and cannot go to a terminal; redirect it (> plan.xlsx) "
                           "or use --format csv"),
}


def message(lang: str, key: str, /, **values: object) -> str:
    """One message of this module in the user's language (zh, zh-Hant or en), always one line.
    Traditional messages are the Simplified ones converted (or Taiwan's own text, for rows and
    columns); what the file holds is quoted as written."""
    zh, en, *taiwan = MESSAGES[key]
    if lang.startswith("zh") and is_hant(lang):
        zh = hant_words(taiwan[0], lang) if taiwan and lang == "zh-Hant" else to_hant(zh, lang, prose=True)
    shown = {k: _shown(v, QUOTED_LIMIT if k in QUOTED else 0) if isinstance(v, str) else v for k, v in values.items()}
    return (zh if lang.startswith("zh") else en).format(**shown)


QUOTED = frozenset({"header", "value", "formula", "text", "guess", "others", "sheet"})  # text from the file
QUOTED_LIMIT = 80
UNSHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _shown(text: str, limit: int = 0) -> str:
    """Text as a message quotes it: one line, no terminal control characters, cut when long."""
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    if UNSHOWN.search(text) is None:
        return text
    return UNSHOWN.sub(lambda m: "⏎" if m[0] in "\r\n" else " " if m[0] == "\t" else f"\\x{ord(m[0]):02x}"
                       if ord(m[0]) < 256 else f"\\u{ord(m[0]):04x}", text)


# ------------------------------------------------------------------------- limits
MAX_FILE_BYTES = 32 * 1024 * 1024  # the file as given (csv or xlsx)
MAX_PARTS = 10_000  # files inside the zip
MAX_UNPACKED = 64 * 1024 * 1024  # all XML parts that are read, uncompressed, together
MAX_RATIO = 100  # uncompressed : compressed, for parts over RATIO_FROM bytes
RATIO_FROM = 1024 * 1024
MAX_ROWS = 20_000  # a 10,000-goal plan has about 15,000 blocks
MAX_COLUMNS = 256  # IV, the old Excel limit; a plan has about 40 fields
MAX_CELLS = 400_000  # cells that hold a value (20,000 rows of 20 fields)
MAX_STRINGS = 1_000_000  # shared strings
MAX_MERGES = 10_000  # merged ranges
MAX_MERGE_FILL = 400_000  # cells filled from merged ranges, after clipping to the table
MAX_CELL_CHARS = 32_767  # Excel's own limit per cell
EXCEL_CELL_CHARS = 32_767

# OWASP CSV injection: text starting with these becomes a formula in a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
OOXML_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")

META = {
    "kind": ("kind", "类型", "type", "块", "block"),
    "id": ("id", "编号", "code", "序号"),
    "title": ("title", "标题", "名称", "name"),
    "comments": ("comments", "注释", "comment", "批注", "#"),
}
META_OF = {alias: meta for meta, names in META.items() for alias in names}
KIND_NAMES = frozenset(("类型", "kind"))
TOTALS = frozenset(("合计", "总计", "小计", "共计", "总额", "total", "totals", "subtotal", "sum", "grand total"))
HEADER_SEARCH = 10  # rows above the header (a sheet title, a date) are looked through
NESTED = ("split", "assume")
LISTS = frozenset(name for name, (_, _, vtype) in FIELDS.items() if vtype == "list")
HEADER_ANCHOR = "header"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # not installed or broken: Simplified and English headers still work
        return lambda text: text


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """A header or keyword as looked up: Traditional folded to Simplified, case and width ignored."""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return _t2s()(text) if has_cjk(text) else text


# ========================================================================= export
@record
class _Comments:
    """The comments of one block, by the line they sit on or come before."""

    before: dict[str, list[str]] = field(default_factory=dict)  # anchor -> own-line comments before it
    eol: dict[str, str] = field(default_factory=dict)  # anchor -> end-of-line comment
    trailing: list[str] = field(default_factory=list)  # own-line comments at the block's end
    entries: dict[int, tuple[list[str], str]] = field(default_factory=dict)  # nested entry line -> (before, eol)

    def __bool__(self) -> bool:
        return bool(self.before or self.eol or self.trailing)


@record
class Exported:
    data: bytes
    notes: list[str]  # one line each, for stderr
    lost: bool  # some line of the plan is not in the sheet


def _split_comment(line: str) -> tuple[str, str]:
    cut = comment_start(line) if "#" in line else -1
    return (line, "") if cut < 0 else (line[:cut], line[cut:].rstrip())


def _read_comments(plan: Plan, source: str) -> tuple[list[_Comments], dict[int, tuple[int, str, str]], list[int]]:
    """Each block's comments, the `key: value` lines the model does not hold (unknown or
    misplaced fields: line -> (block, key, value)), and the lines nothing holds."""
    blocks = plan.index.blocks
    anchors: dict[int, tuple[int, str]] = {}
    entry_of: dict[int, int] = {}
    for i, node in enumerate(blocks):
        anchors[node.header_span.line] = (i, HEADER_ANCHOR)
        for name, ref in node.fields.items():
            anchors[ref.key_span.line] = (i, "owner" if name == "head" else name)
        for name in NESTED:
            for entry in getattr(node, name, None) or []:
                entry_of[entry.key_span.line] = i
    out = [_Comments() for _ in blocks]
    spans = [(n.span.line, n.span.end_line, i) for i, n in enumerate(blocks)]
    extra: dict[int, tuple[int, str, str]] = {}
    unheld: list[int] = []
    pending: list[str] = []
    last_block = -1
    lines = split_lines(source)
    for number, line in enumerate(lines, start=1):
        body, comment = _split_comment(line)
        if not body.strip():
            if comment:
                pending.append(line.rstrip())
            continue
        if number in entry_of:
            i = entry_of[number]
            out[i].entries[number] = ([c.strip() for c in pending], comment)
            pending = []
            last_block = i
            continue
        if number in anchors:
            i, key = anchors[number]
            if key == HEADER_ANCHOR and last_block >= 0 and pending:
                # indented comments at the end of the block above stay there
                k = 0
                while k < len(pending) and pending[k][:1].isspace():
                    k += 1
                out[last_block].trailing.extend(pending[:k])
                pending = pending[k:]
            if pending:
                out[i].before.setdefault(key, []).extend(c.strip() for c in pending)
                pending = []
            if comment:
                out[i].eol[key] = comment
            last_block = i
            continue
        # a content line the model does not hold: an unknown or misplaced field, or a broken line
        holder = next((i for start, end, i in spans if start <= number <= end), None)
        m = FIELD_LINE.match(body)
        if holder is not None and m:
            key = m[1].strip()
            extra[number] = (holder, key, m[2].strip())
            if pending:
                out[holder].before.setdefault("?" + key, []).extend(c.strip() for c in pending)
                pending = []
            if comment:
                out[holder].eol["?" + key] = comment
        else:
            unheld.append(number)
        if holder is not None:
            last_block = holder
    if pending and last_block >= 0:
        out[last_block].trailing.extend(pending)
    elif pending:  # a file with comments and no block
        unheld.extend(n for n, line in enumerate(lines, start=1) if line.strip().startswith("#"))
    return out, extra, unheld


FIELD_LINE = re.compile(r"[ \t\u3000]+([^:：#\s][^:：#]*?)[ \t\u3000]*[:：](.*)$")


def _canonical(key: str) -> str | None:
    name = FIELD_OF.get(key.lower())
    if name is None and (m := key_unit(key)):
        name = FIELD_OF.get(m[0].strip().lower())
    return "owner" if name == "head" else name


def table(plan: Plan, lang: str, source: str = "", path: str = "") -> tuple[list[list[str]], list[str], bool]:
    """The plan as rows (a header, then one row per block), notes on what the sheet cannot hold,
    and whether some line of the plan is not in it."""
    pick = 1 if lang == "zh" else 0
    blocks = plan.index.blocks
    comments, extra, unheld = _read_comments(plan, source) if source else ([_Comments() for _ in blocks], {}, [])
    src_lines = split_lines(source) if source else []
    notes: list[str] = []
    # fields the plan uses; a team's head is its owner (负责人 in both languages)
    used_set = {("owner" if name == "head" else name) for n in blocks for name in n.fields}
    carried: dict[tuple[int, str], str] = {}  # (block, column) -> value of a line the model does not hold
    extra_keys: list[str] = []
    duplicates = 0
    for number, (i, key, value) in sorted(extra.items()):
        name = _canonical(key)
        node = blocks[i]
        taken = name is not None and (name in node.fields or (name == "owner" and "head" in node.fields))
        if name is None:  # an unknown field: a column of its own, so import gives it back
            if key not in extra_keys:
                extra_keys.append(key)
            carried[(i, "?" + key)] = value
        elif not taken and name not in NESTED and (i, name) not in carried:  # a misplaced field: in its column
            used_set.add(name)
            carried[(i, name)] = value
            _rename_anchor(comments[i], "?" + key, name)
        else:
            duplicates += 1
            notes.append(message(lang, "duplicate_not_carried", path=path, line=number, key=key,
                                 text=src_lines[number - 1].strip()[:80]))
    used = [name for name in FIELDS if name in used_set and name != "head"]
    with_comments = any(comments)
    names = {name: primary_names(name)[pick] for name in used} | {"?" + k: k for k in extra_keys}
    header = [META["kind"][pick], META["id"][pick], META["title"][pick], *(names[n] for n in used), *extra_keys]
    if with_comments:
        header.append(META["comments"][pick])
    rows = [header]
    for i, node in enumerate(blocks):
        keyword = BLOCKS[node.kind][pick]
        title = node.title or ""
        if node.kind == "team" and node.id == node.title:
            title = ""
        row = [keyword, node.id or "", title]
        for name in used:
            ref = node.fields.get(name) or (node.fields.get("head") if name == "owner" else None)
            if ref is None:
                row.append(carried.get((i, name), ""))
            elif name in NESTED:
                row.append(_nested_text(node, name, comments[i]))
            else:
                row.append(ref.raw_value)
        row += [carried.get((i, "?" + key), "") for key in extra_keys]
        if with_comments:
            row.append(_comment_cell(keyword, comments[i], [*used, *("?" + k for k in extra_keys)], names))
        rows.append(row)
    for number in unheld[:20]:
        notes.append(message(lang, "not_carried", path=path, line=number, text=src_lines[number - 1].strip()[:80]))
    if len(unheld) > 20:
        notes.append(message(lang, "more_not_carried", path=path, count=len(unheld) - 20))
    return rows, notes, bool(unheld) or duplicates > 0


def _rename_anchor(c: _Comments, old: str, new: str) -> None:
    if old in c.before:
        c.before.setdefault(new, []).extend(c.before.pop(old))
    if old in c.eol:
        c.eol[new] = c.eol.pop(old)


def _nested_text(node: Node, name: str, comments: _Comments) -> str:
    entries = getattr(node, name, None) or []
    noted = [comments.entries.get(e.key_span.line) for e in entries]
    if not any(n and (n[0] or n[1]) for n in noted):
        return "; ".join(f"{e.key}: {e.value}".rstrip() for e in entries)
    lines = []
    for e, n in zip(entries, noted, strict=True):
        before, eol = n or ([], "")
        lines.extend(before)
        lines.append(f"{e.key}: {e.value}".rstrip() + (f"  {eol}" if eol else ""))
    return "\n".join(lines)


def _comment_cell(keyword: str, c: _Comments, order: list[str], names: dict[str, str]) -> str:
    """The comments column: `# ...` lines come before the next named line; `name # ...` ends that line."""
    out: list[str] = []
    before = c.before.get(HEADER_ANCHOR, [])
    out.extend(before)
    if before or HEADER_ANCHOR in c.eol:
        out.append(f"{keyword} {c.eol.get(HEADER_ANCHOR, '')}".rstrip())
    for name in order:
        before = c.before.get(name, [])
        out.extend("  " + b for b in before)
        if before or name in c.eol:
            out.append(f"{names[name]} {c.eol.get(name, '')}".rstrip())
    out.extend("  " + t.strip() for t in c.trailing)  # indented: they close the block
    return "\n".join(out)


def _has_formula_start(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_START)


def _ooxml(text: str) -> str:
    """Text as an OOXML string holds it: control characters as _xHHHH_, a literal _xHHHH_ escaped."""
    if "_x" in text:
        text = OOXML_ESCAPE.sub(lambda m: "_x005F" + m[0], text)
    return CONTROL.sub(lambda m: f"_x{ord(m[0]):04X}_", text)


def _from_ooxml(text: str) -> str:
    if "_x" not in text:
        return text
    return OOXML_ESCAPE.sub(lambda m: chr(int(m[0][2:6], 16)), text)


def export(plan: Plan, fmt: str, lang: str, source: str = "", path: str = "", bom: bool = True,
           locale: str | None = None) -> Exported:
    """The plan as an .xlsx or .csv file (bytes), with notes about what needed care. With a
    Traditional ``locale`` the headers and block keywords are in Traditional characters."""
    rows, notes, lost = table(plan, lang, source, path)
    if locale and is_hant(locale) and rows:
        rows[0] = [to_hant(h, locale) for h in rows[0]]
        for row in rows[1:]:
            row[0] = to_hant(row[0], locale)
    for number, line in enumerate(split_lines(source) if source else [], start=1):
        if (m := CONTROL.search(line)) is not None:
            code = f"U+{ord(m[0]):04X}"
            key = "control_char" if fmt == "xlsx" else "control_char_csv"
            notes.append(message(lang, key, path=path, line=number, code=code, escaped=f"_x{ord(m[0]):04X}_"))
        if fmt == "xlsx" and len(line) > EXCEL_CELL_CHARS:
            notes.append(message(lang, "too_long_for_excel", path=path, line=number, length=len(line)))
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerows([["'" + v if _has_formula_start(v) else v for v in row] for row in rows])
        # the BOM makes Excel read Chinese correctly; not on stdout, where other programs read it
        return Exported(buf.getvalue().encode("utf-8-sig" if bom else "utf-8"), notes, lost)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "计划" if lang == "zh" else "Plan"
    wrap = Alignment(wrap_text=True, vertical="top")
    widths = [0] * len(rows[0])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if not value:
                continue
            text = "'" + value if value.startswith("'") and _has_formula_start(value) else value
            cell = ws.cell(row=r, column=c)
            cell.value = _ooxml(text)
            cell.data_type = "s"  # a string, never a formula, whatever it starts with
            cell.number_format = "@"  # edits stay text too
            if _has_formula_start(value):
                cell.quotePrefix = True  # Excel's own mark for "typed as text"
            if "\n" in value:
                cell.alignment = wrap
            longest = max(sum(2 if ord(ch) > 0x2E80 else 1 for ch in part) for part in value.split("\n"))
            widths[c - 1] = max(widths[c - 1], longest)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[_letters(c)].width = min(max(width + 2, 6), 60)
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return Exported(out.getvalue(), notes, lost)


# ========================================================================= import
@record
class Cell:
    sheet: str
    row: int  # 1-based
    col: int  # 1-based
    path: str = ""

    def __str__(self) -> str:
        where = f"{self.sheet}!{_letters(self.col)}{self.row}" if self.sheet else f"{_letters(self.col)}{self.row}"
        return f"{self.path}: {where}" if self.path else where


@record
class Grid:
    """What a sheet holds: only the cells with a value, by row and column."""

    sheet: str
    cells: dict[int, dict[int, str]] = field(default_factory=dict)
    filled: set[tuple[int, int]] = field(default_factory=set)  # cells that hold a merged range's value
    problems: list[tuple[str, dict]] = field(default_factory=list)  # rendered once the language is known
    notes: list[tuple[str, dict]] = field(default_factory=list)


class _Reader:
    """Reads one file within the limits; every refusal is an InputError in the user's language."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)
        self.lang = _lang_hint(path)
        self.count = 0
        self.sheet = ""  # a CSV has no sheet: its cells are F1, D7

    def fail(self, key: str, **values: object) -> InputError:
        values.setdefault("path", self.name)
        return InputError(message(self.lang, key, **values))

    def where(self, row: int, col: int) -> str:
        return str(Cell(self.sheet, row, col, self.name))

    def see_header(self, texts: Iterator[str] | list[str]) -> None:
        texts = list(texts)
        if any(has_cjk(t) for t in texts):
            self.lang = "zh"
        elif any(t.strip() for t in texts):
            self.lang = "en"

    def put(self, grid: Grid, row: int, col: int, text: str) -> None:
        if row > MAX_ROWS:
            raise self.fail("too_many_rows", where=self.where(row, col), row=f"{row:,}", limit=f"{MAX_ROWS:,}")
        if col > MAX_COLUMNS:
            raise self.fail("too_many_columns", where=self.where(row, col), column=f"{col:,} ({_letters(col)})",
                            limit=MAX_COLUMNS, last=_letters(MAX_COLUMNS))
        if len(text) > MAX_CELL_CHARS:
            raise self.fail("cell_too_long", where=self.where(row, col), length=f"{len(text):,}",
                            limit=f"{MAX_CELL_CHARS:,}")
        self.count += 1
        if self.count > MAX_CELLS:
            raise self.fail("too_many_cells", where=self.where(row, col), limit=f"{MAX_CELLS:,}")
        cells = grid.cells.get(row)
        if cells is None:
            if not grid.cells:
                self.see_header([text])
            cells = grid.cells[row] = {}
        elif len(grid.cells) == 1:
            self.see_header([*cells.values(), text])
        cells[col] = text


def _lang_hint(path: Path) -> str:
    if has_cjk(path.name):
        return "zh"
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "zh" if env.lower().startswith("zh") else "en"


# ------------------------------------------------------------------------ CSV
def _read_csv(reader: _Reader) -> Grid:
    path = reader.path
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise reader.fail("file_too_big", size=_size(size), limit=_size(MAX_FILE_BYTES))
    raw = path.read_bytes()
    text = None
    for encoding in ("utf-8-sig", "utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None or "\x00" in text:
        raise reader.fail("not_utf8")
    first = text.split("\n", 1)[0]
    delimiter = next((d for d in (",", ";", "\t") if d in first), ",")
    grid = Grid(reader.sheet)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    r = 0
    try:
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                value = value.strip()
                if value:
                    reader.put(grid, r, c, _unprefixed(value))
    except csv.Error as exc:
        raise reader.fail("csv_error", line=rows.line_num or r, detail=exc) from None
    return grid


def _unprefixed(text: str) -> str:
    """Undo the export's OWASP escape: `'=1` is the text `=1`."""
    if text.startswith("'") and text[1:].lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


# ----------------------------------------------------------------------- XLSX
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    12: "# ?/?", 13: "# ??/??", 14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy-mm-dd h:mm", 37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
    46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    # the ids Chinese Excel writes without spelling them out (ECMA-376 18.8.30, zh-CN)
    27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
    32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: 'h"时"mm"分"', 35: 'h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
    50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
    55: 'h"时"mm"分"', 56: 'h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
}


class _Workbook:
    """The parts of an .xlsx that import needs, read with expat, one bounded stream at a time."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        path = reader.path
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise reader.fail("file_too_big", size=_size(size), limit=_size(MAX_FILE_BYTES))
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except Exception:  # not a zip, a truncated one, a central directory that lies
            raise reader.fail("not_zip") from None
        if len(infos) > MAX_PARTS:
            raise reader.fail("too_many_parts", count=f"{len(infos):,}", limit=f"{MAX_PARTS:,}")
        self.infos = {i.filename: i for i in infos}
        self.lower = {i.filename.lower(): i.filename for i in infos}
        self.unpacked = 0

    def close(self) -> None:
        self.zip.close()

    def _info(self, name: str) -> zipfile.ZipInfo | None:
        real = name if name in self.infos else self.lower.get(name.lower())
        return self.infos.get(real) if real else None

    def check(self, names: list[str]) -> None:
        """Sizes and compression ratios of the parts to be read, from the zip's own numbers."""
        total = 0
        for name in names:
            info = self._info(name)
            if info is None:
                continue
            total += info.file_size
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # Excel and LibreOffice only deflate; bzip2 and lzma would unpack a whole chunk at once
                raise self.reader.fail("damaged", part=name, detail=f"compression {info.compress_type}")
            if info.file_size > MAX_UNPACKED:
                raise self.reader.fail("part_too_big", part=name, size=_size(info.file_size), limit=_size(MAX_UNPACKED))
            if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise self.reader.fail("ratio", part=name, ratio=info.file_size // max(info.compress_size, 1),
                                       limit=MAX_RATIO)
        if total > MAX_UNPACKED:
            raise self.reader.fail("part_too_big", part=", ".join(n for n in names if self._info(n)),
                                   size=_size(total), limit=_size(MAX_UNPACKED))

    def parse(self, name: str, start: Callable[[str, dict], None], end: Callable[[str], None] | None = None,
              text: Callable[[str], None] | None = None) -> bool:
        """Stream one part through expat; False when the part is not there."""
        info = self._info(name)
        if info is None:
            return False
        self.check([name])
        self.unpacked += info.file_size
        if self.unpacked > MAX_UNPACKED:
            raise self.reader.fail("part_too_big", part=name, size=_size(self.unpacked), limit=_size(MAX_UNPACKED))
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

        def refuse(*_args: object) -> None:
            raise self.reader.fail("dtd", part=name)

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        locals_: dict[str, str] = {}

        def local(tag: str) -> str:
            short = locals_.get(tag)
            if short is None:
                short = locals_[tag] = tag[tag.rfind("}") + 1:]
            return short

        parser.StartElementHandler = lambda tag, attrs: start(local(tag), attrs)
        if end is not None:
            parser.EndElementHandler = lambda tag: end(local(tag))
        if text is not None:
            parser.CharacterDataHandler = text
        try:
            fh = self.zip.open(info)
        except Exception as exc:  # a local header that does not match, an encrypted part
            raise self.reader.fail("damaged", part=name, detail=type(exc).__name__) from None
        with fh:
            while True:
                try:
                    chunk = fh.read(1 << 16)
                except Exception as exc:  # zlib, CRC, truncation: whatever the zip gets wrong, it is damaged
                    raise self.reader.fail("damaged", part=name, detail=type(exc).__name__) from None
                try:
                    parser.Parse(chunk, not chunk)
                except expat.ExpatError as exc:
                    raise self.reader.fail("damaged", part=name, detail=expat.ErrorString(exc.code)) from None
                if not chunk:
                    break
        return True

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target path inside the zip) of one part."""
        folder, base = posixpath.split(part)
        out: dict[str, tuple[str, str]] = {}

        def start(tag: str, attrs: dict) -> None:
            if tag == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                out[attrs.get("Id", "")] = (attrs.get("Type", "").rsplit("/", 1)[-1], full)

        self.parse(posixpath.join(folder, "_rels", base + ".rels"), start)
        return out


def _attr(attrs: dict, name: str) -> str | None:
    """An attribute by its local name (r:id is spelt with its namespace by expat)."""
    if name in attrs:
        return attrs[name]
    return next((v for k, v in attrs.items() if k.endswith("}" + name)), None)


def _read_xlsx(reader: _Reader) -> Grid:
    book = _Workbook(reader)
    try:
        return _read_book(reader, book)
    finally:
        book.close()


def _read_book(reader: _Reader, book: _Workbook) -> Grid:
    main = next((target for kind, target in book.rels("").values() if kind == "officeDocument"), "xl/workbook.xml")
    rels = book.rels(main)
    sheets: list[tuple[str, str]] = []
    date1904 = False

    def wb_start(tag: str, attrs: dict) -> None:
        nonlocal date1904
        if tag == "sheet":
            rel = rels.get(_attr(attrs, "id") or "")
            if rel and rel[0] == "worksheet":
                sheets.append((attrs.get("name", "Sheet1"), rel[1]))
        elif tag == "workbookPr":
            date1904 = attrs.get("date1904", "0").lower() in ("1", "true")

    if not book.parse(main, wb_start):
        raise reader.fail("not_zip")
    if not sheets:
        raise reader.fail("no_sheet")
    name, sheet_part = sheets[0]
    reader.sheet = name
    if has_cjk(name):
        reader.lang = "zh"
    strings_part = next((t for k, t in rels.values() if k == "sharedStrings"), None)
    styles_part = next((t for k, t in rels.values() if k == "styles"), None)
    book.check([p for p in (main, sheet_part, strings_part, styles_part) if p])
    strings = _shared_strings(book, strings_part) if strings_part else []
    formats = _number_formats(book, styles_part) if styles_part else []
    grid = _sheet(reader, book, sheet_part, strings, formats, date1904)
    others = [n for n, part in sheets[1:] if _has_values(book, part)]
    if others:
        grid.notes.append(("other_sheets", {"sheet": name, "others": "、".join(others) if reader.lang == "zh"
                                            else ", ".join(others)}))
    return grid


def _shared_strings(book: _Workbook, part: str) -> list[str]:
    strings: list[str] = []
    buf: list[str] = []
    state = {"t": False, "skip": 0}

    def start(tag: str, attrs: dict) -> None:
        if tag == "si":
            buf.clear()
        elif tag == "t" and not state["skip"]:
            state["t"] = True
        elif tag in ("rPh", "phoneticPr"):  # phonetic guides are not the text
            state["skip"] += 1

    def end(tag: str) -> None:
        if tag == "si":
            strings.append(_from_ooxml("".join(buf)))
            if len(strings) > MAX_STRINGS:
                raise book.reader.fail("too_many_strings", limit=f"{MAX_STRINGS:,}")
        elif tag == "t":
            state["t"] = False
        elif tag in ("rPh", "phoneticPr"):
            state["skip"] -= 1

    def text(data: str) -> None:
        if state["t"]:
            buf.append(data)

    book.parse(part, start, end, text)
    return strings


def _number_formats(book: _Workbook, part: str) -> list[str]:
    """The number format of each cell style (index = the cell's s attribute)."""
    custom: dict[int, str] = {}
    xfs: list[str] = []
    state = {"cellXfs": False}

    def start(tag: str, attrs: dict) -> None:
        if tag == "numFmt":
            try:
                custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "General")
            except ValueError:
                pass
        elif tag == "cellXfs":
            state["cellXfs"] = True
        elif tag == "xf" and state["cellXfs"]:
            try:
                fid = int(attrs.get("numFmtId", "0"))
            except ValueError:
                fid = 0
            xfs.append(fid)  # type: ignore[arg-type]

    def end(tag: str) -> None:
        if tag == "cellXfs":
            state["cellXfs"] = False

    book.parse(part, start, end)
    return [custom.get(fid, BUILTIN_FORMATS.get(fid, "General")) for fid in xfs]  # type: ignore[call-overload]


REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")


def _ref(text: str) -> tuple[int, int] | None:
    m = REF.fullmatch(text.strip())
    if m is None:
        return None
    col = 0
    for ch in m[1].upper():
        col = col * 26 + ord(ch) - 64
    return int(m[2]), col


def _sheet(reader: _Reader, book: _Workbook, part: str, strings: list[str], formats: list[str],
           date1904: bool) -> Grid:
    grid = Grid(reader.sheet)
    merges: list[str] = []
    cur: dict = {"row": 0, "col": 0, "t": "n", "s": 0, "v": None, "f": None, "is": None, "mode": None, "skip": 0}
    buf: list[str] = []

    def start(tag: str, attrs: dict) -> None:
        if tag == "c":
            ref = attrs.get("r")
            if ref:
                pos = _ref(ref)
                if pos is None:
                    raise reader.fail("damaged", part=part, detail=f"r={ref[:20]}")
                cur["row"], cur["col"] = pos
            else:
                cur["col"] += 1
            cur["t"] = attrs.get("t", "n")
            try:
                cur["s"] = int(attrs.get("s", "0"))
            except ValueError:
                cur["s"] = 0
            cur["v"] = cur["f"] = cur["is"] = None
        elif tag in ("v", "f") or (tag == "t" and cur["is"] is not None and not cur["skip"]):
            cur["mode"] = tag
            buf.clear()
        elif tag == "is":
            cur["is"] = []
        elif tag == "rPh":
            cur["skip"] += 1
        elif tag == "row":
            r = attrs.get("r")
            try:
                cur["row"] = int(r) if r else cur["row"] + 1
            except ValueError:
                raise reader.fail("damaged", part=part, detail=f"row r={r[:20]}") from None
            cur["col"] = 0
        elif tag == "mergeCell":
            merges.append(attrs.get("ref", ""))
            if len(merges) > MAX_MERGES:
                raise reader.fail("too_many_merges", where=f"{reader.name}: {reader.sheet}", limit=f"{MAX_MERGES:,}")

    def end(tag: str) -> None:
        mode = cur["mode"]
        if tag == mode:
            value = "".join(buf)
            if mode == "t":
                cur["is"].append(value)
            else:
                cur[mode] = value
            cur["mode"] = None
        elif tag == "rPh":
            cur["skip"] -= 1
        elif tag == "c":
            text = _cell_value(reader, grid, cur, strings, formats, date1904)
            if text:
                reader.put(grid, cur["row"], cur["col"], text)

    def chars(data: str) -> None:
        if cur["mode"] is not None:
            buf.append(data)

    book.parse(part, start, end, chars)
    _fill_merges(reader, grid, merges)
    return grid


def _cell_value(reader: _Reader, grid: Grid, cur: dict, strings: list[str], formats: list[str],
                date1904: bool) -> str:
    kind, v, formula = cur["t"], cur["v"], cur["f"]
    where = reader.where(cur["row"], cur["col"])
    if kind == "inlineStr" or cur["is"] is not None:
        return _unprefixed(_from_ooxml("".join(cur["is"] or [])).strip())
    if not v and kind != "str":  # (a formula's empty text result is t="str" with an empty v)
        if formula:
            grid.problems.append(("formula_no_value", {"where": where, "formula": formula.strip()[:60]}))
        return ""
    if kind == "s":
        index = int(v) if v.strip().isascii() and v.strip().isdigit() else -1
        if not 0 <= index < len(strings):
            ref = f"{_letters(cur['col'])}{cur['row']}"
            raise reader.fail("damaged", part=reader.sheet, detail=f"{ref}: shared string {v[:20]}")
        return _unprefixed(strings[index].strip())
    if kind == "str":
        return _unprefixed(_from_ooxml(v or "").strip())
    if kind == "b":
        return "TRUE" if v.strip() in ("1", "true") else "FALSE"
    if kind == "e":
        grid.problems.append(("error_value", {"where": where, "value": v.strip()}))
        return ""
    fmt = formats[cur["s"]] if 0 <= cur["s"] < len(formats) else "General"
    if kind == "d":
        try:
            when = dt.datetime.fromisoformat(v.strip().rstrip("Z"))
        except ValueError:
            return v.strip()
        return _date_text(when, _number_format(fmt)[0] if _number_format(fmt)[0] != "number" else "day")
    try:
        number = float(v)
    except ValueError:
        return v.strip()
    if not math.isfinite(number):
        return v.strip()
    try:
        return format_number(number, fmt, date1904)
    except (ValueError, OverflowError):
        grid.problems.append(("bad_date", {"where": where, "value": v.strip()}))
        return ""


def _fill_merges(reader: _Reader, grid: Grid, merges: list[str]) -> None:
    """A merged range's value sits in its top-left cell: copy it into the range's empty cells,
    clipped to the rows and columns that hold values (a range to XFD1048576 costs nothing)."""
    if not merges or not grid.cells:
        return
    last_row = max(grid.cells)
    last_col = max(max(cols) for cols in grid.cells.values())
    spans = []
    total = 0
    for ref in merges:
        first, _, second = ref.partition(":")
        a, b = _ref(first), _ref(second or first)
        if a is None or b is None:
            raise reader.fail("damaged", part=reader.sheet, detail=f"mergeCell {ref[:30]}")
        (r1, c1), (r2, c2) = (min(a[0], b[0]), min(a[1], b[1])), (max(a[0], b[0]), max(a[1], b[1]))
        value = grid.cells.get(r1, {}).get(c1)
        if value is None:
            continue
        r2, c2 = min(r2, last_row), min(c2, last_col)
        total += (r2 - r1 + 1) * (c2 - c1 + 1)
        if total > MAX_MERGE_FILL:
            raise reader.fail("merge_too_big", where=f"{reader.name}: {reader.sheet}!{ref}", cells=f"{total:,}",
                              limit=f"{MAX_MERGE_FILL:,}")
        spans.append((r1, c1, r2, c2, value))
    for r1, c1, r2, c2, value in spans:
        for r in range(r1, r2 + 1):
            row = grid.cells.get(r)
            if row is None:
                row = grid.cells[r] = {}
            for c in range(c1, c2 + 1):
                if c not in row:
                    row[c] = value
                    grid.filled.add((r, c))


def _has_values(book: _Workbook, part: str) -> bool:
    """Whether another sheet holds any value (stops at the first)."""

    class Found(Exception):
        pass

    def start(tag: str, attrs: dict) -> None:
        if tag in ("v", "is"):
            raise Found

    try:
        book.parse(part, start)
    except Found:
        return True
    except InputError:
        return True
    return False


# ---------------------------------------------------------------- number formats
DIGIT = frozenset("0#?123456789")  # digits in a format stand for digits (150000"元" shows 150000元)
GENERAL = re.compile(r"general|g/通用格式|g/通用", re.IGNORECASE)
DATE_TOKEN = re.compile(r"am/pm|a/p|上午/下午|y+|m+|d+|h+|s+|e+|b+|g+", re.IGNORECASE)


@lru_cache(maxsize=512)
def _number_format(fmt: str) -> tuple[str, str, str, int, int]:
    """(kind, prefix, suffix, percent signs, thousands divisions) of a format's first section;
    kind is number, day, month, year or time."""
    tokens = _format_tokens(_sections(fmt)[0])
    code = "".join(t for lit, t in tokens if not lit)
    if code.strip() in ("#", "@", "") and not any(lit for lit, _ in tokens):
        return "number", "", "", 0, 0
    if not any(t in DIGIT for lit, t in tokens if not lit):
        kind = _date_kind(code)
        if kind:
            return kind, "", "", 0, 0
    digits = [i for i, (lit, t) in enumerate(tokens) if not lit and t in DIGIT]
    if not digits:  # only text: the number as it is, with that text
        return "number", "", "".join(t for _, t in tokens).strip(), 0, 0
    first, last = digits[0], digits[-1]
    percent = sum(1 for lit, t in tokens if not lit and t == "%")
    commas = 0
    i = last + 1
    while i < len(tokens) and tokens[i] == (False, ","):  # #,##0, shows thousands
        commas += 1
        i += 1
    shown = {"@", "E", "e"}  # the text placeholder and the exponent are not shown as themselves
    prefix = "".join(t for lit, t in tokens[:first] if lit or t not in shown)
    suffix = "".join(t for lit, t in tokens[i:] if lit or t not in shown)
    return "number", prefix.strip(), suffix.rstrip(), percent, commas


def _format_tokens(section: str) -> list[tuple[bool, str]]:
    """(is literal text, text) of a format section; colours, conditions, padding and fills dropped,
    [$¥-804] kept as its currency symbol."""
    out: list[tuple[bool, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            j = section.find('"', i + 1)
            j = len(section) if j < 0 else j
            out.append((True, section[i + 1:j]))
            i = j + 1
        elif ch == "\\" and i + 1 < len(section):
            out.append((True, section[i + 1]))
            i += 2
        elif ch == "[":
            j = section.find("]", i)
            j = len(section) if j < 0 else j
            inner = section[i + 1:j]
            if inner.startswith("$"):
                symbol = inner[1:].split("-", 1)[0]
                if symbol:
                    out.append((True, symbol))
            elif re.fullmatch(r"[hms]+", inner, re.IGNORECASE):
                out.append((False, inner))  # [h]:mm, elapsed time
            i = j + 1
        elif ch in "_*" and i + 1 < len(section):
            i += 2
        elif ch in "Gg" and (m := GENERAL.match(section, i)):
            out.append((False, "#"))  # General"元", G/通用格式"元": the number as it is, then the unit
            i = m.end()
        else:
            out.append((False, ch))
            i += 1
    return out


def _date_kind(code: str) -> str | None:
    """day, month, year or time for a date/time format code, None for anything else."""
    found = [t.lower() for t in DATE_TOKEN.findall(code)]
    if not found:
        return None
    letters = [t for t in found if t[0] in "ymdhsebg"]
    kinds = set()
    for k, t in enumerate(letters):
        if t[0] == "m":
            prev = letters[k - 1][0] if k else ""
            nxt = letters[k + 1][0] if k + 1 < len(letters) else ""
            kinds.add("minute" if prev == "h" or nxt == "s" else "month")
        else:
            kinds.add({"e": "y", "b": "y", "g": "y"}.get(t[0], t[0]))
    if "d" in kinds:
        return "day"
    if "month" in kinds:
        return "month"
    if "y" in kinds:
        return "year"
    if kinds & {"h", "s", "minute"}:
        return "time"
    return None


def _sections(fmt: str) -> list[str]:
    out, cur, quoted = [], [], False
    for ch in fmt:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_number(value: float, fmt: str, date1904: bool = False) -> str:
    """A number cell as the planner sees it: 0.3 under 0% is 30%, 15 under #,##0"万元" is 15万元,
    a date serial under a date format is 2024-12-31 (2024-09 when the format shows no day)."""
    kind, prefix, suffix, percent, commas = _number_format(fmt or "General")
    if kind != "number":
        return _date_text(_excel_date(value, date1904), kind)
    try:
        number = Decimal(format(value, ".15g"))  # Excel's 15 significant digits: 0.1+0.2 is 0.3
    except InvalidOperation:
        return str(value)
    number = number.scaleb(2 * percent - 3 * commas)
    text = format(number.normalize(), "g") if abs(number) >= Decimal(10) ** 30 else _plain(number)
    return f"{prefix}{text}{suffix}".strip()


def _excel_date(serial: float, date1904: bool) -> dt.datetime:
    if date1904:
        base = dt.datetime(1904, 1, 1)
    else:  # Excel's 1900 has a 29 February (serial 60): the days before it count from 1899-12-31
        base = dt.datetime(1899, 12, 31) if serial < 60 else dt.datetime(1899, 12, 30)
    if not 0 <= serial < 2958466:
        raise ValueError(serial)
    return base + dt.timedelta(days=serial)


def _date_text(when: dt.datetime, kind: str) -> str:
    if kind == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if kind == "year":
        return f"{when.year:04d}"
    if kind == "time":
        return f"{when.hour:02d}:{when.minute:02d}"
    return when.date().isoformat()


# ----------------------------------------------------------------- sheet -> plan
def read_grid(path: Path) -> tuple[Grid, _Reader]:
    """What a CSV or the first sheet of an XLSX holds, within the limits."""
    reader = _Reader(path)
    if not path.is_file():
        raise reader.fail("no_such_file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(reader), reader
    if suffix not in (".xlsx", ".xlsm"):
        raise reader.fail("wrong_suffix")
    return _read_xlsx(reader), reader


@record
class Column:
    meta: str | None = None  # kind, id, title, comments
    name: str | None = None  # canonical field
    key: str = ""  # the key to write in the plan
    header: str = ""


@record
class _Block:
    kind: str
    id: str
    title: str
    cell: Cell
    fields: dict[int, tuple[str, Cell]] = field(default_factory=dict)  # column -> (value, cell)
    comments: list[tuple[str, Cell]] = field(default_factory=list)


def _resolve(header: str, zh: bool) -> Column:
    header = " ".join(header.split())  # a header wrapped onto two lines in its cell
    folded = fold(header)
    if folded in META_OF:
        return Column(meta=META_OF[folded], header=header)
    name = FIELD_OF.get(folded)
    if name is not None:
        return Column(name=name, key=primary_names(name)[1 if zh else 0], header=header)
    if (m := key_unit(folded)) and (name := FIELD_OF.get(m[0].strip())):
        return Column(name=name, key=f"{primary_names(name)[1 if zh else 0]}({m[1].strip()})", header=header)
    return Column(key=header.strip(), header=header)


SCRIPT_SAMPLE = 20_000  # characters of a sheet looked at to tell its script


def _sheet_script(grid: Grid) -> str:
    """zh-Hant when more of the sheet's Chinese characters are Traditional than Simplified (its
    headers, kinds, titles and values alike), else zh-Hans."""

    def chars() -> Iterator[str]:
        seen = 0
        for cells in grid.cells.values():
            for text in cells.values():
                for ch in text:
                    if not ch.isascii():
                        seen += 1
                        yield ch
                if seen > SCRIPT_SAMPLE:
                    return

    return script_of(chars())


def to_plan(grid: Grid, reader: _Reader) -> tuple[str, dict[int, Cell], list[str], set[int]]:
    """Plan text, the cell behind each plan line, the sheet's own problems, and the columns
    with an unknown header (already reported once, at the header)."""
    path = reader.name

    def at(row: int, col: int) -> Cell:
        return Cell(grid.sheet, row, col, path)

    rows = sorted(grid.cells)
    if not rows:
        raise reader.fail("empty", where=f"{path}: {grid.sheet}" if grid.sheet else path)
    # the header is the first row with a kind column; rows above it (a title) become comments
    header_row = next((r for r in rows[:HEADER_SEARCH]
                       if any(fold(" ".join(v.split())) in META["kind"] or fold(" ".join(v.split())) in KIND_NAMES
                              for v in grid.cells[r].values())), rows[0])
    header = grid.cells[header_row]
    reader.see_header(header.values())
    zh = reader.lang == "zh"
    if zh:  # a sheet in Traditional characters: its problems, and the plan's keywords, in Traditional
        reader.lang = _sheet_script(grid)
    lang = reader.lang
    problems: list[str] = []
    columns: dict[int, Column] = {}
    choices = sorted({*FIELD_OF, *META_OF})
    for c, h in sorted(header.items()):
        if (header_row, c) in grid.filled:  # a header merged across columns names the first one only
            continue
        col = _resolve(h, zh)
        columns[c] = col
        if col.meta is None and col.name is None:
            guess = suggest(fold(h), choices)
            if guess:
                problems.append(message(lang, "unknown_column_guess", where=at(header_row, c), header=h, guess=guess))
            else:
                problems.append(message(lang, "unknown_column", where=at(header_row, c), header=h))
    kind_col = next((c for c, col in columns.items() if col.meta == "kind"), None)
    if kind_col is None:
        raise reader.fail("no_kind", where=at(header_row, 1))
    preamble = [(r, [c for c in sorted(grid.cells[r]) if (r, c) not in grid.filled]) for r in rows if r < header_row]
    headless: dict[int, int] = {}
    blocks: list[_Block] = []
    last_kind = ""
    for r in rows:
        if r <= header_row:
            continue
        cells = grid.cells[r]
        for c in cells:
            if c not in columns and (r, c) not in grid.filled:
                headless.setdefault(c, r)
        meta = {columns[c].meta: c for c in cells if c in columns and columns[c].meta}
        values = {m: cells[c] for m, c in meta.items()}
        own = [c for c in cells if (r, c) not in grid.filled]
        blank = {m: meta.get(m) is None or (r, meta[m]) in grid.filled for m in ("kind", "id", "title")}

        kind_text = values.get("kind", "")
        if BLOCK_OF.get(fold(kind_text)) is None and any(fold(cells[c]) in TOTALS for c in own):
            grid.notes.append(("total_row", {"where": str(at(r, next(c for c in own if fold(cells[c]) in TOTALS))),
                                             "row": r}))
            continue
        if blocks and blank["kind"] and blank["title"] and blank["id"] and values.get("id", "") in ("", blocks[-1].id):
            # more of the block above: no kind, id or title of its own
            _continue(blocks[-1], columns, cells, own, grid.sheet, r, path)
            continue
        if not own:
            continue
        kind_text = kind_text or last_kind
        kind = BLOCK_OF.get(fold(kind_text))
        if kind is None:
            problems.append(message(lang, "bad_kind", where=at(r, kind_col), value=kind_text))
            continue
        last_kind = kind_text
        block = _Block(kind, values.get("id", ""), values.get("title", ""), at(r, kind_col))
        for c, value in sorted(cells.items()):
            col = columns.get(c)
            if col is None or col.meta in ("kind", "id", "title"):
                continue
            if col.meta == "comments":
                if (r, c) not in grid.filled:  # a comment merged over several rows belongs to the first
                    block.comments.append((value, at(r, c)))
            else:
                block.fields[c] = (value, at(r, c))
        blocks.append(block)
    for c, r in sorted(headless.items()):
        problems.append(message(lang, "no_header", where=at(r, c), row=header_row))
    lines: list[str] = []
    where: dict[int, Cell] = {}
    for r, cols in preamble:  # a title above the table: kept as comments at the top
        if cols:
            lines.append("# " + "  ".join(_one_line(grid.cells[r][c], " ") for c in cols))
            where[len(lines)] = at(r, cols[0])
    for block in blocks:
        _render(block, columns, zh, lines, where, hant=is_hant(lang) if zh else False)
    unknown = {c for c, col in columns.items() if col.meta is None and col.name is None}
    return "\n".join(lines) + "\n", where, problems, unknown


def _continue(block: _Block, columns: dict[int, Column], cells: dict[int, str], own: list[int], sheet: str,
              r: int, path: str) -> None:
    """A row with no kind and no id adds its cells to the block above (lists grow); cells that only
    repeat a merged range's value add nothing."""
    for c in own:
        col = columns.get(c)
        if col is None or col.meta in ("kind", "id", "title"):
            continue
        cell = Cell(sheet, r, c, path)
        if col.meta == "comments":
            block.comments.append((cells[c], cell))
        elif c in block.fields:
            value, first = block.fields[c]
            sep = "\n" if col.name in NESTED else ", "
            block.fields[c] = (f"{value}{sep}{cells[c]}", first)
        else:
            block.fields[c] = (cells[c], cell)


def _quote(value: str) -> str:
    if "#" in value and not (len(value) > 1 and (value[0], value[-1]) in (('"', '"'), ("「", "」"), ("“", "”"))):
        if '"' not in value:
            return f'"{value}"'
        if "」" not in value:
            return f"「{value}」"
        return "“" + value.replace("”", "'") + "”"
    return value


def _title(title: str) -> str:
    title = _one_line(title, " ")
    if '"' not in title:
        return f'"{title}"'
    if "」" not in title:
        return f"「{title}」"
    return "“" + title.replace("”", "'") + "”"


def _one_line(value: str, sep: str) -> str:
    if "\n" not in value and "\r" not in value:
        return value
    parts = [p.strip() for p in re.split(r"\r\n|\r|\n", value)]
    return sep.join(p for p in parts if p)


def _comment_lines(block: _Block, columns: dict[int, Column]) -> tuple[dict[str, list[str]], dict[str, str], list[str], Cell | None]:
    """The comments column read back: (before each anchor, end of each anchor's line, at the end)."""
    anchors: dict[str, str] = {}
    for col in columns.values():
        if col.name:
            anchors[fold(col.header)] = col.name
            for alias in FIELDS[col.name][0]:
                anchors.setdefault(fold(alias), col.name)
        elif col.meta is None:
            anchors[fold(col.header)] = "?" + col.key
    before: dict[str, list[str]] = {}
    eol: dict[str, str] = {}
    pending: list[str] = []
    trailing: list[str] = []
    cell = block.comments[0][1] if block.comments else None
    for text, _ in block.comments:
        for raw in re.split(r"\r\n|\r|\n", text):
            stripped = raw.strip()
            if not stripped:
                continue
            if stripped.startswith("#"):
                pending.append(raw.rstrip())
                continue
            name_part, hash_, rest = stripped.partition("#")
            name = fold(name_part)
            target = (HEADER_ANCHOR if name in BLOCK_OF or name in META_OF else anchors.get(name)) if name else None
            if target is not None and (hash_ or not rest):
                if pending:
                    before.setdefault(target, []).extend(pending)
                    pending = []
                if hash_:
                    eol[target] = "#" + rest
                continue
            pending.append("# " + stripped)  # words with no # are a comment too
    # comments that no named line follows: unindented ones are about the row (above its header),
    # indented ones close the block (export writes a block's closing comments indented)
    for comment in pending:
        if comment[:1].isspace():
            trailing.append(comment)
        else:
            before.setdefault(HEADER_ANCHOR, []).append(comment)
    return before, eol, trailing, cell


def _render(block: _Block, columns: dict[int, Column], zh: bool, lines: list[str], where: dict[int, Cell],
            hant: bool = False) -> None:
    """One block's lines; keywords and field names in Traditional characters when ``hant``."""
    before, eol, trailing, comment_cell = _comment_lines(block, columns)
    script = to_hant if hant else str

    def put(line: str, cell: Cell) -> None:
        lines.append(line)
        where[len(lines)] = cell

    def with_eol(line: str, anchor: str) -> str:
        comment = eol.pop(anchor, "")
        return f"{line}  {comment}" if comment else line

    if lines:
        lines.append("")
    for comment in before.pop(HEADER_ANCHOR, []):
        put(comment.strip(), comment_cell or block.cell)
    keyword = script(BLOCKS[block.kind][1 if zh else 0])
    block_id = _one_line(block.id, " ")
    head = keyword + (f" {block_id}" if block_id else "") + (f" {_title(block.title)}" if block.title else "")
    put(with_eol(head, HEADER_ANCHOR), block.cell)
    for c, (value, cell) in sorted(block.fields.items()):
        col = columns[c]
        anchor = col.name or "?" + col.key
        if col.name == "owner" and block.kind == "team":
            key = script("负责人") if zh else "head"
        else:
            key = script(col.key) if col.name else col.key  # an unknown header stays as written
        for comment in before.pop(anchor, []):
            put("  " + comment.strip(), comment_cell or cell)
        if col.name in NESTED:
            put(with_eol(f"  {key}:", anchor), cell)
            for entry in _entries(value):
                put(f"    {entry}", cell)
            continue
        text = _one_line(value, ", " if col.name in LISTS else " ")
        put(with_eol(f"  {key}: {_quote(text)}", anchor), cell)
    # comments on fields this row leaves empty, and the block's closing comments
    rest = [c.strip() for cs in before.values() for c in cs] + [c.strip() for c in eol.values()]
    for comment in rest:
        put("  " + comment, comment_cell or block.cell)
    for comment in trailing:
        put("  " + comment.strip(), comment_cell or block.cell)


def _entries(value: str) -> list[str]:
    """A nested cell's entries: `2024-Q1: 2; 2024-Q2: 3`, or one per line with `#` comments."""
    out: list[str] = []
    for line in re.split(r"\r\n|\r|\n", value):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            out.append(stripped)
            continue
        cut = comment_start(stripped)
        body, comment = (stripped, "") if cut < 0 else (stripped[:cut], stripped[cut:].rstrip())
        parts = [p.strip() for p in re.split(r"[;；]", body) if p.strip()]
        if comment:
            if parts:
                parts[-1] = f"{parts[-1]}  {comment}"
            else:
                parts = [comment]
        out.extend(parts)
    return out


def import_sheet(path: Path) -> tuple[str, list[str]]:
    """The plan text from a sheet, and its problems, each pointing at a cell."""
    text, problems, _, _ = import_sheet_full(path)
    return text, problems


def import_sheet_full(path: Path) -> tuple[str, list[str], list[str], str]:
    """(plan text, problems, notes, language) from a sheet."""
    grid, reader = read_grid(path)
    text, where, problems, unknown = to_plan(grid, reader)
    lang = reader.lang
    problems = [message(lang, key, **values) for key, values in grid.problems] + problems
    notes = [message(lang, key, path=reader.name, **values) for key, values in grid.notes]
    _, syntax = parse(text, str(path))
    locale = lang if lang.startswith("zh-") else "zh-Hans" if lang == "zh" else "en"
    for p in syntax:
        cell = where.get(p.span.line)
        if cell is not None and cell.col in unknown and p.rule is not None \
                and p.rule.name in ("unknown-field", "extra-field"):
            continue  # said once, at the column's header
        said = render(as_message(p.message), locale)
        fix = render(as_message(p.fix), locale) if p.fix else None
        key = "problem_fix" if fix else "problem"
        problems.append(message(lang, key, where=cell or reader.name, message=said, fix=fix))
    return text, problems, notes, lang


# ------------------------------------------------------------------------ output
def check_output(output: str, source: Path, force: bool, lang: str) -> None:
    """Refuse, before any work, an output that is the input, exists (without --force) or has no folder."""
    if output == "-":
        return
    out = Path(output)
    if real_path(out) == real_path(source):
        raise InputError(message(lang, "same_as_input", path=output))
    if out.exists() and not force:
        raise InputError(message(lang, "exists", path=output))
    folder = out.parent
    if not folder.is_dir():
        raise InputError(message(lang, "no_folder", path=output, folder=folder))


def write_output(output: str, data: bytes, force: bool, lang: str, binary: bool) -> None:
    """Write to the file atomically with the user's umask, or to stdout for `-`."""
    if output == "-":
        if binary and sys.stdout.isatty():
            raise InputError(message(lang, "binary_to_terminal"))
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from planlint.output.report import write_bytes_atomically

    try:
        write_bytes_atomically(Path(output), data, overwrite=force)
    except FileExistsError:
        raise InputError(message(lang, "exists", path=output)) from None
