"""What the server knows of the plans around an open document: the plan set, without pygls.

- **Files.** An open document is an overlay over the disk: its text wins over the file's.
  Every other plan file under the document's workspace folder (from ``initialize``; else the
  document's own folder), or the files its config declares (``plans``), is read from disk
  and parsed once per version of the file (size and modification time); a watched-file
  event or a save forgets what was read.
- **Sets.** The files that refer to each other (``planlint.driver.planset``) are one plan;
  linting a document lints its set, and returns the findings of every file in it, so a
  diagnostic that depends on another file follows that file.
- **Config.** ``Workspace`` reads a config again when its file changed, and builds a linter
  once per config: an edited ``.planlint.toml`` or ``pyproject.toml`` takes effect at the next
  lint, without a restart.
- **Speed.** Open documents keep a ``BlockCache`` (only changed blocks are parsed again) and a
  single-file set keeps a ``RuleMemo`` (only rules that read what changed run again).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path

from planlint.api.finding import Finding
from planlint.driver import planset
from planlint.driver.config import Config, ConfigError
from planlint.driver.files import MAX_BLOCKS, MAX_BYTES, InputError, read_plan
from planlint.driver.workspace import MAX_CONTEXT_BYTES, MAX_CONTEXT_FILES, Options, Workspace
from planlint.integrations.lsp.documents import Document, path_to_uri, uri_to_path
from planlint.integrations.lsp.incremental import RuleMemo, parser_text
from planlint.model import Plan
from planlint.parser import BlockCache, parse
from planlint.records import record

log = logging.getLogger("planlint.lsp")
MAX_SCANNED = 20_000  # folder entries looked at to find the plan files of a workspace folder
SKIPPED = ("node_modules", "__pycache__")


@record
class FileState:
    """One plan file as last parsed: from its open document, else from disk."""

    key: str  # the file's path (resolved), or the document's URI when it has no file
    cache: BlockCache = field(default_factory=BlockCache)
    version: tuple = ()  # what was parsed: (document revision or disk stamp, locale asked for)
    text: str = ""  # in the parser's coordinates
    plan: Plan | None = None
    problems: list = field(default_factory=list)
    error: str | None = None  # unreadable, too large


@record
class SetLint:
    """One lint of a plan set: its files (keys), each file's findings, the linter, the set's plan."""

    members: list[str]
    findings: dict[str, list[Finding]]
    linter: object
    plan: Plan
    revisions: dict[str, int]
    error: str | None = None  # the document cannot be linted (too large): one line saying why


class Project:
    """Open documents, the plan files around them, their sets, configs and linters."""

    def __init__(self, options: Options | None = None) -> None:
        self.workspace = Workspace(options or Options(use_cache=False))
        self.roots: list[Path] = []
        self.docs: dict[str, Document] = {}  # by file key
        self.uris: dict[str, str] = {}  # file key -> the URI the client opened it with
        self.revision: dict[str, int] = {}  # file key -> edits seen (open documents)
        self.files: dict[str, FileState] = {}
        self.memos: dict[frozenset[str], RuleMemo | dict] = {}
        self.last: dict[str, SetLint] = {}  # file key -> the last lint of its set
        self._scans: dict[Path, list[str]] = {}
        self.config_errors: list[str] = []  # bad configs met (the server tells the user once)

    # ------------------------------------------------------------ documents
    @staticmethod
    def key_of(uri: str) -> str:
        path = uri_to_path(uri)
        if path is None:
            return uri
        try:
            return str(path.resolve())
        except (OSError, RuntimeError):
            return str(path)

    def open(self, uri: str, text: str, version: int | None, encoding: str) -> str:
        key = self.key_of(uri)
        self.docs[key] = Document(uri, text, version, encoding)
        self.uris[key] = uri
        self.revision[key] = self.revision.get(key, 0) + 1
        return key

    def changed(self, key: str) -> None:
        self.revision[key] = self.revision.get(key, 0) + 1

    def close(self, key: str) -> None:
        self.docs.pop(key, None)
        self.uris.pop(key, None)
        self.files.pop(key, None)
        self.last.pop(key, None)
        for members in [m for m in self.memos if key in m]:
            del self.memos[members]

    def forget(self, key: str | None = None) -> None:
        """A file changed on disk, was created or deleted: look at it, and for plan files, again
        (every file read from disk is checked against its size and time anyway)."""
        if key is not None and key not in self.docs:
            self.files.pop(key, None)
        self._scans.clear()

    def uri_of(self, key: str) -> str:
        return self.uris.get(key) or (path_to_uri(key) if "://" not in key else key)

    # --------------------------------------------------------------- config
    def linter_of(self, key: str):
        path = Path(key) if "://" not in key else None
        try:
            cfg = self.workspace.config_for(path) if path is not None else Config()
            return self.workspace.linter_for(cfg)
        except ConfigError as exc:
            self.config_errors.append(str(exc))
            return self.workspace.linter_for(Config())

    def config_of(self, key: str) -> Config:
        if "://" in key:
            return Config()
        try:
            return self.workspace.config_for(Path(key))
        except ConfigError:
            return Config()

    # -------------------------------------------------------------- parsing
    def state(self, key: str, locale: str | None) -> FileState:
        """The file parsed, as it is now (again only where it changed)."""
        st = self.files.get(key)
        if st is None:
            st = self.files[key] = FileState(key)
        doc = self.docs.get(key)
        if doc is not None:
            version: tuple = ("doc", self.revision.get(key, 0), locale)
        else:
            version = ("disk", _stamp(Path(key)), locale)
        if st.version == version:
            return st
        st.version = version
        st.error = None
        release(st.plan)  # (the memo compares the old plan's blocks, not its index)
        try:
            text = doc.text if doc is not None else read_plan(Path(key))
            if doc is not None:
                _check_size(key, text)
        except InputError as exc:
            st.error, st.plan, st.problems, st.text = str(exc), None, [], ""
            return st
        st.text = parser_text(text)
        st.plan, st.problems = parse(text, key, locale, cache=st.cache, language=self.linter_of(key).packs.language)
        return st

    def parsed(self, key: str) -> Plan | None:
        """The file's plan as it is now (for hover, definition, completion)."""
        return self.state(key, self.linter_of(key).locale).plan

    # ----------------------------------------------------------------- sets
    def root_of(self, key: str) -> Path | None:
        if "://" in key:
            return None
        path = Path(key)
        inside = [r for r in self.roots if _within(path, r)]
        return max(inside, key=lambda r: len(r.parts)) if inside else path.parent

    def candidates(self, key: str) -> list[str]:
        """The plan files that may share a set with ``key``: the config's ``plans`` if it declares
        them, else every plan file under the workspace folder; and every open document."""
        cfg = self.config_of(key)
        if cfg.plans:
            found = [str(p) for p in cfg.plan_paths()]
        else:
            root = self.root_of(key)
            found = self._scan(root) if root is not None else []
        out, total = [], 0
        for path in found[:MAX_CONTEXT_FILES]:
            if path == key or path in self.docs:
                continue
            total += _stamp(Path(path))[1] or 0
            if total > MAX_CONTEXT_BYTES:
                break
            out.append(path)
        return out + [k for k in self.docs if k != key]

    def _scan(self, root: Path) -> list[str]:
        found = self._scans.get(root)
        if found is None:
            found = self._scans[root] = list(_plan_files(root))
        return found

    def set_of(self, key: str, linter) -> list[str]:
        """The files of ``key``'s plan set (``key`` first), parsed."""
        locale = linter.locale
        plans: list[Plan] = []
        own = self.state(key, locale).plan
        if own is None:
            return [key]
        plans.append(own)
        for other in self.candidates(key):
            st = self.state(other, locale)
            if st.plan is not None:
                plans.append(st.plan)
        if len(plans) == 1:
            return [key]
        cfg = linter.config
        declared = [frozenset(str(p) for p in cfg.plan_paths())] if cfg.plans else []
        group = next(g for g in planset.components(plans, declared) if any(p is own for p in g))
        return [key] + [p.path for p in group if p is not own]

    # ----------------------------------------------------------------- lint
    def lint(self, key: str) -> SetLint:
        """Lint ``key``'s plan set: the findings of every file in it."""
        linter = self.linter_of(key)
        members = self.set_of(key, linter)
        states = [self.state(m, linter.locale) for m in members]
        revisions = {m: self.revision.get(m, 0) for m in members}
        own = states[0]
        if own.plan is None:
            result = SetLint([key], {key: []}, linter, Plan(path=key), revisions, own.error)
            self.last[key] = result
            return result
        # in one order (by path) whichever file changed; the merge finds the company plan itself
        ordered = sorted(states, key=lambda s: s.key)
        parsed = [(s.plan, s.problems) for s in ordered]
        group = frozenset(members)
        for stale in [m for m in self.memos if m != group and key in m]:
            del self.memos[stale]
        memo = self.memos.get(group)
        if len(members) == 1:
            if not isinstance(memo, RuleMemo):
                memo = self.memos[group] = RuleMemo()
            memo.begin(linter, {key: own.text})
            try:
                found = linter.lint_set(parsed, memo)
            except BaseException:
                memo.end(ok=False)
                raise
            memo.end()
        else:
            if not isinstance(memo, dict):
                memo = self.memos[group] = {}
            found = linter.lint_set(parsed, memo)
        found = self.workspace.per_file_ignored(linter.config, found)
        by_file: dict[str, list[Finding]] = {m: [] for m in members}
        cfg = linter.config
        shown = {m: not (cfg.exclude and cfg.excludes(Path(m))) for m in members}  # as ruff's server: excluded, quiet
        for f in found:
            if shown.get(f.path, True):
                by_file.setdefault(f.path, []).append(f)
        result = SetLint(members, by_file, linter, planset.merge([s.plan for s in ordered]), revisions)
        for m in members:
            if m in self.docs:
                old = self.last.get(m)
                self.last[m] = result
                if old is not None and old.plan is not result.plan and all(old.plan is not s.plan for s in ordered):
                    release(old.plan)
        return result

    def current(self, key: str) -> SetLint | None:
        """The last lint of ``key``'s set if no file of it changed since (open documents)."""
        last = self.last.get(key)
        if last is None or any(self.revision.get(m, 0) != r for m, r in last.revisions.items()):
            return None
        return last

    def set_plan(self, key: str) -> Plan | None:
        """The plan of ``key``'s set as it is now (merged when it spans files)."""
        linter = self.linter_of(key)
        members = self.set_of(key, linter)
        plans = [self.state(m, linter.locale).plan for m in sorted(members)]
        plans = [p for p in plans if p is not None]
        return planset.merge(plans) if plans else None


def release(plan: Plan | None) -> None:
    """Break the cycle a replaced plan is in (plan -> index -> memo -> facts -> plan): the server
    keeps the cyclic collector off its long-lived objects, so garbage must go by reference
    counts. The index lets go of its memo (which the editor's rule memo may still read, until
    the next lint: ``incremental.RuleMemo``). (The index is looked at only if it was built.)"""
    if plan is None:
        return
    built = vars(plan).get("index") if hasattr(plan, "__dict__") else getattr(plan, "_index", None)
    if isinstance(getattr(built, "memo", None), dict):
        built.memo = {}


def _check_size(key: str, text: str) -> None:
    if len(text) > MAX_BYTES:  # characters, at least as many bytes
        raise InputError(f"{key}: {len(text) // (1024 * 1024)} MB is too large for a plan "
                         f"(limit {MAX_BYTES // (1024 * 1024)} MB)")
    if text.count("\n") > MAX_BLOCKS:
        blocks = sum(1 for line in text.splitlines() if line[:1] not in ("", " ", "\t", "#", "\u3000"))
        if blocks > MAX_BLOCKS:
            raise InputError(f"{key}: {blocks:,} blocks; planlint reads at most {MAX_BLOCKS:,} in one file: "
                             "split the plan into several files")


def _stamp(path: Path) -> tuple:
    try:
        st = path.stat()
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return (None, None)


def _within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def _plan_files(root: Path) -> Iterator[str]:
    """The plan files under ``root`` (not in hidden folders or node_modules; links to folders are
    not followed), at most MAX_SCANNED entries looked at."""
    seen = 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED)
        seen += len(dirs) + len(files)
        for name in sorted(files):
            if name.endswith(".plan"):
                try:
                    yield str((Path(folder) / name).resolve())
                except (OSError, RuntimeError):
                    continue
        if seen > MAX_SCANNED:
            log.warning("planlint: stopped looking for plan files under %s after %d entries", root, MAX_SCANNED)
            return
