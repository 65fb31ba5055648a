"""Time and memory of `planlint import` on hostile and large spreadsheets.

    python bench/sheets.py

Each case runs in a fresh process; memory is its peak resident size.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

SHEET = "xl/worksheets/sheet1.xml"


def measure(args: list[str]) -> tuple[float, float, int, str]:
    """(seconds, peak MiB, exit code, last stderr line) of one planlint run."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "planlint", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), (err[-1] if err else "")


def base(path: Path, rows: int = 2) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["kind", "id", "title", "owner"])
    for i in range(rows):
        ws.append(["goal", f"G{i}", "Leads", "Li Na"])
    wb.save(path)
    return path


def patched(src: Path, dst: Path, change=None, filler: int = 0) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename != SHEET:
                z.writestr(item.filename, body)
            elif filler:
                head, tail = body.split(b"</sheetData>")
                with z.open(SHEET, "w", force_zip64=True) as fh:
                    fh.write(head)
                    chunk = b" " * (1 << 20)
                    for _ in range(filler // len(chunk)):
                        fh.write(chunk)
                    fh.write(b"</sheetData>" + tail)
            else:
                z.writestr(SHEET, change(body))
    return dst


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        cases: list[tuple[str, Path]] = []
        wb = Workbook()
        wb.active.append(["kind", "id"])
        wb.active["XFD1048576"] = "x"
        wb.save(d / "far.xlsx")
        cases.append(("one cell at XFD1048576", d / "far.xlsx"))
        b = base(d / "base.xlsx")
        cases.append(("one merged range D2:XFD1048576", patched(b, d / "merge.xlsx", lambda x: x.replace(
            b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="D2:XFD1048576"/></mergeCells>'))))
        cases.append(("429 MB sheet in a zip", patched(b, d / "bomb.xlsx", filler=429 << 20)))
        lol = '<!ENTITY a "lol">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                                            for i in range(9))
        cases.append(("billion laughs", patched(b, d / "laughs.xlsx", lambda x: (
            f'<?xml version="1.0"?><!DOCTYPE w [{lol}]><w>&j;</w>').encode())))
        wb = Workbook(write_only=True)
        ws = wb.create_sheet()
        ws.append(["类型", "编号", "标题", "负责人", "指标", "基准", "目标值", "截止", "部门", "复盘", "预算",
                   "上级", "维度", "关联度", "口径", "备注", "协同人", "先行指标", "层级", "贡献"])
        for i in range(19_999):
            ws.append(["目标", f"G{i}", f"目标{i}", "张伟", "线索 (条)", str(i), str(i * 2), "2024-12-31", "营销部",
                       "每月", "10万元", "", "用户", "高", "CRM 口径", "备注", "李娜", "线索", "团队", ""])
        wb.save(d / "limit.xlsx")
        cases.append(("19,999 goals x 18 fields (near the limits)", d / "limit.xlsx"))
        plan = d / "g10k.plan"
        plan.write_text(generate(10_000, "zh"), encoding="utf-8")
        secs, mib, code, _ = measure(["export", str(plan), "-o", str(d / "g10k.xlsx")])
        print(f"| export, 10,000-goal plan | {secs:.2f} s | {mib:.0f} MiB | exit {code} |")
        cases.append(("import, 10,000-goal plan", d / "g10k.xlsx"))
        print("| case | time | peak memory | result |\n|---|---|---|---|")
        for name, path in cases:
            secs, mib, code, last = measure(["import", str(path), "-o", str(d / "out.plan"), "--force"])
            size = path.stat().st_size / 1024
            print(f"| {name} ({size:,.0f} KB) | {secs:.2f} s | {mib:.0f} MiB | exit {code}: {last[:90]} |")


if __name__ == "__main__":
    main()
