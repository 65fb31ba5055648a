"""Linting many files: a content-keyed cache and parallel processes.

The cache (``.planlint_cache/`` in the working directory) maps a key made of the
file's text, its path, the config, the packs, the language and planlint's version to
the findings; entries are written to a temporary file and renamed, so two runs that
share the cache never see half an entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from planlint import __version__
from planlint.api.finding import Finding
from planlint.driver.config import Config, find_config, read_config_file
from planlint.driver.files import InputError, read_plan
from planlint.resources import data_dir

CACHE_DIR = ".planlint_cache"
PARALLEL_FROM = 4  # fewer files than this are faster in one process than in a pool


@dataclass(frozen=True)
class Options:
    lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_path: str | None = None
    use_cache: bool = True


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    fail_on: str = "warning"
    lang: str = "en"
    notes: list[str] = field(default_factory=list)  # e.g. a plugin that failed to load


_linters: dict = {}


def config_for(path: Path, opts: Options) -> Config:
    cfg = read_config_file(Path(opts.config_path)) if opts.config_path else find_config(path.resolve().parent)
    if opts.select or opts.ignore:
        cfg = cfg.model_copy(update={"select": list(opts.select) or cfg.select, "ignore": [*cfg.ignore, *opts.ignore]})
    return cfg


def linter_for(cfg: Config, opts: Options):
    from planlint.driver.linter import Linter

    key = (cfg.model_dump_json(), cfg.source, opts.lang)
    if key not in _linters:
        _linters[key] = Linter(cfg, lang=opts.lang)
    return _linters[key]


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """planlint's own files (size and mtime): a changed rule, pack or grammar empties the cache,
    even between two runs of the same version (an editable install under development)."""
    here = Path(__file__).resolve().parent
    roots = [here, data_dir("grammar"), data_dir("packs")]
    h = hashlib.sha256(__version__.encode())
    for root in roots:
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".toml", ".lark", ".j2"):
                st = f.stat()
                h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def _cache_key(text: str, path: str, cfg: Config, opts: Options) -> str:
    h = hashlib.sha256()
    for part in (_code_fingerprint(), path, opts.lang or "", cfg.model_dump_json()):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    for pack in cfg.pack_paths():
        try:
            h.update(pack.read_bytes())
        except OSError:
            h.update(b"missing")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


def _cache_get(key: str) -> list[Finding] | None:
    try:
        data = json.loads((Path(CACHE_DIR) / key[:2] / key).read_text(encoding="utf-8"))
        return [Finding.from_json(d) for d in data]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_put(key: str, findings: list[Finding]) -> None:
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


def lint_file(path: str, opts: Options) -> FileResult:
    """Lint one file; every problem with the file itself comes back as ``error``."""
    from planlint.driver.config import ConfigError
    from planlint.language.script import detect, normalise

    p = Path(path)
    try:
        text = read_plan(p)
        cfg = config_for(p, opts)
        lang = normalise(opts.lang or cfg.lang) or detect(text)
        key = _cache_key(text, path, cfg, opts) if opts.use_cache else None
        cached = _cache_get(key) if key else None
        if cached is not None:
            return FileResult(path, cached, fail_on=cfg.fail_on, lang=lang)
        linter = linter_for(cfg, opts)
        findings = linter.lint(text, path)
        if key and not linter.plugin_errors:
            _cache_put(key, findings)
        return FileResult(path, findings, fail_on=cfg.fail_on, lang=lang, notes=list(linter.plugin_errors))
    except (InputError, ConfigError) as exc:
        return FileResult(path, error=str(exc))


def lint_files(paths: list[str], opts: Options, jobs: int | None = None) -> list[FileResult]:
    """Lint files in order; with several files and ``jobs`` > 1, in parallel processes."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        return [lint_file(p, opts) for p in paths]
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        return list(pool.map(lint_file, paths, [opts] * len(paths), chunksize=max(1, len(paths) // (jobs * 4))))
