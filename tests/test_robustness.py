"""Pathological input: clear errors or findings, bounded work, never a traceback or a write."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import GOOD

from planlint.driver.linter import Linter, load_plugins


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, timeout=timeout)


def no_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def test_a_10_mb_line(tmp_path):
    path = tmp_path / "long.plan"
    path.write_text(GOOD + "  备注: " + "很长" * 5_000_000 + "\n", encoding="utf-8")
    r = run("check", "--no-cache", str(path))
    no_traceback(r)
    assert r.returncode in (0, 1)


def test_a_huge_title_or_prose_line_is_quoted_clipped():
    """A finding quotes the writer's text up to 200 characters, then an ellipsis: a 100,000-character
    title is not repeated in every finding of its goal (the edits keep the whole text)."""
    title = "增长" * 50_000
    findings = Linter().lint(f'目标 G1 "{title}"\n  负责人: 王芳\n\n' + "x" * 100_000 + "\n", "huge.plan")
    messages = {f.code: f.message for f in findings}
    assert "SM001" in messages and "PL001" in messages
    assert len(messages["SM001"]) < 300 and "G1「" + "增长" * 99 + "增…」" in messages["SM001"]
    assert "x" * 199 + "…" in messages["PL001"] and len(messages["PL001"]) < 300
    short = Linter().lint('目标 G1 "线索量翻倍"\n  负责人: 王芳\n', "short.plan")
    assert "G1「线索量翻倍」" in {f.code: f.message for f in short}["SM001"]


def test_a_million_blocks_is_refused_clearly(tmp_path):
    path = tmp_path / "many.plan"
    path.write_text('目标 G "x"\n' * 1_000_000, encoding="utf-8")
    r = run("check", "--no-cache", str(path))
    no_traceback(r)
    assert r.returncode == 2 and "split the plan" in r.stderr


def test_deep_nesting_under_split():
    text = GOOD.replace("    2024-Q4: 250", "    2024-Q4: 250\n" + "".join(" " * (6 + i) + f"x{i}: {i}\n" for i in range(500)))
    findings = Linter().lint(text, "deep.plan")
    assert any(f.code == "PL003" for f in findings)


def test_binary_invalid_utf8_bom_crlf(tmp_path):
    (tmp_path / "bin.plan").write_bytes(os.urandom(4096) + b"\x00")
    (tmp_path / "gbk.plan").write_bytes("目标 G1 \"标题\"\n".encode("gbk"))
    (tmp_path / "bom.plan").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    for name, code in (("bin.plan", 2), ("gbk.plan", 2), ("bom.plan", 0)):
        r = run("check", "--no-cache", str(tmp_path / name))
        no_traceback(r)
        assert r.returncode == code, (name, r.stderr)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_loop_in_a_folder(tmp_path):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.plan").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "plans", tmp_path / "plans" / "loop")
    r = run("check", "--no-cache", str(tmp_path / "plans"))
    no_traceback(r)
    assert r.returncode == 0


def test_missing_or_broken_plugin_is_named_and_the_rest_runs(tmp_path):
    assert load_plugins(["nope"]) == ["plugin 'nope' is not installed (no entry point in group planlint.rules)"]
    (tmp_path / ".planlint.toml").write_text('plugins = ["nope"]\n', encoding="utf-8")
    path = tmp_path / "p.plan"
    path.write_text(GOOD.replace("  复盘: 每月\n", ""), encoding="utf-8")
    r = run("check", "--no-cache", str(path))
    assert r.returncode == 1 and "TR001" in r.stdout
    assert "planlint: plugin 'nope' is not installed" in r.stderr


def test_nothing_in_a_plan_executes():
    text = GOOD.replace("  备注", "  备注") + '  备注: __import__("os").system("touch /tmp/planlint-pwned") {{7*7}} ${HOME}\n'
    Linter().lint(text, "p.plan")
    assert not os.path.exists("/tmp/planlint-pwned")


def _fake_distribution(root, name: str, module_source: str) -> None:
    """A minimal installed distribution with one entry point in group planlint.rules."""
    (root / f"{name}_rules.py").write_text(module_source, encoding="utf-8")
    info = root / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[planlint.rules]\n{name} = {name}_rules:Rule\n", encoding="utf-8")


def test_python_rule_from_an_installed_entry_point_and_a_broken_one(tmp_path):
    _fake_distribution(tmp_path, "acme", '''
from planlint.api.rule import Hit, Rule as Base

class Rule(Base):
    """Every goal title must mention the year.

    What it checks: titles. Why: house style. Bad: x. Good: y. Fix: add the year.
    """
    code = "ACM001"
    name = "title-has-year"
    category = "smart"

    def check(self, plan, ctx):
        for goal in plan.goals:
            if goal.title and "2024" not in goal.title:
                yield Hit(goal.title_span, "title without the year", "add 2024")
''')
    _fake_distribution(tmp_path, "broken", "raise ImportError('missing dependency')\n")
    (tmp_path / ".planlint.toml").write_text('plugins = ["acme", "broken"]\n', encoding="utf-8")
    path = tmp_path / "p.plan"
    path.write_text(GOOD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    r = subprocess.run([sys.executable, "-m", "planlint", "check", "--no-cache", str(path)],
                       capture_output=True, text=True, timeout=120, env=env)
    no_traceback(r)
    assert "ACM001 warning title without the year" in r.stdout
    assert "planlint: plugin 'broken' failed to load: ImportError: missing dependency" in r.stderr


def test_a_deadline_in_9999_is_no_internal_error():
    text = """plan "p"
  period: 2025-01-01 .. 9999-12-31
  owner: Li Na
goal G "x"
  metric: conversion rate (%)
  baseline: 1
  target: 90
  deadline: 9999-12-31
  owner: Li Na
  review: monthly
"""
    findings = Linter().lint(text, "far.plan")
    assert not [f for f in findings if "report it" in (f.fix or "")], [(f.code, f.message) for f in findings]


def test_a_line_of_a_unicode_line_separator_in_a_broken_block():
    # bench/mutate.py found it: U+2028 alone on a line is a blank to Python, a value to the grammar
    text = '计划 "2024 门锁营销计划"\n\u2028\n  层级:"公司'
    findings = Linter().lint(text, "x.plan")
    assert findings and all("report it" not in (f.fix or "") for f in findings)
    assert any(f.code == "PL001" for f in findings)


def test_a_number_too_large_for_a_float_is_a_bad_value():
    # the fuzz harness found it: 400 nines are infinity, and formatting infinity was an internal error
    text = 'plan ""\n  budget: ' + "9" * 400 + '\n\ngoal CO ""\n'
    findings = Linter().lint(text, "x.plan")
    assert [(f.line, f.code) for f in findings if f.code == "PL003"] == [(2, "PL003")]
    assert all("report it" not in (f.fix or "") for f in findings)
