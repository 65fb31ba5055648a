"""The ``planlint`` command. Every error is one line and an exit code, never a traceback."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from planlint import __version__
from planlint.driver.config import ConfigError, read_config_file
from planlint.driver.files import STDIN, InputError, discover, read_plan, real_path
from planlint.i18n.messages import Message
from planlint.i18n.ui import say, ui, user_locale
from planlint.language.script import language

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
LOCALES = ("en", "zh", "zh-Hans", "zh-Hant", "zh-Hant-HK")
SEVERITIES = ("error", "warning", "info")


class Usage(click.UsageError):
    """A usage error in planlint's own words (a ``Message``, rendered in the user's language)."""

    def __init__(self, msg: Message, ctx: click.Context | None = None, help_hint: bool = True) -> None:
        super().__init__(msg.render("en"), ctx)
        self.msg = msg
        self.help_hint = help_hint  # "(see planlint check --help)" after it


def _locale(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from planlint.language.script import normalise

    try:
        return normalise(value)
    except ValueError:
        raise Usage(ui("bad-choice", option="--lang", value=str(value), choices=", ".join(LOCALES)), ctx) from None


def lang_option(help: str = "Language and script of messages: en, zh (= zh-Hans), zh-Hant (Taiwan), "
                            "zh-Hant-HK (default: each plan's own).", default: str | None = None):
    return click.option("--lang", default=default, callback=_locale, metavar="|".join(LOCALES), help=help)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planlint")
def cli() -> None:
    """planlint: reads marketing plans and says what a careful reviewer would send back."""


def _check_options(command):
    """The options ``check`` and ``fix`` share."""
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "gitlab", "junit",
                                                           "rdjson", "auto"]),
                     default="text", show_default=True,
                     help="Output format: text, json, sarif (SARIF 2.1.0), github (annotations), gitlab (Code "
                          "Quality), junit (JUnit XML), rdjson (reviewdog), auto (github in GitHub Actions)."),
        lang_option(),
        click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
                     help="Exit 1 when a finding at or above this severity remains (default: warning)."),
        click.option("--min-severity", type=click.Choice(SEVERITIES), default="info", show_default=True,
                     help="Show (and count) only findings at or above this severity; the pre-commit hook uses warning."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                     help="Use this config file instead of searching upwards."),
        click.option("--select", multiple=True,
                     help="Only these codes, prefixes or categories (repeatable, or comma-separated: OW,PL)."),
        click.option("--ignore", multiple=True, help="Leave out these codes, prefixes or categories (as --select)."),
        click.option("--exclude", multiple=True,
                     help="Leave out files and folders matching these globs (repeatable, or comma-separated), "
                          "besides config's exclude."),
        click.option("--force-exclude", is_flag=True,
                     help="Apply exclude to files named on the command line too (pre-commit names every file)."),
        click.option("--stdin-filename", default=None, metavar="PATH",
                     help="With - (the plan on standard input): the path it stands for (config, plan set, output)."),
        click.option("-o", "--output-file", type=click.Path(dir_okay=False), default=None,
                     help="Write the findings here (atomically) instead of standard output."),
        click.option("-q", "--quiet", is_flag=True, help="Only the findings: no summary, no 'no findings' line."),
        click.option("--statistics", is_flag=True, help="Counts by code instead of the findings (like ruff)."),
        click.option("--unsafe-fixes", is_flag=True,
                     help="With fixing: also apply fixes that change a number, an owner or a date."),
        click.option("--diff", is_flag=True, help="Show what fixing would change, as a unified diff; write nothing."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Parallel processes for many files (at least 1; default: one)."),
        click.option("--no-cache", is_flag=True, help="Do not read or write the findings cache (~/.cache/planlint)."),
        actuals_option(),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def actuals_option():
    return click.option("--actuals", "actuals_path", type=click.Path(dir_okay=False), default=None, metavar="FILE.csv",
                        help="A dashboard export (date, goal id or metric name, value): the goals' actuals, "
                             "read against the plan's daily, weekly or monthly targets (rule TR003).")


def _read_actuals(path: str | None) -> tuple:
    if not path:
        return ()
    from planlint.driver.actuals import read_actuals

    return read_actuals(Path(path))


def _check_actuals(ws, rows: tuple) -> None:
    """Every row of the export names a goal of the plans checked; else one line per row that does not."""
    if rows:
        from planlint.driver.actuals import unmatched

        error = unmatched(rows, ws.actuals_plans, ws.actuals_used)
        if error is not None:
            raise error


@cli.command()
@_check_options
@click.option("--fix", is_flag=True, help="Apply safe fixes (as planlint fix), then report what remains.")
def check(**kw) -> None:
    """Lint plan files and folders (folders: every *.plan inside; - reads standard input)."""
    _check(**kw)


@cli.command("fix")
@_check_options
def fix_cmd(**kw) -> None:
    """Apply safe fixes (--unsafe-fixes: unsafe ones too), check again, report what remains."""
    _check(fix=True, **kw)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Repeated options and comma-separated lists, as one list (``--select OW,PL``)."""
    return tuple(s.strip() for v in values for s in v.split(",") if s.strip())


def _use_color(fmt: str, output_file: str | None) -> bool:
    """Colour only in text on a terminal; NO_COLOR turns it off, FORCE_COLOR on (NO_COLOR wins)."""
    if fmt != "text" or output_file:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force is not None and force != "":
        return force.lower() not in ("0", "false")
    return sys.stdout.isatty()


def _check(paths: tuple[str, ...], fmt: str, lang: str | None, fail_on: str | None, min_severity: str,
           config_path: str | None, select: tuple[str, ...], ignore: tuple[str, ...], exclude: tuple[str, ...],
           force_exclude: bool, stdin_filename: str | None, output_file: str | None, quiet: bool, statistics: bool,
           unsafe_fixes: bool, diff: bool, jobs: int | None, no_cache: bool, fix: bool = False,
           actuals_path: str | None = None) -> None:
    from planlint.api.finding import SEVERITY_RANK
    from planlint.driver.files import decode_plan, read_stdin
    from planlint.driver.linter import fails
    from planlint.driver.workspace import Options, Workspace
    from planlint.output.formats import ALWAYS_PRINTED, FORMATS, Run, resolve

    ctx = click.get_current_context()
    loc = user_locale(lang)
    select, ignore, exclude = _split(select), _split(ignore), _split(exclude)
    fix = fix or diff
    if output_file == "-":
        output_file = None  # -o - is standard output
    if config_path:
        read_config_file(Path(config_path))  # a bad config is one error before any file is read
    if paths.count(STDIN) > 1:
        raise Usage(ui("stdin-once"), ctx)
    if stdin_filename and STDIN not in paths:
        raise Usage(ui("stdin-filename-alone"), ctx)
    stdin_name = stdin_filename or STDIN
    overlays: dict[str, str] = {}
    if STDIN in paths:
        overlays[stdin_name] = read_stdin(stdin_name)
    rows = _read_actuals(actuals_path)
    opts = Options(lang=lang, select=select, ignore=ignore, config_path=config_path, use_cache=not no_cache and not rows,
                   actuals=rows)
    if rows:
        jobs = 1  # the rows are matched to goals in this process
    ws = Workspace(opts, overlays)
    overlays = ws.overlays  # texts the fix changes are seen by every later lint
    excluded = _excluder(ws, exclude, force_exclude)
    files: list[str] = []
    for p in discover(list(paths), excluded):
        name = stdin_name if str(p) == STDIN and p.name == STDIN else str(p)
        if name == stdin_name and stdin_filename and force_exclude and excluded(Path(stdin_name), True):
            continue
        if name not in files:
            files.append(name)
    registry = _registry(ws, files)
    for option, selectors in (("--select", select), ("--ignore", ignore)):
        for selector in selectors:
            if not _selects_something(selector, registry):
                raise Usage(ui("no-rule-selector", option=option, selector=selector), ctx, help_hint=False)
    if output_file and any(real_path(Path(output_file)) == real_path(Path(f)) for f in files if f in overlays or
                           Path(f).exists()):
        raise InputError(ui("output-is-plan", path=output_file))
    raw: dict[str, bytes] = {}
    if fix:  # lint exactly the bytes that will be fixed
        for f in files:
            if f not in overlays:
                try:
                    raw[f] = Path(f).read_bytes()
                    overlays[f] = decode_plan(raw[f], f)
                except (OSError, InputError):
                    raw.pop(f, None)
    floor = SEVERITY_RANK[min_severity]

    def shown(findings):
        return [f for f in findings if SEVERITY_RANK[f.severity] >= floor]

    failed_io = False
    if fix:
        changed, failed_io = _fix(opts, files, jobs, raw, overlays, shown, unsafe_fixes, diff, quiet,
                                  stdin_name if STDIN in paths else None, loc)
        if diff:
            sys.exit(EXIT_FINDINGS if changed or failed_io else EXIT_OK)
    results = ws.lint_paths(files, jobs)  # after fixing: what remains in the fixed texts
    _check_actuals(ws, rows)
    notes: set[str] = set()
    for res in results:
        if res.error:
            click.echo(f"planlint: {_error_text(res, _error_locale(ws, res, lang, loc))}", err=True)
            failed_io = True
        notes.update(res.notes)
    for note in sorted(notes):
        click.echo(f"planlint: {note}", err=True)
    ok = [r for r in results if not r.error]
    by_path = {r.path: shown(r.findings) for r in ok}
    findings = sorted((f for r in ok for f in by_path[r.path]), key=lambda f: f.sort_key())
    fail_level = fail_on or (ok[0].fail_on if ok else "warning")
    name = resolve(fmt)
    try:
        first_cfg = ws.config_for(Path(files[0])) if files else None
    except ConfigError:
        first_cfg = None
    run = Run(files={r.path: r.lang for r in ok}, texts=dict(overlays), docs=first_cfg.docs_url if first_cfg else None,
              rules=registry, statistics=statistics, quiet=quiet)
    rendered = FORMATS[name](findings, locale=lang, color=_use_color(name, output_file), run=run)
    if output_file:
        from planlint.output.report import write_atomically

        write_atomically(Path(output_file), rendered + "\n" if rendered else "")
    elif rendered or name in ALWAYS_PRINTED:
        color = _use_color(name, output_file)
        click.echo(rendered, err=fix and STDIN in paths and not diff, color=True if color else None)
    if failed_io:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if fails(findings, fail_level) else EXIT_OK)


def _error_locale(ws, res, lang: str | None, loc: str) -> str:
    """The language of a file's error: ``--lang``, else its config's ``lang``, else the file's own
    when its bytes tell it (a Big5 file is refused in Traditional Chinese), else the user's."""
    if lang:
        return lang
    try:
        chosen = ws.config_for(Path(res.path)).lang
    except ConfigError:  # (a broken config is reported on its own)
        chosen = None
    return chosen or getattr(res.cause, "locale", None) or loc


def _error_text(res, loc: str) -> str:
    cause = getattr(res, "cause", None)
    return cause.text(loc) if cause is not None and hasattr(cause, "text") else str(res.error)


def _excluder(ws, patterns: tuple[str, ...], force: bool):
    """``excluded(path, named)``: config's ``exclude`` (relative to its file) and ``--exclude``
    (relative to the working directory); files named on the command line only with ``force``."""
    from planlint.driver.files import matches

    cwd = Path.cwd()
    configs: dict[Path, object] = {}  # by folder: one config lookup per folder, not per file

    def excluded(path: Path, named: bool) -> bool:
        if named and not force:
            return False
        if any(matches(path, p, cwd) for p in patterns):
            return True
        folder = path if path.is_dir() else path.parent
        cfg = configs.get(folder)
        if cfg is None:
            cfg = configs[folder] = ws.config_for(folder / "_")  # the config that applies inside it
        return cfg.excludes(path)

    return excluded


def _registry(ws, files: list[str]) -> dict[str, type]:
    """Every rule the files can be checked with: built-in, and the plugins of their configs."""
    from planlint.driver.linter import load_builtin_rules

    registry = dict(load_builtin_rules())
    seen = set()
    for f in files:
        try:
            cfg = ws.config_for(Path(f))
        except ConfigError:
            continue
        key = (cfg.source, tuple(cfg.plugins))
        if key in seen or not cfg.plugins:
            continue
        seen.add(key)
        for code, cls in ws.linter_for(cfg).registry.items():
            registry.setdefault(code, cls)
    return registry


def _selects_something(selector: str, registry: dict[str, type]) -> bool:
    from planlint.driver.config import selector_matches

    return any(selector_matches(selector, code, cls.category) for code, cls in registry.items())


def _fix(opts, files: list[str], jobs: int | None, raw: dict[str, bytes], overlays: dict[str, str], shown,
         unsafe: bool, diff: bool, quiet: bool, stdin: str | None, loc: str) -> tuple[bool, bool]:
    """Fix every file that has applicable fixes and write it (with ``diff``: print the diff;
    standard input: print the text). The fixes are computed in each plan's own language
    (``--lang`` changes the messages, never the words put into a plan) and not cached.
    ``overlays`` ends up holding the fixed texts. Returns (anything changed, a file failed)."""
    import dataclasses
    import difflib

    from planlint.driver.fixes import Changed, applicable, fix_text, write_fixed
    from planlint.driver.workspace import Workspace

    ws = Workspace(dataclasses.replace(opts, lang=None, use_cache=False))
    ws.overlays = overlays
    results = ws.lint_paths(files, jobs)

    def relint(path: str):
        def lint(text: str):
            overlays[path] = text
            res = ws.lint_paths([path], 1)[0]
            return [] if res.error else shown(res.findings)
        return lint

    fixed_count, changed_files, failed, first_locale = 0, [], False, None
    for res in results:
        path = res.path
        findings = shown(res.findings)
        if res.error or path not in overlays or not any(applicable(f, unsafe) for f in findings):
            continue
        before = overlays[path]
        result = fix_text(path, before, findings, relint(path), unsafe)
        overlays[path] = result.after
        for f in result.broken:
            click.echo("planlint: " + say("fix-breaks", loc, path=path, line=str(f.line), code=f.code), err=True)
        if not result.changed:
            continue
        if diff:
            sys.stdout.write("".join(difflib.unified_diff(before.splitlines(keepends=True),
                                                          result.after.splitlines(keepends=True),
                                                          fromfile=f"a/{path}", tofile=f"b/{path}")))
            if not result.after.endswith("\n"):
                sys.stdout.write("\n")
        elif path != stdin:
            try:
                write_fixed(Path(path), raw[path], result.after)
            except Changed:
                click.echo("planlint: " + say("changed-meanwhile", loc, path=path), err=True)
                overlays[path] = before
                failed = True
                continue
            except OSError as exc:
                click.echo("planlint: " + say("cannot-write", loc, path=path, why=exc.strerror or str(exc)), err=True)
                overlays[path] = before
                failed = True
                continue
        fixed_count += len(result.applied)
        changed_files.append(path)
        first_locale = first_locale or res.lang
    if stdin and not diff and stdin in overlays:
        sys.stdout.write(overlays[stdin])  # a formatter's contract: the text, fixed or not
    if changed_files and not quiet:
        click.echo("planlint: " + say("would-fix" if diff else "fixed", opts.lang or first_locale or loc,
                                      fixed=fixed_count, files=len(changed_files)), err=True)
    return bool(changed_files), failed


@cli.command("parse")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, default=True, help="Print the normalised model as JSON (default).")
@lang_option()
def parse_cmd(path: str, as_json: bool, lang: str | None) -> None:
    """Print the normalised model of a plan as JSON; syntax problems go to stderr."""
    from planlint.parser import parse

    text = read_plan(Path(path))
    plan, problems = parse(text, path, lang)
    click.echo(plan.model_dump_json(indent=2, exclude_none=True))
    for p in problems:
        click.echo(f"{path}:{p.span.line}:{p.span.column}: {p.rule.code} {p.message.render(lang or plan.locale)}", err=True)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


def _configured_rules(config_path: str | None) -> dict[str, type]:
    """Built-in rules and the plugins of the config (``--config``, else the one above the
    working directory); a plugin that fails to load is one line on stderr."""
    from planlint.driver.config import find_config
    from planlint.driver.linter import load_builtin_rules, plugin_rules

    cfg = read_config_file(Path(config_path)) if config_path else find_config(Path.cwd())
    registry = dict(load_builtin_rules())
    plugins, errors = plugin_rules(cfg.plugins)
    for note in errors:
        click.echo(f"planlint: {note}", err=True)
    for cls in plugins:
        registry.setdefault(cls.code, cls)
    return registry


@cli.command("rules")
@click.option("--markdown", is_flag=True, help="Every rule's full documentation as Markdown (docs/rules.md).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Read plugins from this config instead of the one above the working directory.")
def rules_cmd(markdown: bool, config_path: str | None) -> None:
    """List every rule: code, name, category, default severity (and the plugins' rules)."""
    from planlint.driver.linter import rules_markdown

    if markdown:
        click.echo(rules_markdown(), nl=False)
        return
    for code, cls in sorted(_configured_rules(config_path).items()):
        source = getattr(cls, "source", "planlint")
        origin = f"  [{source}]" if source != "planlint" else ""
        click.echo(f"{code}  {cls.name:<32} {cls.category:<10} {cls.severity:<8} {cls.summary()}{origin}")


@cli.command("explain")
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Read plugins from this config instead of the one above the working directory.")
def explain(code: str, config_path: str | None) -> None:
    """Print a rule's documentation: what it checks, why, a bad and a good example, the fix."""
    registry = _configured_rules(config_path)
    cls = registry.get(code.upper())
    if cls is None:
        prefix = code.upper()[:2]
        close = sorted(c for c in registry if c.startswith(prefix))
        hint = ui("rules-starting", prefix=prefix, codes=", ".join(close)) if close else ui("see-rules")
        raise InputError(ui("no-rule", code=code, hint=hint))
    source = getattr(cls, "source", "planlint")
    origin = f", plugin {source}" if source != "planlint" else ""
    click.echo(f"{cls.code} {cls.name}  [{cls.category}, {cls.severity}{origin}]\n")
    click.echo(cls.documentation())
    fields = cls.options.model_fields
    if fields:
        click.echo("\nOptions:")
        for name, info in fields.items():
            click.echo(f"  {name.replace('_', '-')} = {info.default!r}")


def _lint_sets(paths: list[str], lang: str | None, audit: bool = False, actuals: tuple = ()):
    """The plan sets of these files, each linted with its config (one per set, in order); with
    ``audit``, each also says what would block sign-off but was suppressed or ignored; with
    ``actuals``, a dashboard export's rows join the goals they name."""
    from planlint.driver.workspace import Options, Workspace

    ws = Workspace(Options(lang=lang, use_cache=not actuals, actuals=actuals))
    left = list(paths)
    while left:
        result = ws.lint_set(left, audit=audit)
        for note in result.linter.plugin_errors:
            click.echo(f"planlint: {note}", err=True)
        yield result
        left = [p for p in left if p not in result.requested]
    _check_actuals(ws, actuals)


def _lint_one(path: Path, lang: str | None):
    """The plan set of one file, linted: (the set as one plan, its findings, the linter)."""
    result = next(_lint_sets([str(path)], lang))
    return result.plan, result.findings, result.linter


def _acceptances(path: str | None) -> list:
    """The reviewer's accepted waivers (``--accept-waivers``)."""
    from planlint.output.signoff import read_acceptances

    if path is None:
        return []
    try:
        return read_acceptances(Path(path))
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _version_at(since: str, result, lang: str | None):
    """The approved version of a linted set: ``since`` is a plan file, or a git revision at which
    every file of the set is read (``git show``, without touching the working tree). Returns
    (the older plan as one plan, its findings)."""
    from planlint.driver import planset
    from planlint.driver.revisions import commit_of, read_at
    from planlint.parser import parse

    linter = result.linter
    if Path(since).is_file():
        plan, problems = parse(read_plan(Path(since)), since, linter.locale)
        return plan, linter.lint_set([(plan, problems)])
    commit = commit_of(since, Path(result.plan.path).resolve().parent)
    members = []
    for plan in result.plans:
        text = read_at(commit, Path(plan.path))
        if text is not None:
            members.append(parse(text, plan.path, linter.locale))
    if not members:
        raise InputError(_word("none-at-revision", lang or result.plan.locale, rev=since,
                               path=result.plan.path))
    return planset.merge([p for p, _ in members]), linter.lint_set(members)


def _word(key: str, locale: str | None, **args) -> str:
    from planlint.i18n.ui import user_locale
    from planlint.output.labels import word

    return word(key, locale or user_locale(None), **args)


@cli.command("report")
@click.argument("plan_path", metavar="PLAN|FOLDER", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here (atomically); - or nothing: print to stdout.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@lang_option()
@click.option("--strict", is_flag=True, help="Warnings block sign-off too.")
@click.option("--since", metavar="REV|FILE", default=None,
              help="Open with what changed since the approved version: a git revision (read with git show) or a file.")
@click.option("--accept-waivers", "accept", metavar="FILE", type=click.Path(dir_okay=False), default=None,
              help="The reviewer's file of accepted waivers (TOML [[accept]] entries: code, block, reason).")
def report_cmd(plan_path: str, fmt: str, output: str | None, force: bool, lang: str | None, strict: bool,
               since: str | None, accept: str | None) -> None:
    """The review page for budget sign-off: verdict, changes, alignment, budget and timeline charts,
    findings. A plan set (a file linked to others, or a folder) is one report."""
    from planlint.output.diff import compare
    from planlint.output.report import build_report, render, write_atomically

    files = [str(p) for p in discover([plan_path])]
    sets = list(_lint_sets(files, lang, audit=True))
    if len(sets) > 1:
        raise InputError(_word("several-sets", lang or sets[0].plan.locale, path=plan_path, n=len(sets),
                               plans=", ".join(r.plan.path for r in sets)))
    result = sets[0]
    locale = lang or result.plan.locale
    accepted = _acceptances(accept)
    changes = None
    if since is not None:
        old_plan, old_findings = _version_at(since, result, lang)
        changes = compare(old_plan, old_findings, result.plan, result.findings, since)
    rep = build_report(result.plan, result.findings, locale, strict, result.linter, plans=result.plans,
                       waived=result.waived, accepted=accepted, changes=changes)
    text = render(rep, fmt)
    if output and output != STDIN:  # -o - is stdout, as for export and import
        target = real_path(Path(output))
        if any(target == real_path(Path(p.path)) for p in result.plans):
            raise InputError(_word("is-plan", locale, path=output))
        try:
            write_atomically(Path(output), text, overwrite=force)
        except FileExistsError:
            raise InputError(_word("exists", locale, path=output)) from None
    else:
        click.echo(text)


@cli.command("gate")
@click.argument("paths", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="Warnings block sign-off too.")
@click.option("--accept-waivers", "accept", metavar="FILE", type=click.Path(dir_okay=False), default=None,
              help="The reviewer's file of accepted waivers (TOML [[accept]] entries: code, block, reason).")
@lang_option()
def gate_cmd(paths: tuple[str, ...], strict: bool, accept: str | None, lang: str | None) -> None:
    """The sign-off decision, one per plan set: exit 0 only when the plan has something to sign,
    its budgets balance, nothing blocks and every waiver is accepted by the reviewer."""
    from planlint.output.report import gate_text
    from planlint.output.signoff import decide

    accepted = _acceptances(accept)
    blocked = False
    unused = list(accepted)  # accepted waivers that matched nothing in any set
    locale = lang
    for result in _lint_sets([str(p) for p in discover(list(paths))], lang, audit=True):
        decision = decide(result.plan, result.findings, result.waived, accepted, strict)
        blocked = blocked or not decision.ready
        unused = [a for a in unused if a in decision.unused]
        decision.unused = []
        locale = locale or result.plan.locale
        click.echo(gate_text(decision, lang or result.plan.locale, [p.path for p in result.plans]))
    import datetime as dt

    for a in unused:
        expired = a.until is not None and a.until < dt.date.today()
        key = "expired-acceptance" if expired else "unused-acceptance"
        click.echo(f"planlint: {_word(key, locale, source=a.source, code=a.code, block=a.block, until=str(a.until))}",
                   err=True)
    sys.exit(EXIT_FINDINGS if blocked else EXIT_OK)


@cli.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW", type=click.Path(dir_okay=False))
@lang_option()
def diff_cmd(old: str, new: str, lang: str | None) -> None:
    """What changed from OLD (the approved version: a plan file, or a git revision of NEW) to NEW:
    budgets by initiative and department, targets, deadlines, owners, goals and initiatives
    added or removed, and new findings. Exit 0: no change; 1: changes."""
    from planlint.output.diff import compare, table

    if Path(old).is_file():  # two files, each on its own
        from planlint.driver.workspace import Options, Workspace

        ws = Workspace(Options(lang=lang))
        result = ws.lint_set([str(next(discover([new])))], context=False)
    else:
        result = next(_lint_sets([str(next(discover([new])))], lang))
    old_plan, old_findings = _version_at(old, result, lang)
    changes = compare(old_plan, old_findings, result.plan, result.findings, old)
    click.echo(table(changes, lang or result.plan.locale))
    sys.exit(EXIT_FINDINGS if changes else EXIT_OK)


@cli.command("status")
@click.argument("plan_path", metavar="PLAN", type=click.Path(dir_okay=False))
@lang_option()
@actuals_option()
def status_cmd(plan_path: str, lang: str | None, actuals_path: str | None) -> None:
    """Progress of every goal with actuals (`actual ... as of DATE`, a dated series, or --actuals):
    expected, actual, red/amber/green."""
    from planlint.output.report import status_table

    rows = _read_actuals(actuals_path)
    sets = _lint_sets([plan_path], lang, actuals=rows)
    result = next(sets)
    for _ in sets:  # the rest of the walk checks every row of the export found its goal
        pass
    plan, linter = result.plan, result.linter
    click.echo(status_table(plan, linter, language(lang or plan.locale)))


@cli.command("export")
@click.argument("plan_path", metavar="PLAN", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="A file, or - for stdout.")
@lang_option(help="Language of the column headers (default: the plan's).")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def export_cmd(plan_path: str, fmt: str, output: str, lang: str | None, force: bool) -> None:
    """The plan as a spreadsheet: one row per block, a column per field."""
    from planlint.integrations.spreadsheet import check_output, export, write_output
    from planlint.parser import parse

    text = read_plan(Path(plan_path))
    plan, _ = parse(text, plan_path)
    locale = lang or plan.locale
    lang = language(locale)
    check_output(output, Path(plan_path), force, lang)
    result = export(plan, fmt, lang, text, plan_path, bom=output != "-", locale=locale)
    write_output(output, result.data, force, lang, binary=fmt == "xlsx")
    for note in result.notes:
        click.echo(f"planlint: {note}", err=True)
    sys.exit(EXIT_FINDINGS if result.lost else EXIT_OK)


@cli.command("import")
@click.argument("sheet_path", metavar="FILE.xlsx|FILE.csv", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="A file, or - for stdout.")
@click.option("--force", is_flag=True, help="Replace the output plan if it exists.")
def import_cmd(sheet_path: str, output: str, force: bool) -> None:
    """A plan file from a spreadsheet (Chinese or English headers); problems point to cells."""
    from planlint.integrations.spreadsheet import check_output, import_sheet_full, write_output

    text, problems, notes, lang = import_sheet_full(Path(sheet_path))
    check_output(output, Path(sheet_path), force, lang)
    write_output(output, text.encode("utf-8"), force, lang, binary=False)
    for p in [*notes, *problems]:
        click.echo(f"planlint: {p}", err=True)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@cli.command("init")
@click.argument("path", type=click.Path(dir_okay=False), default=None, required=False)
@lang_option(help="Language of the starter plan: zh (default), zh-Hant, en.", default="zh")
def init_cmd(path: str | None, lang: str) -> None:
    """A starter plan with the full structure and placeholders that say what to fill in."""
    from importlib.resources import files

    from planlint.language.script import is_hant, to_hant
    from planlint.output.report import write_atomically

    text = (files("planlint") / "templates" / f"starter.{language(lang)}.plan").read_text(encoding="utf-8")
    if is_hant(lang):  # the Simplified starter in Traditional characters (Taiwan or Hong Kong usage)
        text = to_hant(text, lang)
    if path is None:
        click.echo(text, nl=False)
        return
    if Path(path).exists():
        raise InputError(f"{path}: already exists; planlint init never overwrites a file")
    write_atomically(Path(path), text)
    click.echo(say("created", lang, path=path))


@cli.command("lsp")
def lsp_cmd() -> None:
    """Run the language server on stdin/stdout (for editors)."""
    from planlint.integrations.lsp import main as serve

    serve()


def _argv_locale(args: list[str]) -> str:
    """The language of planlint's own errors: ``--lang`` if the command line has one (read
    before click parses it, so that click's own errors follow it too), else the environment's."""
    value = None
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg[len("--lang="):]
    return user_locale(value)


def _usage_what(exc: click.UsageError, loc: str) -> str:
    """What is wrong, in the user's language (click's English words where planlint has none)."""
    if isinstance(exc, Usage):
        return exc.msg.render(loc)
    if isinstance(exc, click.NoSuchOption):
        hint = ui("did-you-mean", options=", ".join(sorted(exc.possibilities))) if exc.possibilities else ""
        return say("no-option", loc, option=exc.option_name, hint=hint)
    if isinstance(exc, click.BadOptionUsage):
        if "requires an argument" in exc.message:
            return say("needs-value", loc, option=exc.option_name)
        if "does not take a value" in exc.message:
            return say("takes-no-value", loc, option=exc.option_name)
    param = getattr(exc, "param", None)
    if isinstance(exc, click.MissingParameter) and param is not None:
        what = param.human_readable_name if param.param_type_name == "argument" else max(param.opts, key=len)
        return say("missing", loc, what=what)
    if isinstance(exc, click.BadParameter) and param is not None:
        option = max(param.opts, key=len) if param.param_type_name == "option" else param.human_readable_name
        if isinstance(param.type, click.Choice):
            m = re.match(r"'(.*)' is not one of", exc.message, re.S)
            if m:
                return say("bad-choice", loc, option=option, value=m.group(1),
                           choices=", ".join(str(c) for c in param.type.choices))
        if isinstance(param.type, click.IntRange) and param.type.min is not None:
            m = re.match(r"(-?\d+) is not in the range", exc.message)
            if m:
                return say("too-small", loc, option=option, value=m.group(1), min=str(param.type.min))
        m = re.match(r"'(.*)' is not a valid integer", exc.message, re.S)
        if m:
            return say("not-a-number", loc, option=option, value=m.group(1))
    m = re.match(r"No such command '(.*)'", exc.message, re.S)
    if m and exc.ctx is not None and isinstance(exc.ctx.command, click.Group):
        return say("no-command", loc, name=m.group(1), commands=", ".join(sorted(exc.ctx.command.list_commands(exc.ctx))))
    return say("usage-other", loc, what=exc.format_message())


def _usage_line(exc: click.UsageError, loc: str, args: list[str]) -> str:
    """One line: what is wrong, and where the help is."""
    if exc.ctx is not None:
        command = exc.ctx.command_path
    else:  # click's parser errors carry no context: the command is the first word it knows
        command = " ".join(["planlint", *[a for a in args if a in cli.commands][:1]])
    what = " ".join(_usage_what(exc, loc).split())
    if not getattr(exc, "help_hint", True):
        return f"planlint: {what}"
    return "planlint: " + say("usage", loc, what=what, command=command)


def main() -> None:
    """Entry point: turns every error into one line on stderr (in the user's language) and exit code 2."""
    import gc

    # A run is short and makes no reference cycles worth collecting: the cyclic collector
    # would only rescan the plan's objects (the language server keeps it on).
    gc.disable()
    loc = _argv_locale(sys.argv[1:])
    try:
        cli.main(prog_name="planlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("planlint: " + say("aborted", loc), err=True)
        sys.exit(EXIT_USAGE)
    except click.exceptions.NoArgsIsHelpError as exc:  # `planlint` alone: the help, not an error
        click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
        sys.exit(EXIT_USAGE)
    except click.UsageError as exc:
        click.echo(_usage_line(exc, loc, sys.argv[1:]), err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        click.echo("planlint: " + " ".join(exc.format_message().split()), err=True)
        sys.exit(EXIT_USAGE)
    except (InputError, ConfigError) as exc:
        asked = any(a == "--lang" or a.startswith("--lang=") for a in sys.argv[1:])
        own = None if asked else getattr(exc, "locale", None)  # a Big5 file's refusal in Traditional Chinese
        click.echo(f"planlint: {exc.text(own or loc)}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except RecursionError:
        click.echo("planlint: " + say("nested", loc), err=True)
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the promise: never a traceback
        click.echo("planlint: " + say("internal", loc, what=f"{type(exc).__name__}: {exc}"), err=True)
        sys.exit(EXIT_USAGE)


def run() -> None:
    """The console script (and ``python -m planlint``): ``main``, then out of the process at once.
    Tearing the interpreter down (every module and object freed one by one) is a tenth of a
    short check's CPU time and nothing a finished run needs, so the process ends as mypy's
    ``hard_exit`` ends it: atexit handlers run and the output is flushed first."""
    import atexit

    try:
        main()
        code = EXIT_OK
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = EXIT_FINDINGS
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone (``planlint check | head``), or closed
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
