"""A plan as it was: a file at a git revision, read with git without touching the working tree
(no checkout, no index, no lock), within the same size limit as a plan file and a time limit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from planlint.driver.files import MAX_BYTES, InputError

GIT_SECONDS = 15  # per git call; a local object read takes milliseconds


def _git(folder: Path, *args: str, limit: int = 64 * 1024) -> tuple[int, bytes, bytes]:
    """Run git in ``folder``: (exit code, stdout, stderr); InputError when git is missing, does not
    answer within GIT_SECONDS or writes more than ``limit`` bytes. (A blob's size is asked first,
    ``cat-file -s``, so what ``git show`` writes is known to be within the limit before it runs.)"""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    cmd = ["git", "--no-pager", "-c", "core.fsmonitor=false", "-C", str(folder), *args]
    try:
        done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=GIT_SECONDS)
    except FileNotFoundError:
        raise InputError("git is not installed: give the approved version as a file instead of a revision") from None
    except subprocess.TimeoutExpired:
        raise InputError(f"git did not answer within {GIT_SECONDS} s in {folder}") from None
    if len(done.stdout) > limit:
        raise InputError(f"git {args[0]}: more than {max(1, limit // (1024 * 1024))} MB; too large for a plan")
    return done.returncode, done.stdout, done.stderr


def commit_of(rev: str, folder: Path) -> str:
    """The commit ``rev`` names in the repository of ``folder`` (InputError when it names none)."""
    if not rev or rev.startswith("-") or any(ord(c) < 32 for c in rev):
        raise InputError(f"'{rev}' is not a file or a git revision")
    code, out, err = _git(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    if code != 0:
        why = "not a git repository" if b"not a git repository" in err.lower() else "no such revision"
        raise InputError(f"'{rev}' is not a file, and {why} in {folder} (give a file, a branch, a tag or a commit)")
    return out.decode("ascii", "replace").strip()


def read_at(commit: str, path: Path) -> str | None:
    """The text of ``path`` at ``commit`` (from ``commit_of``); None when the file was not there."""
    folder = path.resolve().parent
    spec = f"{commit}:./{path.name}"
    code, out, _ = _git(folder, "cat-file", "-s", spec)
    if code != 0:
        return None
    try:
        size = int(out.strip() or b"0")
    except ValueError:
        size = MAX_BYTES + 1
    if size > MAX_BYTES:
        raise InputError(f"{path} at {commit[:12]}: {size // (1024 * 1024)} MB is too large for a plan "
                         f"(limit {MAX_BYTES // (1024 * 1024)} MB)")
    code, data, err = _git(folder, "show", "--no-textconv", spec, limit=MAX_BYTES)
    if code != 0:
        raise InputError(f"{path} at {commit[:12]}: git show failed: {err.decode('utf-8', 'replace').strip()[:200]}")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path} at {commit[:12]}: a binary file, not a plan")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line} at {commit[:12]}: not UTF-8 text") from None
