"""A real editor: headless Neovim shows planlint's diagnostics and offers its quick fix."""

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


@pytest.mark.skipif(shutil.which("nvim") is None, reason="neovim is not installed (Debian package neovim)")
def test_neovim_shows_diagnostics_and_offers_a_quick_fix(tmp_path):
    plan = SHARED / "brand-2024-with-problems.zh.plan"
    if not plan.is_file():
        pytest.skip("shared examples are not beside the checkout")
    out = tmp_path / "seen.json"
    env = {**os.environ, "PLANLINT_OUT": str(out), "PLANLINT_FILE": str(plan), "PLANLINT_PY": sys.executable,
           "PLANLINT_CODE": "OW002"}
    subprocess.run(["nvim", "--headless", "--clean", "-u", "NONE", "-c", f"luafile {HERE / 'editors' / 'nvim_check.lua'}"],
                   env=env, cwd=tmp_path, timeout=120, capture_output=True)
    seen = json.loads(out.read_text(encoding="utf-8"))
    codes = {item["code"] for item in seen["items"]}
    assert {"AL001", "AL003", "OW002", "RS001", "VG001"} <= codes
    g9 = next(item for item in seen["items"] if item["code"] == "AL003")
    assert (g9["lnum"], g9["col"]) == (125, 10)  # 0-based line 126; Neovim counts bytes: "  支撑: " is 10
    assert any(title.startswith("OW002: 写上具体负责人, 例如 李娜") for title in seen["actions"])
    assert "Disable OW002 on this line" in seen["actions"]
