"""Plans as spreadsheets: `planlint export` and `planlint import` (CSV or XLSX).

One row per block (plan, team, goal, initiative); columns are the kind, the id, the
title and every field the plan uses, headed in the plan's language. Nested mappings
(`split`, `assume`) go in one cell as `2024-Q1: 2; 2024-Q2: 3`. Import reads Chinese
or English headers (any accepted field name), fills merged cells from their top-left
cell, repeats a blank kind from the row above, and treats a row with no kind and no id
as more of the block above. A problem in the sheet points to its cell (`Sheet1!D7`).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from planlint.driver.files import InputError
from planlint.language.keywords import BLOCK_OF, BLOCKS, FIELD_OF, FIELDS, primary_names
from planlint.model import Node, Plan
from planlint.parser import parse

META = {"kind": ("kind", "类型", "type", "块"), "id": ("id", "编号", "code"), "title": ("title", "标题", "名称", "name")}
NESTED = ("split", "assume")


def _nested_text(node: Node, name: str) -> str:
    return "; ".join(f"{e.key}: {e.value}" for e in getattr(node, name, []))


def table(plan: Plan, lang: str) -> list[list[str]]:
    """The plan as rows: a header, then one row per block."""
    zh = lang == "zh"
    used = [name for name in FIELDS if any(name in n.fields for n in plan.index.blocks)]
    header = [META["kind"][1 if zh else 0], META["id"][1 if zh else 0], META["title"][1 if zh else 0]]
    header += [primary_names(name)[1 if zh else 0] for name in used]
    rows = [header]
    for node in plan.index.blocks:
        kw = BLOCKS[node.kind][1 if zh else 0]
        row = [kw, node.id or "" if node.kind != "team" else node.id or "", node.title or ""]
        if node.kind == "team" and node.id == node.title:
            row[2] = ""
        for name in used:
            ref = node.fields.get(name)
            if ref is None:
                row.append("")
            elif name in NESTED:
                row.append(_nested_text(node, name))
            else:
                row.append(ref.raw_value)
        rows.append(row)
    return rows


def export(plan: Plan, fmt: str, lang: str) -> bytes:
    rows = table(plan, lang)
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerows(rows)
        return buf.getvalue().encode("utf-8-sig")  # the BOM makes Excel read Chinese correctly
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "计划" if lang == "zh" else "Plan"
    for row in rows:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ----------------------------------------------------------------------- import
@dataclass
class Cell:
    sheet: str
    row: int  # 1-based
    col: int  # 1-based

    def __str__(self) -> str:
        return f"{self.sheet}!{_letters(self.col)}{self.row}"


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def read_rows(path: Path) -> tuple[str, list[list[str]]]:
    """(sheet name, rows of cell texts) from a CSV or the first sheet of an XLSX."""
    if path.suffix.lower() == ".csv":
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8; save the CSV as UTF-8 (CSV UTF-8 in Excel)") from None
        return path.stem, [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError(f"{path}: import reads .csv or .xlsx files")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:
        raise InputError(f"{path}: cannot read the workbook: {exc}") from None
    ws = wb.worksheets[0]
    grid = [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:  # a merged cell's value sits in its top-left cell
        value = grid[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[r - 1][c - 1] = value
    return ws.title, grid


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _column_of(header: str) -> str | None:
    h = header.strip().lower()
    for meta, names in META.items():
        if h in names:
            return meta
    return FIELD_OF.get(h)


def _quote(value: str) -> str:
    if "#" in value and not (value.startswith('"') and value.endswith('"')):
        return '"' + value.replace('"', "'") + '"'
    return value


def to_plan(sheet: str, rows: list[list[str]]) -> tuple[str, dict[int, Cell], list[str]]:
    """Plan text, the cell behind each plan line, and the sheet's own problems."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise InputError(f"{sheet}: the sheet is empty")
    header = rows[0]
    columns: list[str | None] = []
    problems = []
    for i, h in enumerate(header, start=1):
        col = _column_of(h) if h.strip() else None
        if h.strip() and col is None:
            problems.append(f"{Cell(sheet, 1, i)}: unknown column '{h}' (a field name in English or Chinese)")
        columns.append(col)
    if "kind" not in columns:
        raise InputError(f"{Cell(sheet, 1, 1)}: no kind column (类型 / kind)")
    zh = any(not h.isascii() for h in header)
    lines: list[str] = []
    where: dict[int, Cell] = {}
    last_kind = ""
    for r_index, row in enumerate(rows[1:], start=2):
        values = dict(zip(columns, row, strict=False))
        kind_text = (values.get("kind") or "").strip()
        if not kind_text and not (values.get("id") or "").strip() and lines:
            _continue_block(lines, where, columns, row, sheet, r_index)
            continue
        kind_text = kind_text or last_kind
        kind = BLOCK_OF.get(kind_text.lower())
        if kind is None:
            problems.append(f"{Cell(sheet, r_index, columns.index('kind') + 1)}: '{kind_text}' is not plan / team / goal / initiative")
            continue
        last_kind = kind_text
        keyword = BLOCKS[kind][1 if zh else 0]
        block_id = (values.get("id") or "").strip()
        title = (values.get("title") or "").strip()
        head = keyword + (f" {block_id}" if block_id else "") + (f' "{title}"' if title and '"' not in title else (f" 「{title}」" if title else ""))
        if lines:
            lines.append("")
        lines.append(head)
        where[len(lines)] = Cell(sheet, r_index, 1)
        for c_index, (col, value) in enumerate(zip(columns, row, strict=False), start=1):
            if col in (None, "kind", "id", "title") or not value.strip():
                continue
            _emit(lines, where, kind, col, value.strip(), zh, Cell(sheet, r_index, c_index))
    return "\n".join(lines) + "\n", where, problems


def _emit(lines: list[str], where: dict[int, Cell], kind: str, col: str, value: str, zh: bool, cell: Cell) -> None:
    name = "head" if kind == "team" and col == "owner" else col
    key = primary_names(name)[1 if zh else 0] if name != "head" else ("负责人" if zh else "head")
    if col in NESTED:
        lines.append(f"  {key}:")
        where[len(lines)] = cell
        for part in re.split(r"\s*[;；\n]\s*", value):
            if part.strip():
                lines.append(f"    {part.strip()}")
                where[len(lines)] = cell
        return
    lines.append(f"  {key}: {_quote(value)}")
    where[len(lines)] = cell


def _continue_block(lines: list[str], where: dict[int, Cell], columns: list[str | None], row: list[str],
                    sheet: str, r_index: int) -> None:
    """A row with no kind and no id adds its cells to the block above (lists grow)."""
    for c_index, (col, value) in enumerate(zip(columns, row, strict=False), start=1):
        if col in (None, "kind", "id", "title") or not value.strip():
            continue
        for i in range(len(lines) - 1, -1, -1):
            if not lines[i].startswith(" "):
                break
            key, _, existing = lines[i].strip().partition(":")
            if FIELD_OF.get(key.strip().lower()) == col:
                lines[i] = f"{lines[i]}, {value.strip()}" if existing.strip() else f"{lines[i]} {value.strip()}"
                break
        else:
            lines.append(f"  {primary_names(col)[1]}: {_quote(value.strip())}")
            where[len(lines)] = Cell(sheet, r_index, c_index)


def import_sheet(path: Path) -> tuple[str, list[str]]:
    """The plan text from a sheet, and its problems, each pointing at a cell."""
    sheet, rows = read_rows(path)
    text, where, problems = to_plan(sheet, rows)
    plan, syntax = parse(text, str(path))
    for p in syntax:
        cell = where.get(p.span.line)
        problems.append(f"{cell or sheet}: {p.message.render(plan.locale)} ({p.fix.render(plan.locale)})")
    return text, problems
