"""No input, however broken, raises: arbitrary text and mutated plans."""

from __future__ import annotations

from conftest import GOOD
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
