"""The VS Code extension: its manifest, its TextMate grammar, its client code and its package.

The grammar is checked by a small TextMate tokenizer written here (the rules the grammar
uses: match, begin/end, captures, include) and, in the slow tests, by VS Code's own engine
(vscode-textmate + vscode-oniguruma); both must colour every line the same way.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from functools import cache
from pathlib import Path

import pytest
from conftest import GOOD, PLANS, ROOT, SHARED, line_of

from planlint.language.keywords import BLOCKS, FIELDS, block_of, field_of
from planlint.language.script import to_hant

EXT = ROOT / "editors" / "vscode"
HERE = Path(__file__).parent / "editors"
NODE = shutil.which("node")
NPM = shutil.which("npm")
if not (EXT / "package.json").is_file():
    pytest.skip("editors/vscode is not in this copy of planlint (an sdist has no editors/)", allow_module_level=True)
needs_node = pytest.mark.skipif(NODE is None, reason="Node.js is not installed (Debian package nodejs)")


def manifest() -> dict:
    return json.loads((EXT / "package.json").read_text(encoding="utf-8"))


def nls(lang: str = "") -> dict[str, str]:
    name = f"package.nls.{lang}.json" if lang else "package.nls.json"
    return json.loads((EXT / name).read_text(encoding="utf-8"))


def localized(value: str, lang: str = "") -> str:
    """A manifest string as VS Code shows it: `%key%` comes from package.nls[.lang].json."""
    found = re.fullmatch(r"%(.+)%", value)
    return nls(lang)[found.group(1)] if found else value


# ------------------------------------------------------------------------------ manifest
def test_manifest_has_what_vsce_and_the_marketplace_ask_for():
    pkg = manifest()
    assert pkg["license"] == "MIT"
    assert "MIT License" in (EXT / "LICENSE").read_text(encoding="utf-8")
    assert pkg["repository"]["type"] == "git" and pkg["repository"]["url"].startswith("https://")
    assert pkg["repository"]["directory"] == "editors/vscode"
    assert pkg["engines"]["vscode"] == "^1.82.0"  # what vscode-languageclient 9 asks for
    # the bundle, not the sources, is what VS Code loads; vsce builds it before packaging
    assert pkg["main"] == "./dist/extension.js"
    assert pkg["scripts"]["vscode:prepublish"] == "npm run bundle"
    bundle = pkg["scripts"]["bundle"].split()
    assert bundle[:3] == ["esbuild", "src/extension.js", "--bundle"]
    assert {"--outfile=dist/extension.js", "--external:vscode", "--platform=node", "--format=cjs"} <= set(bundle)
    assert (EXT / "src" / "extension.js").is_file()
    # exact versions: the same tools build the same package everywhere
    assert pkg["dependencies"] == {"vscode-languageclient": "9.0.1"}
    assert set(pkg["devDependencies"]) == {"@vscode/vsce", "esbuild", "vscode-textmate", "vscode-oniguruma"}
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in pkg["devDependencies"].values())


def test_lock_file_matches_the_manifest_so_npm_ci_works():
    pkg = manifest()
    lock = json.loads((EXT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["lockfileVersion"] >= 2
    root = lock["packages"][""]
    assert root.get("dependencies", {}) == pkg["dependencies"]
    assert root.get("devDependencies", {}) == pkg["devDependencies"]
    for name, version in {**pkg["dependencies"], **pkg["devDependencies"]}.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
    # every package from the npm registry (what this project's machines reach), checked by hash
    installed = {k: v for k, v in lock["packages"].items() if k and not v.get("link")}
    assert all(v.get("integrity", "").startswith("sha512-") for v in installed.values())
    assert {v["resolved"].split("/")[2] for v in installed.values() if "resolved" in v} <= {"registry.npmjs.org"}


def test_vscodeignore_keeps_only_what_vscode_loads():
    lines = [ln for ln in (EXT / ".vscodeignore").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    assert lines[0] == "**"  # everything out, then the files VS Code loads back in
    kept = {ln[1:] for ln in lines[1:]}
    assert all(ln.startswith("!") for ln in lines[1:])
    assert "dist/extension.js" in kept and "package.json" in kept and "LICENSE" in kept
    assert not any(k.startswith(("node_modules", "src")) for k in kept)


def test_path_setting_only_from_user_or_machine_settings():
    props = manifest()["contributes"]["configuration"]["properties"]
    path = props["planlint.path"]
    # "machine": user (or remote machine) settings only. "machine-overridable" would let a
    # workspace's .vscode/settings.json override it, which is what must not happen.
    assert path["scope"] == "machine"
    assert path["type"] == "string" and path["default"] == "planlint"
    for lang in ("", "zh-cn", "zh-tw"):
        assert "pip install planlint" in localized(path["markdownDescription"], lang)


def test_trace_setting_is_the_one_vscode_languageclient_reads():
    props = manifest()["contributes"]["configuration"]["properties"]
    trace = props["planlint.trace.server"]
    assert trace["enum"] == ["off", "messages", "verbose"] and trace["default"] == "off"
    assert len(trace["enumDescriptions"]) == 3
    # the client reads `<client id>.trace.server`: the id must be "planlint"
    source = (EXT / "src" / "extension.js").read_text(encoding="utf-8")
    assert 'new LanguageClient("planlint", ' in source


def test_restart_command_is_in_the_palette_in_each_language():
    (command,) = manifest()["contributes"]["commands"]
    assert command["command"] == "planlint.restart"
    shown = {lang: f"{command['category']}: {localized(command['title'], lang)}" for lang in ("", "zh-cn", "zh-tw")}
    assert shown == {"": "planlint: Restart language server", "zh-cn": "planlint: 重启语言服务器",
                     "zh-tw": "planlint: 重新啟動語言伺服器"}


def test_every_manifest_string_is_translated():
    keys = set(re.findall(r'"%([^"%]+)%"', (EXT / "package.json").read_text(encoding="utf-8")))
    assert keys and keys == set(nls())
    assert set(nls("zh-cn")) == keys and set(nls("zh-tw")) == keys


def test_language_and_grammar_are_contributed():
    contributes = manifest()["contributes"]
    (language,) = contributes["languages"]
    (grammar,) = contributes["grammars"]
    assert language["id"] == grammar["language"] == "plan" and language["extensions"] == [".plan"]
    assert grammar["scopeName"] == "source.plan" == GRAMMAR["scopeName"]
    assert (EXT / grammar["path"]).resolve() == (EXT / "syntaxes" / "plan.tmLanguage.json").resolve()
    config = json.loads((EXT / language["configuration"]).read_text(encoding="utf-8"))
    assert config["comments"]["lineComment"] == "#"


# ------------------------------------------------------------------ a TextMate tokenizer
GRAMMAR = json.loads((EXT / "syntaxes" / "plan.tmLanguage.json").read_text(encoding="utf-8"))
BASE = "source.plan"


@cache
def regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


def expand(patterns: list[dict]) -> list[dict]:
    """The rules a pattern list stands for, includes resolved, in order."""
    rules = []
    for pattern in patterns:
        if "include" in pattern:
            ref = pattern["include"]
            target = GRAMMAR if ref == "$self" else GRAMMAR["repository"][ref.removeprefix("#")]
            if "match" in target or "begin" in target:
                rules.append(target)
            else:
                rules.extend(expand(target["patterns"]))
        elif "match" in pattern or "begin" in pattern:
            rules.append(pattern)
        else:
            rules.extend(expand(pattern["patterns"]))
    return rules


def names(rule: dict, key: str = "name") -> list[str]:
    return rule[key].split() if key in rule else []


def paint(out: list, m: re.Match, base: list[str], captures: dict) -> None:
    for i in range(m.start(), m.end()):
        out[i] = list(base)
    for group, capture in sorted(captures.items(), key=lambda kv: int(kv[0])):
        start, end = m.span(int(group))
        for i in range(max(start, 0), end):
            out[i] = out[i] + names(capture)


def tokenize(lines: list[str]) -> list[list[list[str]]]:
    """Scopes of every character of every line, as VS Code's engine gives them."""
    stack: list[dict] = []  # open begin/end rules
    result = []
    for line in lines:
        out: list = [None] * len(line)
        pos = 0
        while True:
            scopes = [BASE] + [s for rule in stack for s in names(rule) + names(rule, "contentName")]
            candidates = ([("end", stack[-1])] if stack else []) + [
                ("rule", r) for r in expand(stack[-1].get("patterns", []) if stack else GRAMMAR["patterns"])]
            best = None
            for kind, rule in candidates:  # the earliest match wins; on a tie, the first
                m = regex(rule["end"] if kind == "end" else rule.get("match") or rule["begin"]).search(line, pos)
                if m and (best is None or m.start() < best[2].start()):
                    best = (kind, rule, m)
            if best is None:
                for i in range(pos, len(line)):
                    out[i] = scopes
                break
            kind, rule, m = best
            for i in range(pos, m.start()):
                out[i] = scopes
            if kind == "end":
                top = [BASE] + [s for r in stack[:-1] for s in names(r) + names(r, "contentName")] + names(rule)
                paint(out, m, top, rule.get("endCaptures", rule.get("captures", {})))
                stack.pop()
            elif "match" in rule:
                paint(out, m, scopes + names(rule), rule.get("captures", {}))
            else:
                paint(out, m, scopes + names(rule), rule.get("beginCaptures", rule.get("captures", {})))
                stack.append(rule)
            if m.end() == m.start() and kind != "end" and "begin" not in rule:
                break  # an empty match that opens nothing would never move on
            pos = m.end()
            if pos >= len(line) and not stack:
                break
        result.append(out)
    return result


def scopes_at(line: str, part: str, nth: int = 0) -> set[str]:
    """The scopes that every character of `part` (its nth occurrence in `line`) has."""
    start = -1
    for _ in range(nth + 1):
        start = line.index(part, start + 1)
    chars = tokenize([line])[0][start:start + len(part)]
    return set.intersection(*(set(c) for c in chars))


def test_the_grammar_is_what_make_grammar_writes_from_planlints_tables():
    spec = importlib.util.spec_from_file_location("make_grammar", EXT / "syntaxes" / "make_grammar.py")
    make_grammar = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_grammar)
    assert (EXT / "syntaxes" / "plan.tmLanguage.json").read_text(encoding="utf-8") == make_grammar.text(), (
        "run: python editors/vscode/syntaxes/make_grammar.py")


def test_grammar_is_a_textmate_grammar_whose_patterns_compile():
    assert GRAMMAR["scopeName"] == BASE and GRAMMAR["patterns"]
    for rule in expand(GRAMMAR["patterns"]) + [r for v in GRAMMAR["repository"].values() for r in expand([v])]:
        for key in ("match", "begin", "end"):
            if key in rule:
                regex(rule[key])
        for inner in rule.get("patterns", []):
            expand([inner])  # every include names a rule of the repository


TITLE = "string.quoted.double.title.plan"
CN_TITLE = "string.quoted.other.title.plan"
COMMENT = "comment.line.number-sign.plan"
REF = "entity.name.type.id.reference.plan"
FIELD = "keyword.other.field.plan"


@pytest.mark.parametrize(("line", "title", "scope"), [
    ('goal M-SALES "智能门锁 #1 季度销售额"', '"智能门锁 #1 季度销售额"', TITLE),
    ("目标 G-1 「品牌 #2 声量」", "「品牌 #2 声量」", CN_TITLE),
    ("目標 G-2 “年度#目標”  # 備註", "“年度#目標”", CN_TITLE),
    ('plan P2025 "2025 #brand plan"', '"2025 #brand plan"', TITLE),
    ('gaol G-3 "misspelt keyword # still a title"', '"misspelt keyword # still a title"', TITLE),
])
def test_a_hash_inside_a_quoted_title_is_part_of_the_title(line, title, scope):
    assert scope in scopes_at(line, title)
    assert COMMENT not in scopes_at(line, title)
    assert "punctuation.definition.string.begin.plan" in scopes_at(line, title[0])


def test_a_comment_after_the_title_is_still_a_comment():
    line = "目标 G-1 「品牌声量」 # 负责人待定"
    assert COMMENT in scopes_at(line, "# 负责人待定")
    assert CN_TITLE not in scopes_at(line, "# 负责人待定")
    # an unclosed quote is no title (planlint reports it); the # then starts a comment
    line = 'goal G-1 "unclosed # rest'
    assert COMMENT in scopes_at(line, "# rest")


@pytest.mark.parametrize("keyword", ["plan", "Goal", "TEAM", "initiative", "计划", "计画", "計劃", "計畫", "团队", "團隊",
                                     "目标", "目標", "举措", "舉措"])
def test_block_keywords_in_english_simplified_and_traditional(keyword):
    line = f'{keyword} X-1 "t"'
    assert "keyword.control.block.plan" in scopes_at(line, keyword)
    assert "entity.name.type.id.plan" in scopes_at(line, "X-1")


def spellings(alias: str) -> set[str]:
    """An alias as planners write it: as listed, capitalised, in Taiwan and Hong Kong characters."""
    return {alias, alias.capitalize(), to_hant(alias, "zh-Hant"), to_hant(alias, "zh-Hant-HK")}


def test_every_block_keyword_planlint_reads_is_highlighted():
    for kind, aliases in BLOCKS.items():
        for alias in aliases:
            for written in spellings(alias):
                assert block_of(written) == kind  # planlint reads it ...
                assert "keyword.control.block.plan" in scopes_at(f"{written} X", written), written  # ... and it shows


def grammar_words(rule: str) -> set[str]:
    """The Chinese keywords a rule of the grammar lists."""
    source = GRAMMAR["repository"][rule]["begin"]
    return set(re.findall(r"[\u3400-\u9fff]+", source))


def test_the_grammar_highlights_no_keyword_planlint_does_not_read():
    assert grammar_words("header") and all(block_of(w) for w in grammar_words("header"))
    assert {field_of(w) for w in grammar_words("reference-field")} == {"parent", "supports"}
    assert all(field_of(w) for w in grammar_words("field")), [w for w in grammar_words("field") if not field_of(w)]
    assert not {field_of(w) for w in grammar_words("field")} & {"parent", "supports"}


@pytest.mark.parametrize(("line", "keyword", "block_id", "title"), [
    ("计划「2025 品牌计划」", "计划", None, "「2025 品牌计划」"),
    ("目標「線索翻倍」", "目標", None, "「線索翻倍」"),
    ("目标G1「线索量翻倍」", "目标", "G1", "「线索量翻倍」"),
    ("舉措I-2“直播”", "舉措", "I-2", "“直播”"),
    ('举措I1"y"', "举措", "I1", '"y"'),
    ("目标G2『品牌声量』", "目标", "G2", "『品牌声量』"),
    ("goal G3 'Pipeline'", "goal", "G3", "'Pipeline'"),
])
def test_a_chinese_keyword_against_its_id_or_title_is_highlighted_as_planlint_reads_it(line, keyword, block_id, title):
    from planlint.parser import parse
    plan, _ = parse(line + "\n  负责人: 张三\n")
    [node] = [*([plan.meta] if plan.meta else []), *plan.goals, *plan.initiatives]
    assert node.id == block_id and node.title == title[1:-1]  # planlint reads the block ...
    assert "keyword.control.block.plan" in scopes_at(line, keyword)  # ... and the editor shows it so
    if block_id:
        assert "entity.name.type.id.plan" in scopes_at(line, block_id)
    opener = line[:line.index(title)].count(title[0])  # (the title's first quote)
    assert "punctuation.definition.string.begin.plan" in scopes_at(line, title[0], opener)


def test_an_english_keyword_against_its_id_is_not_one():
    assert "keyword.control.block.plan" not in scopes_at('GoalG1 "x"', "Goal")
    assert "keyword.control.block.plan" not in scopes_at("目标是提升品牌", "目标")


def test_a_word_that_only_starts_with_a_keyword_is_not_one():
    assert "keyword.control.block.plan" not in scopes_at("goals X", "goal")
    assert "keyword.control.block.plan" not in scopes_at("目标值 X", "目标")


@pytest.mark.parametrize(("line", "refs"), [
    ("  parent: BU-LOCK", ["BU-LOCK"]),
    ("  上级: M-SALES  # 公司目标", ["M-SALES"]),
    ("  上級：M-SALES", ["M-SALES"]),
    ("  上级目标: G1", ["G1"]),
    ("  supports: G-1, G-2", ["G-1", "G-2"]),
    ("  支撑: G1、G2，G3", ["G1", "G2", "G3"]),
    ("  支撐：品牌-1、品牌-2", ["品牌-1", "品牌-2"]),
    ("  Supports: SALES", ["SALES"]),
])
def test_goal_references_are_coloured_as_ids(line, refs):
    key = line.split(":")[0].split("：")[0].strip()
    assert FIELD in scopes_at(line, key)
    for ref in refs:
        assert REF in scopes_at(line, ref), ref
    for sep in "，、":
        if sep in line:
            assert "punctuation.separator.list.plan" in scopes_at(line, sep)
            assert REF not in scopes_at(line, sep)
    if "#" in line:
        assert COMMENT in scopes_at(line, "# 公司目标") and REF not in scopes_at(line, "公司目标")


TRADITIONAL_FIELDS = ["負責人", "預算", "指標", "基準", "目標值", "截止", "部門", "週期", "周期", "復盤", "複盤",
                      "上級", "支撐", "成員", "協同人", "層級", "維度", "貢獻", "關聯度", "先行指標", "口徑", "假設",
                      "歷史", "實際", "時間", "衡量指標", "備註", "幣種", "目標數值", "基準值", "當前值"]


@pytest.mark.parametrize("name", TRADITIONAL_FIELDS)
def test_traditional_field_names_are_highlighted(name):
    assert field_of(name)  # planlint reads it
    assert FIELD in scopes_at(f"  {name}: 1", name)
    assert FIELD in scopes_at(f"  {name}：1", name)


def test_every_field_name_planlint_reads_is_highlighted():
    for name, (aliases, _, _) in FIELDS.items():
        for alias in aliases:
            for written in spellings(alias):
                assert field_of(written) == name
                assert FIELD in scopes_at(f"  {written}: 1", written), written
                if name in ("parent", "supports"):
                    assert REF in scopes_at(f"  {written}: G-1", "G-1"), written


def test_a_plan_written_in_traditional_characters_is_highlighted_throughout():
    lines = (PLANS / "good.zh-Hant.plan").read_text(encoding="utf-8").splitlines()
    keys = 0
    for line, chars in zip(lines, tokenize(lines), strict=True):
        found = re.match(r"^(\S+)|^\s+([^:：#]+?)\s*[:：]", line)
        if not found or line.startswith("#"):
            continue
        word = found.group(1) or found.group(2)
        start = line.index(word)
        scopes = set.intersection(*(set(c) for c in chars[start:start + len(word)]))
        if found.group(1):
            assert block_of(word) and "keyword.control.block.plan" in scopes, line
        elif field_of(word):
            keys += 1
            assert FIELD in scopes, line
        else:  # a period in a split (2025-Q1: 0.25)
            assert "variable.other.property.plan" in scopes, line
    assert keys > 30


def test_other_keys_are_properties_not_keywords():
    line = "  预算说明: 含税"
    assert FIELD not in scopes_at(line, "预算说明")
    assert "variable.other.property.plan" in scopes_at(line, "预算说明")
    assert "variable.other.property.plan" in scopes_at("    2024-Q1: 150", "2024-Q1")


def test_values_strings_quantities_dates_and_comments():
    line = '  note: "见 #3 号文件" # 真的注释'
    assert "string.quoted.double.plan" in scopes_at(line, '"见 #3 号文件"')
    assert COMMENT not in scopes_at(line, "#3")
    assert COMMENT in scopes_at(line, "# 真的注释")
    line = "  基準: 500万元 截至 2023-12-31"
    assert "constant.numeric.quantity.plan" in scopes_at(line, "500万元")
    assert "constant.numeric.date.plan" in scopes_at(line, "2023-12-31")
    line = "  截止：2024年Q4"
    assert "constant.numeric.date.plan" in scopes_at(line, "2024年Q4")
    assert "constant.numeric.quantity.plan" in scopes_at("  预算: 100万元", "100万元")
    assert "constant.numeric.quantity.plan" in scopes_at("  預算：1.5亿", "1.5亿")
    assert "string.quoted.double.plan" not in scopes_at("  负责人：张伟", "张伟")
    assert "keyword.operator.plan" in scopes_at("  target: 450..500", "..")


def sample_lines() -> list[str]:
    """Lines for comparing the two engines: the cases above and the shared examples."""
    lines = ['goal M-SALES "智能门锁 #1 季度销售额"', "目標 G-2 “年度#目標”  # 備註", "  上級：M-SALES",
             "  支撑: G1、G2，G3", '  note: "见 #3 号文件" # 真的注释', 'goal G-1 "unclosed # rest',
             "  基準: 500万元 截至 2023-12-31", "  预算说明: 含税", "goals X"]
    lines += [f"  {name}: 1" for name in TRADITIONAL_FIELDS]
    for path in [*sorted(SHARED.glob("*.plan")), PLANS / "good.zh-Hant.plan"]:
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


# --------------------------------------------------------------------- the client code
def run_extension(scenario: str, tmp_path: Path, path: str | None = None, path2: str | None = None,
                  home: Path | None = None) -> list[dict]:
    program = tmp_path / "bin" / "planlint"
    program.parent.mkdir(exist_ok=True)
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    env = {**os.environ, "PLANLINT_PATH": path if path is not None else str(program),
           "PLANLINT_PATH2": path2 if path2 is not None else str(program)}
    if home is not None:
        env["HOME"] = str(home)
    done = subprocess.run([NODE, str(HERE / "vscode_extension_check.js"), str(EXT / "src" / "extension.js"), scenario],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def events(log: list[dict], kind: str) -> list[dict]:
    return [e for e in log if e["event"] == kind]


@needs_node
def test_activation_starts_planlint_lsp_for_plan_files(tmp_path):
    log = run_extension("activate", tmp_path)
    (client,) = events(log, "client")
    program = str(tmp_path / "bin" / "planlint")
    assert client["id"] == "planlint"
    assert client["serverOptions"]["run"] == {"command": program, "args": ["lsp"]}
    assert client["documentSelector"] == [{"scheme": "file", "language": "plan"},
                                          {"scheme": "untitled", "language": "plan"}]
    assert len(events(log, "start")) == 1
    assert [e["name"] for e in events(log, "register")] == ["planlint.restart"]
    assert not events(log, "error")


@needs_node
def test_path_from_user_settings_with_home_and_blanks(tmp_path):
    home = tmp_path / "home"
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "planlint").write_text("#!/bin/sh\n", encoding="utf-8")
    (home / "bin" / "planlint").chmod(0o755)
    log = run_extension("activate", tmp_path, path="  ~/bin/planlint ", home=home)
    (client,) = events(log, "client")
    assert client["serverOptions"]["run"]["command"] == str(home / "bin" / "planlint")


@needs_node
def test_restart_command_reads_the_path_again(tmp_path):
    other = tmp_path / "venv" / "planlint"
    other.parent.mkdir()
    other.write_text("#!/bin/sh\n", encoding="utf-8")
    other.chmod(0o755)
    log = run_extension("restart", tmp_path, path2=f"  {other}  ")
    kinds = [e["event"] for e in log if e["event"] in ("client", "start", "stop")]
    assert kinds == ["client", "start", "stop", "client", "start"]
    assert events(log, "client")[1]["serverOptions"]["run"]["command"] == str(other)


@needs_node
def test_changing_the_path_setting_restarts_other_settings_do_not(tmp_path):
    log = run_extension("path-change", tmp_path, path2=str(tmp_path / "bin" / "planlint"))
    assert [e["event"] for e in log if e["event"] in ("client", "start", "stop")] == [
        "client", "start", "stop", "client", "start"]
    log = run_extension("other-change", tmp_path)
    assert [e["event"] for e in log if e["event"] in ("client", "start", "stop")] == ["client", "start"]


@needs_node
def test_a_missing_planlint_gets_a_message_that_says_what_to_do(tmp_path):
    missing = str(tmp_path / "nowhere" / "planlint")
    log = run_extension("activate", tmp_path, path=missing)
    assert not events(log, "client")  # nothing is started, nothing crashes
    (error,) = events(log, "error")
    assert error["message"] == (
        f'planlint: cannot find the program "{missing}". Install planlint (pip install planlint), or set '
        'planlint.path in your user settings to the planlint program, then run "planlint: Restart language server".')
    assert error["items"] == ["Open settings"]
    assert events(log, "execute") == [{"event": "execute", "args": ["workbench.action.openSettings", "planlint.path"]}]
    # the message and its button are translated for Chinese VS Code
    for lang in ("zh-cn", "zh-tw"):
        bundle = json.loads((EXT / "l10n" / f"bundle.l10n.{lang}.json").read_text(encoding="utf-8"))
        template = error["message"].replace(missing, "{0}")
        assert "{0}" in bundle[template] and "pip install planlint" in bundle[template]
        assert bundle["Open settings"]
    assert manifest()["l10n"] == "./l10n"


@needs_node
def test_a_server_that_fails_to_start_can_be_restarted(tmp_path):
    log = run_extension("start-fails", tmp_path)
    assert [e["event"] for e in log if e["event"] in ("client", "start", "stop")] == [
        "client", "start", "stop", "client", "start"]


@needs_node
def test_deactivate_stops_the_server_once(tmp_path):
    log = run_extension("deactivate", tmp_path)
    assert len(events(log, "stop")) == 1


# ------------------------------------------------------- packaging, as the README says it
def readme_package_command() -> str:
    """The command after <!-- vscode:package --> in the README, without its `cd`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- vscode:package -->", 1)[1].split("```", 2)[1]
    first = block.splitlines()[1]
    prefix = "cd editors/vscode && "
    assert first.startswith(prefix), first
    return first.removeprefix(prefix)


def listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of editors/vscode as a clean checkout has it, after the README's command."""
    if NODE is None or NPM is None:
        pytest.skip("Node.js and npm are not installed (Debian packages nodejs, npm)")
    version = subprocess.run([NODE, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 20:
        pytest.skip(f"building the extension needs Node.js 20 or later (vsce 3.9), this is {version}")
    before = listing(EXT)
    work = tmp_path_factory.mktemp("vscode") / "vscode"
    # what a clean checkout has: the files git knows or would add, never node_modules, dist or a .vsix
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "."], cwd=EXT,
                           capture_output=True, text=True) if shutil.which("git") else None
    if files is not None and files.returncode == 0 and files.stdout:
        for name in files.stdout.split("\0"):
            if name and (EXT / name).is_file():
                (work / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(EXT / name, work / name)
    else:  # not a git checkout
        shutil.copytree(EXT, work, ignore=shutil.ignore_patterns("node_modules", "dist", "*.vsix"))
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", readme_package_command()], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)
    assert listing(EXT) == before, "packaging left files in the checkout"
    return work, done


@pytest.mark.slow
def test_the_readme_command_packages_the_extension_without_a_warning(built):
    work, done = built
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "DONE  Packaged:" in output
    assert "WARNING" not in output and "npm warn" not in output.lower(), output
    vsix = work / f"planlint-{manifest()['version']}.vsix"
    with zipfile.ZipFile(vsix) as z:
        files = {n for n in z.namelist() if not n.endswith("/")}
        bundle = z.read("extension/dist/extension.js").decode("utf-8")
        packaged = json.loads(z.read("extension/package.json"))
    assert files == {
        "[Content_Types].xml", "extension.vsixmanifest", "extension/package.json", "extension/readme.md",
        "extension/LICENSE.txt", "extension/dist/extension.js", "extension/syntaxes/plan.tmLanguage.json",
        "extension/language-configuration.json", "extension/package.nls.json", "extension/package.nls.zh-cn.json",
        "extension/package.nls.zh-tw.json", "extension/l10n/bundle.l10n.zh-cn.json",
        "extension/l10n/bundle.l10n.zh-tw.json"}
    assert packaged["main"] == "./dist/extension.js"
    # vscode-languageclient is inside the bundle: it needs nothing but VS Code and Node.js
    builtins = set(json.loads(subprocess.run([NODE, "-p", "JSON.stringify(require('module').builtinModules)"],
                                             capture_output=True, text=True, check=True).stdout))
    required = set(re.findall(r'require\("([^"]+)"\)', bundle))
    assert "vscode" in required
    assert required - {"vscode"} <= builtins | {f"node:{b}" for b in builtins}, required


@pytest.mark.slow
def test_vscode_own_textmate_engine_colours_every_line_as_the_tests_do(built):
    work, done = built
    assert done.returncode == 0, done.stdout + done.stderr
    lines = sample_lines()
    real = subprocess.run([NODE, str(HERE / "vscode_tokenize.js"), str(work)], input=json.dumps(lines),
                          capture_output=True, text=True, timeout=120)
    assert real.returncode == 0, real.stderr
    theirs = json.loads(real.stdout)
    ours = tokenize(lines)
    for line, a, b in zip(lines, theirs, ours, strict=True):
        assert a == b, line


def planlint_program(tmp_path: Path) -> Path:
    """The planlint command of the Python that runs the tests."""
    beside = Path(sys.executable).with_name("planlint")
    if beside.is_file():
        return beside
    wrapper = tmp_path / "planlint"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m planlint "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    return wrapper


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """The extension as VS Code installs it: the .vsix unpacked, nothing else."""
    work, done = built
    assert done.returncode == 0, done.stdout + done.stderr
    target = tmp_path_factory.mktemp("installed")
    with zipfile.ZipFile(work / f"planlint-{manifest()['version']}.vsix") as z:
        z.extractall(target)
    return target / "extension"


def host(installed: Path, tmp_path: Path, text: str, trace: str = "off") -> tuple[dict, Path]:
    plan = tmp_path / "q4.plan"
    plan.write_text(text, encoding="utf-8")
    done = subprocess.run([NODE, str(HERE / "vscode_host.js"), str(installed), str(planlint_program(tmp_path)), str(plan)],
                          env={**os.environ, "PLANLINT_TRACE": trace}, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), plan


@pytest.mark.slow
def test_the_packaged_extension_shows_planlint_diagnostics_and_restarts(installed, tmp_path):
    text = GOOD.replace("  复盘: 每月\n", "", 1)
    seen, plan = host(installed, tmp_path, text)
    assert seen["shown"] == []  # no error notification
    for published in (seen["first"], seen["restarted"]):  # after "planlint: Restart language server" too
        (diagnostics,) = published
        assert diagnostics["uri"] == plan.as_uri()
        (tr001,) = [d for d in diagnostics["diagnostics"] if d["code"]["value"] == "TR001"]
        assert tr001["source"] == "planlint" and tr001["message"].startswith("目标 SALES")
        assert tr001["range"]["start"]["line"] == line_of(text, "目标 SALES") - 1
    assert "[Trace" not in seen["panel"]


@pytest.mark.slow
def test_the_trace_setting_records_the_conversation_in_the_output_panel(installed, tmp_path):
    seen, _ = host(installed, tmp_path, GOOD, trace="verbose")
    panel = seen["panel"]
    assert "Sending request 'initialize" in panel
    assert "Sending notification 'textDocument/didOpen'" in panel
    assert "Received notification 'textDocument/publishDiagnostics'" in panel
    assert "Params: " in panel  # verbose: with the messages' content
