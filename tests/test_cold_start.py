"""What a plain ``planlint check`` does not load (the cold start, README "Performance"): no
pydantic (config and rule options are read without it when plain), no report templates,
spreadsheets, LALR parser for well-formed plans, language server, process pool, hashing for
the cache it was told not to use, entry-point scan, or OpenCC for a Simplified plan. Checked
by module names in a fresh interpreter, never by timing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEAVY = ("pydantic", "pydantic_core", "jinja2", "openpyxl", "lark", "pygls", "lsprotocol", "importlib.metadata",
         "multiprocessing", "concurrent.futures", "hashlib", "hmac", "opencc", "unicodedata")

PLANS = Path(__file__).parent / "plans"


def _loaded(tmp_path, args: list[str], config: str | None = None, plan: str = "good.zh") -> tuple[set[str], int]:
    (tmp_path / "a.plan").write_text((PLANS / f"{plan}.plan").read_text(encoding="utf-8"), encoding="utf-8")
    if config is not None:
        (tmp_path / ".planlint.toml").write_text(config, encoding="utf-8")
    code = textwrap.dedent(f"""
        import json, sys
        from planlint.cli import main
        sys.argv = ["planlint", *{args!r}]
        try:
            main()
        except SystemExit as exc:
            code = exc.code
        print("\\n@@" + json.dumps([sorted(sys.modules), code]))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         encoding="utf-8", check=True).stdout
    modules, code = json.loads(out.rsplit("\n@@", 1)[1])
    return set(modules), code


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m in HEAVY or m.split(".")[0] in HEAVY and m.split(".")[0] != "importlib")


def test_importing_the_command_loads_nothing_heavy():
    out = subprocess.run([sys.executable, "-c", "import json, sys, planlint.cli; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout
    assert _heavy(set(json.loads(out))) == []


@pytest.mark.parametrize("plan", ["good.zh", "saas.en"])
@pytest.mark.parametrize("config", [None, 'select = ["ALL"]\nignore = ["TR002"]\n[rules.SM005]\nmax-growth = 3.0\n'])
def test_a_plain_check_loads_nothing_heavy(tmp_path, config, plan):
    modules, code = _loaded(tmp_path, ["check", "--no-cache", "a.plan"], config, plan)
    assert code in (0, 1)
    assert _heavy(modules) == []


def test_a_bad_config_still_gets_pydantic_s_words(tmp_path):
    modules, code = _loaded(tmp_path, ["check", "--no-cache", "a.plan"], "[rules.SM005]\nmax-growth = \"x\"\n")
    assert code == 2
    assert "pydantic" in modules
