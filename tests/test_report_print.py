"""The review page printed to PDF on A4 by headless Chromium, read back with pdftotext: the page
count, no heading left at the bottom of a page, no amount or name broken over two lines."""

from __future__ import annotations

import html as htmllib
import re
import shutil
import subprocess

import pytest
from cli_run import run as planlint
from conftest import SHARED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(CHROMIUM is None or PDFTOTEXT is None,
                                reason="needs chromium and pdftotext (Debian: chromium fonts-wqy-microhei poppler-utils)")


def print_pdf(html_path, tmp_path):
    pdf = tmp_path / "r.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", html_path.as_uri()],
                   capture_output=True, timeout=120)
    assert pdf.is_file() and pdf.stat().st_size > 1000, "chromium printed nothing"
    text = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    return [[x.strip() for x in page.splitlines() if x.strip()] for page in text.split("\f") if page.strip()]


def headings(page: str) -> list[str]:
    found = re.findall(r"<h([123])[^>]*>(.*?)</h\1>", page, re.S)
    return [htmllib.unescape(re.sub(r"<[^>]+>", "", h)).strip() for _, h in found]


@pytest.mark.parametrize("name, pages", [("brand-2024-with-problems.zh.plan", (3, 5)),
                                         ("smart-home-2024.zh.plan", (2, 4))])
def test_the_report_prints_on_a4(tmp_path, name, pages):
    if not (SHARED / name).is_file():
        pytest.skip("shared examples are not beside the checkout")
    out = tmp_path / "r.html"
    assert planlint("report", str(SHARED / name), "-o", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    printed = print_pdf(out, tmp_path)
    assert pages[0] <= len(printed) <= pages[1], len(printed)
    text = "\n".join("\n".join(p) for p in printed)
    titles = headings(page)
    assert len(titles) > 10
    for number, lines in enumerate(printed[:-1], start=1):
        # the last line of a page is never a heading: it moved to the next page with what it introduces
        assert lines[-1] not in titles, (number, lines[-1])
    # amounts and names are whole on one line (50万元, 刘洋), never one character per line
    amounts = set(re.findall(r"\d+(?:\.\d+)?万元", re.sub(r"<svg.*?</svg>", "", page, flags=re.S)))
    assert "50万元" in amounts or "15万元" in amounts
    for amount in amounts:
        assert amount in text, amount
    assert not re.search(r"\d万\n元|\d\n万元", text)
    for person in ("王芳", "张伟", "李娜", "赵强", "陈静", "刘洋", "周敏"):
        if person in page:
            assert person in text and f"{person[0]}\n{person[1]}" not in text, person
    first = printed[0]
    assert first[0].startswith("计划评审报告") and any("签批" in x for x in first[:6])


def test_long_titles_do_not_squeeze_amounts_and_names_into_one_character_a_line(tmp_path):
    from conftest import variant

    long = "全渠道" * 14
    plan = tmp_path / "p.plan"
    plan.write_text(variant(('目标 O1 "门锁市场份额提升至15%"', f'目标 O1 "{long}门锁市场份额提升至15%"'),
                            ('目标 SALES "门锁季度销售额达到650万元"', f'目标 SALES "{long}门锁季度销售额达到650万元"'),
                            ('举措 PROMO "双11限时促销"', f'举措 PROMO "{long}双11限时促销"'),
                            ("  指标: 门锁季度销售额 (万元)", f"  指标: {long}门锁季度销售额 (万元)"),
                            ("  策略: 转化优化", "  策略: 转化优化")), encoding="utf-8")
    out = tmp_path / "r.html"
    assert planlint("report", str(plan), "-o", str(out)).returncode == 0
    text = "\n".join("\n".join(p) for p in print_pdf(out, tmp_path))
    for whole in ("60万元", "650万元", "张伟", "王芳", "2024-12-31"):
        assert whole in text, whole
    assert not re.search(r"\d万\n元|\d\n万元|张\n伟", text)
