"""Spreadsheets from other people: every limit is one line naming the file, the cell and the limit,
and a hostile workbook (a far cell, a huge merged range, a zip bomb, entities) allocates no grid."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from planlint.driver.files import InputError
from planlint.integrations import spreadsheet as sheets

openpyxl = pytest.importorskip("openpyxl")
SHEET = "xl/worksheets/sheet1.xml"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, timeout=120)


def refused(path: Path) -> str:
    """The one line import prints for a file it will not read (exit 2, nothing written)."""
    out = path.with_suffix(".plan")
    r = run("import", str(path), "-o", str(out))
    assert r.returncode == 2, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"planlint: {path}: "), r.stderr
    assert not out.exists()
    return lines[0][len(f"planlint: {path}: "):]


def workbook(path: Path, rows: list[list], header: list | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header or ["kind", "id", "title", "owner"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def patched(src: Path, dst: Path, part: str = SHEET, change=None, data: bytes | None = None,
            level: int = 6) -> Path:
    """A copy of a workbook with one part's XML changed (as a hostile tool would write it)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == part:
                body = data if data is not None else change(body)
            z.writestr(item.filename, body)
    return dst


def with_merges(src: Path, dst: Path, refs: list[str]) -> Path:
    cells = "".join(f'<mergeCell ref="{r}"/>' for r in refs)
    return patched(src, dst, change=lambda xml: xml.replace(
        b"</sheetData>", f'</sheetData><mergeCells count="{len(refs)}">{cells}</mergeCells>'.encode()))


@pytest.fixture()
def base(tmp_path) -> Path:
    return workbook(tmp_path / "base.xlsx", [["goal", "G1", "Leads", "Li Na"], ["goal", "G2", "Sign-ups", None]])


def peak_mib(fn) -> float:
    tracemalloc.start()
    try:
        fn()
    except InputError:
        pass
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / 1024 / 1024


# ----------------------------------------------------------------- far cells, merges
def test_a_cell_at_XFD1048576_is_refused_at_that_cell_without_a_grid(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kind", "id"])
    ws["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    wb.save(path)
    assert path.stat().st_size < 10_000
    assert refused(path) == ("Sheet!XFD1048576: row 1,048,576 is past the import limit of 20,000 rows; "
                             "delete or move what is in this cell")
    assert peak_mib(lambda: sheets.read_grid(path)) < 20  # it grew past 2 GB when a grid was allocated


def test_a_far_column_is_refused_at_that_cell(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["类型", "编号"])
    ws["XFD2"] = "x"
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    assert refused(path) == "Sheet!XFD2: 第 16,384 (XFD) 列超出导入上限 256 列 (最后一列是 IV); 删除或移走这一格的内容"


def test_one_huge_merged_range_is_clipped_to_the_table(tmp_path, base):
    path = with_merges(base, tmp_path / "merge.xlsx", ["D2:XFD1048576"])
    r = run("import", str(path), "-o", "-")
    assert r.returncode == 0, r.stderr
    assert r.stdout == 'goal G1 "Leads"\n  owner: Li Na\n\ngoal G2 "Sign-ups"\n  owner: Li Na\n'
    assert peak_mib(lambda: sheets.import_sheet(path)) < 20


def test_merged_ranges_filling_too_much_of_the_table_are_refused(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kind", "id"])
    ws["A2"] = "goal"
    ws["IV19999"] = "x"  # the table reaches IV19999, within the limits
    src = tmp_path / "src.xlsx"
    wb.save(src)
    path = with_merges(src, tmp_path / "fill.xlsx", ["A2:IV19999"])
    assert refused(path) == ("Sheet!A2:IV19999: merged ranges cover 5,119,488 cells of the table, more than the "
                             "limit of 400,000; unmerge the ranges you do not need")


def test_too_many_merged_ranges(tmp_path, base):
    path = with_merges(base, tmp_path / "merges.xlsx", [f"E{r}:F{r}" for r in range(1, 10_003)])
    assert refused(path) == "Sheet: more than 10,000 merged ranges, the import limit"


# ------------------------------------------------------------------------ zip level
def test_a_sheet_that_unpacks_past_the_limit_is_refused_from_the_zips_own_numbers(tmp_path, base):
    """Like the 1.6 MB zip that held a 429 MB sheet: refused before any XML is parsed."""
    xml = zipfile.ZipFile(base).read(SHEET)
    head, tail = xml.split(b"</sheetData>")
    big = head + b" " * (65 * 1024 * 1024) + b"</sheetData>" + tail
    path = patched(base, tmp_path / "bomb.xlsx", data=big, level=9)
    assert path.stat().st_size < 1024 * 1024
    assert refused(path) == ("xl/worksheets/sheet1.xml unpacks to 65.0 MB, more than the limit of 64.0 MB; "
                             "a plan sheet is never that big")


def test_a_part_compressed_like_a_zip_bomb_is_refused(tmp_path, base):
    xml = zipfile.ZipFile(base).read(SHEET)
    head, tail = xml.split(b"</sheetData>")
    path = patched(base, tmp_path / "ratio.xlsx", data=head + b" " * (8 * 1024 * 1024) + b"</sheetData>" + tail,
                   level=9)
    message = refused(path)
    assert message.startswith("xl/worksheets/sheet1.xml is compressed ") and "more than the limit of 100:1" in message


def test_billion_laughs_and_external_entities_are_refused(tmp_path, base):
    entities = '<!ENTITY lol "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10))
    laughs = (f'<?xml version="1.0"?><!DOCTYPE lolz [{entities.replace("&lol1;", "&lol;")}]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>').encode()
    path = patched(base, tmp_path / "laughs.xlsx", part="xl/worksheets/sheet1.xml", data=laughs)
    assert refused(path) == ("xl/worksheets/sheet1.xml declares a DTD or entities, which no real workbook does; "
                             "not read")
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
           b'<c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')
    path = patched(base, tmp_path / "xxe.xlsx", data=xxe)
    assert "declares a DTD or entities" in refused(path)


def test_files_that_are_not_workbooks(tmp_path, base):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("kind,id\n", encoding="utf-8")
    assert refused(fake) == ("not an .xlsx workbook (an .xls, password-protected or damaged); "
                             "save it from Excel as .xlsx")
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(base.read_bytes()[:2000])
    assert "not an .xlsx workbook" in refused(cut)
    broken = patched(base, tmp_path / "broken.xlsx", data=b"<worksheet><sheetData><row>")
    assert refused(broken).startswith("the workbook is damaged (xl/worksheets/sheet1.xml: ")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert refused(old) == "import reads .xlsx or .csv files (save an .xls as .xlsx)"


# ------------------------------------------------------------------------------ CSV
def test_csv_limits_name_the_cell(tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("kind,id\n" + "goal,G\n" * 20_000, encoding="utf-8")
    assert refused(rows) == "A20001: row 20,001 is past the import limit of 20,000 rows; delete or move what is in this cell"
    cols = tmp_path / "cols.csv"
    cols.write_text("类型," + "," * 255 + "x\n", encoding="utf-8")
    assert refused(cols) == "IW1: 第 257 (IW) 列超出导入上限 256 列 (最后一列是 IV); 删除或移走这一格的内容"
    cells = tmp_path / "cells.csv"
    cells.write_text(("x," * 21 + "\n") * 19_999, encoding="utf-8")
    assert refused(cells) == "N19048: more than 400,000 cells hold a value, the import limit"
    long = tmp_path / "long.csv"
    long.write_text("kind,owner\ngoal," + "王" * 40_000 + "\n", encoding="utf-8")
    assert refused(long) == "B2: this cell holds 40,000 characters, more than the limit of 32,767 (Excel keeps at most 32,767 per cell)"
    huge = tmp_path / "huge.csv"
    huge.write_text('kind,owner\ngoal,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    assert refused(huge).startswith("line 2 cannot be read: ")


def test_a_file_past_the_size_limit_is_not_read(tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.truncate(33 * 1024 * 1024)  # sparse: nothing is written
    assert refused(big) == "the file is 33.0 MB, more than the import limit of 32.0 MB; a plan sheet is never that big"


def test_empty_and_kindless_sheets(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    assert refused(empty) == "the sheet is empty"
    kindless = tmp_path / "nokind.csv"
    kindless.write_text("编号,标题\nG1,x\n", encoding="utf-8")
    assert refused(kindless) == "A1: 没有「类型」列 (表头写 类型 或 kind; 值写 计划/团队/目标/举措)"
