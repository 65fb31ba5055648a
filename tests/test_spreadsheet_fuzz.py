"""Fuzzing spreadsheets (fixed budget, deterministic): random workbooks, damaged zips and random CSVs
through import raise nothing but the clean one-line error, and random plans come back from
export -> import unchanged, comments included."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planlint.driver.files import InputError
from planlint.integrations.spreadsheet import export, import_sheet_full
from planlint.parser import parse
from planlint.parser.layout import comment_start

openpyxl = pytest.importorskip("openpyxl")
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
WORDS = ["类型", "kind", "编号", "id", "标题", "负责人", "owner", "預算", "budget", "指标", "基准", "目标值", "截止",
         "拆分", "注释", "comments", "目标", "goal", "举措", "計劃", "团队", "G1", "G2", "王芳", "Li Na", "2024-Q1: 2",
         "2024-12-31", "10万元", "30%", "# 注释", "基准 # x", "=1+1", "-10%", "@李娜", "'=x", "_x000B_", "a\nb", "", " "]
TEXT = st.text(alphabet=st.sampled_from(list("目标计划负责人预算:：,，;；#\"'「」=+-@%()（）.0123456789万元年月QabcG _\n\t")),
               max_size=12)
FORMATS = ["General", "0%", "0.00%", '0"元"', '#,##0"万元"', "¥#,##0", "[$¥-804]#,##0.00", "yyyy-mm-dd",
           'yyyy"年"m"月"', "h:mm", "@", '150000"元"', "0.00E+00", "# ?/?", "[Red]0;(0)", '"约"0', "mmm-yy",
           "[h]:mm", "G/通用格式", ";;;", "0,,", '"', "[", "\\", "yyyy;@"]


def _import(path: Path) -> str | None:
    """The plan text, or None when the file is refused; anything else than InputError fails the test."""
    try:
        text, problems, notes, _ = import_sheet_full(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc), repr(str(exc))
        return None
    for line in [*problems, *notes]:
        assert "\n" not in line.strip("\n") or line.count("\n") <= 2, line  # a fix may hold a short example
    parse(text, "x.plan")
    return text


cell_value = st.one_of(
    st.none(), st.sampled_from(WORDS), TEXT,
    st.integers(-10**6, 10**9), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)), st.booleans())


@FUZZ
@given(st.data())
def test_random_workbooks_import_or_refuse_in_one_line(data):
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = data.draw(st.integers(1, 6))
    cols = data.draw(st.integers(1, 7))
    if data.draw(st.booleans()):
        ws.append(data.draw(st.lists(st.sampled_from(WORDS[:16]), min_size=cols, max_size=cols)))
    for _ in range(rows):
        values = data.draw(st.lists(cell_value, min_size=cols, max_size=cols))
        ws.append([v.replace("_x000B_", "") if isinstance(v, str) else v for v in values])
    for row in ws.iter_rows():
        for cell in row:
            if data.draw(st.integers(0, 3)) == 0:
                cell.number_format = data.draw(st.sampled_from(FORMATS))
    for _ in range(data.draw(st.integers(0, 2))):
        r, c = data.draw(st.integers(1, rows + 1)), data.draw(st.integers(1, cols))
        ws.merge_cells(start_row=r, start_column=c, end_row=r + data.draw(st.integers(0, 2)),
                       end_column=c + data.draw(st.integers(0, 2)))
    if data.draw(st.booleans()):
        far = data.draw(st.sampled_from(["XFD1", "A1048576", "IV20000", "IW1", "B20001"]))
        ws[far] = "x"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.xlsx"
        wb.save(path)
        _import(path)


def _valid_workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["类型", "编号", "标题", "负责人", "基准", "截止"])
    ws.append(["目标", "G1", "线索", "张伟", 0.3, dt.date(2024, 12, 31)])
    ws["E2"].number_format = "0%"
    ws.merge_cells("D2:D3")
    ws.append(["举措", "I1", "广告", None, None, None])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


VALID = _valid_workbook()


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(len(VALID) // 2, len(VALID)))
def test_damaged_workbooks_are_one_line(flips, keep):
    data = bytearray(VALID)
    for at, byte in flips:
        data[at] = byte
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.xlsx"
        path.write_bytes(bytes(data[:keep]))
        _import(path)


@FUZZ
@given(st.one_of(st.binary(max_size=300),
                 st.lists(st.lists(st.sampled_from(WORDS) | TEXT, max_size=6), max_size=6).map(
                     lambda rows: "\n".join(",".join(r) for r in rows).encode("utf-8"))))
def test_random_csv_imports_or_refuses_in_one_line(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        path.write_bytes(data)
        _import(path)


# ------------------------------------------------------------------ round trip
FREE = st.text(alphabet=st.sampled_from(list("目标成本销售额门锁 abc=+-@'_x0041B%.,，、()\t\x0b\x01\x1c\x7f\u2028")),
               min_size=1, max_size=14).map(str.strip).filter(lambda t: bool(t) and "\n" not in t)
NAME = st.text(alphabet=st.sampled_from(list("王芳张伟李娜@=+-'_ ")), min_size=1, max_size=6).map(str.strip).filter(
    lambda t: bool(t) and t not in ("-", "'") and not set(t) <= {"-", "?", "*", "x"})
COMMENT = st.text(alphabet=st.sampled_from(list("注释 abc:=#-'\"")), max_size=10).map(lambda t: "# " + t.strip())


@st.composite
def plans(draw) -> str:
    lines: list[str] = []

    def maybe_comment(indent: str) -> None:
        if draw(st.integers(0, 3)) == 0:
            lines.append(indent + draw(COMMENT))

    def eol() -> str:
        return f"  {draw(COMMENT)}" if draw(st.integers(0, 3)) == 0 else ""

    maybe_comment("")
    lines += [f'计划 "{draw(FREE).replace(chr(34), "")}"{eol()}', "  周期: 2024-01-01 .. 2024-12-31",
              f"  负责人: {draw(NAME)}{eol()}", "  预算: 100万元", ""]
    goals = draw(st.integers(1, 3))
    for g in range(goals):
        maybe_comment("")
        title = draw(FREE).replace('"', "")
        lines.append(f'目标 G{g} "{title}"{eol()}')
        maybe_comment("  ")
        lines += [f"  指标: 线索 (条){eol()}", f"  基准: {draw(st.integers(0, 999))}",
                  f"  目标值: {draw(st.integers(1000, 2000))}{eol()}", "  截止: 2024-12-31",
                  f"  负责人: {draw(NAME)}{eol()}"]
        if draw(st.booleans()):
            note = draw(FREE)
            lines.append(f'  备注: "{note}"' if "#" in note else f"  备注: {note}")
        if draw(st.booleans()):
            lines += ["  拆分:", f"    2024-H1: 400{eol()}", "    2024-H2: 600"]
        maybe_comment("  ")
        lines.append("")
    lines += [f'举措 I1 "{draw(FREE).replace(chr(34), "")}"', "  支撑: G0", f"  负责人: {draw(NAME)}",
              "  预算: 10万元"]
    maybe_comment("")
    return "\n".join(lines) + "\n"


def model(text: str) -> dict:
    import json

    plan, problems = parse(text, "x.plan")
    assert problems == [], problems

    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if not k.endswith("span")
                    and k not in ("path", "line_count", "fields", "line", "column", "applies_from", "applies_to")}
        if isinstance(o, list):
            return [strip(x) for x in o]
        return o

    return strip(json.loads(plan.model_dump_json()))


def comments_of(text: str) -> Counter:
    return Counter(line[comment_start(line):].strip() for line in text.split("\n") if comment_start(line) >= 0)


@FUZZ
@given(plans(), st.sampled_from(["xlsx", "csv"]))
def test_random_plans_come_back_from_export_and_import(text, fmt):
    plan, problems = parse(text, "p.plan")
    assume(problems == [])
    result = export(plan, fmt, plan.lang, text, "p.plan")
    assert not result.lost, result.notes
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"p.{fmt}"
        path.write_bytes(result.data)
        again, problems, notes, _ = import_sheet_full(path)
    assert problems == [] and notes == []
    assert model(again) == model(text), again
    assert comments_of(again) == comments_of(text)
