"""Real editors: headless Neovim and batch Emacs (eglot) show planlint's diagnostics on the
right line and offer its quick fix."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED

HERE = Path(__file__).parent
PLAN = SHARED / "brand-2024-with-problems.zh.plan"
CODES = {"AL001", "AL003", "OW002", "RS001", "VG001"}


@pytest.fixture
def plan(tmp_path) -> Path:
    if not PLAN.is_file():
        pytest.skip("shared examples are not beside the checkout")
    copy = tmp_path / PLAN.name
    shutil.copy(PLAN, copy)
    return copy


def run_editor(cmd: list[str], plan: Path, tmp_path: Path) -> dict:
    out = tmp_path / "seen.json"
    env = {**os.environ, "PLANLINT_OUT": str(out), "PLANLINT_FILE": str(plan), "PLANLINT_PY": sys.executable,
           "PLANLINT_CODE": "OW002", "LANG": "C.UTF-8"}
    done = subprocess.run(cmd, env=env, cwd=tmp_path, timeout=120, capture_output=True)
    assert out.is_file(), done.stderr.decode(errors="replace")[-2000:]
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in seen, seen["error"]
    return seen


@pytest.mark.skipif(shutil.which("nvim") is None, reason="neovim is not installed (Debian package neovim)")
def test_neovim_shows_diagnostics_and_offers_a_quick_fix(plan, tmp_path):
    seen = run_editor(["nvim", "--headless", "--clean", "-u", "NONE",
                       "-c", f"luafile {HERE / 'editors' / 'nvim_check.lua'}"], plan, tmp_path)
    assert CODES <= {item["code"] for item in seen["items"]}
    g9 = next(item for item in seen["items"] if item["code"] == "AL003")
    assert (g9["lnum"], g9["col"]) == (125, 10)  # 0-based line 126; Neovim counts bytes: "  支撑: " is 10
    assert any(title.startswith("OW002: 写上具体负责人, 例如 李娜") for title in seen["actions"])
    assert "在这一行关闭 OW002" in seen["actions"]


@pytest.mark.skipif(shutil.which("emacs") is None, reason="emacs is not installed (Debian packages emacs-nox, elpa-eglot)")
def test_emacs_eglot_shows_diagnostics_and_offers_a_quick_fix(plan, tmp_path):
    probe = subprocess.run(["emacs", "--batch", "-Q", "--eval",
                            "(progn (require 'package) (add-to-list 'package-directory-list "
                            "\"/usr/share/emacs/site-lisp/elpa\") (package-initialize) "
                            "(princ (if (require 'eglot nil t) \"yes\" \"no\")))"],
                           capture_output=True, text=True, timeout=60)
    if probe.stdout.strip() != "yes":
        pytest.skip("eglot is not available (built into Emacs 29; Debian package elpa-eglot for Emacs 28)")
    seen = run_editor(["emacs", "--batch", "-Q", "-l", str(HERE / "editors" / "eglot_check.el")], plan, tmp_path)
    assert CODES <= {item["code"] for item in seen["items"]}
    g9 = next(item for item in seen["items"] if item["code"] == "AL003")
    assert (g9["line"], g9["column"]) == (126, 6)  # Emacs counts characters: "  支撑: " is 6
    assert "引用的目标「G9」不在本计划中" in g9["message"]
    assert any(title.startswith("OW002: 写上具体负责人, 例如 李娜") for title in seen["actions"])
    assert "在这一行关闭 OW002" in seen["actions"]
