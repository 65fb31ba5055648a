"""No input, however broken, raises: arbitrary text and mutated plans."""

from __future__ import annotations

import pytest
from conftest import GOOD, PLANS, SHARED
from fuzzing import CONTROLS, LspDriver, commands, mutate, positions_in, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planlint.driver.linter import Linter

LINTER = Linter()
CRASH = ("failed on this plan", "检查这个计划时出错")


def lint(text):
    """Lint and check no rule crashed (the engine would have turned a crash into a finding)."""
    findings = LINTER.lint(text)
    crashed = [f.message for f in findings if any(c in f.message for c in CRASH)]
    assert not crashed, crashed
    return findings
ALPHABET = st.sampled_from(list("目标计划团队举措负责人指标基准值截止:：,，、\"「」“”#\n  \t.~～-+%0123456789万亿kM年月QH上下半abcGgo()（）<>=≤≥*?"))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    for f in lint(text):
        assert f.line >= 1 and f.column >= 1


@SETTINGS
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_plan_shaped_noise_never_raises(text):
    lint(text)


@SETTINGS
@given(st.data())
def test_mutated_plans_never_raise(data):
    text = GOOD
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["delete", "insert", "swap", "dup"]))
        i = data.draw(st.integers(0, max(0, len(text) - 1)))
        if op == "delete":
            text = text[:i] + text[i + data.draw(st.integers(1, 20)):]
        elif op == "insert":
            text = text[:i] + data.draw(st.text(alphabet=ALPHABET, max_size=10)) + text[i:]
        elif op == "swap":
            lines = text.splitlines()
            if len(lines) > 2:
                a, b = data.draw(st.integers(0, len(lines) - 1)), data.draw(st.integers(0, len(lines) - 1))
                lines[a], lines[b] = lines[b], lines[a]
                text = "\n".join(lines)
        else:
            lines = text.splitlines()
            k = data.draw(st.integers(0, len(lines) - 1))
            text = "\n".join(lines[:k] + [lines[k]] + lines[k:])
    findings = lint(text)
    assert all(f.message for f in findings)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(alphabet=ALPHABET, max_size=300).map(lambda t: t.encode("utf-8")),
       fmt=st.sampled_from(["text", "json", "sarif", "github"]))
def test_cli_on_random_files_exits_cleanly(tmp_path_factory, capsys, data, fmt):
    import sys as _sys

    from planlint.cli import main

    path = tmp_path_factory.mktemp("fuzz") / "f.plan"
    path.write_bytes(data)
    argv = _sys.argv
    _sys.argv = ["planlint", "check", "--no-cache", "--format", fmt, str(path)]
    try:
        main()
    except SystemExit as exc:
        assert exc.code in (0, 1, 2)
    finally:
        _sys.argv = argv
        import gc

        gc.enable()  # main() turns the collector off for its short-lived process
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "internal error" not in out.err


# ------------------------------------------------------------------ every command
# Structured plans from a strategy that builds blocks, fields and values (both languages, both
# scripts, full-width forms, control characters, huge numbers, the calendar's edges), and raw
# bytes mutated from the example plans, through every command and the language server. A fixed,
# derandomized budget: the same few hundred cases on every run, each under a generous time
# guard that only catches hangs (bench/mutate.py runs thousands and reports the slowest).



def fixed(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


KEYWORDS = {
    "plan": ["plan", "计划", "計劃", "計畫"],
    "team": ["team", "团队", "團隊"],
    "goal": ["goal", "目标", "目標"],
    "initiative": ["initiative", "举措", "舉措"],
}
FIELD_NAMES = {
    "period": ["period", "周期", "週期"], "budget": ["budget", "预算", "預算", "预算(万)"],
    "currency": ["currency", "币种"], "owner": ["owner", "负责人", "負責人", "head"],
    "members": ["members", "成员", "成員"], "department": ["department", "部门", "部門"],
    "level": ["level", "层级"], "dimension": ["dimension", "维度"], "parent": ["parent", "上级", "上級"],
    "contributes": ["contributes", "贡献", "貢獻"], "metric": ["metric", "指标", "指標"],
    "baseline": ["baseline", "基准", "基準"], "target": ["target", "目标值", "目標值"],
    "deadline": ["deadline", "截止"], "relevance": ["relevance", "关联度"], "review": ["review", "复盘", "復盤"],
    "split": ["split", "拆分"], "assume": ["assume", "假设"], "history": ["history", "历史"],
    "actual": ["actual", "实际", "實際"], "supports": ["supports", "支撑", "支撐"],
    "strategy": ["strategy", "策略"], "window": ["window", "时间", "時間"], "measures": ["measures", "衡量指标"],
    "note": ["note", "备注", "備註"], "leading": ["leading", "先行指标"], "definition": ["definition", "口径"],
    "collaborators": ["collaborators", "协同人"], "typo": ["ownr", "负责", "budgte", "截至日期"],
}
IDS = ["CO", "BU", "M-USERS", "LEADS", "G1", "G2", "KOL", "目标1", "ＧＡ"]
TRADITIONAL = "計畫團隊舉措負責預算目標週復盤萬億佔綫裏線計劃營銷檔案據點擴張數據質量轉化率"
FULLWIDTH = "：，、（）「」“”『』１２３４５６７８９０％＋－．～＜＞＝　"
WORDS = "目标计划预算负责人王芳张伟李娜陈静营销部品牌用户提升增长新增注册关注率万元个百分点约左右尽量大幅" \
        "abcdefgLiNaChenJingleadsusersbrandCNYUSD "
TEXT = st.text(alphabet=WORDS + TRADITIONAL + FULLWIDTH + CONTROLS + "\"#*?<>=-+.,;:/\\_()[]{}'", max_size=24)
NUMBER = st.one_of(
    st.integers(-10, 10**6).map(str), st.integers(10**15, 10**40).map(str), st.just("9" * 400),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda f: f"{f:g}"),
    st.sampled_from(["1,200", "1.5", "１２", "0", "-0", "1e308", "1e-400", "NaN", "inf", "0x1F", "½", "一百", "Ⅻ"]),
)
SCALE = st.sampled_from(["", "", "k", "M", "w", "千", "万", "萬", "亿", "億", "万亿"])
UNIT = st.sampled_from(["", "", "%", "％", "pp", "个百分点", "個百分點", "元", "CNY", " USD", "人", "条"])
QUANTITY = st.builds(lambda pre, n, s, u: pre + n + s + u,
                     st.sampled_from(["", "", "¥", "$", "<= ", "≥", "+", "-", "约", "达到", "提升至"]), NUMBER, SCALE, UNIT)
YEAR = st.one_of(st.sampled_from(["2024", "2025", "9999", "0001", "1970", "10000", "0000"]),
                 st.integers(1, 99999).map(str))
DATE = st.one_of(
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", YEAR, st.integers(0, 13), st.integers(0, 32)),
    st.sampled_from(["9999-12-31", "9999-Q4", "9999年Q4", "9999-H2", "9999-12", "0001-01-01", "2024-02-30",
                     "2024年第四季度", "2024年上半年", "2024年9月", "2024Q4", "２０２４－１２－３１", "尽快", "TBD"]),
    st.builds(lambda y, q: f"{y}年Q{q}", YEAR, st.integers(0, 9)),
)
RANGE = st.builds(lambda a, sep, b: f"{a}{sep}{b}", DATE, st.sampled_from([" .. ", "..", " ~ ", "～", " 至 ", " - "]), DATE)
VALUE = st.one_of(
    QUANTITY, DATE, RANGE, TEXT, st.sampled_from(IDS),
    st.builds(lambda a, b: f"{a} -> {b}", QUANTITY, QUANTITY),
    st.builds(lambda q, d: f"{q} as of {d}", QUANTITY, DATE), st.builds(lambda q, d: f"{q} 截至 {d}", QUANTITY, DATE),
    st.builds(lambda m, u: f"{m} ({u})", TEXT, UNIT),
    st.lists(st.one_of(st.sampled_from(IDS), TEXT), max_size=4).map("、".join),
    st.builds(lambda a, b: f"{a}..{b}", QUANTITY, QUANTITY),
    st.builds(lambda n: " " * n + "x", st.integers(0, 200)),
)
NESTED = st.lists(st.builds(lambda k, v: f"    {k}: {v}", st.one_of(DATE, TEXT), VALUE), max_size=4)


ON = {  # the fields each block usually has (a block may still get any field: misplaced ones are findings)
    "plan": ["period", "budget", "currency", "owner", "note"],
    "team": ["owner", "members", "budget", "note"],
    "goal": ["level", "dimension", "parent", "contributes", "metric", "baseline", "target", "deadline", "owner",
             "department", "relevance", "review", "split", "assume", "history", "actual", "leading", "definition",
             "budget", "collaborators"],
    "initiative": ["supports", "strategy", "owner", "budget", "window", "measures", "department", "collaborators"],
}
PERSON = st.sampled_from(["王芳", "張偉", "Li Na", "*", "待定", "陈静、李娜", "Ｃｈｅｎ", "负责人*", "x" * 300])
MONEY = st.builds(lambda q, u: q + u, QUANTITY, st.sampled_from(["", "元", "万元", "萬元", " CNY", "k CNY", " USD"]))
BY_TYPE = {
    "period": RANGE, "window": st.one_of(RANGE, DATE), "deadline": DATE, "budget": MONEY,
    "baseline": st.one_of(QUANTITY, st.builds(lambda q, d: f"{q} as of {d}", QUANTITY, DATE)),
    "actual": st.builds(lambda q, d: f"{q} 截至 {d}", QUANTITY, DATE), "target": QUANTITY, "contributes": QUANTITY,
    "owner": PERSON, "members": st.lists(PERSON, max_size=4).map("、".join),
    "parent": st.sampled_from(IDS), "supports": st.lists(st.sampled_from(IDS), max_size=3).map(", ".join),
    "metric": st.builds(lambda m, u: f"{m} ({u or '个'})", TEXT, UNIT),
}


@st.composite
def field_lines(draw, kind: str = "goal") -> list[str]:
    fitting = draw(st.integers(0, 4)) > 0
    name = draw(st.sampled_from(ON[kind] if fitting else sorted(FIELD_NAMES)))
    key = draw(st.sampled_from(FIELD_NAMES[name]))
    indent = draw(st.sampled_from(["  ", "  ", "  ", "    ", "\t", "\u3000", " ", ""]))
    colon = draw(st.sampled_from([": ", ": ", "：", ":", " "]))
    if name in ("split", "assume", "history") and draw(st.booleans()):
        return [f"{indent}{key}{colon}".rstrip(), *draw(NESTED)]
    comment = draw(st.sampled_from(["", "", "", "  # planlint: disable=SM005", "  # 注释", " # planlint: disable=ALL"]))
    typed = BY_TYPE.get(name)
    value = draw(typed if typed is not None and draw(st.integers(0, 3)) > 0 else VALUE)
    return [f"{indent}{key}{colon}{value}{comment}"]


@st.composite
def blocks(draw, kind: str | None = None) -> list[str]:
    kind = kind or draw(st.sampled_from(["goal", "goal", "initiative", "team", "plan"]))
    keyword = draw(st.sampled_from(KEYWORDS[kind]))
    ident = draw(st.sampled_from(IDS)) if kind != "plan" else ""
    quote = draw(st.sampled_from(['"{}"', '"{}"', "「{}」", "“{}”", '"{}', "{}"]))
    header = " ".join(p for p in (keyword, ident, quote.format(draw(TEXT))) if p)
    lines = [header]
    for _ in range(draw(st.integers(0, 10))):
        lines.extend(draw(field_lines(kind)))
    return lines


@st.composite
def plans(draw) -> str:
    lines: list[str] = []
    if draw(st.integers(0, 3)) > 0:  # most plans open with their plan block
        lines.extend(draw(blocks("plan")))
        lines.append("")
    for _ in range(draw(st.integers(1, 7))):
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["", "# 说明", "# planlint: disable=VG", "自由文字一行", "\ufeff"])))
        lines.extend(draw(blocks()))
        lines.append("")
    end = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return end.join(lines)


def _no_internal_error(outcome) -> None:
    assert not outcome.internal, outcome.describe()


@pytest.fixture(scope="module")
def lsp_driver():
    return LspDriver()


@fixed(100)
@given(text=plans(), fmt=st.sampled_from(["text", "json", "sarif", "github"]))
def test_grammar_plans_through_check_in_every_format(tmp_path_factory, text, fmt):
    path = tmp_path_factory.mktemp("g") / "p.plan"
    path.write_text(text, encoding="utf-8", newline="")
    _no_internal_error(run_cli("check", "--no-cache", "--format", fmt, str(path)))


@fixed(80)
@given(text=plans(), pick=st.integers(4, 11))
def test_grammar_plans_through_report_status_gate_export_import(tmp_path_factory, text, pick):
    folder = tmp_path_factory.mktemp("g")
    path = folder / "p.plan"
    path.write_text(text, encoding="utf-8", newline="")
    todo = commands(path, folder)
    for args in (todo[pick], *([todo[pick + 1]] if todo[pick][0] == "export" else [])):  # an export and its import
        _no_internal_error(run_cli(*args))


@fixed(80)
@given(text=plans(), edit=plans(), data=st.data())
def test_grammar_plans_through_the_language_server(lsp_driver, text, edit, data):
    draw = lambda lo, hi: data.draw(st.integers(lo, hi))  # noqa: E731
    outcome = lsp_driver.session("file:///fuzz/p.plan", text, [edit, text], positions_in(text, draw, 3))
    assert not outcome.problems, outcome.problems


def _seeds() -> list[bytes]:
    found = sorted(SHARED.glob("*.plan")) + sorted(PLANS.glob("*.plan"))
    return [p.read_bytes() for p in found]


SEEDS = _seeds()


@fixed(120)
@given(seed=st.integers(0, len(SEEDS) - 1), steps=st.integers(1, 8), data=st.data(), pick=st.integers(0, 11),
       repair=st.booleans())
def test_mutated_bytes_through_every_command(tmp_path_factory, seed, steps, data, pick, repair):
    draw = lambda lo, hi: data.draw(st.integers(lo, hi))  # noqa: E731
    folder = tmp_path_factory.mktemp("b")
    path = folder / "p.plan"
    mutated = mutate(SEEDS[seed], draw, steps)
    # half the cases made valid UTF-8 again (a broken byte becomes U+FFFD), so they reach the linter
    path.write_bytes(mutated.decode("utf-8", "replace").encode("utf-8") if repair else mutated)
    todo = commands(path, folder)
    if todo[pick][0] == "import":
        pick -= 1  # export first, then import what it wrote
    for args in (todo[pick], *([todo[pick + 1]] if todo[pick][0] == "export" else [])):
        _no_internal_error(run_cli(*args))


@fixed(60)
@given(seed=st.integers(0, len(SEEDS) - 1), steps=st.integers(1, 8), data=st.data())
def test_mutated_bytes_through_the_language_server(lsp_driver, seed, steps, data):
    draw = lambda lo, hi: data.draw(st.integers(lo, hi))  # noqa: E731
    text = mutate(SEEDS[seed], draw, steps).decode("utf-8", errors="replace")
    edited = mutate(text.encode(), draw, 2).decode("utf-8", errors="replace")
    outcome = lsp_driver.session("file:///fuzz/m.plan", text, [edited], positions_in(edited, draw, 3))
    assert not outcome.problems, outcome.problems


def test_the_mutations_do_what_they_say():
    """The harness itself: each mutation changes the bytes as named (a fuzz test whose
    mutations did nothing would pass on anything)."""
    from fuzzing import MUTATIONS

    def scripted(*values):
        queue = list(values)
        return lambda lo, hi: queue.pop(0)

    op = MUTATIONS.index
    assert mutate(b"abc", scripted(op("flip"), 1, 0), 1) == b"acc"
    assert mutate(b"abcdef", scripted(op("truncate"), 2), 1) == b"ab"
    assert mutate(b"ab", scripted(op("control"), 1, CONTROLS.index("\x0b")), 1) == b"a\x0bb"
    assert mutate(b"a\nb\nc", scripted(op("newlines"), 0, 0, 1), 1) == b"a\r\nb\r\nc"
    assert mutate(b"a\nb\nc\nd", scripted(op("newlines"), 0, 1, 2), 1) == b"a\rb\nc\rd"
    assert mutate(b"abcdef", scripted(op("delete"), 1, 2), 1) == b"adef"
    assert mutate(b"abc", scripted(op("duplicate"), 1, 1), 1) == b"abbc"
    assert mutate(b"abcdef", scripted(op("splice"), 0, 2, 2), 1) == b"cdabef"
    assert (PLANS / "good.zh.plan").read_bytes() in SEEDS


def test_the_harness_sees_an_internal_error_a_hang_and_a_server_error(tmp_path, monkeypatch, lsp_driver):
    import time

    from fuzzing import Hang, time_guard

    import planlint.driver.workspace as workspace
    import planlint.integrations.lsp.features as features

    path = tmp_path / "p.plan"
    path.write_text(GOOD, encoding="utf-8")
    assert run_cli("check", "--no-cache", str(path)).code == 0
    monkeypatch.setattr(workspace.Workspace, "read", lambda self, p: 1 / 0)
    broken = run_cli("check", "--no-cache", str(path))
    assert broken.internal and "ZeroDivisionError" in broken.err
    with pytest.raises(Hang), time_guard(0.2):
        time.sleep(5)
    assert not lsp_driver.session("file:///fuzz/ok.plan", GOOD, [], [(0, 0)]).problems
    monkeypatch.setattr(features, "completions_for", lambda *a: 1 / 0)
    assert any("ZeroDivisionError" in p for p in lsp_driver.session("file:///fuzz/ok.plan", GOOD, [], [(0, 0)]).problems)
