"""Run the ``planlint`` command in this process (as ``planlint.cli.main`` does: exit codes, one-line
errors), which costs milliseconds where a new interpreter costs most of a second."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def planlint(*args: str, cwd: Path | str | None = None) -> Ran:
    from planlint.cli import main

    out, err = io.StringIO(), io.StringIO()
    here, argv = os.getcwd(), sys.argv
    code = 0
    try:
        if cwd is not None:
            os.chdir(cwd)
        sys.argv = ["planlint", *args]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    finally:
        os.chdir(here)
        sys.argv = argv
        gc.enable()  # main() turns the cyclic collector off for a short run
    return Ran(code, out.getvalue(), err.getvalue())
