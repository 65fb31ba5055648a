"""The work of a check, counted in instructions (valgrind's cachegrind): the same figure on a
quiet machine and a loaded one, where CPU times move by 20-40% from run to run. Compare two
versions of planlint side by side by giving each one's source tree (a checkout, or
``git worktree add /tmp/old <commit>``). Run by hand, never in the suite.

    python bench/instructions.py /tmp/old .          # 2,000 goals, each tree in turn
    python bench/instructions.py --goals 10000 .

For each tree it runs a small script twice under cachegrind with that tree first on
``PYTHONPATH``: set-up and a warm-up lint of 50 other goals (seed 1), then the same with a
check of the generated plan (``generate.py``) after it; the difference is the check's work.
Bytecode files are written (``PYTHONDONTWRITEBYTECODE`` is unset for these runs) and each run
is done once first, so compiling is not counted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCRIPT = """
import sys
sys.path.insert(0, {bench!r})
from generate import generate
import planlint
assert planlint.__file__.startswith({tree!r}), planlint.__file__  # (the tree asked for, not an installed one)
from planlint.driver.linter import Linter
n = {goals}
text = generate(n) if n else ""
linter = Linter()
linter.lint(generate(50, seed=1), "warm.plan")
if n:
    linter.lint(text, "check.plan")
"""


def cachegrind(cmd: list[str], what: str = "instructions", **run: object) -> int:
    """The instructions ``cmd`` runs, counted by valgrind's cachegrind (``run``: for subprocess.run)."""
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd],
                         capture_output=True, text=True, **run)  # type: ignore[call-overload]
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr) if out.returncode == 0 else None
    if found is None:
        raise SystemExit(f"{what}: valgrind ended with {out.returncode} and no instruction count:\n"
                         f"{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def count(tree: Path, goals: int) -> int:
    """Instructions of the script with ``goals`` goals, planlint taken from ``tree``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(tree)
    code = SCRIPT.format(bench=str(HERE), goals=goals, tree=str(tree))
    # (run from elsewhere than the checkout: "-c" puts the working folder first on the path)
    return cachegrind([sys.executable, "-c", code], env=env, cwd=tempfile.gettempdir())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="+", type=Path, help="source trees of planlint (with planlint/ in them)")
    ap.add_argument("--goals", type=int, default=2000)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("instructions: valgrind is not installed (apt-get install valgrind)")
    for tree in args.trees:
        if not (tree / "planlint" / "__init__.py").is_file():
            raise SystemExit(f"instructions: {tree} has no planlint/ package")
        where = tree.resolve()
        count(where, args.goals)  # (bytecode written)
        work = count(where, args.goals) - count(where, 0)
        print(f"{tree}: a check of {args.goals:,} goals, {work / 1e6:,.0f} million instructions")


if __name__ == "__main__":
    main()
