"""Traditional Chinese end to end: plans written in 繁體 read like Simplified ones, and get
everything back in Traditional characters; each file is answered in its own language."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest
from conftest import GOOD, PLANS, lint, only, serious

from planlint.driver.linter import Linter
from planlint.language.script import detect, fold, normalise
from planlint.parser import parse

opencc = pytest.importorskip("opencc")
HANT = (PLANS / "good.zh-Hant.plan").read_text(encoding="utf-8")
# characters that exist only in Simplified writing: none may appear in a Traditional message
SIMPLIFIED_ONLY = set("们这个计团队负责预标没项与图为时变发检查议应该")


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def positions(findings) -> Counter:
    return Counter((f.code, f.line, f.column, f.end_line, f.end_column) for f in findings)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_shared_examples_in_traditional_give_the_same_findings(examples, config):
    conv = opencc.OpenCC(config)
    for name, path in examples.items():
        simplified = path.read_text(encoding="utf-8")
        traditional = conv.convert(simplified)
        a, b = Linter().lint(simplified, name), Linter().lint(traditional, name)
        assert positions(a) == positions(b), name
        if any(f.locale.startswith("zh") for f in a):
            assert {f.locale for f in b} == {"zh-Hant"}, name
            for f in b:
                assert not set(f.message + (f.fix or "")) & SIMPLIFIED_ONLY, (f.code, f.message, f.fix)


def test_a_traditional_plan_written_from_scratch_is_clean():
    plan, problems = parse(HANT, "p.plan")
    assert problems == [] and plan.locale == "zh-Hant"
    assert [g.id for g in plan.goals] == ["MEMBERS", "REPEAT"] and plan.meta.budget.value == 800_000
    assert lint(HANT) == []


def test_keywords_fields_choices_scales_and_dates_in_traditional():
    plan, problems = parse(HANT, "p.plan")
    assert problems == []
    members, repeat = plan.goals
    assert members.review == "monthly" and repeat.review == "weekly"  # 複盤: 每月, 復盤: 每週
    assert members.level == "company" and members.relevance == "high" and repeat.relevance == "medium"
    assert members.metric.scale == 10_000 and members.metric.unit_text == "萬人"
    assert str(members.deadline.end) == "2025-12-31" and str(repeat.deadline.start) == "2025-07-01"
    assert [i.budget.value for i in plan.initiatives] == [500_000, 200_000]
    assert plan.meta.budget.text == "80萬元"  # quoted as written
    assert [t.id for t in plan.teams] == ["行銷部", "門市營運部"]
    assert plan.initiatives[0].supports[0].value == "MEMBERS" and repeat.parent.value == "MEMBERS"
    big, _ = parse('計劃 "x"\n  周期: 2025-01-01 .. 2025-12-31\n  預算: 1.5億元\n', "p.plan")
    assert big.meta.budget.value == 150_000_000


def test_regional_variants_fold_to_one_word():
    for a, b in [("週", "周"), ("復盤", "复盘"), ("複盤", "复盘"), ("佔", "占"), ("綫", "线"), ("線", "线"),
                 ("裏", "里"), ("裡", "里"), ("計畫", "计划")]:
        assert fold(a) == b, a
    assert fold("目標值：50萬元 # 備註") == "目标值：50万元 # 备注"  # same length, same places


def test_traditional_plan_over_budget_fails():
    text = HANT.replace("  預算: 50萬元", "  預算: 70萬元")
    [f] = only(lint(text), "RS001")
    assert f.severity == "error" and f.locale == "zh-Hant"
    assert "70萬" in f.message and "預算 80萬元" in f.message and not set(f.message) & SIMPLIFIED_ONLY


def test_vague_words_in_traditional_are_found():
    text = HANT.replace('"新增付費會員1.2萬人"', '"大幅提升品牌影響力"').replace("  指標: 新增付費會員數 (萬人)\n", "")
    vague = [f for f in lint(text) if f.category == "vague"]
    assert vague and "影響力" in vague[0].message


def test_status_reads_traditional_actuals(tmp_path):
    path = tmp_path / "p.plan"
    path.write_text(HANT.replace("  先行指標: 會員註冊頁轉換率", "  先行指標: 會員註冊頁轉換率\n  實際: 0.4 截至 2025-06-30"),
                    encoding="utf-8")
    r = run("status", str(path))
    assert r.returncode == 0, r.stderr
    assert "MEMBERS" in r.stdout and "2025-06-30" in r.stdout


def test_messages_in_traditional_for_a_traditional_plan_and_on_request():
    text = HANT.replace("  負責人: 黃雅婷\n", "")
    [f] = only(lint(text), "OW001")
    assert f.locale == "zh-Hant" and "負責人" in f.fix and not set(f.message) & SIMPLIFIED_ONLY
    [s] = only(lint(GOOD.replace("  负责人: 张伟\n  预算: 60万元", "  预算: 60万元")), "OW001")
    assert s.locale == "zh-Hans" and "负责人" in s.fix
    assert "負責人" in s.text("zh-Hant")[1]
    assert normalise("zh") == "zh-Hans" and normalise("zh_TW") == "zh-Hant" and normalise("zh-HK") == "zh-Hant-HK"


def test_lang_option_accepts_scripts(tmp_path):
    path = tmp_path / "p.plan"
    path.write_text(GOOD.replace("  复盘: 每月\n", ""), encoding="utf-8")
    hant = run("check", "--no-cache", "--lang", "zh-Hant", str(path))
    assert hant.returncode == 1 and "建議:" in hant.stdout and "個檔案" in hant.stdout
    hans = run("check", "--no-cache", "--lang", "zh", str(path))
    assert "建议:" in hans.stdout
    bad = run("check", "--no-cache", "--lang", "fr", str(path))
    assert bad.returncode == 2 and "fr" in bad.stderr


def test_each_file_in_its_own_language_in_one_run(tmp_path):
    (tmp_path / "a.plan").write_text(HANT.replace("  複盤: 每月\n", ""), encoding="utf-8")
    (tmp_path / "b.plan").write_text(GOOD.replace("  复盘: 每月\n", ""), encoding="utf-8")
    en = (
        'goal G "Sign-ups"\n  level: company\n  metric: sign-ups (count)\n  baseline: 100\n  target: 150\n'
        "  deadline: 2025-12-31\n  owner: Li Na\n"
    )
    (tmp_path / "c.plan").write_text(en, encoding="utf-8")
    r = run("check", "--no-cache", str(tmp_path))
    out = r.stdout.splitlines()
    a = next(i for i, line in enumerate(out) if "a.plan" in line and "TR001" in line)
    b = next(i for i, line in enumerate(out) if "b.plan" in line and "TR001" in line)
    c = next(i for i, line in enumerate(out) if "c.plan" in line and "TR001" in line)
    assert out[a + 1].strip().startswith("建議:") and out[b + 1].strip().startswith("建议:")
    assert out[c + 1].strip().startswith("fix:")
    assert "目標" in out[a] and "目标" in out[b] and "goal G" in out[c]
    summary = [line for line in out if "個檔案" in line or "个文件" in line or "file(s)" in line]
    assert len(summary) == 3
    data = json.loads(run("check", "--no-cache", "--format", "json", str(tmp_path)).stdout)
    assert {d["path"].rsplit("/", 1)[-1] for d in data if "目標" in d["message"]} == {"a.plan"}


def test_english_keywords_with_chinese_content_are_answered_in_chinese():
    text = (
        'plan "2025 公众号增长"\n  period: 2025-01-01 .. 2025-06-30\n\n'
        'goal G "提高公众号关注人数"\n  metric: 微信公众号关注人数 (人)\n  baseline: 50000\n  target: 60000\n'
        "  deadline: 2025-06-30\n  owner: 李娜\n  note: 以官方后台数据为准, 每周统计\n"
    )
    assert detect(text) == "zh-Hans"
    [f] = only(lint(text), "TR001")
    assert f.locale == "zh-Hans" and "复盘" in f.fix
    english = 'goal G "More sign-ups"\n  metric: sign-ups (count)\n  owner: 王芳\n  note: counted in the CRM every week\n'
    assert detect(english) == "en"
    # many English field names, short Chinese values and bilingual names: still the writer's Chinese
    fields = ('goal SUBS "付费订阅用户从10万增长到15万"\n  level: company\n  metric: 付费订阅用户数 (万人)\n'
              '  baseline: 10\n  target: 15\n  deadline: 2026-12-31\n  owner: Mike Zhang\n  review: monthly\n\n'
              'goal IOS "iOS 付费订阅用户"\n  parent: SUBS\n  metric: iOS 付费订阅用户数 (万人)\n  baseline: 6\n'
              '  target: 8\n  deadline: 2026-12-31\n  owner: 陈晨\n  review: monthly\n')
    assert detect(fields) == "zh-Hans"


def test_clean_traditional_plan_gets_no_warning_from_the_command(tmp_path):
    path = tmp_path / "p.plan"
    path.write_text(HANT, encoding="utf-8")
    r = run("check", "--no-cache", str(path))
    assert r.returncode == 0 and serious(Linter().lint(HANT, "p.plan")) == []


def test_export_headers_and_init_template_in_traditional(tmp_path):
    path = tmp_path / "p.plan"
    path.write_text(HANT, encoding="utf-8")
    r = run("export", str(path), "--format", "csv", "-o", "-")
    assert r.returncode == 0, r.stderr
    header = r.stdout.splitlines()[0].split(",")
    assert header[:3] == ["類型", "編號", "標題"] and "負責人" in header and "目標值" in header
    starter = run("init", "--lang", "zh-Hant")
    assert starter.returncode == 0 and "計劃" in starter.stdout and "負責人" in starter.stdout
    assert not set(starter.stdout) & SIMPLIFIED_ONLY
    written = tmp_path / "new.plan"
    created = run("init", str(written), "--lang", "zh-Hant")
    assert created.returncode == 0 and "已創建" in created.stdout
    assert Linter().lint(written.read_text(encoding="utf-8"), "new.plan")[0].locale == "zh-Hant"


def test_signing_off_is_written_with_the_signing_character():
    from planlint.language.script import to_hant

    for locale in ("zh-Hant", "zh-Hant-HK"):
        assert to_hant("暂不能签批: 可以提交预算签批", locale) == "暫不能簽批: 可以提交預算簽批"
        assert to_hant("标签", locale) == "標籤"  # a tag stays a tag


def test_taiwan_words_in_messages_read_back_as_the_same_keyword():
    """Messages for Taiwan use its words (欄位, 行銷, 專案, 轉換率), and every field, choice and
    funnel word planlint suggests in them still reads as the same keyword when pasted."""
    from planlint.language.keywords import BUILTIN, word_key
    from planlint.language.script import to_hant

    for name, (aliases, _, _) in BUILTIN.fields.items():
        for w in aliases:
            assert BUILTIN.field_index.get(word_key(to_hant(w, "zh-Hant"))) == name, w
    for choice, options in BUILTIN.choices.items():
        for c, words in options.items():
            for w in words:
                assert BUILTIN.choice_index[choice].get(word_key(to_hant(w, "zh-Hant"))) == c, w
    found = Linter().lint('計劃 "P"\n  預算: 10萬元\n  週期間: 2025\n', "p.plan")
    assert [f.text("zh-Hant")[0] for f in found if f.code == "PL002"] == ["未知欄位「週期間」, 是不是「週期」?"]
    assert to_hant("营销策略: 转化率和线索质量", "zh-Hant") == "行銷策略: 轉換率和線索品質"
    assert to_hant("营销策略", "zh-Hant-HK") == "營銷策略"  # Hong Kong keeps its own


def test_taiwan_and_hong_kong_field_words():
    # 主管 heads a team, 期間 is the plan's period, 檢討 the review, 執行期間 an initiative's window
    plan, problems = parse(
        '計畫 P「2025 行銷計畫」\n  期間: 2025-01-01 .. 2025-12-31\n\n團隊 MKT「行銷部」\n  主管: 陳家明\n\n'
        '目標 G「會員數提升至8萬」\n  部門: MKT\n  負責人: 陳家明\n  檢討: 每月\n\n'
        '舉措 I「會員 App 推廣」\n  支撐: G\n  負責人: 陳家明\n  執行期間: 2025-02 .. 2025-10\n', "p.plan")
    assert problems == []
    team, goal, initiative = plan.teams[0], plan.goals[0], plan.initiatives[0]
    assert team.owner is not None and team.owner.value == "陳家明"
    assert str(plan.meta.period.end) == "2025-12-31" and goal.review == "monthly"
    assert str(initiative.window.start) == "2025-02-01"
    found = lint('團隊 MKT「行銷部」\n  主管: 陳家明\n')
    assert [f.code for f in found if f.code in ("OW001", "PL012")] == []


def test_a_sheets_rows_and_columns_are_named_as_taiwan_names_them():
    """In Taiwan a sheet's row is 列 and its column 欄 (列 is the mainland's column): import's
    messages say so, and Excel's 儲存格, 活頁簿 and 匯入. Hong Kong reads them as before; a
    line of a file is 行 everywhere."""
    from planlint.driver.actuals import _msg
    from planlint.i18n.messages import render
    from planlint.integrations.spreadsheet import message

    column = {"where": "Sheet!IW1", "column": "257 (IW)", "limit": "256", "last": "IV"}
    assert message("zh-Hant", "too_many_columns", **column) == \
        "Sheet!IW1: 第 257 (IW) 欄超出匯入上限 256 欄 (最後一欄是 IV); 刪除或移走這一格的內容"
    assert message("zh-Hant-HK", "too_many_columns", **column) == \
        "Sheet!IW1: 第 257 (IW) 列超出導入上限 256 列 (最後一列是 IV); 刪除或移走這一格的內容"
    assert message("zh", "too_many_columns", **column) == \
        "Sheet!IW1: 第 257 (IW) 列超出导入上限 256 列 (最后一列是 IV); 删除或移走这一格的内容"
    assert message("zh-Hant", "too_many_rows", where="A20001", row="20,001", limit="20,000") == \
        "A20001: 第 20,001 列超出匯入上限 20,000 列; 刪除或移走這一格的內容"
    assert message("zh-Hant-HK", "too_many_rows", where="A20001", row="20,001", limit="20,000") == \
        "A20001: 第 20,001 行超出導入上限 20,000 行; 刪除或移走這一格的內容"
    assert message("zh-Hant", "total_row", where="A9", row=9) == "A9: 第 9 列是合計列, 沒有匯入 (planlint 自己會加總預算)"
    assert message("zh-Hant", "no_header", where="G3", row=1) == \
        "G3: 這一格有內容, 但它所在的欄沒有表頭, 沒有匯入; 在第 1 列給這一欄加上欄位名稱"
    assert message("zh-Hant", "no_kind", where="A1") == "A1: 沒有「類型」欄 (表頭寫 類型 或 kind; 值寫 計畫/團隊/目標/舉措)"
    assert message("zh-Hant", "bad_kind", where="A3", value="目的") == "A3: 「目的」不是 計畫 / 團隊 / 目標 / 舉措, 這一列沒有匯入"
    assert message("zh-Hant", "too_many_cells", where="Sheet", limit="400,000") == "Sheet: 有內容的儲存格超過匯入上限 400,000 個"
    assert message("zh-Hant-HK", "too_many_cells", where="Sheet", limit="400,000") == "Sheet: 有內容的單元格超過導入上限 400,000 個"
    assert message("zh-Hant", "no_sheet", path="p.xlsx") == "p.xlsx: 活頁簿裡沒有工作表"
    assert message("zh-Hant", "no_folder", path="a/p.xlsx", folder="a") == "a/p.xlsx: 資料夾 a 不存在; 先創建它, 或寫到別處"
    assert message("zh-Hant", "csv_error", path="p.csv", line=3, detail="x") == "p.csv: 第 3 行無法讀取: x"  # a line
    assert message("zh-Hant", "not_carried", path="p.plan", line=4, text="x") == "p.plan:4: 這一行無法放進表格, 匯出的表格裡沒有它: x"
    # the actuals CSV of `planlint status`: a row of date, goal, value
    assert render(_msg("columns", where="a.csv:3", count=2), "zh-Hant") == \
        "a.csv:3: 這一列有 2 欄; 需要 日期, 目標編號 (或指標名), 數值 三欄"
    assert render(_msg("columns", where="a.csv:3", count=2), "zh-Hant-HK") == \
        "a.csv:3: 這一行有 2 列; 需要 日期, 目標編號 (或指標名), 數值 三列"
    assert render(_msg("no-goal", where="a.csv:3"), "zh-Hant") == "a.csv:3: 第二欄是空的; 寫目標編號或指標名"
    assert render(_msg("more", count=4), "zh-Hant") == "…還有 4 列有問題"
    # every message of the module, in Taiwan's and Hong Kong's text, has no Simplified character
    from planlint.integrations.spreadsheet import MESSAGES
    from planlint.language.script import in_other_script

    for key, (zh, *_) in MESSAGES.items():
        names = re.findall(r"{(\w+)}", zh)
        for locale in ("zh-Hant", "zh-Hant-HK"):
            shown = message(locale, key, **dict.fromkeys(names, "1"))
            assert not in_other_script(shown, locale) and "{" not in shown, (key, locale, shown)


def test_a_plan_is_計畫_in_taiwan_and_計劃_in_hong_kong_and_keywords_stay_as_written():
    found = Linter().lint(HANT.replace("  預算: 50萬元", "  預算: 70萬元"), "p.plan")
    [over] = only(found, "RS001")
    assert "超出計畫預算 80萬元" in over.text("zh-Hant")[0]
    assert "超出計劃預算 80萬元" in over.text("zh-Hant-HK")[0]
    assert "超出计划预算 80万元" in over.text("zh-Hans")[0]
    [period] = only(lint(HANT.replace("  截止: 2025年第四季度\n", "", 1)), "SM003")
    assert "(計畫週期的最後一天)" in period.fix
    # the command's own words: one hand-written text, each region's word
    from planlint.output.labels import word

    assert word("none-at-revision", "zh-Hant", path="p", rev="HEAD") == "p: 在 HEAD 時這個計畫的檔案都不存在"
    assert word("none-at-revision", "zh-Hant-HK", path="p", rev="HEAD") == "p: 在 HEAD 時這個計劃的檔案都不存在"
    # what planlint writes into a plan keeps its form: the keyword it suggests, the starter plan
    [unknown] = only(Linter().lint(HANT.replace("\n計畫 ", "\n計劃書 ", 1), "p.plan"), "PL007")
    assert [e.text for e in unknown.edits] == ["計劃"] and "計劃" in unknown.fix
    assert "\n計劃 " in run("init", "--lang", "zh-Hant").stdout
    # and both read as the plan keyword
    for keyword in ("計畫", "計劃"):
        plan, problems = parse(HANT.replace("\n計畫 ", f"\n{keyword} ", 1), "p.plan")
        assert problems == [] and plan.meta.budget.value == 800_000


def test_taiwan_sales_channels_and_weeks_in_messages():
    from planlint.language.keywords import BUILTIN
    from planlint.language.packs import load_packs
    from planlint.language.script import TAIWAN_PROSE, fold, to_hant

    # 週, not 周, for a week, in Taiwan and Hong Kong: a count of weeks, the weekly target, 首週
    plan = (PLANS.parent / "method" / "tracking.en.bad.plan").read_text(encoding="utf-8")
    for locale in ("zh-Hant", "zh-Hant-HK"):
        [streak] = [f for f in Linter(lang=locale).lint(plan, "p.plan") if f.code == "TR003" and "70%" in f.message]
        assert "連續 3 週低於週目標的 70% (紅燈)" in streak.message, streak.message
        assert to_hant("例如 次日留存率, 首周活跃天数", locale, prose=True) == "例如 次日留存率, 首週活躍天數"
    assert to_hant("负责人 周敏, 库存周转天数", "zh-Hant", prose=True) == "負責人 周敏, 庫存週轉天數"  # not a week
    assert to_hant("每周复盘", "zh-Hant", prose=True) == "每週復盤"
    # a sales channel is 通路 in Taiwan; an acquisition channel stays 渠道; Hong Kong keeps 渠道
    assert to_hant("转化优化、用户运营、渠道拓展", "zh-Hant", prose=True) == "轉化優化、用戶運營、通路拓展"
    assert to_hant("渠道拓展", "zh-Hant-HK", prose=True) == "渠道拓展"
    assert to_hant("调整获客渠道", "zh-Hant", prose=True) == "調整獲客渠道"
    # the Taiwan words read back as the words they replace: the channel strategy, the plan keyword
    packs = load_packs()
    assert packs.strategy_type(fold("通路拓展")) == packs.strategy_type(fold("渠道拓展")) == "channel"
    assert BUILTIN.block_of(fold(TAIWAN_PROSE["計劃"])) == BUILTIN.block_of(fold("計劃")) == "plan"


def test_status_without_actuals_answers_a_traditional_plan_in_traditional(tmp_path):
    path = tmp_path / "p.plan"
    path.write_text(HANT, encoding="utf-8")
    r = run("status", str(path))
    assert r.returncode == 0, r.stderr
    assert "沒有目標填寫了 實際: 數值 截至 日期 (或一組按日期的實際值)" in r.stdout
    assert not set(r.stdout) & SIMPLIFIED_ONLY
