"""Mutated plans through every command: no internal error, and how slow the slowest run is.

    python bench/mutate.py                 # 5,000 inputs, 2 processes
    python bench/mutate.py --inputs 500 --jobs 4 --seed 7

Each input is a plan from the shared examples (and tests/plans) with 1-8 mutations
(``tests/fuzzing.py``: bit flips, truncations, inserted control characters, CRLF/CR mixes,
deletions, duplications, moves); half are made valid UTF-8 again so they reach the linter.
Each goes through: check (the four formats in turn), report (html and md in turn), status, gate,
export then import (xlsx and csv in turn), and a language-server session (open, a change,
hover, completion, definition and code actions at three positions). Runs are in process (the
command's own ``main()`` with its own error handling; the server's own handlers), so the times
are CPU seconds of planlint's work without the interpreter's start-up (about 0.4 s per command
on the project's machine). A run that takes more than 10 s is stopped and counted as a hang.

Prints the number of runs, every internal error (the input is kept in bench/out/mutate/input-N.mutated), the
slowest runs and how many took over 2 s; ``--json`` writes the same as data.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from fuzzing import Hang, LspDriver, commands, mutate, positions_in, run_cli  # noqa: E402

OUT = ROOT / "bench" / "out" / "mutate"
SLOW = 2.0
GUARD = 10.0


def seeds() -> list[tuple[str, bytes]]:
    found = sorted((ROOT.parent / "shared" / "examples").glob("*.plan")) + sorted((ROOT / "tests" / "plans").glob("*.plan"))
    return [(p.name, p.read_bytes()) for p in found]


def make_input(i: int, seed: int, bases: list[tuple[str, bytes]]) -> tuple[str, bytes, random.Random]:
    rnd = random.Random(seed * 1_000_003 + i)
    name, base = bases[rnd.randrange(len(bases))]
    data = mutate(base, rnd.randint, rnd.randint(1, 8))
    if rnd.random() < 0.5:
        data = data.decode("utf-8", "replace").encode("utf-8")
    return name, data, rnd


_LSP: LspDriver | None = None


LABELS = ["check text", "check json", "check sarif", "check github", "report html", "report md", "status", "gate",
          "export xlsx", "import xlsx", "export csv", "import csv"]  # the order of fuzzing.commands


def _worker_init() -> None:
    global _LSP
    _LSP = LspDriver()
    run_cli("check", "--no-cache", str(ROOT / "tests" / "plans" / "good.zh.plan"))  # imports and grammar, once


def run_one(job: tuple[int, int]) -> list[dict]:
    i, seed = job
    bases = seeds()
    name, data, rnd = make_input(i, seed, bases)
    out: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="planlint-mutate-") as tmp:
        folder = Path(tmp)
        plan = folder / "p.plan"
        plan.write_bytes(data)
        todo = commands(plan, folder)
        for k in (i % 4, 4 + i % 2, 6, 7, *((8, 9) if i % 2 == 0 else (10, 11))):
            try:
                o = run_cli(*todo[k], guard=GUARD)
                problem = o.describe() if o.internal else None
                seconds, code = o.seconds, o.code
            except Hang as exc:
                problem, seconds, code = f"hang: {exc}", GUARD, None
            out.append({"input": i, "base": name, "command": LABELS[k], "seconds": round(seconds, 4), "exit": code,
                        "problem": problem})
        text = data.decode("utf-8", "replace")
        edited = mutate(text.encode("utf-8"), rnd.randint, 2).decode("utf-8", "replace")
        assert _LSP is not None
        s = _LSP.session(f"file:///mutate/{i}.plan", text, [edited], positions_in(edited, rnd.randint, 3), guard=GUARD)
        out.append({"input": i, "base": name, "command": "lsp session", "seconds": round(s.seconds, 4), "exit": None,
                    "problem": "; ".join(s.problems)[:1000] if s.problems else None})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, default=None, help="write every run's time and problem here")
    args = ap.parse_args()
    bases = seeds()
    if not bases:
        sys.exit("no seed plans: ../shared/examples and tests/plans are empty")
    started = time.perf_counter()
    jobs = [(i, args.seed) for i in range(args.inputs)]
    results: list[dict] = []
    with multiprocessing.get_context("fork").Pool(args.jobs, initializer=_worker_init) as pool:
        for n, rows in enumerate(pool.imap_unordered(run_one, jobs, chunksize=8), start=1):
            results.extend(rows)
            if n % 500 == 0:
                print(f"  {n:,} inputs, {len(results):,} runs, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    wall = time.perf_counter() - started
    problems = [r for r in results if r["problem"]]
    slow = [r for r in results if r["seconds"] > SLOW]
    OUT.mkdir(parents=True, exist_ok=True)
    for r in problems + sorted(results, key=lambda r: -r["seconds"])[:10]:
        _, data, _ = make_input(r["input"], args.seed, bases)
        (OUT / f"input-{r['input']}.mutated").write_bytes(data)  # not *.plan: never read as context
    by_command: dict[str, list[float]] = {}
    for r in results:
        by_command.setdefault(r["command"].split()[0] if r["command"] != "lsp session" else "lsp", []).append(r["seconds"])
    print(f"{args.inputs:,} mutated inputs, {len(results):,} runs in {wall:.0f} s ({args.jobs} processes, seed {args.seed})")
    print(f"internal errors: {len(problems)}; runs over {SLOW:.0f} s of CPU: {len(slow)}")
    for r in problems[:20]:
        print(f"  input {r['input']} ({r['base']}), {r['command']}: {r['problem']}")
    print("slowest runs (CPU seconds):")
    for r in sorted(results, key=lambda r: -r["seconds"])[:10]:
        print(f"  {r['seconds']:.3f} s  input {r['input']} ({r['base']}), {r['command']}")
    print("per command: median / max CPU seconds")
    for command, times in sorted(by_command.items()):
        times.sort()
        print(f"  {command:<8} {times[len(times) // 2]:.3f} / {times[-1]:.3f}  ({len(times):,} runs)")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    sys.exit(1 if problems or slow else 0)


if __name__ == "__main__":
    main()
