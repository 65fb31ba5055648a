"""The review report and the sign-off gate, as a finance reviewer and CI see them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOOD, PLANS, SHARED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def visible(html: str) -> str:
    """The page's text, as a reader sees it (tags taken out)."""
    import html as htmllib

    return htmllib.unescape(re.sub(r"<[^>]+>", "", html))


def run(*args: str, cwd=None):
    """The command in this process (``cli_run``); the first test runs it as its own program."""
    from cli_run import run as in_process

    return in_process(*args, cwd=cwd)


def test_the_installed_command_writes_the_report(tmp_path):
    out = tmp_path / "r.md"
    r = subprocess.run([sys.executable, "-m", "planlint", "report", str(PLANS / "good.zh.plan"), "--format", "md",
                        "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout == "" and out.read_text(encoding="utf-8").startswith("# 计划评审报告")


def test_html_report_has_verdict_tables_charts_and_no_external_resources(tmp_path):
    out = tmp_path / "r.html"
    r = run("report", str(PLANS / "good.zh.plan"), "-o", str(out))
    assert r.returncode == 0 and r.stdout == ""
    html = out.read_text(encoding="utf-8")
    text = visible(html)
    assert "可以提交预算签批" in html and "目标对齐表" in html and "时间线" in html
    assert html.count("<svg") >= 4 and "双11" in html and "618" in html
    assert "PROMO 双11限时促销" in text  # the initiative in the alignment table
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


# ------------------------------------------------------------- one attribution
from cli_run import run as planlint  # noqa: E402
from conftest import variant  # noqa: E402


def md_table(md: str, heading: str) -> list[list[str]]:
    """The rows (cells stripped) of the first Markdown table whose header starts with ``heading``."""
    lines = md.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith(f"| {heading} |"))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


def wan(cell: str) -> float:
    m = re.match(r"\**(\d+(?:\.\d+)?)万元", cell)
    assert m, cell
    return float(m.group(1))


def test_every_budget_column_adds_up_to_what_the_initiatives_ask(examples):
    md = planlint("report", "--format", "md", str(examples["smart-home-2024.zh.plan"])).stdout
    rows = md_table(md, "公司目标")
    body, total = rows[:-1], rows[-1]
    budgets = [wan(r[7]) for r in body if r[7] != "—"]
    assert sum(budgets) == pytest.approx(100) and total[7] == "**100万元** / 计划预算 100万元"
    # SAFETY-DAY (15万) supports M-BRAND and M-USERS: split between them by contribution, not counted twice
    safety = [r[7] for r in body if r[4].startswith("SAFETY-DAY")]
    assert len(safety) == 2 and all("(共 15万元, 按目标拆分)" in c for c in safety)
    assert sum(wan(c) for c in safety) == pytest.approx(15)
    for heading in ("按举措", "按目标", "按部门"):
        table = md_table(md, heading)
        assert sum(wan(r[1]) for r in table[:-1]) == pytest.approx(100) and table[-1][1].startswith("**100万元**")


def test_an_initiative_is_split_evenly_when_its_goals_weigh_the_same(tmp_path):
    plan = tmp_path / "p.plan"
    plan.write_text(variant(("  支撑: SALES", "  支撑: SALES, O1")).replace("  关联度: 高\n", ""), encoding="utf-8")
    md = planlint("report", "--format", "md", str(plan)).stdout
    assert md_table(md, "按目标")[:2] == [["O1", "30万元"], ["SALES", "30万元"]]


def test_every_department_bar_is_labelled(examples, tmp_path):
    problem = examples["brand-2024-with-problems.zh.plan"]
    md = planlint("report", "--format", "md", str(problem)).stdout
    # KOL (owner "*") and FEED-ADS (no owner) are 营销部's: the department of the goals they support
    assert md_table(md, "按部门") == [["营销部", "65万元"], ["销售部", "60万元"], ["**合计**", "**125万元**"]]
    out = tmp_path / "r.html"
    assert planlint("report", str(problem), "-o", str(out)).returncode == 0
    labels = re.findall(r'text-anchor="end">([^<]*)</text>', out.read_text(encoding="utf-8"))
    assert labels and all(x.strip() not in ("", "-", "—", "?") for x in labels)
    # money nobody's department claims has its own named bar
    orphan = tmp_path / "orphan.plan"
    orphan.write_text(variant(("  负责人: 张伟\n  部门: 营销部\n  复盘: 每月", "  负责人: 孙丽\n  复盘: 每月"),
                              ("  负责人: 张伟\n  预算: 60万元", "  负责人: 孙丽\n  预算: 60万元")), encoding="utf-8")
    md = planlint("report", "--format", "md", str(orphan)).stdout
    assert ["未分配部门", "60万元"] in md_table(md, "按部门")
    en = planlint("report", "--format", "md", "--lang", "en", str(orphan)).stdout
    assert ["no department", "600k CNY"] in md_table(en, "By department")


def test_a_missing_owner_looks_different_from_not_applicable(tmp_path):
    plan = tmp_path / "p.plan"
    plan.write_text(variant(("  负责人: 张伟\n  预算: 60万元", "  预算: 60万元")), encoding="utf-8")
    md = planlint("report", "--format", "md", str(plan)).stdout
    (row,) = [r for r in md_table(md, "公司目标") if r[4].startswith("PROMO")]
    assert row[5] == "*未填写*" and row[1] == "—"  # owner missing; no BU goal: not applicable
    out = tmp_path / "r.html"
    planlint("report", str(plan), "-o", str(out))
    html = out.read_text(encoding="utf-8")
    assert '<td class="missing">未填写</td>' in html and '<td class="na">—</td>' in html
    assert "td.missing {" in html and "td.na {" in html


def test_markdown_carries_the_verdict_and_figures_of_the_html(examples, tmp_path):
    problem = examples["brand-2024-with-problems.zh.plan"]
    md = planlint("report", "--format", "md", str(problem)).stdout
    out = tmp_path / "r.html"
    planlint("report", str(problem), "-o", str(out))
    html = visible(out.read_text(encoding="utf-8"))
    for figure in ("暂不能签批", "举措预算 125万元 / 计划预算 100万元: 超支 25万元", "7 个错误", "13 个警告", "9 条提示",
                   "24.1万元"):
        assert figure in md and figure in html, figure
    assert "| **合计** | **125万元** / 100万元 (超支 25万元) |" in md


def test_severity_and_labels_follow_the_plans_language_and_script(examples, tmp_path):
    md = planlint("report", "--format", "md", str(examples["brand-2024-with-problems.zh.plan"])).stdout
    assert "- **错误** `AL001`" in md and "- **警告** `AL005`" in md and "- **提示** `TR002`" in md
    assert "**error**" not in md and "**warning**" not in md
    hant = tmp_path / "r.html"
    assert planlint("report", str(PLANS / "good.zh-Hant.plan"), "-o", str(hant)).returncode == 0
    page = hant.read_text(encoding="utf-8")
    assert '<html lang="zh-TW">' in page
    for word in ("計畫評審報告", "可以提交預算簽批", "目標對齊表", "負責人", "預算平衡", "按部門", "時間線"):
        assert word in page, word
    for simplified in ("评审", "预算", "签批", "负责人", "对齐", "时间线", "错误", "建议", "籤"):
        assert simplified not in page, simplified
    bad = tmp_path / "bad.plan"
    bad.write_text((PLANS / "good.zh-Hant.plan").read_text(encoding="utf-8").replace("  預算: 80萬元\n", "  預算: 8萬元\n"),
                   encoding="utf-8")
    md = planlint("report", "--format", "md", str(bad)).stdout
    assert "**暫不能簽批**" in md and "- **錯誤** `RS001`" in md
    hk = planlint("report", "--format", "md", "--lang", "zh-Hant-HK", str(bad)).stdout
    assert "**暫不能簽批**" in hk and "**錯誤**" in hk
    # a plan is 計畫 in Taiwan's standard writing, 計劃 in Hong Kong's
    assert "計畫評審報告" in md and "計劃評審報告" not in md
    assert "計劃評審報告" in hk and "計畫評審報告" not in hk


def test_seasonal_peaks_only_where_they_apply(examples, tmp_path):
    en = tmp_path / "en.html"
    planlint("report", str(examples["saas-demand-gen-2025.en.plan"]), "-o", str(en))
    charts = "".join(re.findall(r"<svg.*?</svg>", en.read_text(encoding="utf-8"), re.S))
    assert charts and 'class="peak"' not in charts and ">618</text>" not in charts and ">Double 11</text>" not in charts
    zh = tmp_path / "zh.html"
    planlint("report", str(examples["smart-home-2024.zh.plan"]), "-o", str(zh))
    page = zh.read_text(encoding="utf-8")
    assert page.count('class="peak"') == 2 and ">618</text>" in page and ">双11</text>" in page


def test_markdown_never_makes_plan_text_live(tmp_path):
    gfm = pytest.importorskip("cmarkgfm")
    from cmarkgfm.cmark import Options

    plan = tmp_path / "p.plan"
    plan.write_text(variant(('计划 "2024 门锁营销计划"', '计划 "[点我](javascript:alert(1)) <img src=x onerror=alert(2)>"'),
                            ('举措 PROMO "双11限时促销"', '举措 PROMO "![](http://t.example/pixel.png) 见 http://t.example/x 和 www.t.example"'),
                            ("  负责人: 张伟\n  预算", "  负责人: *张伟* | `x` [a]: http://t.example\n  预算")),
                    encoding="utf-8")
    md = planlint("report", "--format", "md", str(plan)).stdout
    html = gfm.github_flavored_markdown_to_html(md, options=Options.CMARK_OPT_UNSAFE)
    assert "<a " not in html and "<img" not in html and "javascript:" not in html.split("[点我]")[0]
    assert "[点我](javascript:alert(1))" in html and "![](http://t.example/pixel.png)" in html  # shown as text
    assert "&lt;img src=x onerror=alert(2)&gt;" in html and "*张伟*" in html
    assert html.count("<table>") >= 4  # a | in plan text did not break the tables


@pytest.mark.parametrize("change", [
    ("  周期: 2024-01-01 .. 2024-12-31", "  周期: 2024-01-01 .. 9999-12-31"),
    ("  时间: 2024-10-15 .. 2024-11-15", "  时间: 2024-10-15 .. 9999-12-31"),
    ("  时间: 2024-10-15 .. 2024-11-15", "  时间: 0001-01-01 .. 9999-12-31"),
])
def test_a_period_or_window_to_year_9999_is_clipped_not_a_crash(tmp_path, change):
    plan = tmp_path / "p.plan"
    plan.write_text(variant(change), encoding="utf-8")
    out = tmp_path / "r.html"
    r = planlint("report", str(plan), "-o", str(out))
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert "时间线只画到" in html and html.count("<rect") < 100
    assert planlint("report", "--format", "md", str(plan)).returncode == 0
    assert planlint("gate", str(plan)).returncode in (0, 1)


def test_report_never_overwrites_without_force(tmp_path):
    plan = tmp_path / "p.plan"
    plan.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "review.html"
    out.write_text("last week's review", encoding="utf-8")
    r = planlint("report", str(plan), "-o", str(out))
    assert r.returncode == 2 and out.read_text(encoding="utf-8") == "last week's review"
    assert r.stderr == f"planlint: {out}: 文件已存在; 加上 --force 覆盖它, 或写到另一个文件\n"
    assert planlint("report", str(plan), "-o", str(out), "--force").returncode == 0
    assert "计划评审报告" in out.read_text(encoding="utf-8")


def test_report_of_a_set_is_one_report_with_the_files(tmp_path):
    import shutil

    root = tmp_path / "plans"
    shutil.copytree(Path(__file__).parent / "sets" / "group", root)
    for asked in ("plans/company.plan", "plans"):
        md = planlint("report", "--format", "md", asked, cwd=tmp_path).stdout
        assert "**可以提交预算签批**" in md and "文件: plans/company.plan, plans/marketing.plan, plans/sales.plan" in md
        rows = md_table(md, "文件")
        files = {r[0] for r in rows[:-1]}
        assert files == {"plans/marketing.plan", "plans/sales.plan"}  # each goal's row names its file
        assert rows[-1][8] == "**65万元** / 计划预算 100万元"
    (root / "sales.plan").write_text((root / "sales.plan").read_text(encoding="utf-8").replace("  负责人: 周敏\n", ""),
                                     encoding="utf-8")
    md = planlint("report", "--format", "md", "plans", cwd=tmp_path).stdout
    assert "### 举措 CALL「24小时内首次跟进」 · plans/sales.plan" in md  # grouped by block, in its file
    # unrelated plans in one folder are not one report
    (root / "other.plan").write_text(GOOD, encoding="utf-8")
    r = planlint("report", "plans", cwd=tmp_path)
    assert r.returncode == 2 and "2 个互不相关的计划" in r.stderr


def test_report_dash_o_dash_prints_to_stdout(examples, tmp_path):
    r = subprocess.run([sys.executable, "-m", "planlint", "report", "--format", "md", "-o", "-",
                        str(examples["smart-home-2024.zh.plan"])], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("# ") and not (tmp_path / "-").exists()
