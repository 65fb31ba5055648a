"""Every finding of many plans, as JSON: run it before and after a change that must not change
what planlint finds (a speed-up), and compare the two files. Run by hand, never in the suite.

    python bench/golden.py before.json     # with the code before the change installed
    python bench/golden.py after.json      # with the change
    cmp before.json after.json

The plans: the shared examples (``../shared/examples`` beside the checkout, when there), every
``.plan`` of tests/, docs/ and planlint/templates/, and three generated ones (``generate.py``:
1,500 goals in Chinese and in English, 300 of another seed). Each is linted in three
languages (its own, English, Traditional Chinese), and each finding is written whole: its place,
code, category, severity, message and fix as rendered, its edits, their applicability.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

from planlint.driver.linter import Linter  # noqa: E402

ROOT = HERE.parent


def plans() -> list[tuple[str, str]]:
    """(name, text) of every plan the golden reads."""
    folders = [ROOT.parent / "shared" / "examples", ROOT / "tests", ROOT / "docs", ROOT / "planlint" / "templates"]
    paths = sorted({p for folder in folders if folder.is_dir() for p in folder.rglob("*.plan")})
    out = [(str(p.relative_to(p.parents[1])), p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    out += [("gen-zh-1500", generate(1500)), ("gen-en-1500", generate(1500, "en")),
            ("gen-zh-300-s3", generate(300, seed=3))]
    return out


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: python bench/golden.py OUT.json")
    texts = plans()
    out: dict[str, list] = {}
    count = 0
    for lang in (None, "en", "zh-Hant"):
        linter = Linter(lang=lang)
        for name, text in texts:
            rows = []
            for f in linter.lint(text, Path(name).name):
                rows.append([f.line, f.column, f.end_line, f.end_column, f.code, f.category, f.severity, f.message,
                             f.fix, [(e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.text)
                                     for e in f.edits], f.applicability, f.blocks_signoff, f.locale])
            out[f"{lang}:{name}"] = rows
            count += len(rows)
    Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(texts)} plans, {count} findings in three languages -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
