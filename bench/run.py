"""planlint's benchmark: run by hand, results go in the README (never a timed test).

    python bench/run.py            # 1k / 10k / 50k goals
    python bench/run.py --quick    # 1k / 10k only

Reports, as ratios so the machine's speed matters less:
- cold start of `planlint check` on a 100-goal plan against `python -c pass`;
- full check of 1k/10k/50k goals against a regex tokenisation of the same file;
- the scaling exponent (log-log slope of time against goals);
- peak memory of a check against reading the file;
- editor re-lint latency after one edit in a 1,000-goal plan;
- the same content through proselint and textlint + textlint-rule-prh, when installed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
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


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def regex_floor(text: str) -> float:
    return best(lambda: sum(1 for _ in TOKENS.finditer(text)))


def full_check(text: str, linter: Linter) -> float:
    return best(lambda: linter.lint(text, "bench.plan"), repeat=2)


def cold_start(path: Path) -> tuple[float, float]:
    def run(cmd: list[str]) -> float:
        return statistics.median(_timed(cmd) for _ in range(5))

    planlint = shutil.which("planlint")
    cmd = [planlint, "check", "--no-cache", str(path)] if planlint else [sys.executable, "-m", "planlint", "check", "--no-cache", str(path)]
    return run(cmd), run([sys.executable, "-c", "pass"])


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, capture_output=True)
    return time.perf_counter() - t0


def peak_memory(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    text = path.read_text(encoding="utf-8")
    _, read_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    linter = Linter()
    tracemalloc.start()
    text = path.read_text(encoding="utf-8")
    linter.lint(text, str(path))
    _, lint_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return lint_peak, read_peak


def relint_latency(text: str) -> float:
    """As the language server does it: block cache for the parse, rule memo for the lint."""
    linter, cache, memo = Linter(), BlockCache(), {}
    plan, problems = parse(text, "edit.plan", cache=cache)
    linter.lint_plan(plan, problems, memo=memo)
    samples = []
    for i in range(10):
        edited = text.replace("基准: ", f"基准: {i}", 1) if "基准: " in text else text + f"\n# edit {i}\n"
        t0 = time.perf_counter()
        plan, problems = parse(edited, "edit.plan", cache=cache)
        linter.lint_plan(plan, problems, memo=memo)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def peers(text: str, workdir: Path) -> dict[str, float | None]:
    prose = re.sub(r"^[ \t]*[^:：\n]+[:：]", "", text, flags=re.M)  # the content as prose
    src = workdir / "plan.md"
    src.write_text(prose, encoding="utf-8")
    out: dict[str, float | None] = {"proselint": None, "textlint+prh": None}
    if shutil.which("proselint"):
        help_text = subprocess.run(["proselint", "--help"], capture_output=True, text=True).stdout
        cmd = ["proselint", "check", str(src)] if "check" in help_text else ["proselint", str(src)]
        out["proselint"] = _timed(cmd)
    textlint = shutil.which("textlint") or (workdir / "node_modules/.bin/textlint")
    if textlint and Path(textlint).exists():
        prh = workdir / "prh.yml"
        prh.write_text("version: 1\nrules:\n" + "".join(f"  - expected: 具体数值\n    pattern: {w}\n" for w in VAGUE),
                       encoding="utf-8")
        rc = workdir / ".textlintrc.json"
        rc.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(prh)]}}}), encoding="utf-8")
        out["textlint+prh"] = _timed([str(textlint), "--config", str(rc), str(src)])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--peers-dir", type=Path, default=None, help="a folder with node_modules/.bin/textlint")
    args = ap.parse_args()
    sizes = [1000, 10000] if args.quick else [1000, 10000, 50000]
    work = Path(tempfile.mkdtemp(prefix="planlint-bench-"))
    rows = []
    small = work / "g100.plan"
    small.write_text(generate(100), encoding="utf-8")
    cold, floor_py = cold_start(small)
    rows.append(("cold start, 100 goals", f"{cold * 1000:.0f} ms", f"{cold / floor_py:.1f}x python -c pass", "<= 12x"))
    linter = Linter()
    times = {}
    for n in sizes:
        text = generate(n)
        (work / f"g{n}.plan").write_text(text, encoding="utf-8")
        t, floor = full_check(text, linter), regex_floor(text)
        times[n] = t
        rows.append((f"check {n:,} goals", f"{t:.2f} s ({n / t:,.0f} goals/s)", f"{t / floor:.1f}x regex floor",
                     "<= 3x (10k)" if n == 10000 else ""))
    ns = sorted(times)
    slope = math.log(times[ns[-1]] / times[ns[0]]) / math.log(ns[-1] / ns[0])
    rows.append((f"scaling {ns[0]:,} -> {ns[-1]:,}", f"exponent {slope:.2f}", "", "<= 1.05"))
    lint_peak, read_peak = peak_memory(work / f"g{ns[1]}.plan")
    rows.append((f"peak memory, {ns[1]:,} goals", f"{lint_peak / 2**20:.0f} MiB", f"{lint_peak / read_peak:.0f}x reading the file", "<= 4x"))
    rows.append(("re-lint after an edit, 1,000 goals", f"{relint_latency(generate(1000)) * 1000:.0f} ms", "", "<= 50 ms"))
    peer_dir = args.peers_dir or work
    for name, value in peers(generate(10000), peer_dir).items():
        rows.append((f"{name}, 10,000 goals as prose", f"{value:.2f} s" if value else "not installed",
                     f"planlint {times[10000]:.2f} s" if value else "", "planlint faster"))
    print("| measure | result | ratio | target |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
