"""The command as people used to ruff, sqlfluff or Vale expect it: stdin, output files, quiet,
statistics, colour, selectors, one-line usage errors in the user's language, exclude and
per-file-ignores, plugin rules in `rules` and `explain`."""

from __future__ import annotations

import json
import stat

import pytest
from cli_run import run, run_process
from conftest import GOOD, PLANS

BAD = GOOD.replace("  复盘: 每月\n", "")  # one TR001 warning on line 25


def one_line_error(r) -> str:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("planlint: "), r.stderr
    return lines[0]


def write(folder, name: str, text: str):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------- stdin
def test_stdin_with_a_filename_is_checked_as_that_file(tmp_path):
    write(tmp_path, ".planlint.toml", 'ignore = ["OW002"]\n')
    plan = BAD.replace("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 60万元")
    r = run("check", "-", "--stdin-filename", "plans/q4.plan", input=plan, cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    # the path of the output is the one given; the config above it applies (OW002 ignored)
    assert r.stdout.splitlines()[0].startswith("plans/q4.plan:25:4: TR001 warning ")
    assert "OW002" not in r.stdout
    assert r.stdout.splitlines()[-1] == "1 个文件: 0 个错误, 1 个警告, 0 条提示"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".planlint.toml"]  # nothing written (the cache is the user's)


def test_stdin_without_a_filename_is_called_dash():
    r = run("check", "-", "--format", "json", input=BAD)
    assert r.returncode == 1
    [f] = json.loads(r.stdout)
    assert (f["path"], f["code"], f["line"]) == ("-", "TR001", 25)


def test_stdin_takes_part_in_its_plan_set(tmp_path):
    """A department plan on stdin whose parent goal is defined in a file beside its name."""
    company = write(tmp_path, "company.plan", GOOD)
    dept = ('目标 DEPT-USERS "部门注册用户"\n  上级: SALES\n  维度: 用户\n  关联度: 高\n  指标: 注册用户数 (人)\n'
            '  基准: 100\n  目标值: 150\n  截止: 2024-12-31\n  负责人: 张伟\n  部门: 营销部\n  复盘: 每月\n')
    (tmp_path / "elsewhere").mkdir()
    alone = run("check", "-", "--format", "json", "--no-cache", input=dept, cwd=tmp_path / "elsewhere")
    assert "AL003" in {f["code"] for f in json.loads(alone.stdout)}  # SALES is unknown without its set
    r = run("check", "-", "--stdin-filename", str(tmp_path / "dept.plan"), "--format", "json", "--no-cache",
            input=dept)
    codes = {f["code"] for f in json.loads(r.stdout)}
    assert "AL003" not in codes, r.stdout
    assert all(f["path"] == str(tmp_path / "dept.plan") for f in json.loads(r.stdout))
    assert company.read_text(encoding="utf-8") == GOOD


def test_stdin_errors_are_one_line_named_after_the_stdin_filename():
    line = one_line_error(run("check", "-", "--stdin-filename", "q3.plan", input="目标".encode("gbk")))
    assert line.startswith("planlint: q3.plan:1: 这是 GBK 编码的文本, 不是 UTF-8")  # in the language it is written in
    line = one_line_error(run("check", "-", "-", input=""))
    assert line == "planlint: - (standard input) can be given only once (see planlint check --help)"
    line = one_line_error(run("check", str(PLANS / "good.zh.plan"), "--stdin-filename", "x.plan"))
    assert "--stdin-filename needs -" in line


# ---------------------------------------------------------- output, summary
def test_output_file_gets_the_findings_with_the_users_umask(tmp_path):
    plan = write(tmp_path, "p.plan", BAD)
    out = tmp_path / "findings.json"
    r = run("check", str(plan), "--format", "json", "--output-file", str(out), umask=0o027)
    assert (r.returncode, r.stdout, r.stderr) == (1, "", "")
    assert [f["code"] for f in json.loads(out.read_text(encoding="utf-8"))] == ["TR001"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    r = run("check", str(plan), "-o", str(tmp_path / "report.txt"))
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert text.startswith(f"{plan}:25:4: TR001 warning") and text.endswith("1 个文件: 0 个错误, 1 个警告, 0 条提示\n")
    assert "\x1b[" not in text
    line = one_line_error(run("check", str(plan), "-o", str(plan)))
    assert "that is a plan being checked" in line and plan.read_text(encoding="utf-8") == BAD
    r = run("check", str(plan), "-o", "-", "--format", "json", cwd=tmp_path)  # - is standard output
    assert [f["code"] for f in json.loads(r.stdout)] == ["TR001"] and not (tmp_path / "-").exists()


def test_summary_counts_every_file_checked_and_says_when_all_is_clean(tmp_path):
    for name in ("a.plan", "b.plan"):
        write(tmp_path, name, GOOD)
    write(tmp_path, "c.plan", BAD)
    r = run("check", str(tmp_path))
    assert r.stdout.splitlines()[-1] == "3 个文件: 0 个错误, 1 个警告, 0 条提示"
    write(tmp_path, "c.plan", GOOD)
    r = run("check", str(tmp_path))
    assert (r.returncode, r.stdout) == (0, "3 个文件, 没有发现问题\n")
    r = run("check", "--lang", "zh-Hant", str(tmp_path))
    assert r.stdout == "3 個檔案, 沒有發現問題\n"


def test_quiet_prints_only_the_findings(tmp_path):
    plan = write(tmp_path, "p.plan", BAD)
    r = run("check", "-q", str(plan))
    assert r.returncode == 1
    assert r.stdout.splitlines() == [f"{plan}:25:4: TR001 warning 目标 SALES「门锁季度销售额达到650万元」 没有复盘节奏",
                                     "    建议: 加上 复盘: 每月"]


def test_statistics_counts_by_code(tmp_path):
    plan = write(tmp_path, "p.plan", BAD.replace("  负责人: 张伟\n", "  负责人: *\n"))  # the goal's and the initiative's
    r = run("check", "--statistics", str(plan))
    assert r.returncode == 1
    assert r.stdout.splitlines() == ["2  OW002      placeholder-owner", "1  TR001      goal-without-review"]
    r = run("check", "--statistics", "--format", "json", str(plan))
    assert json.loads(r.stdout) == [{"code": "OW002", "name": "placeholder-owner", "count": 2, "fixable": False},
                                    {"code": "TR001", "name": "goal-without-review", "count": 1, "fixable": False}]


def test_colour_only_when_asked_or_on_a_terminal(tmp_path):
    plan = write(tmp_path, "p.plan", BAD)
    assert "\x1b[" not in run("check", str(plan)).stdout  # a pipe: no colour
    forced = run("check", str(plan), env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in forced and "warning" in forced
    assert "\x1b[" not in run("check", str(plan), env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in run("check", str(plan), "--format", "json", env={"FORCE_COLOR": "1"}).stdout


# ---------------------------------------------------------------- selectors
def test_a_selector_that_matches_no_rule_is_a_usage_error(tmp_path):
    plan = write(tmp_path, "p.plan", BAD)
    assert one_line_error(run("check", "--select", "XX123", str(plan))) == \
        "planlint: --select XX123: matches no rule code, prefix or category (see planlint rules)"
    assert "--ignore smrt" in one_line_error(run("check", "--ignore", "smrt", str(plan)))
    assert "--select OW,PL" not in one_line_error(run("check", "--select", "OW,XX", str(plan)))


def test_comma_separated_selectors_are_several(tmp_path):
    plan = write(tmp_path, "p.plan", BAD.replace("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 60万元"))
    codes = {f["code"] for f in json.loads(run("check", "--select", "OW,PL", "--format", "json", str(plan)).stdout)}
    assert codes == {"OW002"}
    codes = {f["code"] for f in json.loads(run("check", "--select", "OW, tracking", "--format", "json", str(plan)).stdout)}
    assert codes == {"OW002", "TR001"}


# ------------------------------------------------------------- usage errors
@pytest.mark.parametrize("args, en, zh", [
    (("check", "--jobs", "0", "x.plan"), "--jobs: 0 is too small; use 1 or more (see planlint check --help)",
     "--jobs: 0 太小, 至少为 1 (见 planlint check --help)"),
    (("check", "-j", "-3", "x.plan"), "--jobs: -3 is too small; use 1 or more (see planlint check --help)",
     "--jobs: -3 太小, 至少为 1 (见 planlint check --help)"),
    (("check",), "missing PATHS (see planlint check --help)", "缺少 PATHS (见 planlint check --help)"),
    (("check", "--formt", "json", "x.plan"), "no such option: --formt; did you mean --format? (see planlint check --help)",
     "没有 --formt 这个选项; 是不是 --format? (见 planlint check --help)"),
    (("check", "--format", "xml", "x.plan"),
     "--format: 'xml' is not one of text, json, sarif, github, gitlab, junit, rdjson, auto (see planlint check --help)",
     "--format: 没有「xml」这一项; 可选: text, json, sarif, github, gitlab, junit, rdjson, auto (见 planlint check --help)"),
    (("chek",), "no command 'chek'; the commands are: check, diff, explain, export, fix, gate, import, init, lsp, parse, "
     "report, rules, status (see planlint --help)",
     "没有 chek 这个命令; 命令有: check, diff, explain, export, fix, gate, import, init, lsp, parse, report, rules, status "
     "(见 planlint --help)"),
    (("check", "x.plan", "--output-file"), "--output-file needs a value (see planlint check --help)",
     "--output-file 后面要跟一个值 (见 planlint check --help)"),
])
def test_usage_errors_are_one_line_in_the_users_language(args, en, zh):
    assert one_line_error(run(*args)) == f"planlint: {en}"
    assert one_line_error(run(*args, env={"LC_ALL": "zh_CN.UTF-8"})) == f"planlint: {zh}"


def test_lang_on_the_command_line_decides_the_language_of_errors(tmp_path):
    assert one_line_error(run("check", "--lang", "zh-Hant", "--jobs", "0", "x.plan")) == \
        "planlint: --jobs: 0 太小, 至少為 1 (見 planlint check --help)"
    assert one_line_error(run("check", "--jobs", "0", "x.plan", "--lang=en", env={"LC_ALL": "zh_TW.UTF-8"})) == \
        "planlint: --jobs: 0 is too small; use 1 or more (see planlint check --help)"
    assert one_line_error(run("check", "--lang", "fr", "x.plan")) == \
        "planlint: --lang: 'fr' is not one of en, zh, zh-Hans, zh-Hant, zh-Hant-HK (see planlint check --help)"


def test_input_and_config_errors_follow_the_users_language(tmp_path):
    zh = {"LC_ALL": "zh_CN.UTF-8"}
    missing = tmp_path / "missing.plan"
    assert one_line_error(run("check", str(missing), env=zh)) == f"planlint: {missing}: 没有这个文件或文件夹"
    assert one_line_error(run("check", str(missing), env={"LANG": "zh_TW.UTF-8", "LC_ALL": ""})) == \
        f"planlint: {missing}: 沒有這個檔案或資料夾"
    (tmp_path / "gbk.plan").write_bytes("目标".encode("gbk"))
    assert one_line_error(run("check", str(tmp_path / "gbk.plan"), env=zh)).startswith(
        f"planlint: {tmp_path / 'gbk.plan'}:1: 这是 GBK 编码的文本, 不是 UTF-8; 请把文件另存为 UTF-8")
    write(tmp_path, "cfg/.planlint.toml", 'exlude = ["x"]\n')
    write(tmp_path, "cfg/p.plan", GOOD)
    assert one_line_error(run("check", str(tmp_path / "cfg" / "p.plan"), env=zh)) == \
        f"planlint: {tmp_path / 'cfg' / '.planlint.toml'}: exlude: 不认识这个设置项 (检查拼写, 见 README 的 Configuration)"
    write(tmp_path, "cfg/.planlint.toml", 'fail-on = "sometimes"\n')
    assert one_line_error(run("check", str(tmp_path / "cfg" / "p.plan"))) == \
        f"planlint: {tmp_path / 'cfg' / '.planlint.toml'}: fail-on: must be one of error, warning, info, never"
    write(tmp_path, "cfg/.planlint.toml", 'fail-on = \n')
    assert "不是合法的 TOML" in one_line_error(run("check", str(tmp_path / "cfg" / "p.plan"), env=zh))
    assert one_line_error(run("explain", "OW9", env=zh)) == \
        "planlint: 没有 OW9 这条规则; 以 OW 开头的规则: OW001, OW002, OW003, OW004, OW005"


# --------------------------------------------------- exclude, per-file-ignores
def test_exclude_from_config_and_the_command_line(tmp_path):
    write(tmp_path, ".planlint.toml", 'exclude = ["drafts", "archive/2023-*.plan"]\n')
    write(tmp_path, "q4.plan", GOOD)
    write(tmp_path, "drafts/idea.plan", BAD)
    write(tmp_path, "team/drafts/other.plan", BAD)
    write(tmp_path, "archive/2023-q4.plan", BAD)
    write(tmp_path, "archive/2024-q1.plan", BAD)

    def checked(*args):
        r = run("check", "--format", "json", "--no-cache", *args, cwd=tmp_path)
        return sorted({f["path"] for f in json.loads(r.stdout)})

    assert checked(".") == ["archive/2024-q1.plan"]
    assert checked(".", "--exclude", "archive/2024-*") == []
    # a file named on the command line is checked, unless --force-exclude (as pre-commit uses it)
    assert checked("drafts/idea.plan") == ["drafts/idea.plan"]
    assert checked("drafts/idea.plan", "--force-exclude") == []
    r = run("check", "drafts/idea.plan", "--force-exclude", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "")  # nothing to check is not an error
    assert checked("-", "--stdin-filename", "drafts/x.plan", "--force-exclude") == []


def test_per_file_ignores(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.planlint.per-file-ignores]\n"legacy/*.plan" = ["TR001", "owner"]\n')
    write(tmp_path, "legacy/old.plan", BAD.replace("  负责人: 张伟\n  预算: 60万元", "  负责人: *\n  预算: 60万元"))
    write(tmp_path, "new.plan", BAD)
    r = run("check", "--format", "json", ".", cwd=tmp_path)
    assert [(f["path"], f["code"]) for f in json.loads(r.stdout)] == [("new.plan", "TR001")]


# ------------------------------------------------------------------- plugins
def _plugin(root):
    (root / "acme_rules.py").write_text('''
from planlint.api.rule import Hit, Rule


class TitleYear(Rule):
    """Every goal title mentions the year.

    What it checks: goal titles. Why: house style. Fix: add the year.
    """
    code = "ACM001"
    name = "title-has-year"
    category = "smart"
    severity = "info"

    def check(self, plan, ctx):
        yield from ()
''', encoding="utf-8")
    info = root / "acme-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[planlint.rules]\nacme = acme_rules:TitleYear\n", encoding="utf-8")


def test_plugin_rules_appear_in_rules_and_explain(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    _plugin(site)
    project = tmp_path / "project"
    write(project, ".planlint.toml", 'plugins = ["acme"]\n')
    env = {"PYTHONPATH": str(site)}
    r = run_process("rules", cwd=project, env=env)
    assert r.returncode == 0
    [line] = [x for x in r.stdout.splitlines() if x.startswith("ACM001")]
    assert "title-has-year" in line and line.endswith("Every goal title mentions the year.  [acme]")
    r = run_process("explain", "acm001", cwd=project, env=env)
    assert r.returncode == 0 and r.stdout.startswith("ACM001 title-has-year  [smart, info, plugin acme]")
    assert "What it checks: goal titles." in r.stdout
    assert "ACM001" not in run_process("rules", cwd=tmp_path, env=env).stdout  # not named in this folder's config
    r = run_process("rules", "--config", str(project / ".planlint.toml"), cwd=tmp_path, env=env)
    assert "ACM001" in r.stdout
    # and --select knows it
    write(project, "p.plan", GOOD)
    assert run_process("check", "--select", "ACM", "p.plan", cwd=project, env=env).returncode == 0
