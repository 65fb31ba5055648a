"""`planlint status`: progress from the plan's actuals and from a dashboard export."""

from __future__ import annotations

import subprocess
import sys

from conftest import variant

PROGRESS = variant(("    2024-Q4: 250", "    2024-Q4: 250\n  实际: 150 截至 2024-06-30"))


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd)


def test_status_of_one_cumulative_actual(tmp_path):
    path = tmp_path / "p.plan"
    path.write_text(PROGRESS, encoding="utf-8")
    r = run("status", str(path))
    assert r.returncode == 0
    head, row = r.stdout.splitlines()
    assert head.split() == ["目标", "负责人", "截至", "计划应达", "实际", "完成度", "状态"]
    assert row.split() == ["SALES", "张伟", "2024-06-30", "250万元", "150万元", "60%", "红"]
