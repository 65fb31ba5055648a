"""Run `planlint` as a user does and see what they see: exit code, stdout, stderr.

``run`` calls the console script's entry point (``planlint.cli.main``) in this process, with
its own argv, environment, working directory, umask and standard streams (a new Python for
every call costs a second; the command's behaviour is the same). ``run_process`` starts a real
``python -m planlint``, for what only a new process shows (installed plugins on PYTHONPATH).
"""

from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from dataclasses import dataclass

# what the user's environment may hold that changes the output; tests say what they want
CLEARED = ("NO_COLOR", "FORCE_COLOR", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "GITHUB_ACTIONS",
           "PLANLINT_DOCS_URL")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def _environment(env: dict | None) -> dict[str, str]:
    full = {k: v for k, v in os.environ.items() if k not in CLEARED}
    full["LC_ALL"] = "C.UTF-8"
    full.update(env or {})
    return full


def run(*args: str, cwd=None, input: str | bytes | None = None, env: dict | None = None,
        umask: int | None = None) -> Result:
    from planlint.cli import main

    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    saved_streams = sys.argv, sys.stdin, sys.stdout, sys.stderr
    saved_umask = os.umask(umask) if umask is not None else None
    out, err = io.BytesIO(), io.BytesIO()
    try:
        os.environ.clear()
        os.environ.update(_environment(env))
        if cwd is not None:
            os.chdir(cwd)
        data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
        sys.stderr = io.TextIOWrapper(err, encoding="utf-8", newline="\n", write_through=True)
        sys.argv = ["planlint", *args]
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))
    finally:
        gc.enable()  # main() turns the cyclic collector off for its short run
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        if saved_umask is not None:
            os.umask(saved_umask)


def run_process(*args: str, cwd=None, input: str | None = None, env: dict | None = None) -> Result:
    r = subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, cwd=cwd,
                       input=input.encode("utf-8") if input is not None else None, timeout=120,
                       env=_environment(env))
    return Result(r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8"))
