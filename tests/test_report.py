"""The review report and the sign-off gate, as a finance reviewer and CI see them."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import GOOD, PLANS, SHARED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_html_report_has_verdict_tables_charts_and_no_external_resources(tmp_path):
    out = tmp_path / "r.html"
    r = run("report", str(PLANS / "good.zh.plan"), "-o", str(out))
    assert r.returncode == 0 and r.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert "可以提交预算签批" in html and "目标对齐表" in html and "时间线" in html
    assert html.count("<svg") >= 4 and "双11" in html and "618" in html
    assert "PROMO 双11限时促销" in html  # the initiative in the alignment table
    for external in ("<script", "<link", "src=", "@import", "url("):
        assert external not in html
    assert "@page { size: A4" in html


def test_report_of_a_blocked_plan_groups_findings_with_fixes(tmp_path):
    bad = tmp_path / "bad.plan"
    bad.write_text(GOOD.replace("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 160万元"), encoding="utf-8")
    r = run("report", str(bad), "--format", "md", "--lang", "en")
    assert r.returncode == 0
    md = r.stdout
    assert md.startswith("# Plan review: 2024 门锁营销计划")
    assert "**Blocked**" in md and "### initiative PROMO" in md
    assert "| **Total** | **1.6M CNY** / 1M CNY (600k CNY over) |" in md
    assert "fix: name the person, e.g. 张伟" in md


def test_plan_text_is_escaped_never_markup(tmp_path):
    plan = tmp_path / "x.plan"
    plan.write_text(GOOD.replace('计划 "2024 门锁营销计划"', '计划 "<script>alert(1)</script>"'), encoding="utf-8")
    out = tmp_path / "x.html"
    assert run("report", str(plan), "-o", str(out)).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_refuses_to_overwrite_the_plan(tmp_path):
    plan = tmp_path / "x.plan"
    plan.write_text(GOOD, encoding="utf-8")
    r = run("report", str(plan), "-o", str(plan))
    assert r.returncode == 2 and plan.read_text(encoding="utf-8") == GOOD


def test_gate_exit_codes(tmp_path):
    assert run("gate", str(PLANS / "good.zh.plan")).returncode == 0
    warn = tmp_path / "warn.plan"
    warn.write_text(GOOD.replace("  复盘: 每月\n", ""), encoding="utf-8")
    assert run("gate", str(warn)).returncode == 0
    strict = run("gate", "--strict", str(warn))
    assert strict.returncode == 1 and "TR001" in strict.stdout and "负责人: 张伟" in strict.stdout
    over = tmp_path / "over.plan"
    over.write_text(GOOD.replace("预算: 60万元", "预算: 160万元"), encoding="utf-8")
    r = run("gate", str(over))
    assert r.returncode == 1
    assert "暂不能签批" in r.stdout and "RS001" in r.stdout and "建议: 按目标贡献度削减 60万元" in r.stdout


def test_gate_on_the_shared_examples():
    if not SHARED.is_dir():
        pytest.skip("shared examples are not beside the checkout")
    for name in ("saas-demand-gen-2025.en.plan", "smart-home-2024.zh.plan", "wechat-followers.mixed.plan"):
        assert run("gate", str(SHARED / name)).returncode == 0, name
    assert run("gate", str(SHARED / "brand-2024-with-problems.zh.plan")).returncode == 1


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package chromium)")
@pytest.mark.parametrize("name", ["brand-2024-with-problems.zh.plan", "saas-demand-gen-2025.en.plan",
                                  "smart-home-2024.zh.plan", "wechat-followers.mixed.plan"])
def test_report_renders_in_headless_chromium(tmp_path, name):
    Image = pytest.importorskip("PIL.Image")
    if not (SHARED / name).is_file():
        pytest.skip("shared examples are not beside the checkout")
    html = tmp_path / "r.html"
    assert run("report", str(SHARED / name), "-o", str(html)).returncode == 0
    png = tmp_path / "r.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,1400",
                    f"--screenshot={png}", html.as_uri()], capture_output=True, timeout=120)
    image = Image.open(png).convert("RGB")
    assert image.size == (1000, 1400)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text, tables and charts, not a blank page
    top = image.crop((0, 0, 1000, 200)).convert("L")
    assert top.getextrema()[0] < 100  # dark text (the title) was drawn


def test_report_proposes_an_allocation_and_shows_progress(tmp_path):
    plan = tmp_path / "p.plan"
    plan.write_text(GOOD.replace("预算: 60万元", "预算: 160万元").replace(
        "    2024-Q4: 250", "    2024-Q4: 250\n  实际: 150 截至 2024-06-30"), encoding="utf-8")
    md = run("report", str(plan), "--format", "md").stdout
    assert "### 按贡献度的预算分配建议" in md and "| PROMO | 160万元 | 100万元 |" in md
    assert "| SALES | 张伟 | 2024-06-30 | 250万元 | 150万元 | 60% | 红 |" in md
