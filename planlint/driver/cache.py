"""The findings cache: ``.planlint_cache/`` in the working directory.

A key is made of every file of a plan set (path and text), the config, the packs, the
language and a fingerprint of planlint's own files; entries are written to a temporary file
and renamed, so two runs that share the cache never see half an entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from planlint import __version__
from planlint.api.finding import Finding
from planlint.driver.config import Config
from planlint.resources import data_dir

CACHE_DIR = ".planlint_cache"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """planlint's own files (size and mtime): a changed rule, pack or grammar empties the cache,
    even between two runs of the same version (an editable install under development)."""
    here = Path(__file__).resolve().parent.parent
    roots = [here, data_dir("grammar"), data_dir("packs")]
    h = hashlib.sha256(__version__.encode())
    for root in roots:
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".toml", ".lark", ".j2"):
                st = f.stat()
                h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def key(docs: list[tuple[str, str]], cfg: Config, lang: str | None) -> str:
    """The key of a plan set's findings: its files (path, text), config, packs and language."""
    h = hashlib.sha256()
    for part in (_code_fingerprint(), lang or "", cfg.model_dump_json()):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    for pack in cfg.pack_paths():
        try:
            h.update(pack.read_bytes())
        except OSError:
            h.update(b"missing")
    for path, text in docs:
        h.update(path.encode("utf-8"))
        h.update(b"\0")
        h.update(text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def get(key: str) -> list[Finding] | None:
    try:
        data = json.loads((Path(CACHE_DIR) / key[:2] / key).read_text(encoding="utf-8"))
        return [Finding.from_json(d) for d in data]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(key: str, findings: list[Finding]) -> None:
    folder = Path(CACHE_DIR) / key[:2]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        gitignore = Path(CACHE_DIR) / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n", encoding="utf-8")
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump([f.to_json() for f in findings], fh, ensure_ascii=False)
        os.replace(tmp, folder / key)
    except OSError:
        pass  # a cache that cannot be written only costs time
