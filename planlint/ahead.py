"""``python -m planlint.ahead``: write again what planlint compiles ahead for its start-up:

- ``_records_compiled.py``, the methods dataclasses writes for planlint's records (``records.py``);
- ``_patterns_compiled.py``, the programs of planlint's regexes (``patterns.py``).

Run it after changing a record class or a regex (``tests/test_records.py`` and
``tests/test_patterns.py`` say when): each file is collected in a fresh interpreter, as what
is compiled at start-up is only seen there. Neither file is needed for planlint to work.
"""

from __future__ import annotations

import subprocess
import sys


def import_every_module() -> None:
    """Import every module of planlint (but ``__main__``, which would run the command): what
    ``records.collect`` and ``patterns.collect`` see defined and compiled."""
    import importlib
    import pkgutil

    import planlint

    for info in pkgutil.walk_packages(planlint.__path__, "planlint."):
        if info.name != "planlint.__main__":
            importlib.import_module(info.name)


def main() -> None:
    for module in ("records", "patterns"):
        code = f"from planlint import {module}; print({module}.write())"
        subprocess.run([sys.executable, "-c", code], check=True)


if __name__ == "__main__":
    main()
