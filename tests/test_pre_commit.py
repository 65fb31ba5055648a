"""The pre-commit hooks as pre-commit runs them: the entry of .pre-commit-hooks.yaml with the
staged files appended (the whole `pre-commit try-repo` run is in test_integrations.py)."""

from __future__ import annotations

import re
import shlex

from cli_run import run
from conftest import GOOD, ROOT

INFO_ONLY = GOOD.replace("  先行指标: 促销期加购数\n", "")  # TR002, info
WARNING = INFO_ONLY.replace("  复盘: 每月\n", "")  # + TR001, warning


def hooks() -> dict[str, str]:
    """id -> entry, read from the hooks file (two keys per hook are all this test needs)."""
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    ids = re.findall(r"^- id: (\S+)$", text, re.M)
    entries = re.findall(r"^  entry: (.+)$", text, re.M)
    assert len(ids) == len(entries)
    return dict(zip(ids, entries, strict=True))


def run_hook(entry: str, files: list[str], cwd):
    words = shlex.split(entry)
    assert words[0] == "planlint"
    return run(*words[1:], *files, cwd=cwd)


def test_the_hook_is_quiet_when_all_is_well_and_hides_info(tmp_path):
    (tmp_path / "ok.plan").write_text(INFO_ONLY, encoding="utf-8")
    (tmp_path / "bad.plan").write_text(WARNING, encoding="utf-8")
    entry = hooks()["planlint"]
    r = run_hook(entry, ["ok.plan"], tmp_path)
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
    r = run_hook(entry, ["ok.plan", "bad.plan"], tmp_path)
    assert r.returncode == 1
    assert r.stdout.splitlines() == ["bad.plan:25:4: TR001 warning 目标 SALES「门锁季度销售额达到650万元」 没有复盘节奏",
                                     "    建议: 加上 复盘: 每月"]


def test_the_hook_leaves_out_excluded_files_even_when_named(tmp_path):
    (tmp_path / ".planlint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "idea.plan").write_text(WARNING, encoding="utf-8")
    r = run_hook(hooks()["planlint"], ["drafts/idea.plan"], tmp_path)
    assert (r.returncode, r.stdout) == (0, "")


def test_the_fix_hook_writes_only_safe_fixes(tmp_path):
    (tmp_path / "bad.plan").write_text(WARNING, encoding="utf-8")
    r = run_hook(hooks()["planlint-fix"], ["bad.plan"], tmp_path)
    assert r.returncode == 1 and "TR001" in r.stdout and "TR002" not in r.stdout
    assert (tmp_path / "bad.plan").read_text(encoding="utf-8") == WARNING  # TR001's fix is not safe
