"""The work of a keystroke in the editor, counted in instructions: the same figure on a quiet
machine and a loaded one (CPU times on a shared machine move by 20-40% from run to run).

    python bench/edit_work.py                  # 1,000 goals, 20 edits: instructions per edit
    python bench/edit_work.py --goals 10000
    python bench/edit_work.py --edits 40 --run # just the edit loop, timed (no valgrind)

It runs the language server in this process (``PlanServer`` without its event loop, so each
change is linted at once), opens a generated plan (``bench/generate.py``) and types the edits
``bench/lsp_latency.py`` types (characters into a goal's title and its baseline and deleted
again, a line break typed and deleted). With valgrind installed it runs that twice under
``valgrind --tool=cachegrind`` (with no edit and with ``--edits``) and prints the difference
per edit. Run by hand, never in the suite; compare two versions of planlint by running it with
each installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402


def edit_loop(goals: int, edits: int) -> list[float]:
    """Open a plan of ``goals`` goals and type ``edits`` edits; the CPU time of each."""
    from lsprotocol import types as lsp

    from planlint.integrations.lsp.server import PlanServer

    text = generate(goals)
    lines = text.split("\n")
    server = PlanServer()
    server.send_diagnostics = lambda uri, items, version: None  # (no client to write to)
    path = Path(tempfile.mkdtemp()) / "plan.plan"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    server.opened(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="plan", version=1, text=text)))
    title = next(i for i, line in enumerate(lines) if f'G{goals // 2} "' in line)
    title_end = len(lines[title]) - 1  # before the closing quote
    base = next(i for i in range(title, len(lines)) if "基准: " in lines[i])
    base_end = len(lines[base])
    version, typed_title, typed_base, times = 1, 0, 0, []

    def units(s: str) -> int:
        return len(s.encode("utf-16-le")) // 2

    def change(line: int, start: int, end_line: int, end: int, new: str) -> None:
        nonlocal version
        version += 1
        server.changed(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangePartial(range=lsp.Range(
                start=lsp.Position(line=line, character=start), end=lsp.Position(line=end_line, character=end)),
                text=new)]))

    for i in range(edits):
        k = i % 10
        t0 = time.process_time()
        if k < 2:
            col = units(lines[title][:title_end]) + typed_title
            change(title, col, title, col, "新")
            typed_title += 1
        elif k < 4:
            typed_title -= 1
            col = units(lines[title][:title_end]) + typed_title
            change(title, col, title, col + 1, "")
        elif k < 6:
            change(base, base_end + typed_base, base, base_end + typed_base, "7")
            typed_base += 1
        elif k < 8:
            typed_base -= 1
            change(base, base_end + typed_base, base, base_end + typed_base + 1, "")
        elif k == 8:
            change(title, 0, title, 0, "\n")
        else:
            change(title, 0, title + 1, 0, "")
        times.append(time.process_time() - t0)
    return times


def instructions(goals: int, edits: int) -> int:
    """Instructions of a run of this script with ``--run`` under cachegrind."""
    from instructions import cachegrind

    return cachegrind([sys.executable, __file__, "--run", "--goals", str(goals), "--edits", str(edits)], "edit_work")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--goals", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--run", action="store_true", help="only the edit loop, with its CPU times")
    args = ap.parse_args()
    if args.run:
        times = edit_loop(args.goals, args.edits)
        if times:
            print(f"{args.edits} edits, {args.goals:,} goals: median {statistics.median(times) * 1000:.1f} ms CPU, "
                  f"max {max(times) * 1000:.1f} ms", file=sys.stderr)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("edit_work: valgrind is not installed (apt-get install valgrind); --run times the loop")
    os.environ.setdefault("PYTHONHASHSEED", "0")  # (the same dictionaries in both runs)
    base = instructions(args.goals, 0)
    total = instructions(args.goals, args.edits)
    print(f"{args.goals:,} goals: {(total - base) / args.edits / 1e6:.0f} million instructions per keystroke "
          f"(open: {base / 1e6:.0f} million)")


if __name__ == "__main__":
    main()
