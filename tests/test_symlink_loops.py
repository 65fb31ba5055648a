"""Symlink loops in a plan folder or as an output path: one line, never an internal error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import GOOD

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symlinks")
BAD = GOOD.replace("  复盘: 每月\n", "", 1)


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.plan").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.plan").write_text(BAD, encoding="utf-8")
    (tmp_path / "x.plan").symlink_to("x.plan")
    (tmp_path / "self").symlink_to("self")
    (tmp_path / "up").symlink_to("..")
    return tmp_path


def test_a_loop_beside_a_plan_does_not_stop_checking_it(folder):
    r = run("check", "--no-cache", "-q", "good.plan", cwd=folder)  # the folder is read for linked plans
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
    r = run("check", "--no-cache", "bad.plan", cwd=folder)
    assert r.returncode == 1 and "TR001" in r.stdout and r.stderr == ""


def test_checking_the_folder_names_the_loop_and_checks_the_rest(folder):
    r = run("check", "--no-cache", ".", cwd=folder)
    assert r.returncode == 2 and "TR001" in r.stdout
    assert r.stderr.splitlines() == ["planlint: x.plan: cannot read: Too many levels of symbolic links"]
    for command in (("report", "x.plan"), ("status", "x.plan"), ("gate", "."), ("export", "x.plan", "-o", "o.xlsx")):
        r = run(*command, cwd=folder)
        assert r.returncode == 2 and "internal error" not in r.stderr and len(r.stderr.splitlines()) == 1, r.stderr


@pytest.mark.parametrize("command", [("report", "good.plan", "-o", "x.plan"), ("export", "good.plan", "-o", "x.plan"),
                                     ("export", "good.plan", "--format", "csv", "-o", "x.plan")])
def test_an_output_path_that_is_a_loop_is_not_an_internal_error(folder, command):
    r = run(*command, cwd=folder)
    assert r.returncode in (0, 2) and "internal error" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert (folder / "good.plan").read_text(encoding="utf-8") == GOOD
