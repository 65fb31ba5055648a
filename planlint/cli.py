"""The ``planlint`` command. Every error is one line and an exit code, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from planlint import __version__
from planlint.driver.config import ConfigError, read_config_file
from planlint.driver.files import InputError, discover, read_plan, real_path
from planlint.i18n.ui import say, user_locale
from planlint.language.script import language

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
LOCALES = ("en", "zh", "zh-Hans", "zh-Hant", "zh-Hant-HK")


def _locale(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from planlint.language.script import normalise

    try:
        return normalise(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not one of {', '.join(LOCALES)}") from None


def lang_option(help: str = "Language and script of messages: en, zh (= zh-Hans), zh-Hant (Taiwan), "
                            "zh-Hant-HK (default: each plan's own).", default: str | None = None):
    return click.option("--lang", default=default, callback=_locale, metavar="|".join(LOCALES), help=help)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planlint")
def cli() -> None:
    """planlint: reads marketing plans and says what a careful reviewer would send back."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "auto"]), default="text",
              show_default=True, help="Output format.")
@lang_option()
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Exit 1 when a finding at or above this severity remains (default: warning).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Use this config file instead of searching upwards.")
@click.option("--select", multiple=True, help="Only these codes, prefixes or categories (repeatable).")
@click.option("--ignore", multiple=True, help="Leave out these codes, prefixes or categories (repeatable).")
@click.option("--jobs", "-j", type=int, default=None, help="Parallel processes for many files (default: cores).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the findings cache (~/.cache/planlint).")
def check(paths: tuple[str, ...], fmt: str, lang: str | None, fail_on: str | None, config_path: str | None,
          select: tuple[str, ...], ignore: tuple[str, ...], jobs: int | None, no_cache: bool) -> None:
    """Lint plan files and folders (folders: every *.plan inside)."""
    from planlint.driver.linter import fails
    from planlint.driver.workspace import Options, Workspace
    from planlint.output.formats import FORMATS, resolve

    if config_path:
        read_config_file(Path(config_path))  # a bad config is one error before any file is read
    files = [str(p) for p in discover(list(paths))]
    opts = Options(lang=lang, select=select, ignore=ignore, config_path=config_path, use_cache=not no_cache)
    results = Workspace(opts).lint_paths(files, jobs)
    findings = []
    failed_io = False
    notes: set[str] = set()
    for res in results:
        if res.error:
            click.echo(f"planlint: {res.error}", err=True)
            failed_io = True
            continue
        findings.extend(res.findings)
        notes.update(res.notes)
    for note in sorted(notes):
        click.echo(f"planlint: {note}", err=True)
    ok = [r for r in results if not r.error]
    fail_level = fail_on or (ok[0].fail_on if ok else "warning")
    name = resolve(fmt)
    rendered = FORMATS[name](findings, locale=lang, color=name == "text" and sys.stdout.isatty())
    if rendered or name in ("json", "sarif"):
        click.echo(rendered)
    if failed_io:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if fails(findings, fail_level) else EXIT_OK)


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
        click.echo(f"{path}:{p.span.line}:{p.span.column}: {p.code} {p.message}", err=True)
    sys.exit(EXIT_FINDINGS if problems else EXIT_OK)


@cli.command("rules")
@click.option("--markdown", is_flag=True, help="Every rule's full documentation as Markdown (docs/rules.md).")
def rules_cmd(markdown: bool) -> None:
    """List every rule: code, name, category, default severity."""
    from planlint.driver.linter import load_builtin_rules, rules_markdown

    if markdown:
        click.echo(rules_markdown(), nl=False)
        return
    for code, cls in sorted(load_builtin_rules().items()):
        click.echo(f"{code}  {cls.name:<32} {cls.category:<10} {cls.severity:<8} {cls.summary()}")


@cli.command("explain")
@click.argument("code")
def explain(code: str) -> None:
    """Print a rule's documentation: what it checks, why, a bad and a good example, the fix."""
    from planlint.driver.linter import load_builtin_rules

    registry = load_builtin_rules()
    cls = registry.get(code.upper())
    if cls is None:
        close = [c for c in registry if c.startswith(code.upper()[:2])]
        hint = f"; rules starting {code.upper()[:2]}: {', '.join(sorted(close))}" if close else "; see `planlint rules`"
        raise InputError(f"no rule {code}{hint}")
    click.echo(f"{cls.code} {cls.name}  [{cls.category}, {cls.severity}]\n")
    click.echo(cls.documentation())
    fields = cls.options.model_fields
    if fields:
        click.echo("\nOptions:")
        for name, info in fields.items():
            click.echo(f"  {name.replace('_', '-')} = {info.default!r}")


def _lint_sets(paths: list[str], lang: str | None):
    """The plan sets of these files, each linted with its config (one per set, in order)."""
    from planlint.driver.workspace import Options, Workspace

    ws = Workspace(Options(lang=lang))
    left = list(paths)
    while left:
        result = ws.lint_set(left)
        for note in result.linter.plugin_errors:
            click.echo(f"planlint: {note}", err=True)
        yield result
        left = [p for p in left if p not in result.requested]


def _lint_one(path: Path, lang: str | None):
    """The plan set of one file, linted: (the set as one plan, its findings, the linter)."""
    result = next(_lint_sets([str(path)], lang))
    return result.plan, result.findings, result.linter


@cli.command("report")
@click.argument("plan_path", metavar="PLAN", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here (atomically); default: print to stdout.")
@lang_option()
@click.option("--strict", is_flag=True, help="Warnings block sign-off too.")
def report_cmd(plan_path: str, fmt: str, output: str | None, lang: str | None, strict: bool) -> None:
    """The review page for budget sign-off: verdict, alignment, budget and timeline charts, findings."""
    from planlint.output.report import build_report, render, write_atomically

    path = Path(plan_path)
    plan, findings, linter = _lint_one(path, lang)
    text = render(build_report(plan, findings, language(lang) if lang else None, strict, linter), fmt)
    if output:
        if real_path(Path(output)) == real_path(path):
            raise InputError(f"{output}: that is the plan itself; write the report to another file")
        write_atomically(Path(output), text)
    else:
        click.echo(text)


@cli.command("gate")
@click.argument("paths", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="Warnings block sign-off too.")
@lang_option()
def gate_cmd(paths: tuple[str, ...], strict: bool, lang: str | None) -> None:
    """The sign-off decision: exit 0 only when nothing blocks and the budget balances."""
    from planlint.output.report import blocking, verdict

    blocked = False
    for result in _lint_sets([str(p) for p in discover(list(paths))], lang):
        plan, findings = result.plan, result.findings
        stops = blocking(findings, strict)
        blocked = blocked or bool(stops)
        click.echo(verdict(plan, stops, language(lang or plan.locale)))
    sys.exit(EXIT_FINDINGS if blocked else EXIT_OK)


@cli.command("status")
@click.argument("plan_path", metavar="PLAN", type=click.Path(dir_okay=False))
@lang_option()
def status_cmd(plan_path: str, lang: str | None) -> None:
    """Progress of every goal with `actual ... as of DATE`: expected, actual, red/amber/green."""
    from planlint.output.report import status_table

    path = Path(plan_path)
    plan, _, linter = _lint_one(path, lang)
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


def main() -> None:
    """Entry point: turns every error into one line on stderr and exit code 2."""
    import gc

    # A run is short and makes no reference cycles worth collecting: the cyclic collector
    # would only rescan the plan's objects (the language server keeps it on).
    gc.disable()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("planlint: aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except (InputError, ConfigError) as exc:
        click.echo(f"planlint: {exc.text(user_locale(_argv_lang())) if isinstance(exc, InputError) else exc}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except RecursionError:
        click.echo("planlint: input nested too deeply to read", err=True)
        sys.exit(EXIT_USAGE)
    except Exception as exc:  # the promise: never a traceback
        click.echo(f"planlint: internal error: {type(exc).__name__}: {exc} (please report this)", err=True)
        sys.exit(EXIT_USAGE)


def _argv_lang() -> str | None:
    """``--lang X`` / ``--lang=X`` on the command line (for errors raised before click read it)."""
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


if __name__ == "__main__":
    main()
