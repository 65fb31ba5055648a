"""Pathological inputs: CPU time and peak memory of planlint on each, for the README's table.

    python bench/pathological.py              # every case
    python bench/pathological.py --only cycle # the cases whose name contains "cycle"
    python bench/pathological.py --limit 120  # stop a case after 120 s (default 300)

Run it with a normal (not editable) install: ``pip install .`` in a fresh virtual environment,
then that environment's python (an editable install with PYTHONDONTWRITEBYTECODE=1 compiles
planlint on every start). Each case runs ``planlint`` in a fresh process; CPU time is the
process's user + system time and memory its peak resident size (``wait4``), start-up included
(about 0.4 s and 50 MiB for ``planlint check`` on an empty plan). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MB = 1 << 20


def measure(args: list[str], cwd: Path, limit: float) -> tuple[float, float, float, int | None, str]:
    """(CPU seconds, wall seconds, peak MiB, exit code or None when stopped, last stderr line)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "planlint", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                                stderr=err, env={**os.environ, "PLANLINT_CACHE_DIR": str(cwd / ".cache")})
        stopped = threading.Event()

        def stop() -> None:
            stopped.set()
            proc.kill()

        timer = threading.Timer(limit, stop)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    wall = time.perf_counter() - start
    code = None if stopped.is_set() else proc.returncode
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, code, (lines[-1] if lines else "")


# ------------------------------------------------------------------------ inputs
GOAL = 'goal {id} "{title}"\n  metric: leads (count)\n  baseline: 100\n  target: 150\n  deadline: 2025-12-31\n' \
       '  owner: Li Na\n  review: monthly\n'
PLAN = 'plan "FY2025"\n  period: 2025-01-01 .. 2025-12-31\n  budget: 1M CNY\n  owner: Li Na\n\n'


def write(d: Path, name: str, text: str | bytes) -> Path:
    """``d/<stem>/<name>``: each case in a folder of its own (check reads the plans beside a file)."""
    folder = d / Path(name).stem
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def chain(n: int, cycle: bool) -> str:
    out = [PLAN]
    for i in range(n):
        parent = f"G{i - 1}" if i else (f"G{n - 1}" if cycle else "")
        out.append(GOAL.format(id=f"G{i}", title=f"goal {i}") + (f"  parent: {parent}\n" if parent else "") + "\n")
    return "".join(out)


def initiatives(n: int) -> str:
    out = [PLAN, GOAL.format(id="G", title="leads")]
    for i in range(n):
        out.append(f'\ninitiative I{i} "push {i}"\n  supports: G\n  owner: Li Na\n  budget: 1k CNY\n'
                   f'  window: 2025-03-01 .. 2025-06-30\n')
    return "".join(out)


def example() -> str:
    p = ROOT.parent / "shared" / "examples" / "smart-home-2024.zh.plan"
    return p.read_text(encoding="utf-8") if p.exists() else (ROOT / "tests" / "plans" / "good.zh.plan").read_text(encoding="utf-8")


def xlsx(d: Path, name: str, change: Callable[[bytes], bytes] | None = None, filler: int = 0) -> Path:
    from openpyxl import Workbook

    base = d / "base.xlsx"
    if not base.exists():
        wb = Workbook()
        ws = wb.active
        ws.append(["kind", "id", "title", "owner"])
        ws.append(["goal", "G1", "Leads", "Li Na"])
        wb.save(base)
    sheet = "xl/worksheets/sheet1.xml"
    dst = d / name
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename != sheet:
                z.writestr(item.filename, body)
            elif filler:
                head, tail = body.split(b"</sheetData>")
                with z.open(sheet, "w", force_zip64=True) as fh:
                    fh.write(head)
                    chunk = b" " * MB
                    for _ in range(filler // MB):
                        fh.write(chunk)
                    fh.write(b"</sheetData>" + tail)
            else:
                z.writestr(sheet, change(body) if change else body)
    return dst


def cases(d: Path) -> list[tuple[str, str, Callable[[], list[str]]]]:
    """(name, whose work the row depends on, setup returning planlint's arguments)."""
    def loop_folder() -> list[str]:
        f = d / "loops"
        f.mkdir(exist_ok=True)
        (f / "p.plan").write_text(example(), encoding="utf-8")
        for name, target in (("self", "self"), ("up", ".."), ("here", "."), ("x.plan", "x.plan")):
            if not (f / name).is_symlink():
                (f / name).symlink_to(target)
        return ["check", "--no-cache", str(f)]

    def pack(folder: str, target: str) -> Callable[[], list[str]]:
        def setup() -> list[str]:
            f = d / folder
            f.mkdir(exist_ok=True)
            (f / "p.plan").write_text(example(), encoding="utf-8")
            if target == "loop":
                for a, b in (("a.toml", "b.toml"), ("b.toml", "a.toml")):
                    if not (f / a).is_symlink():
                        (f / a).symlink_to(b)
                target_ = "a.toml"
            else:
                target_ = target
            (f / ".planlint.toml").write_text(f'packs = ["{target_}"]\n', encoding="utf-8")
            return ["check", "--no-cache", str(f / "p.plan")]
        return setup

    controls = "".join(line + ("\x0b\x1b\x7f\u202e\x00"[i % 5] if i % 5 != 4 else "\x0c") + "\n"
                       for i, line in enumerate(example().splitlines()))
    return [
        ("10 MB line (a note)", "parser",
         lambda: ["check", "--no-cache", str(write(d, "line.plan", PLAN + GOAL.format(id="G", title="x") + "  note: " + "长" * (10 * MB // 3) + "\n"))]),
        ("10 MB owner value", "parser",
         lambda: ["check", "--no-cache", str(write(d, "owner.plan", PLAN + 'goal G "x"\n  owner: ' + "A" * (10 * MB) + "\n"))]),
        ("16k spaces in a value (`owner: A` ... `x`)", "parser",
         lambda: ["check", "--no-cache", str(write(d, "spaces.plan", PLAN + 'goal G "x"\n  owner: A' + " " * 16_384 + "x\n"))]),
        ("a million blocks (20 MB)", "hostile (the 200k-block limit)",
         lambda: ["check", "--no-cache", str(write(d, "million.plan", "".join(f'goal G{i} "t"\n' for i in range(1_000_000))))]),
        ("deep nesting: 5,000 indentation levels", "",
         lambda: ["check", "--no-cache", str(write(d, "indent.plan", PLAN + 'goal G "x"\n  split:\n' + "".join(" " * (4 + i) + f"2025-Q{i % 4 + 1}: {i}\n" for i in range(5000))))]),
        ("deep nesting: 100k brackets and quotes in a value", "",
         lambda: ["check", "--no-cache", str(write(d, "brackets.plan", PLAN + 'goal G "' + "(「“" * 33_000 + '"\n  target: ' + "(" * 100_000 + "1" + ")" * 100_000 + "\n"))]),
        ("100k initiatives", "parser",
         lambda: ["check", "--no-cache", str(write(d, "initiatives.plan", initiatives(100_000)))]),
        ("20k-goal parent chain", "method",
         lambda: ["check", "--no-cache", str(write(d, "chain.plan", chain(20_000, cycle=False)))]),
        ("10k-goal parent cycle", "method",
         lambda: ["check", "--no-cache", str(write(d, "cycle.plan", chain(10_000, cycle=True)))]),
        ("zip bomb xlsx (429 MB sheet in a zip)", "sheets",
         lambda: ["import", str(xlsx(d, "bomb.xlsx", filler=429 * MB)), "-o", str(d / "o.plan"), "--force"]),
        ("huge merged range (D2:XFD1048576)", "sheets",
         lambda: ["import", str(xlsx(d, "merge.xlsx", lambda x: x.replace(
             b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="D2:XFD1048576"/></mergeCells>'))),
             "-o", str(d / "o.plan"), "--force"]),
        ("/dev/zero as a pack", "hostile", pack("zero", "/dev/zero")),
        ("a pack that is a symlink loop", "hostile", pack("loop", "loop")),
        ("symlink loops in a folder checked", "hostile", loop_folder),
        ("UTF-16 with a BOM (the example plan)", "hostile",
         lambda: ["check", "--no-cache", str(write(d, "u16.plan", example().encode("utf-16")))]),
        ("UTF-16 LE without a BOM", "hostile",
         lambda: ["check", "--no-cache", str(write(d, "u16le.plan", example().encode("utf-16-le")))]),
        ("GBK (the example plan)", "hostile",
         lambda: ["check", "--no-cache", str(write(d, "gbk.plan", example().encode("gbk")))]),
        ("Big5 (the example in Traditional)", "hostile",
         lambda: ["check", "--no-cache", str(write(d, "big5.plan", _hant(example()).encode("big5", "replace")))]),
        ("binary, 40 MB of random bytes", "hostile",
         lambda: ["check", "--no-cache", str(write(d, "random.plan", os.urandom(40 * MB)))]),
        ("control characters on every line: check", "",
         lambda: ["check", "--no-cache", str(write(d, "controls.plan", controls))]),
        ("control characters on every line: export", "sheets",
         lambda: ["export", str(write(d, "controls-export.plan", controls)), "-o", str(d / "c.xlsx"), "--force"]),
    ]


def _hant(text: str) -> str:
    from planlint.language.script import to_hant

    return to_hant(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="only the cases whose name contains this")
    ap.add_argument("--limit", type=float, default=300.0, help="stop a case after this many seconds")
    ap.add_argument("--generate", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.generate:  # in a process of its own: the inputs are large, and a child's peak memory
        # as wait4 reports it starts from its parent's size
        todo = [(name, who, setup()) for name, who, setup in cases(args.generate) if args.only in name]
        (args.generate / "cases.json").write_text(json.dumps(todo), encoding="utf-8")
        return
    with tempfile.TemporaryDirectory(prefix="planlint-patho-") as tmp:
        d = Path(tmp)
        subprocess.run([sys.executable, __file__, "--generate", str(d), "--only", args.only], check=True)
        todo = json.loads((d / "cases.json").read_text(encoding="utf-8"))
        empty = write(d, "empty.plan", "")
        cpu, _, mib, _, _ = measure(["check", "--no-cache", str(empty)], d, args.limit)
        print(f"start-up (check of an empty plan): {cpu:.2f} s CPU, {mib:.0f} MiB\n")
        print("| input | CPU time | peak memory | result | depends on |\n|---|---|---|---|---|")
        for name, who, argv in todo:
            cpu, wall, mib, code, last = measure(argv, d, args.limit)
            if code is None:
                result = f"stopped after {args.limit:.0f} s"
            else:
                result = f"exit {code}" + (f": {last.replace(str(d) + '/', '').replace('|', '/')[:150]}" if last else "")
            print(f"| {name} | {cpu:.2f} s | {mib:.0f} MiB | {result} | {who} |", flush=True)


if __name__ == "__main__":
    main()
