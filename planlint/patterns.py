"""Regexes compiled ahead: the programs of planlint's own patterns, kept as data.

Compiling a regex is Python code in the standard library (``re._parser``, ``re._compiler``):
the ~90 patterns a plain check uses cost ~15 ms of every start, wide Chinese character classes
most. ``_patterns_compiled.py`` holds each pattern's compiled program (written by ``python -m
planlint.ahead`` and kept compiled by Python's own bytecode cache), and ``seed`` puts them
in ``re``'s cache when planlint is imported, so ``re.compile`` and ``re.search`` with one of
them find it made. Only on the Python and regex engine they were compiled for (its version,
``_sre.MAGIC`` and code size): anywhere else, and for any other pattern, ``re`` compiles as
always. ``tests/test_patterns.py`` checks that the file is current and that each program is
what ``re`` compiles.
"""

from __future__ import annotations

import _sre
import os
import re
import sys

# what a program depends on: the engine's opcodes and code word size, the Python they came from
ENGINE = (tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)


def seed() -> int:
    """Put the programs of ``_patterns_compiled.py`` in ``re``'s cache; how many."""
    try:
        from planlint import _patterns_compiled as made
    except Exception:  # (not written yet, or broken: re compiles every pattern as always)
        return 0
    cache = getattr(re, "_cache", None)
    if getattr(made, "ENGINE", None) != ENGINE or not isinstance(cache, dict):
        return 0
    done = 0
    try:
        for pattern, flags, final_flags, code, groups, groupindex, indexgroup in (*made.PATTERNS, *made.STANDARD):
            cache.setdefault((str, pattern, flags), _sre.compile(pattern, final_flags, code, groups, groupindex,
                                                                  indexgroup))
            done += 1
    except Exception:  # (the engine checks each program: one it refuses ends the seeding, nothing else)
        pass
    return done


def program(pattern: str, flags: int) -> tuple:
    """One entry of ``_patterns_compiled.py``: ``pattern`` compiled as ``re._compiler.compile``
    compiles it, written out (its program, flags and groups: what ``_sre.compile`` takes)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, flags, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def collect(plans: list[str]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The (pattern, flags) planlint's code compiles while every module is imported and
    ``planlint check`` reads ``plans`` (in a fresh interpreter: ``python -m planlint.ahead``),
    and those the standard library's modules compile during the first check (click imports
    ``platform``, ``gettext`` and the like, which compile theirs when imported)."""
    import contextlib
    import io
    from re import _compiler  # type: ignore[attr-defined]

    seen: set[tuple[str, int]] = set()
    standard: set[tuple[str, int]] = set()
    first = True  # the standard library's are noted during the first check only: a plain one
    compile_ = _compiler.compile
    library = os.path.dirname(os.path.dirname(os.path.abspath(re.__file__))) + os.sep  # (.../lib/python3.11/)

    def noted(p, flags=0):
        caller = sys._getframe(1)
        while caller is not None and caller.f_globals.get("__name__", "").split(".")[0] == "re":
            caller = caller.f_back
        name = caller.f_globals.get("__name__", "") if caller is not None else ""
        where = os.path.abspath(caller.f_code.co_filename) if caller is not None else ""
        if isinstance(p, str) and not flags & re.DEBUG:
            if name.split(".")[0] == "planlint":
                seen.add((p, int(flags)))
            elif first and where.startswith(library) and "site-packages" not in where:
                standard.add((p, int(flags)))
        return compile_(p, flags)

    re.purge()  # (what seed put there is compiled again, and so noted)
    _compiler.compile = noted
    try:
        from planlint.cli import main

        argv = sys.argv
        for args in (["check", "--no-cache", *plans], ["check", "--no-cache", "--lang", "en", *plans]):
            sys.argv = ["planlint", *args]
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    main()
            except SystemExit:
                pass
            first = False
        sys.argv = argv
        from planlint.ahead import import_every_module  # (after the first check: it imports subprocess)

        import_every_module()
        from pathlib import Path

        from planlint.driver.linter import Linter

        for path in plans:  # a longer plan: what a vocabulary compiles once it has read many texts
            Linter().lint("\n".join([Path(path).read_text(encoding="utf-8")] * 8), "long.plan")
    finally:
        _compiler.compile = compile_
    return sorted(seen), sorted(standard - seen)


def compiled_source(entries: list[tuple], standard: list[tuple]) -> str:
    """``_patterns_compiled.py`` for ``entries`` (``program``'s) and ``standard``'s."""
    out = ['"""The programs of planlint\'s regexes, compiled ahead (see planlint/patterns.py).', "",
           'Written by ``python -m planlint.ahead``; do not edit."""', "",
           f"ENGINE = {ENGINE!r}", "PATTERNS = ("]
    out += [f"    {entry!r}," for entry in entries]
    out += [")", "# the standard library's, compiled while planlint starts (when their text is the same)", "STANDARD = ("]
    out += [f"    {entry!r}," for entry in standard]
    out += [")", ""]
    return "\n".join(out)


def sample_plans() -> list[str]:
    """The plans ``collect`` reads: the starter templates and, in a checkout, the test plans."""
    from pathlib import Path

    root = Path(__file__).resolve().parent
    found = sorted(str(p) for p in (root / "templates").glob("*.plan"))
    found += sorted(str(p) for p in (root.parent / "tests" / "plans").glob("*.plan"))
    return found


def write() -> str:
    """Write ``_patterns_compiled.py`` again (``python -m planlint.ahead``, in a fresh interpreter)."""
    from pathlib import Path

    target = Path(__file__).with_name("_patterns_compiled.py")
    ours, theirs = collect(sample_plans())
    entries, standard = [program(p, f) for p, f in ours], [program(p, f) for p, f in theirs]
    target.write_text(compiled_source(entries, standard), encoding="utf-8")
    return f"wrote {target} ({len(entries)} patterns, {len(standard)} of the standard library's)"
