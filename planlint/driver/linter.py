"""The linter: runs the selected rules over a parsed plan and does the bookkeeping."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field, replace
from typing import Any

from planlint.api.finding import SEVERITY_RANK, Finding, Waived, make_finding
from planlint.api.rule import Context, Hit, NoOptions, Rule, plain_settings
from planlint.driver import cascade, planset
from planlint.driver.config import Config, ConfigError, selector_matches
from planlint.facts import facts_of
from planlint.i18n.messages import inline
from planlint.i18n.ui import ui
from planlint.language.packs import PackError, Packs, load_packs
from planlint.language.script import normalise
from planlint.model import Plan, Span
from planlint.parser import no_cyclic_gc, parse
from planlint.records import record


def load_builtin_rules() -> dict[str, type[Rule]]:
    """Every built-in rule by code (``planlint.rules.RULES``)."""
    from planlint.rules import builtin

    return builtin()


def load_plugins(names: list[str]) -> list[str]:
    """Load the named entry points of group ``planlint.rules``; returns one message per failure."""
    return plugin_rules(names)[1]


def plugin_rules(names: list[str]) -> tuple[list[type[Rule]], list[str]]:
    """The rules of the named entry points of group ``planlint.rules``, and one message per
    plugin that failed (the others still load). An entry point is a rule class, or a module
    or list holding rule classes."""
    errors: list[str] = []
    rules: list[type[Rule]] = []
    if not names:
        return rules, errors
    from importlib.metadata import entry_points

    found = {ep.name: ep for ep in entry_points(group="planlint.rules")}
    for name in names:
        ep = found.get(name)
        if ep is None:
            errors.append(f"plugin '{name}' is not installed (no entry point in group planlint.rules)")
            continue
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not stop the others
            errors.append(f"plugin '{name}' failed to load: {type(exc).__name__}: {exc}")
            continue
        if Rule.is_rule(obj):
            candidates = [obj]
        else:
            members = obj if isinstance(obj, list | tuple) else vars(obj).values() if hasattr(obj, "__dict__") else []
            candidates = [m for m in members if Rule.is_rule(m) and m is not Rule]
        if not candidates:
            errors.append(f"plugin '{name}' has no rule class (a subclass of planlint.api.rule.Rule with a code)")
        for cls in candidates:
            cls.source = name
            rules.append(cls)
    return rules, errors


def _specificity(selector: str, rule: type[Rule]) -> int:
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if s.lower() == rule.category:
        return 1
    if rule.code.startswith(s.upper()):
        return 1 + len(s)
    return -1


def is_selected(rule: type[Rule], cfg: Config) -> bool:
    """The most specific matching entry decides; at equal specificity, ignore wins."""
    best, verdict = -1, False
    for selectors, enable in ((cfg.select, True), (cfg.extend_select, True), (cfg.ignore, False)):
        for sel in selectors:
            spec = _specificity(sel, rule)
            if spec > best or (spec == best and spec >= 0 and not enable):
                best, verdict = spec, enable
    return verdict


def _matches(code_sel: str, finding: Finding) -> bool:
    s = code_sel.upper()
    return s == "ALL" or finding.code.startswith(s) or s.lower() == finding.category


def _names(code_sel: str, rule: type[Rule]) -> bool:
    """A suppression's code names this rule (the code, a prefix, its category, ALL)."""
    s = code_sel.upper()
    return s == "ALL" or rule.code.startswith(s) or s.lower() == rule.category


@record
class Linter:
    """Lints texts with one config. Build once, call ``lint`` for each file."""

    config: Config = field(default_factory=Config)
    lang: str | None = None  # overrides config and detection
    plugin_errors: list[str] = field(default_factory=list)
    extra_rules: tuple[type[Rule], ...] = ()  # rules given in code (tests, embedding programs)

    def __post_init__(self) -> None:
        registry = dict(load_builtin_rules())
        plugins, self.plugin_errors = plugin_rules(self.config.plugins)
        for cls in [*self.extra_rules, *plugins]:
            registry.setdefault(cls.code, cls)
        self.registry = registry
        self.locale = normalise(self.lang or self.config.lang)
        try:
            self.packs: Packs = load_packs(self.config.pack_paths())
        except PackError as exc:
            raise ConfigError(exc.path, "packs", exc.detail) from None
        self.rules: list[tuple[Rule, Any, str]] = []
        self.left_out: list[tuple[Rule, Any, str]] = []  # not selected: run only for audits
        known = set(registry)
        for code in self.config.rules:
            if code not in known:
                raise ConfigError(self.config.source or "config", f"rules.{code}", "no such rule (see `planlint rules`)")
        if not self.plugin_errors:  # a plugin that did not load is the root cause, said once
            self._check_selectors(registry)
        self.severity: dict[str, str] = {}
        self.options: dict[str, Any] = {}
        for code, cls in sorted(registry.items()):
            settings = dict(self.config.rules.get(code, {}))
            sev = settings.pop("severity", cls.severity)
            if sev not in SEVERITY_RANK:
                raise ConfigError(self.config.source or "config", f"rules.{code}.severity",
                                  f"'{sev}' is not one of error, warning, info")
            opts = self._options(code, cls, settings)
            self.severity[code] = sev
            self.options[code] = opts
            if is_selected(cls, self.config):
                self.rules.append((cls(), opts, sev))
            elif not cls.after_suppression and not issubclass(cls, _parser_rules()):
                self.left_out.append((cls(), opts, sev))
        self.selected = {rule.code for rule, _, _ in self.rules}
        self.after = [r for r in self.rules if r[0].after_suppression]
        self.rules = [r for r in self.rules if not r[0].after_suppression]

    def _check_selectors(self, registry: dict[str, type[Rule]]) -> None:
        """A selector in select, extend-select, ignore or per-file-ignores that names no rule is a
        config error (a typo would otherwise select or silence nothing, silently)."""
        cfg = self.config
        lists = [("select", cfg.select), ("extend-select", cfg.extend_select), ("ignore", cfg.ignore)]
        lists += [(f"per-file-ignores.{glob}", sels) for glob, sels in cfg.per_file_ignores.items()]
        for key, selectors in lists:
            for sel in selectors:
                if not any(selector_matches(sel, code, cls.category) for code, cls in registry.items()):
                    raise ConfigError(cfg.source or "config", key, ui("unknown-selector", selector=sel))

    def _options(self, code: str, cls: type[Rule], settings: dict[str, Any]) -> Any:
        """A rule's options from its settings; pydantic only for settings that are not plain."""
        if plain_settings(cls.options, settings):
            return cls.options.model_validate(settings)
        from pydantic import ValidationError

        try:
            return cls.options.model_validate(settings)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            raise ConfigError(self.config.source or "config", f"rules.{code}.{key}", err["msg"]) from None

    def options_of(self, code: str) -> Any:
        """A rule's options as configured (read by the report for TR003's thresholds)."""
        return self.options[code]

    def lint(self, text: str, path: str = "<string>") -> list[Finding]:
        with no_cyclic_gc():  # one pause for parsing and linting (see no_cyclic_gc)
            plan, problems = parse(text, path, self.locale, language=self.packs.language)
            findings = self.lint_plan(plan, problems)
            # The plan freed while the collector still waits: switched on again, its first pass
            # scans every object made since it paused that is still alive (the findings, not
            # the plan's half a million objects: 80 ms at 10,000 goals).
            del plan, problems
        return findings

    def lint_plan(self, plan: Plan, problems: list[Hit], memo: dict | None = None) -> list[Finding]:
        """Lint a parsed plan (``problems``: the parser's hits). ``memo`` (the editor keeps one
        per document) holds the hits of node-local rules per block: a block that is the same
        object at the same line as last time is not checked again."""
        return self.lint_set([(plan, problems)], memo)

    def lint_set(self, parsed: list[tuple[Plan, list[Hit]]], memo: dict | None = None) -> list[Finding]:
        """Lint plans that form one plan set (``planlint.driver.planset``): the rules run once on
        the set, each finding stays in the file where the problem is, and each file's
        suppressions and language apply to its own findings."""
        with no_cyclic_gc():
            return self._lint_set(parsed, memo)

    def lint_set_audited(self, parsed: list[tuple[Plan, list[Hit]]]) -> tuple[list[Finding], list[Waived]]:
        """``lint_set``, and what would block sign-off but was kept out of the findings: error-level
        findings (and findings of rules that block sign-off) that a ``# planlint: disable`` comment
        suppressed, whose rule config or the command line left out, or whose severity config
        lowered. The sign-off gate lists these as waivers."""
        waived: list[Waived] = []
        with no_cyclic_gc():
            out = self._lint_set(parsed, None, waived)
        waived.sort(key=lambda w: w.finding.sort_key())
        return out, waived

    def _hits(self, rule: Rule, plan: Plan, ctx: Context, memo: dict | None, fresh: dict) -> Iterator[Hit]:
        incremental = getattr(memo, "hits", None)
        if incremental is not None:  # a memo that decides itself what to check again (the language server's)
            yield from incremental(rule, plan, ctx)
            return
        if memo is None or not rule.node_local:
            yield from rule.check(plan, ctx)
            return
        for node in plan.index.blocks:
            key = (rule.code, id(node))
            kept = memo.get(key)
            if kept is not None and kept[0] is node and kept[1] == node.span.line:
                hits = kept[2]
            else:
                hits = list(rule.check_node(node, ctx))
            fresh[key] = (node, node.span.line, hits)
            yield from hits

    def _finding(self, path: str, locale: str, cls: type[Rule], hit: Hit, sev: str) -> Finding:
        configured = "severity" in self.config.rules.get(cls.code, {})
        level = hit.severity if hit.severity and not configured else sev
        return make_finding(path, hit.span, cls.code, cls.category, level, hit.message, hit.fix, hit.edits,
                            cls.name, locale, hit.applicability or "unsafe", cls.blocks_signoff)

    def _run(self, rules: list[tuple[Rule, Any, str]], plan: Plan, ctx: Context, memo: dict | None,
             fresh: dict, findings: list[Finding], where=None) -> None:
        """Run ``rules`` on ``plan``; ``where(hit)`` is the (path, locale) of a hit's file (None: the
        plan's own file). A memo with ``made`` (the editor's) hands back the last lint's finding
        of a hit that is the same object, and notes this lint's in ``making``."""
        made = getattr(memo, "made", None)
        making = getattr(memo, "making", None)
        for rule, opts, sev in rules:
            ctx.options = opts
            try:
                for hit in self._hits(rule, plan, ctx, memo, fresh):
                    path, locale = where(hit) if where is not None else (plan.path, plan.locale)
                    if made is not None:
                        got = made.get(id(hit))
                        if got is not None and got[0] is hit and got[1] == path and got[2] == locale and got[3] == sev:
                            findings.append(got[4])
                            making[id(hit)] = got
                            continue
                    hit_in = hit
                    if where is not None and hit.edits and any(where(Hit(e.span, ""))[0] != path for e in hit.edits):
                        hit = replace(hit, edits=[])  # an edit in another file of the set: the fix stays advice
                    found = self._finding(path, locale, type(rule), hit, sev)
                    findings.append(found)
                    if making is not None:
                        making[id(hit_in)] = (hit_in, path, locale, sev, found)
            except Exception as exc:  # one broken rule never stops the others
                span = Span(line=1, column=1, end_line=1, end_column=1)
                what = f"{type(exc).__name__}: {exc}"
                msg = inline(f"规则 {rule.code} ({rule.name}) 检查这个计划时出错: {what}; 其他规则照常运行",
                             f"rule {rule.code} ({rule.name}) failed on this plan: {what}; the other rules ran",
                             "rule-failed")
                fix = inline("请报告这个问题; 可暂时用 ignore 关闭该规则",
                             "please report it; ignore the rule in config meanwhile", "rule-failed.fix")
                findings.append(make_finding(plan.path, span, rule.code, rule.category, "warning", msg, fix,
                                             rule=rule.name, locale=plan.locale))

    def _lint_set(self, parsed: list[tuple[Plan, list[Hit]]], memo: dict | None,
                  waived: list[Waived] | None = None) -> list[Finding]:
        plans = [plan for plan, _ in parsed]
        plan = planset.merge(plans)
        locale_of = {p.path: p.locale for p in plans}
        if len(plans) > 1:
            for p in plans:  # findings are given to files by their spans' identity
                p.materialise_spans()
        owners = planset.span_owners(plan) if len(plans) > 1 else {}
        auditing = waived is not None
        accounting = auditing or (bool(self.after) and any(p.directives for p in plans))
        findings: list[Finding] = []
        shadow: list[Finding] = []  # findings of rules left out, only to tell whether a suppression is in use
        syntax = [(one, hit) for one, problems in parsed for hit in problems]
        if len(plans) > 1:
            syntax += self._duplicates(plans)
        for one, hit in syntax:
            cls = hit.rule
            if cls is None:
                continue
            if cls.code in self.selected:
                found = self._finding(one.path, one.locale, cls, hit, self.severity[cls.code])
                findings.append(found)
                self._audit_level(found, cls.severity, waived)
            elif accounting:
                shadow.append(self._finding(one.path, one.locale, cls, hit, cls.severity))
        start = getattr(memo, "start", None)
        if start is not None:  # the language server's memo notes what the plan's facts are read from
            start(plan)
        plan_facts = facts_of(plan, self.packs)
        ctx = Context(lang=plan.lang, packs=self.packs, options=NoOptions(), locale=plan.locale,
                      currency=plan_facts.currency, facts=plan_facts)

        def where(hit: Hit) -> tuple[str, str]:
            path = owners.get(id(hit.span), plan.path) if owners else plan.path
            return path, locale_of.get(path, plan.locale)

        fresh: dict = {}
        # (one file: every hit is in it, with its locale)
        self._run(self.rules, plan, ctx, memo, fresh, findings, where if len(plans) > 1 else None)
        if auditing:
            natural = {r.code: r.severity for r, _, _ in self.rules}
            for found in findings:
                if found.category != "syntax":
                    self._audit_level(found, natural.get(found.code, found.severity), waived)
        findings = cascade.drop_consequences(plan, findings, {r.code: (r, o, s) for r, o, s in self.rules},
                                             self.packs, lambda hit: where(hit)[0])
        if memo is not None and not hasattr(memo, "hits"):  # keep only the blocks of this text
            memo.clear()
            memo.update(fresh)
        if accounting:
            self._run(self.left_out if auditing else self._left_out(plans), plan, ctx, None, {}, shadow, where)
        if auditing:
            for found in shadow:
                self._audit_left_out(found, found.severity, waived)
        out: list[Finding] = []
        for one in plans:
            kept, used = self._suppress(one, [f for f in findings if f.path == one.path], waived)
            out.extend(kept)
            if not self.after:
                continue
            if accounting:
                used |= self._suppress(one, [f for f in shadow if f.path == one.path])[1]
            # rules that read what was suppressed run on each file with that file's directives
            later: list[Finding] = []
            file_ctx = Context(lang=one.lang, packs=self.packs, options=NoOptions(), locale=one.locale,
                               currency=plan_facts.currency, facts=plan_facts, used_suppressions=frozenset(used))
            self._run(self.after, one, file_ctx, None, {}, later)
            out.extend(self._suppress(one, later)[0])
        out.sort(key=Finding.sort_key)
        return out

    @staticmethod
    def _blocks(finding: Finding, natural: str) -> bool:
        return natural == "error" or finding.blocks_signoff

    def _audit_level(self, finding: Finding, natural: str, waived: list[Waived] | None) -> None:
        """A finding config lowered below the error its rule gives it: a waiver."""
        if waived is None or "severity" not in self.config.rules.get(finding.code, {}):
            return
        if natural == "error" and finding.severity != "error" and not finding.blocks_signoff:
            waived.append(Waived(_with_severity(finding, natural), "downgraded", configured=finding.severity))

    def _audit_left_out(self, finding: Finding, natural: str, waived: list[Waived] | None) -> None:
        """A finding of a rule that select/ignore left out: a waiver when it would block."""
        if waived is not None and self._blocks(finding, natural):
            waived.append(Waived(_with_severity(finding, natural), "ignored"))

    def _duplicates(self, plans: list[Plan]) -> list[tuple[Plan, Hit]]:
        """An id defined in two files of the set: an error on the later one, naming the first."""
        from planlint.rules.syntax.duplicate_id import DuplicateId

        file_of = {p.path: p for p in plans}
        out = []
        for later, first in planset.duplicates(plans):
            where = f"{first.path}:{(first.id_span or first.header_span).line}"
            out.append((file_of[later.path], DuplicateId.hit(later.id_span or later.header_span, "elsewhere",
                                                             "elsewhere-fix", id=later.id, where=where)))
        return out

    def _left_out(self, plans: list[Plan]) -> list[tuple[Rule, Any, str]]:
        """The rules not selected that a suppression names: run only to see what they would find."""
        codes = {c for p in plans for d in p.directives for c in d.codes}
        out = []
        for code, cls in sorted(self.registry.items()):
            if code in self.selected or cls.after_suppression or issubclass(cls, _parser_rules()):
                continue
            if any(_names(c, cls) for c in codes):
                out.append((cls(), self.options[code], self.severity[code]))
        return out

    def _suppress(self, plan: Plan, findings: list[Finding],
                  waived: list[Waived] | None = None) -> tuple[list[Finding], set[tuple[int, str]]]:
        """The findings no directive silences, and the (directive line, code) pairs that silenced one;
        a silenced finding that would block sign-off goes to ``waived`` (the gate's audit)."""
        used: set[tuple[int, str]] = set()
        if not plan.directives:
            return findings, used
        covering: dict[int, list] = {}
        for d in plan.directives:
            for line in range(d.applies_from, d.applies_to + 1):
                covering.setdefault(line, []).append(d)
        kept = []
        for f in findings:
            silenced: int | None = None
            for d in covering.get(f.line, ()):
                for code in d.codes:
                    if _matches(code, f):
                        used.add((d.line, code))
                        silenced = d.line if silenced is None else silenced
            if silenced is None:
                kept.append(f)
            elif waived is not None and (f.severity == "error" or f.blocks_signoff):
                waived.append(Waived(f, "suppressed", line=silenced))
        return kept, used


def _parser_rules() -> type:
    """The rules the parser finds: their hits come with the parse, not from ``check``."""
    from planlint.rules.syntax import SyntaxRule

    return SyntaxRule


def _with_severity(finding: Finding, severity: str) -> Finding:
    return replace(finding, severity=severity)


def fails(findings: list[Finding], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    floor = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= floor for f in findings)


def rules_markdown() -> str:
    """Every rule's documentation as one Markdown page, a section per code (docs/rules.md)."""
    out = ["# planlint rules", "", "Generated by `planlint rules --markdown`; `planlint explain CODE` prints one.", ""]
    for code, cls in sorted(load_builtin_rules().items()):
        out += [f"## {code}", "", f"`{cls.name}`, category `{cls.category}`, default severity `{cls.severity}`", "",
                "```", cls.documentation(), "```", ""]
        fields = cls.options.model_fields
        if fields:
            out += ["Options: " + ", ".join(f"`{n.replace('_', '-')} = {i.default!r}`" for n, i in fields.items()), ""]
    return "\n".join(out)
