"""The linter: runs the selected rules over a parsed plan and does the bookkeeping."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from planlint.api.finding import SEVERITY_RANK, Edit, Finding, Waived, make_finding
from planlint.api.rule import Context, Hit, Rule
from planlint.driver import planset
from planlint.driver.config import Config, ConfigError
from planlint.facts import facts_of
from planlint.i18n.messages import inline
from planlint.language.packs import PackError, Packs, load_packs
from planlint.language.script import normalise
from planlint.model import Plan, Span
from planlint.parser import Problem, no_cyclic_gc, parse


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


@dataclass
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
        self.rules: list[tuple[Rule, BaseModel, str]] = []
        self.left_out: list[tuple[Rule, BaseModel, str]] = []  # not selected: run only for the gate's audit
        known = set(registry)
        for code in self.config.rules:
            if code not in known:
                raise ConfigError(self.config.source or "config", f"rules.{code}", "no such rule (see `planlint rules`)")
        self.severity: dict[str, str] = {}
        self.options: dict[str, BaseModel] = {}
        for code, cls in sorted(registry.items()):
            settings = dict(self.config.rules.get(code, {}))
            sev = settings.pop("severity", cls.severity)
            if sev not in SEVERITY_RANK:
                raise ConfigError(self.config.source or "config", f"rules.{code}.severity",
                                  f"'{sev}' is not one of error, warning, info")
            try:
                opts = cls.options.model_validate(settings)
            except ValidationError as exc:
                err = exc.errors()[0]
                key = ".".join(str(p) for p in err["loc"])
                raise ConfigError(self.config.source or "config", f"rules.{code}.{key}", err["msg"]) from None
            self.severity[code] = sev
            self.options[code] = opts
            if is_selected(cls, self.config):
                self.rules.append((cls(), opts, sev))
            else:
                self.left_out.append((cls(), opts, sev))
        self.selected = {rule.code for rule, _, _ in self.rules}

    def options_of(self, code: str) -> BaseModel:
        """A rule's options as configured (read by the report for TR003's thresholds)."""
        return self.options[code]

    def lint(self, text: str, path: str = "<string>") -> list[Finding]:
        plan, problems = parse(text, path, self.locale)
        return self.lint_plan(plan, problems)

    def lint_plan(self, plan: Plan, problems: list[Problem], memo: dict | None = None) -> list[Finding]:
        """Lint a parsed plan. ``memo`` (the editor keeps one per document) holds the hits of
        node-local rules per block: a block that is the same object at the same line as last
        time is not checked again."""
        return self.lint_set([(plan, problems)], memo)

    def lint_set(self, parsed: list[tuple[Plan, list[Problem]]], memo: dict | None = None) -> list[Finding]:
        """Lint plans that form one plan set (``planlint.driver.planset``): the rules run once on
        the set, each finding stays in the file where the problem is, and each file's
        suppressions and language apply to its own findings."""
        with no_cyclic_gc():
            return self._lint_set(parsed, memo)

    def lint_set_audited(self, parsed: list[tuple[Plan, list[Problem]]]) -> tuple[list[Finding], list[Waived]]:
        """``lint_set``, and what would block sign-off but was kept out of the findings: error-level
        findings (and findings of rules that block sign-off) that a ``# planlint: disable`` comment
        suppressed, whose rule config or the command line left out, or whose severity config
        lowered. The sign-off gate lists these as waivers."""
        waived: list[Waived] = []
        with no_cyclic_gc():
            return self._lint_set(parsed, None, waived), waived

    def _hits(self, rule: Rule, plan: Plan, ctx: Context, memo: dict | None, fresh: dict) -> Iterator[Hit]:
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

    def _lint_set(self, parsed: list[tuple[Plan, list[Problem]]], memo: dict | None,
                  waived: list[Waived] | None = None) -> list[Finding]:
        plans = [plan for plan, _ in parsed]
        plan = planset.merge(plans)
        locale_of = {p.path: p.locale for p in plans}
        owners = planset.span_owners(plan) if len(plans) > 1 else {}
        findings: list[Finding] = []
        for one, problems in parsed:
            for p in problems:
                if p.code in self.selected or waived is not None:
                    edits = [Edit(span=p.span, text=p.replacement)] if p.replacement is not None else []
                    cls = self.registry[p.code]
                    found = make_finding(one.path, p.span, p.code, "syntax", self.severity[p.code],
                                         p.message, p.fix, edits, cls.name, one.locale,
                                         blocks_signoff=cls.blocks_signoff)
                    if p.code in self.selected:
                        findings.append(found)
                        self._audit_level(found, cls.severity, waived)
                    else:
                        self._audit_left_out(found, cls.severity, waived)
        if len(plans) > 1:
            findings.extend(self._duplicates(plans))
        plan_facts = facts_of(plan, self.packs)
        currency = plan_facts.currency
        fresh: dict = {}
        left_out = self.left_out if waived is not None else []
        for rule, opts, sev in [*self.rules, *left_out]:
            selected = rule.code in self.selected
            ctx = Context(lang=plan.lang, packs=self.packs, options=opts, locale=plan.locale, currency=currency,
                          facts=plan_facts)
            try:
                configured = "severity" in self.config.rules.get(rule.code, {})
                for hit in self._hits(rule, plan, ctx, memo, fresh):
                    level = hit.severity if hit.severity and not configured else sev
                    path = owners.get(id(hit.span), plan.path) if owners else plan.path
                    edits = hit.edits
                    if owners and any(owners.get(id(e.span), path) != path for e in edits):
                        edits = []  # an edit in another file of the set: the fix stays advice
                    found = make_finding(path, hit.span, rule.code, rule.category, level,
                                         hit.message, hit.fix, edits, rule.name, locale_of.get(path, plan.locale),
                                         hit.applicability or "unsafe", rule.blocks_signoff)
                    if selected:
                        findings.append(found)
                        self._audit_level(found, hit.severity or rule.severity, waived)
                    else:
                        self._audit_left_out(found, hit.severity or rule.severity, waived)
            except Exception as exc:  # one broken rule never stops the others
                if not selected:
                    continue
                where = Span(line=1, column=1, end_line=1, end_column=1)
                what = f"{type(exc).__name__}: {exc}"
                msg = inline(f"规则 {rule.code} ({rule.name}) 检查这个计划时出错: {what}; 其他规则照常运行",
                             f"rule {rule.code} ({rule.name}) failed on this plan: {what}; the other rules ran",
                             "rule-failed")
                fix = inline("请报告这个问题; 可暂时用 ignore 关闭该规则",
                             "please report it; ignore the rule in config meanwhile", "rule-failed.fix")
                findings.append(make_finding(plan.path, where, rule.code, rule.category, "warning", msg, fix,
                                             rule=rule.name, locale=plan.locale))
        if memo is not None:  # keep only the blocks of this text
            memo.clear()
            memo.update(fresh)
        out: list[Finding] = []
        for one in plans:
            out.extend(self._suppress(one, [f for f in findings if f.path == one.path], waived))
        out.sort(key=Finding.sort_key)
        if waived is not None:
            waived.sort(key=lambda w: w.finding.sort_key())
        return out

    @staticmethod
    def _blocks(finding: Finding, natural: str) -> bool:
        return natural == "error" or finding.blocks_signoff

    def _audit_level(self, finding: Finding, natural: str, waived: list[Waived] | None) -> None:
        """A finding config lowered below the error its rule gives it: a waiver."""
        if waived is not None and natural == "error" and finding.severity != "error" and not finding.blocks_signoff:
            waived.append(Waived(_with_severity(finding, natural), "downgraded", configured=finding.severity))

    def _audit_left_out(self, finding: Finding, natural: str, waived: list[Waived] | None) -> None:
        """A finding of a rule that select/ignore left out: a waiver when it would block."""
        if waived is not None and self._blocks(finding, natural):
            waived.append(Waived(_with_severity(finding, natural), "ignored"))

    def _duplicates(self, plans: list[Plan]) -> list[Finding]:
        """An id defined in two files of the set: an error on the later one, naming the first."""
        from planlint.rules.syntax import DuplicateId

        if DuplicateId.code not in self.selected:
            return []
        out = []
        for later, first in planset.duplicates(plans):
            span = later.id_span or later.header_span
            where = f"{first.path}:{(first.id_span or first.header_span).line}"
            out.append(make_finding(later.path, span, DuplicateId.code, "syntax", self.severity[DuplicateId.code],
                                    DuplicateId.msg("elsewhere", id=later.id, where=where),
                                    DuplicateId.msg("elsewhere_fix", id=later.id), rule=DuplicateId.name,
                                    locale=next(p.locale for p in plans if p.path == later.path)))
        return out

    def _suppress(self, plan: Plan, findings: list[Finding], waived: list[Waived] | None = None) -> list[Finding]:
        if not plan.directives:
            return findings
        used: set[tuple[int, str]] = set()
        kept = []
        for f in findings:
            silenced: int | None = None
            for d in plan.directives:
                if d.applies_from <= f.line <= d.applies_to:
                    for code in d.codes:
                        if _matches(code, f):
                            used.add((d.line, code))
                            silenced = d.line if silenced is None else silenced
            if silenced is None:
                kept.append(f)
            elif waived is not None and (f.severity == "error" or f.blocks_signoff):
                waived.append(Waived(f, "suppressed", line=silenced))
        if "PL011" in self.selected:
            for d in plan.directives:
                for code in d.codes:
                    if (d.line, code) not in used:
                        span = Span(line=d.line, column=d.column, end_line=d.line, end_column=d.column + 1)
                        msg = inline(f"「# planlint: disable={code}」没有可屏蔽的问题",
                                     f"'# planlint: disable={code}' silences nothing", "PL011.unused")
                        fix = inline("删除这条注释", "remove the comment", "PL011.fix")
                        kept.append(make_finding(plan.path, span, "PL011", "syntax", self.severity["PL011"], msg, fix,
                                                 rule="unused-suppression", locale=plan.locale))
        return kept


def _with_severity(finding: Finding, severity: str) -> Finding:
    from dataclasses import replace

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
