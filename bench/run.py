"""planlint's benchmark: run by hand, results go in the README (never a timed test).

    python bench/run.py            # 1k / 10k / 50k goals
    python bench/run.py --quick    # 1k / 10k only

Run it with planlint installed normally (``pip install .`` in a fresh venv, not ``-e``: with
PYTHONDONTWRITEBYTECODE=1 an editable install never writes .pyc files and every start
compiles planlint again). Every figure is CPU time (user + system), the median of several
runs, measured side by side in this one run; each is reported with the ratio it is judged by:

- cold start: ``planlint check`` on a 100-goal plan against ``python -c pass``;
- throughput: a full check of 1k/10k/50k goals (each run in a fresh process, timed from the
  text read to the findings) against a regex tokenisation of the same file (the floor), and
  the scaling exponent (log-log slope of time against goals);
- memory: peak (tracemalloc) of reading and checking 10,000 goals, per goal;
- peers: the same content as prose through proselint (and textlint + prh with --peers-dir);
- the editor: re-lint after an edit in a 1,000-goal plan (block cache and rule memo);
- hostile input the parser must bound: a run of blanks in a value, a 10 MB value,
  100,000 initiatives.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

from planlint.driver.linter import Linter  # noqa: E402
from planlint.parser import BlockCache, parse  # noqa: E402

TOKENS = re.compile(r"^([ \t]*)([^:：\n#]+?)\s*(?:[:：]\s*([^#\n]*))?(#.*)?$", re.M)
VAGUE = ["大幅", "显著", "全面", "尽快", "品牌影响力", "用户粘性", "significantly", "as much as possible"]


def cpu(fn, repeat: int = 3) -> float:
    """The median CPU time of ``fn``."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def _child_once(cmd: list[str], cwd: Path | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, capture_output=True, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def child_cpu(cmd: list[str], repeat: int = 7, cwd: Path | None = None) -> float:
    """The median CPU time of a command (user + system of the child)."""
    return statistics.median(_child_once(cmd, cwd) for _ in range(repeat))


# One check as `planlint check` runs it, timed inside a process of its own (imports and the
# linter's set-up are the cold start's row): a check in the same process as the one before would
# find that check's answers in planlint's caches of texts (a title's hedges, a metric's families),
# which no run of `planlint check` or pre-commit ever has: up to a tenth of a 1,000-goal check.
CHECK = """
import sys, time
sys.path.insert(0, {bench!r})
from generate import generate
from planlint.driver.linter import Linter
linter = Linter()
linter.lint(generate(50, seed=1), "warm.plan")  # set-up paid once, on other goals
text = open({path!r}, encoding="utf-8").read()
t0 = time.process_time()
linter.lint(text, {path!r})
print(time.process_time() - t0)
"""


def check_cpu(path: Path, repeat: int) -> float:
    """The median CPU time of a full check of ``path``, each run in a fresh process."""
    code = CHECK.format(bench=str(Path(__file__).resolve().parent), path=str(path))
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"bench: the check of {path.name} ended with {out.returncode}:\n{out.stderr[-2000:]}")
        runs.append(float(out.stdout))
    return statistics.median(runs)


def regex_floor(text: str) -> float:
    return cpu(lambda: sum(1 for _ in TOKENS.finditer(text)), repeat=5)


def cold_start(path: Path) -> tuple[float, float]:
    planlint = shutil.which("planlint")
    cmd = [planlint, "check", "--no-cache", path.name] if planlint else \
        [sys.executable, "-m", "planlint", "check", "--no-cache", path.name]
    # side by side: one run of each in turn, so that the machine's speed moves both alike
    runs = [(_child_once(cmd, path.parent), _child_once([sys.executable, "-c", "pass"])) for _ in range(21)]
    return statistics.median(a for a, _ in runs), statistics.median(b for _, b in runs)


def peak_memory(path: Path) -> int:
    linter = Linter()
    linter.lint(generate(50, seed=1), "warm.plan")
    tracemalloc.start()
    linter.lint(path.read_text(encoding="utf-8"), str(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def relint_latency(text: str) -> float:
    """As the language server does it: block cache for the parse, rule memo for the lint."""
    linter, cache, memo = Linter(), BlockCache(), {}
    plan, problems = parse(text, "edit.plan", cache=cache)
    linter.lint_plan(plan, problems, memo=memo)
    samples = []
    for i in range(10):
        edited = text.replace("基准: ", f"基准: {i}", 1) if "基准: " in text else text + f"\n# edit {i}\n"
        t0 = time.process_time()
        plan, problems = parse(edited, "edit.plan", cache=cache)
        linter.lint_plan(plan, problems, memo=memo)
        samples.append(time.process_time() - t0)
    return statistics.median(samples)


def peers(text: str, workdir: Path) -> dict[str, float | None]:
    prose = re.sub(r"^[ \t]*[^:：\n]+[:：]", "", text, flags=re.M)  # the content as prose
    src = workdir / "plan.md"
    src.write_text(prose, encoding="utf-8")
    out: dict[str, float | None] = {"proselint": None, "textlint+prh": None}
    if shutil.which("proselint"):
        help_text = subprocess.run(["proselint", "--help"], capture_output=True, text=True).stdout
        cmd = ["proselint", "check", str(src)] if "check" in help_text else ["proselint", str(src)]
        out["proselint"] = child_cpu(cmd, repeat=3)
    textlint = shutil.which("textlint") or (workdir / "node_modules/.bin/textlint")
    if textlint and Path(textlint).exists():
        prh = workdir / "prh.yml"
        prh.write_text("version: 1\nrules:\n" + "".join(f"  - expected: 具体数值\n    pattern: {w}\n" for w in VAGUE),
                       encoding="utf-8")
        rc = workdir / ".textlintrc.json"
        rc.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(prh)]}}}), encoding="utf-8")
        out["textlint+prh"] = child_cpu([str(textlint), "--config", str(rc), str(src)], repeat=1)
    return out


def hostile() -> list[tuple[str, str, str]]:
    """Inputs the parser must bound: (what, CPU time and peak memory of a full check, bound)."""
    initiatives = "\n".join(f'initiative I{i} "Campaign {i}"\n  owner: Li Na\n  budget: {i % 9 + 1}k CNY\n'
                            f"  supports: G{i % 50}\n" for i in range(100_000))
    cases = [
        ("`owner: A`, 16,000 blanks, `x`", 'goal G "x"\n  owner: A' + " " * 16_000 + "x\n", "was 9 s"),
        ("a 10 MB owner value", 'goal G "x"\n  owner: ' + "a" * 10_000_000 + "\n", "was 1.7 GB"),
        ("100,000 initiatives", initiatives, "was 17.7 s, 1.4 GB"),
    ]
    rows = []
    linter = Linter()
    for what, text, before in cases:
        t = cpu(lambda text=text: linter.lint(text, "hostile.plan"), repeat=1)
        tracemalloc.start()
        linter.lint(text, "hostile.plan")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append((what, f"{t:.2f} s, {peak / 2**20:.0f} MiB", before))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--peers-dir", type=Path, default=None, help="a folder with node_modules/.bin/textlint")
    args = ap.parse_args()
    sizes = [1000, 10000] if args.quick else [1000, 10000, 50000]
    work = Path(tempfile.mkdtemp(prefix="planlint-bench-"))
    (work / "plans").mkdir()
    rows = []
    small = work / "plans" / "g100.plan"  # alone in its folder: no other plan is read as context
    small.write_text(generate(100), encoding="utf-8")
    cold, floor_py = cold_start(small)
    rows.append(("cold start, 100 goals", f"{cold * 1000:.0f} ms", f"{cold / floor_py:.1f}x python -c pass "
                 f"({floor_py * 1000:.0f} ms)", "<= 10x", cold / floor_py <= 10))
    times, floors = {}, {}
    for n in sizes:
        text = generate(n)
        (work / f"g{n}.plan").write_text(text, encoding="utf-8")
        t = check_cpu(work / f"g{n}.plan", repeat=9 if n <= 1000 else 3 if n <= 10000 else 1)  # (more of the short, noisier ones)
        floor = regex_floor(text)
        times[n], floors[n] = t, floor
        rows.append((f"check {n:,} goals", f"{t:.2f} s ({n / t:,.0f} goals/s)", f"{t / floor:.1f}x regex floor "
                     f"({floor * 1000:.0f} ms)", "<= 8x" if n == 10000 else "", t / floor <= 8 if n == 10000 else None))
    ns = sorted(times)
    slope = math.log(times[ns[-1]] / times[ns[0]]) / math.log(ns[-1] / ns[0])
    rows.append((f"scaling {ns[0]:,} -> {ns[-1]:,}", f"exponent {slope:.2f}", "", "<= 1.05", slope <= 1.05))
    peak = peak_memory(work / "g10000.plan")
    rows.append(("peak memory, 10,000 goals", f"{peak / 2**20:.0f} MiB", f"{peak / 10000 / 1024:.1f} KB per goal",
                 "<= 8 KB per goal", peak / 10000 / 1024 <= 8))
    rows.append(("re-lint after an edit, 1,000 goals", f"{relint_latency(generate(1000)) * 1000:.0f} ms", "", "", None))
    peer_dir = args.peers_dir or work
    for name, value in peers(generate(10000), peer_dir).items():
        rows.append((f"{name}, 10,000 goals as prose", f"{value:.2f} s" if value else "not installed",
                     f"planlint {times[10000]:.2f} s" if value else "", "planlint faster",
                     times[10000] < value if value else None))
    print("| measure | result | ratio | target |\n|---|---|---|---|")
    for what, result, ratio, target, met in rows:
        mark = "" if met is None or not target else (" (met)" if met else " (not met)")
        print(f"| {what} | {result} | {ratio} | {target}{mark} |")
    print("\n| hostile input | check: CPU time, peak memory | before |\n|---|---|---|")
    for what, result, before in hostile():
        print(f"| {what} | {result} | {before} |")
    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
