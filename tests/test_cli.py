"""The command as a user runs it: output, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import GOOD, PLANS, SHARED


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_plan_exits_0_and_says_so_in_one_line_or_nothing_with_quiet():
    r = run("check", str(PLANS / "good.zh.plan"))
    assert (r.returncode, r.stdout, r.stderr) == (0, "1 个文件, 没有发现问题\n", "")
    r = run("check", "--lang", "en", str(PLANS / "good.zh.plan"), str(PLANS / "good.zh-Hant.plan"))
    assert (r.returncode, r.stdout, r.stderr) == (0, "2 file(s), no findings\n", "")
    r = run("check", "-q", str(PLANS / "good.zh.plan"))
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_findings_exit_1_with_path_line_col_code_and_fix(tmp_path):
    path = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    r = run("check", str(path))
    assert r.returncode == 1
    first, fix = r.stdout.splitlines()[:2]
    assert first == f"{path}:25:4: TR001 warning 目标 SALES「门锁季度销售额达到650万元」 没有复盘节奏"
    assert fix == "    建议: 加上 复盘: 每月"
    assert "1 个文件: 0 个错误, 1 个警告" in r.stdout


def test_a_chinese_keyword_against_its_title_opens_the_block(tmp_path):
    write(tmp_path, "t.plan", "计划「P」\n目标 G1「x」\n  负责人: 张三\n")
    r = run("check", "--no-cache", "--select", "PL,OW", "t.plan", cwd=tmp_path)
    assert r.stdout.splitlines()[:2] == ["t.plan:1:1: OW001 error 计划 「P」 没有负责人", "    建议: 加上 负责人: <姓名>"]
    assert "PL001" not in r.stdout  # no longer taken for prose


def test_a_block_keyword_that_is_no_header_says_what_to_type(tmp_path):
    write(tmp_path, "t.plan", "  负责人: 张三\n计划：2025 品牌\n  预算: 10万元\n")
    r = run("check", "--no-cache", "t.plan", cwd=tmp_path)
    assert r.stdout.splitlines()[:4] == [
        't.plan:1:6: PL001 error 这一行应是块的开头: 关键词、编号和标题, 例如 目标 M-SALES "季度销售额增长"; 看到的是「负责人: 张三」',
        "    建议: 以 计划 / 团队 / 目标 / 举措 开头, 字段缩进两格写在下面",
        "t.plan:2:3: PL001 error 这一行以块关键词「计划」开头, 但不是块的开头: 「计划：2025 品牌」",
        "    建议: 写成 计划 P1 「2025 品牌」: 关键词, 空格, 编号, 再加带引号的标题",
    ]
    assert "1 个文件: 2 个错误, 0 个警告" in r.stdout  # the budget under it is no block's: nothing more


def test_fail_on_error_lets_warnings_pass(tmp_path):
    path = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    assert run("check", "--fail-on", "error", str(path)).returncode == 0


def test_json_format(tmp_path):
    path = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    r = run("check", "--format", "json", "--lang", "en", str(path))
    [f] = json.loads(r.stdout)
    assert list(f) == ["path", "line", "column", "end_line", "end_column", "code", "category", "severity", "message", "fix",
                       "applicability", "edits", "rule", "url"]
    assert (f["line"], f["column"], f["code"], f["category"], f["severity"]) == (25, 4, "TR001", "tracking", "warning")
    assert f["message"].startswith("goal SALES") and f["fix"] == "add review: monthly"
    assert f["applicability"] == "unsafe" and f["rule"] == "goal-without-review"
    [f] = json.loads(run("check", "--format", "json", str(path)).stdout)
    text = path.read_text(encoding="utf-8").splitlines()
    last = text.index("    2024-Q4: 250") + 1  # the goal's last line: the field goes below it
    end = len(text[last - 1]) + 1
    assert f["edits"] == [{"line": last, "column": end, "end_line": last, "end_column": end, "text": "\n  复盘: 每月"}]
    assert f["url"].endswith("docs/rules.md#tr001") and f["url"].startswith("https://")


def test_json_of_a_clean_plan_is_an_empty_array():
    r = run("check", "--format", "json", str(PLANS / "good.zh.plan"))
    assert (r.returncode, json.loads(r.stdout)) == (0, [])


def test_folder_recurses_into_plans(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.plan", GOOD)
    write(tmp_path, "notes.txt", "not a plan")
    assert run("check", str(tmp_path)).returncode == 0


def test_usage_and_io_errors_exit_2_with_one_line(tmp_path):
    cases = [
        ("check", str(tmp_path / "missing.plan")),
        ("check", str(tmp_path)),  # a folder with no plans
    ]
    (tmp_path / "latin1.plan").write_bytes("目标".encode("gbk"))
    cases.append(("check", str(tmp_path / "latin1.plan")))
    (tmp_path / "bin.plan").write_bytes(b"\x00\x01\x02")
    cases.append(("check", str(tmp_path / "bin.plan")))
    for args in cases:
        r = run(*args)
        assert r.returncode == 2, args
        assert "Traceback" not in r.stderr
        assert r.stderr.startswith("planlint: ") or r.stderr.startswith("Error"), r.stderr
    assert "GBK 编码的文本, 不是 UTF-8" in run("check", str(tmp_path / "latin1.plan")).stderr  # in the file's own language


def test_bad_config_is_one_clear_error(tmp_path):
    write(tmp_path, ".planlint.toml", '[rules.SM005]\nmax-growt = 3\n')
    write(tmp_path, "p.plan", GOOD)
    r = run("check", str(tmp_path / "p.plan"))
    assert r.returncode == 2
    assert r.stderr.strip() == f"planlint: {tmp_path / '.planlint.toml'}: rules.SM005.max-growt: Extra inputs are not permitted"


def test_a_config_selector_that_names_no_rule_is_an_error_not_silence(tmp_path):
    # a typo in select or ignore would otherwise select or silence nothing, and say nothing (ruff: an error)
    plan = write(tmp_path, "p.plan", GOOD)
    config = tmp_path / "pyproject.toml"
    for setting, key in (('select = ["SM999", "BL"]', "select"), ('ignore = ["trackng"]', "ignore"),
                         ('extend-select = ["VG9"]', "extend-select")):
        config.write_text(f"[tool.planlint]\n{setting}\n", encoding="utf-8")
        r = run("check", "--lang", "en", str(plan))
        bad = setting.split('"')[1]
        assert (r.returncode, r.stdout) == (2, ""), setting
        assert r.stderr == f"planlint: {config}: {key}: '{bad}' matches no rule code, prefix or category (see planlint rules)\n"
    config.write_text('[tool.planlint.per-file-ignores]\n"*.plan" = ["QQ"]\n', encoding="utf-8")
    r = run("check", "--lang", "zh-Hant", str(plan))
    assert (r.returncode, r.stderr) == (2, f"planlint: {config}: per-file-ignores.*.plan: 「QQ」沒有符合的規則代碼、前綴或類別 (見 planlint rules)\n")
    # prefixes, categories and ALL name rules: no error
    config.write_text('[tool.planlint]\nselect = ["ALL"]\nignore = ["SM00", "tracking"]\n', encoding="utf-8")
    assert run("check", str(plan)).returncode == 0


def test_config_lang_takes_the_scripts_the_command_takes(tmp_path):
    plan = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    for lang, word in (("zh-Hant", "沒有復盤節奏"), ("zh-Hant-HK", "沒有復盤節奏"), ("zh-Hans", "没有复盘节奏"), ("en", "no review cadence")):
        write(tmp_path, ".planlint.toml", f'lang = "{lang}"\n')
        r = run("check", str(plan))
        assert r.returncode == 1 and word in r.stdout, (lang, r.stdout, r.stderr)
    write(tmp_path, ".planlint.toml", 'lang = "fr"\n')
    r = run("check", str(plan))
    assert (r.returncode, r.stderr) == (2, f"planlint: {tmp_path / '.planlint.toml'}: lang: must be one of zh, zh-Hans, zh-Hant, zh-Hant-HK, en\n")


def test_config_in_pyproject_ignores_a_rule(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.planlint]\nignore = ["tracking"]\n')
    path = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    assert run("check", str(path)).returncode == 0


def test_check_never_writes(tmp_path):
    path = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    before = path.read_bytes()
    run("check", str(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.plan"]


def test_parse_prints_the_normalised_model():
    r = run("parse", str(PLANS / "good.zh.plan"))
    assert r.returncode == 0
    plan = json.loads(r.stdout)
    assert plan["meta"]["budget"]["value"] == 1_000_000 and plan["meta"]["budget"]["unit"] == "CNY"
    sales = plan["goals"][1]
    assert sales["deadline"]["start"] == "2024-10-01" and sales["deadline"]["end"] == "2024-12-31"
    assert sales["metric"] == {"name": "门锁季度销售额", "unit": "CNY", "scale": 10000.0, "unit_text": "万元",
                               "span": {"line": 30, "column": 7, "end_line": 30, "end_column": 19}}


def test_rules_and_explain():
    r = run("rules")
    assert r.returncode == 0 and "SM001" in r.stdout and "XD001" in r.stdout
    r = run("explain", "sm005")
    assert r.returncode == 0
    for section in ("What it checks", "Why", "Bad", "Good", "Fix", "max-growth = 2.0"):
        assert section in r.stdout
    r = run("explain", "ZZ999")
    assert r.returncode == 2 and "no rule ZZ999" in r.stderr


def test_every_rule_explains():
    from planlint.driver.linter import load_builtin_rules

    for code, cls in load_builtin_rules().items():
        doc = cls.documentation()
        for section in ("What it checks", "Why", "Bad", "Good", "Fix"):
            assert section in doc, (code, section)



def test_shared_examples_from_another_directory(tmp_path):
    if not SHARED.is_dir():
        return
    r = run("check", str(SHARED / "smart-home-2024.zh.plan"), cwd=tmp_path)
    assert r.returncode == 0


def test_the_readme_table_lists_every_rule_with_its_category_and_severity():
    from conftest import ROOT

    from planlint.rules import RULES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        if rule.category == "syntax":
            continue
        severity = "warning (red) / info (amber)" if rule.code == "TR003" else rule.severity
        assert f"| {rule.code} | {rule.name} | {rule.category} | {severity} |" in readme, rule.code
    syntax = [r for r in RULES if r.category == "syntax"]
    assert f"| PL001-PL{len(syntax):03d} |" in readme


def test_docs_rules_md_is_up_to_date():
    from conftest import ROOT

    from planlint.driver.linter import rules_markdown

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), \
        "regenerate with: planlint rules --markdown > docs/rules.md"


def test_jobs_and_cache_give_the_same_findings(tmp_path):
    for i in range(6):
        write(tmp_path, f"p{i}.plan", GOOD.replace("  复盘: 每月\n", "") if i % 2 else GOOD)
    serial = run("check", "--format", "json", "--jobs", "1", "--no-cache", str(tmp_path), cwd=tmp_path)
    parallel = run("check", "--format", "json", "--jobs", "2", str(tmp_path), cwd=tmp_path)
    cached = run("check", "--format", "json", "--jobs", "2", str(tmp_path), cwd=tmp_path)
    assert serial.returncode == parallel.returncode == cached.returncode == 1
    assert json.loads(serial.stdout) == json.loads(parallel.stdout) == json.loads(cached.stdout)
    assert len(json.loads(serial.stdout)) == 3
    assert not (tmp_path / ".planlint_cache").exists()  # the cache is the user's, not the repository's
    assert not list(Path(os.environ["PLANLINT_CACHE_DIR"]).rglob(".tmp-*"))


def test_cache_follows_the_config(tmp_path):
    path = write(tmp_path, "p.plan", GOOD.replace("  复盘: 每月\n", ""))
    assert run("check", str(path), cwd=tmp_path).returncode == 1
    write(tmp_path, ".planlint.toml", 'ignore = ["TR001"]\n')
    assert run("check", str(path), cwd=tmp_path).returncode == 0


def test_init_writes_a_starter_plan_that_reads_and_says_what_to_fill(tmp_path):
    for lang in ("zh", "en"):
        path = tmp_path / f"new.{lang}.plan"
        r = run("init", str(path), "--lang", lang)
        assert r.returncode == 0 and path.is_file()
        check = run("check", "--format", "json", "--no-cache", str(path))
        codes = {f["code"] for f in json.loads(check.stdout)}
        assert not {c for c in codes if c.startswith("PL")}, codes  # the template itself reads
        assert "OW002" in codes  # the <owner> slots are still to fill
        again = run("init", str(path))
        assert again.returncode == 2 and "never overwrites" in again.stderr


def test_the_process_ends_with_all_its_output_written_and_its_exit_code(tmp_path):
    """The command leaves without tearing the interpreter down (``cli.run``): what it printed still
    arrives whole, through a pipe far larger than the pipe's buffer, and a reader that stops early
    (``| head``) gets no traceback."""
    sales = "目标 SALES" + GOOD.split("目标 SALES", 1)[1].split("\n\n", 1)[0].replace("  复盘: 每月\n", "")
    path = write(tmp_path, "big.plan", GOOD + "".join(
        "\n\n" + sales.replace("SALES", f"S{i}", 1) for i in range(300)) + "\n")
    r = run("check", "--format", "json", "--no-cache", str(path))
    assert r.returncode == 1 and r.stderr == ""
    found = json.loads(r.stdout)
    assert len(r.stdout) > 200_000 and len(found) >= 300
    proc = subprocess.Popen([sys.executable, "-m", "planlint", "check", "--no-cache", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline().decode("utf-8")
    proc.stdout.close()
    assert proc.wait(timeout=120) == 1 and first.startswith(str(path))
    assert proc.stderr.read() == b""
    proc.stderr.close()
