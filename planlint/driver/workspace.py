"""The workspace: files, configs, packs, plugins and rule sets of one place, and the one way to
lint documents with their config, used by every entry point (check, gate, report, status,
export, the language server).

- Configs are found by walking up from each file and read again when their file changes
  (the language server sees an edited ``.planlint.toml`` without a restart).
- A linter (config, packs, plugins, rules) is built once per config and rebuilt when the
  config or one of its packs changes; plugins load into that linter only.
- Plan sets: the files asked for are grouped into sets of files that refer to each other
  (``planlint.driver.planset``), with the files a config declares (``plans``) and, for ids a
  file refers to but no file asked for defines, the other plan files under its config's
  folder as context. Findings are reported for the files asked for.
- The cache keeps each set's findings under a key made of every file of the set.
"""

from __future__ import annotations

import os
from dataclasses import field
from pathlib import Path

from planlint.api.finding import Finding, Waived
from planlint.driver import planset
from planlint.driver.config import Config, ConfigError, config_file, read_config_file, selector_matches
from planlint.driver.files import InputError, read_plan, real_path
from planlint.model import Plan
from planlint.records import record

PARALLEL_FROM = 4  # fewer files than this are faster in one process than in a pool
MAX_CONTEXT_FILES = 500  # plan files read to resolve ids from other files
MAX_CONTEXT_BYTES = 20 * 1024 * 1024


@record(frozen=True)
class Options:
    """What the command line (or the editor) says on top of config."""

    lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_path: str | None = None
    use_cache: bool = True
    actuals: tuple = ()  # rows of a dashboard export (planlint.driver.actuals.Row), given to the goals they name


@record
class FileResult:
    """One file asked for, checked: its findings, or the error that kept it from being read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    fail_on: str = "warning"
    lang: str = "en"
    notes: list[str] = field(default_factory=list)  # e.g. a plugin that failed to load
    cause: Exception | None = None  # the InputError or ConfigError behind ``error`` (renders per locale)


@record
class SetResult:
    """One plan set, linted: its files parsed, the set as one plan, the findings of every file."""

    plans: list[Plan]
    plan: Plan  # the set as one plan (the file itself when the set is one file)
    findings: list[Finding]
    linter: object  # planlint.driver.linter.Linter
    requested: list[str]  # the files asked for; the others were read as context
    waived: list[Waived] = field(default_factory=list)  # with ``audit``: what would block but was kept out

    def findings_of(self, path: str) -> list[Finding]:
        return [f for f in self.findings if f.path == path]


class Workspace:
    """Configs, linters and documents of one place. Build one per command (or per editor
    folder); ``overlays`` are texts that replace what is on disk (unsaved editor buffers)."""

    def __init__(self, opts: Options | None = None, overlays: dict[str, str] | None = None) -> None:
        self.opts = opts or Options()
        self.overlays: dict[str, str] = dict(overlays or {})
        self._configs: dict[Path, tuple[tuple, Config]] = {}
        self._linters: dict[tuple, object] = {}
        self._parsed: dict[Path, tuple[tuple, Plan | None]] = {}  # context files, by version
        self.actuals_used: set[int] = set()  # the lines of the export's rows that named a goal
        self.actuals_plans: list[Plan] = []  # the plans the export's rows were matched against

    # ------------------------------------------------------------------ config
    def config_for(self, path: Path) -> Config:
        """The config that applies to ``path`` (read again when its file changed)."""
        if self.opts.config_path:
            source: Path | None = Path(self.opts.config_path)
        else:
            source = config_file(real_path(path).parent)
        if source is None:
            cfg = Config()
        else:
            stamp = _stamp(source)
            kept = self._configs.get(source)
            if kept is None or kept[0] != stamp:
                kept = (stamp, read_config_file(source))
                self._configs[source] = kept
            cfg = kept[1]
        if self.opts.select or self.opts.ignore:
            cfg = cfg.model_copy(update={"select": list(self.opts.select) or cfg.select,
                                         "ignore": [*cfg.ignore, *self.opts.ignore]})
        return cfg

    def linter_for(self, cfg: Config):
        """The linter of a config: built once, again when the config or a pack changes."""
        from planlint.driver.linter import Linter

        key = (cfg.model_dump_json(), cfg.source, self.opts.lang,
               tuple(_stamp(p) for p in cfg.pack_paths()))
        linter = self._linters.get(key)
        if linter is None:
            linter = self._linters[key] = Linter(cfg, lang=self.opts.lang)
        return linter

    # --------------------------------------------------------------- documents
    def read(self, path: str) -> str:
        if path in self.overlays:
            return self.overlays[path]
        return read_plan(Path(path))

    def parse(self, path: str, text: str, linter, asked: bool = True) -> tuple[Plan, list]:
        from planlint.parser import parse

        plan, problems = parse(text, path, linter.locale, language=linter.packs.language)
        if self.opts.actuals and asked:  # a dashboard export's rows join the goals they name
            from planlint.driver.actuals import attach

            self.actuals_used |= attach(plan, self.opts.actuals)
            self.actuals_plans.append(plan)
        return plan, problems

    # ------------------------------------------------------------------ lint
    def lint_set(self, paths: list[str], linter=None, context: bool = True, audit: bool = False) -> SetResult:
        """Lint the plan set of ``paths[0]``: the files asked for that are linked to it, and (with
        ``context``) the other plan files under its config's folder that are linked to it. With
        ``audit`` (the sign-off gate), ``waived`` lists what would block sign-off but was suppressed,
        ignored or lowered (``Linter.lint_set_audited``)."""
        first = Path(paths[0])
        linter = linter or self.linter_for(self.config_for(first))
        parsed = {p: self.parse(p, self.read(p), linter) for p in paths}
        plans = [plan for plan, _ in parsed.values()]
        if context:
            plans += self._candidates(linter.config, paths)
        group = next(g for g in planset.components(plans, self._declared(linter.config))
                     if any(p.path == paths[0] for p in g))
        members = [(p, parsed[p.path][1] if p.path in parsed and parsed[p.path][0] is p else []) for p in group]
        raw, waived = linter.lint_set_audited(members) if audit else (linter.lint_set(members), [])
        findings = self.per_file_ignored(linter.config, raw)
        if audit and len(findings) < len(raw):  # what per-file-ignores left out would block: waivers
            kept = {id(f) for f in findings}
            waived = sorted([*waived, *(Waived(f, "ignored") for f in raw if id(f) not in kept
                                        and (f.severity == "error" or f.blocks_signoff))],
                            key=lambda w: w.finding.sort_key())
        return SetResult([p for p, _ in members], planset.merge([p for p, _ in members]), findings, linter,
                         [p for p in paths if any(m.path == p for m, _ in members)], waived)

    def lint_paths(self, paths: list[str], jobs: int | None = None) -> list[FileResult]:
        """``planlint check``: every file asked for, in order, each with the findings of its own
        lines, linted with the other files of its plan set."""
        results: dict[str, FileResult] = {}
        by_config: dict[str | None, list[str]] = {}
        for path in paths:
            try:
                cfg = self.config_for(Path(path))
            except ConfigError as exc:
                results[path] = FileResult(path, error=str(exc), cause=exc)
                continue
            by_config.setdefault(cfg.source, []).append(path)
        for group in by_config.values():
            for path, res in self._lint_group(group, jobs).items():
                results[path] = res
        for res in results.values():
            if res.findings:
                res.findings = self.per_file_ignored(self.config_for(Path(res.path)), res.findings)
        return [results[p] for p in paths]

    def per_file_ignored(self, cfg: Config, findings: list[Finding]) -> list[Finding]:
        """``findings`` without those ``per-file-ignores`` leaves out for their file."""
        if not cfg.per_file_ignores:
            return findings
        by_path = {path: cfg.ignored_for(path) for path in {f.path for f in findings}}
        return [f for f in findings
                if not any(selector_matches(s, f.code, f.category) for s in by_path[f.path])]

    def _lint_group(self, paths: list[str], jobs: int | None) -> dict[str, FileResult]:
        cfg = self.config_for(Path(paths[0]))
        linter = self.linter_for(cfg)
        out: dict[str, FileResult] = {}
        texts: dict[str, str] = {}
        for p in paths:
            try:
                texts[p] = self.read(p)
            except InputError as exc:
                out[p] = FileResult(p, error=str(exc), cause=exc)
        readable = [p for p in paths if p in texts]
        jobs = jobs or 1
        # each file on its own first (in parallel when there are many) ...
        if jobs > 1 and len(readable) >= PARALLEL_FROM:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=min(jobs, len(readable))) as pool:
                done = list(pool.map(_lint_alone, readable, [texts[p] for p in readable], [self.opts] * len(readable),
                                     chunksize=max(1, len(readable) // (jobs * 4))))
        else:
            done = [self._alone(p, texts[p], linter) for p in readable]
        info = {}
        for path, res, defined, refs in done:
            out[path] = res
            info[path] = (defined, refs)
        # ... then the files linked to other files are linted again, with their set
        context = self._candidates(cfg, readable)
        wanted = set().union(*(planset.unresolved(c) for c in context)) if context else set()
        for d, r in info.values():
            wanted |= r - d
        declared = {str(x) for x in cfg.plan_paths()}
        linked = [p for p in readable if (info[p][1] - info[p][0]) or (info[p][0] & wanted)
                  or str(real_path(Path(p))) in declared]
        if not linked:
            return out
        parsed = {p: self.parse(p, texts[p], linter) for p in linked}
        plans = [plan for plan, _ in parsed.values()] + context
        for group in planset.components(plans, self._declared(cfg)):
            members = [p.path for p in group if p.path in parsed]
            if len(group) < 2 or not members:
                continue
            docs = [(p.path, texts.get(p.path) or self.read(p.path)) for p in group]
            key = _cache().key(docs, cfg, self.opts.lang) if self.opts.use_cache else None
            found = _cache().get(key) if key else None
            if found is None:
                found = linter.lint_set([(p, parsed[p.path][1] if p.path in parsed else []) for p in group])
                if key and not linter.plugin_errors:
                    _cache().put(key, found)
            for m in members:
                out[m] = FileResult(m, [f for f in found if f.path == m], fail_on=cfg.fail_on,
                                    lang=parsed[m][0].locale, notes=list(linter.plugin_errors))
        return out

    def _alone(self, path: str, text: str, linter) -> tuple[str, FileResult, set[str], set[str]]:
        key = _cache().key([(path, text)], linter.config, self.opts.lang) if self.opts.use_cache else None
        cached = _cache().get(key) if key else None
        plan, problems = self.parse(path, text, linter)
        defined, refs = planset.defined_ids(plan), planset.referenced_ids(plan)
        cfg = linter.config
        if cached is not None:
            return path, FileResult(path, cached, fail_on=cfg.fail_on, lang=plan.locale), defined, refs
        findings = linter.lint_set([(plan, problems)])
        if key and not linter.plugin_errors:
            _cache().put(key, findings)
        res = FileResult(path, findings, fail_on=cfg.fail_on, lang=plan.locale, notes=list(linter.plugin_errors))
        return path, res, defined, refs

    # ----------------------------------------------------------------- context
    def _declared(self, cfg: Config) -> list[frozenset[str]]:
        paths = cfg.plan_paths()
        return [frozenset(str(p) for p in paths) | frozenset(self._as_given(p) for p in paths)] if paths else []

    def _as_given(self, p: Path) -> str:
        try:
            return str(p.relative_to(Path.cwd()))
        except ValueError:
            return str(p)

    def _candidates(self, cfg: Config, asked: list[str]) -> list[Plan]:
        """The other plan files that may belong to the sets of the files asked for: the files
        the config declares (``plans``), else the plan files under the config's folder (under the
        files' own folders when there is no config); at most MAX_CONTEXT_FILES and
        MAX_CONTEXT_BYTES of them, parsed once per version of the file."""
        excluded = {str(real_path(Path(p))) for p in asked}
        if cfg.plans:
            found = [p for p in cfg.plan_paths() if str(p) not in excluded]
        else:
            roots = [cfg.root] if cfg.source else sorted({real_path(Path(p)).parent for p in asked})
            found = []
            for root in roots:
                for path in _plan_files(root):
                    if str(path) not in excluded and path not in found:
                        found.append(path)
        out, total = [], 0
        for path in found[:MAX_CONTEXT_FILES]:
            stamp = _stamp(path)
            total += stamp[1] or 0
            if total > MAX_CONTEXT_BYTES:
                break
            kept = self._parsed.get(path)
            if kept is None or kept[0] != stamp:
                plan = self._try_parse(self._as_given(path), self.linter_for(cfg))
                kept = self._parsed[path] = (stamp, plan)
            if kept[1] is not None:
                out.append(kept[1])
        return out

    def _try_parse(self, path: str, linter) -> Plan | None:
        try:
            return self.parse(path, self.read(path), linter, asked=False)[0]
        except InputError:
            return None


def _cache():
    """The findings cache module (hashing and HMAC), imported only when the cache is used."""
    from planlint.driver import cache

    return cache


def _lint_alone(path: str, text: str, opts: Options):
    """A worker process: lint one file on its own (its own workspace)."""
    ws = Workspace(opts)
    return ws._alone(path, text, ws.linter_for(ws.config_for(Path(path))))


def _stamp(path: Path) -> tuple:
    try:
        st = path.stat()
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return (None, None)


def _plan_files(root: Path):
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for name in sorted(files):
            if name.endswith(".plan"):
                yield real_path(Path(folder) / name)
