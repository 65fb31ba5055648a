"""``planlint lsp``: the language server (pygls 2.x, stdio).

Diagnostics on open, change (debounced) and save, each carrying the whole finding in
``data`` so quick fixes need no second run; quick fixes from the finding's edits plus
"disable CODE on this line"; hover with normalised values and a goal's chain and
budget; completion of keywords, field names, ids, teams and people; go to definition.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.workspace.position_codec import ServerTextPosition

from planlint import __version__
from planlint.api.finding import Finding
from planlint.driver.config import Config, ConfigError
from planlint.driver.linter import Linter
from planlint.driver.workspace import Workspace
from planlint.i18n.numbers import money, num
from planlint.i18n.ui import fix_word
from planlint.language.keywords import BLOCKS, FIELD_OF, FIELDS, primary_names
from planlint.model import Goal, Initiative, Node, Plan, Span
from planlint.parser import BlockCache, parse
from planlint.resources import rule_url

log = logging.getLogger("planlint.lsp")
DEBOUNCE_SECONDS = 0.15
SEVERITY = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning,
            "info": lsp.DiagnosticSeverity.Information}


@dataclass
class DocState:
    """What the server knows of one open document."""

    version: int | None = None
    plan: Plan | None = None
    findings: list[Finding] = field(default_factory=list)
    cache: BlockCache = field(default_factory=BlockCache)
    memo: dict = field(default_factory=dict)  # node-local rule hits per unchanged block
    pending: asyncio.Task | None = None


class PlanProtocol(LanguageServerProtocol):
    """Answers a request whose params do not fit with a JSON-RPC error (pygls only logs it),
    so the editor is not left waiting; the server goes on serving."""

    def structure_message(self, data: dict):
        try:
            return super().structure_message(data)
        except Exception as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                code = lsp.ErrorCodes.InvalidParams if isinstance(exc, JsonRpcInvalidParams) else lsp.ErrorCodes.InternalError
                self._send_response(data["id"], error=lsp.ResponseError(
                    code=code, message=f"planlint: the params of {data['method']} do not fit the protocol"))
            raise


class PlanServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("planlint", __version__, protocol_cls=PlanProtocol)
        self.docs: dict[str, DocState] = {}
        self.project = Workspace()  # configs (read again when edited), linters, plan sets

    # ---------------------------------------------------------------- linting
    def linter_for(self, uri: str) -> Linter:
        path = uri_to_path(uri)
        try:
            cfg = self.project.config_for(path) if path is not None else Config()
            return self.project.linter_for(cfg)
        except ConfigError as exc:
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"planlint: {exc}"))
            return self.project.linter_for(Config())

    def lint(self, uri: str) -> None:
        doc = self.workspace.get_text_document(uri)
        state = self.docs.setdefault(uri, DocState())
        linter = self.linter_for(uri)
        path = str(uri_to_path(uri) or uri)
        plan, problems = parse(doc.source, path, linter.locale, cache=state.cache)
        state.plan = plan
        state.findings = self.project.per_file_ignored(linter.config, linter.lint_plan(plan, problems, memo=state.memo))
        state.version = doc.version
        diagnostics = [self.diagnostic(doc, f) for f in state.findings]
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=doc.version))

    def schedule(self, uri: str) -> None:
        state = self.docs.setdefault(uri, DocState())
        if state.pending is not None and not state.pending.done():
            state.pending.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.lint(uri)
            return
        state.pending = loop.create_task(self._later(uri))

    async def _later(self, uri: str) -> None:
        await asyncio.sleep(DEBOUNCE_SECONDS)
        try:
            self.lint(uri)
        except Exception:  # never let one bad document take the server down
            log.exception("lint failed for %s", uri)

    # ------------------------------------------------------------- positions
    def to_range(self, doc, span: Span) -> lsp.Range:
        lines = doc.lines
        start = ServerTextPosition(line=max(0, span.line - 1), character=max(0, span.column - 1))
        end = ServerTextPosition(line=max(0, span.end_line - 1), character=max(0, span.end_column - 1))
        codec = doc.position_codec
        return lsp.Range(start=codec.position_to_client_units(lines, start),
                         end=codec.position_to_client_units(lines, end))

    def diagnostic(self, doc, f: Finding) -> lsp.Diagnostic:
        return lsp.Diagnostic(
            range=self.to_range(doc, f.span),
            message=f.message + (f"\n{fix_word(f.locale)}: {f.fix}" if f.fix else ""),
            severity=SEVERITY[f.severity],
            code=f.code,
            code_description=lsp.CodeDescription(href=rule_doc_uri(f.code)),
            source="planlint",
            data=f.to_json(),
        )


def uri_to_path(uri: str) -> Path | None:
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def rule_doc_uri(code: str) -> str:
    """The rule's section in the published docs/rules.md (PLANLINT_DOCS_URL, else planlint's default)."""
    return rule_url(code)


server = PlanServer()


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: PlanServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.lint(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: PlanServer, params: lsp.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: PlanServer, params: lsp.DidSaveTextDocumentParams) -> None:
    ls.lint(params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: PlanServer, params: lsp.DidCloseTextDocumentParams) -> None:
    ls.docs.pop(params.text_document.uri, None)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


# ------------------------------------------------------------------ quick fixes
@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
def code_action(ls: PlanServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    uri = params.text_document.uri
    doc = ls.workspace.get_text_document(uri)
    actions: list[lsp.CodeAction] = []
    state = ls.docs.get(uri)
    for diag in params.context.diagnostics:
        f = _finding_of(diag, state)
        if f is None:
            continue
        if f.edits:
            edits = [lsp.TextEdit(range=ls.to_range(doc, e.span), new_text=e.text) for e in f.edits]
            actions.append(lsp.CodeAction(
                title=f"{f.code}: {f.fix or f.message}"[:120], kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diag], is_preferred=True,
                edit=lsp.WorkspaceEdit(changes={uri: edits})))
        actions.append(disable_action(ls, doc, uri, diag, f))
    return actions


def _finding_of(diag: lsp.Diagnostic, state: DocState | None) -> Finding | None:
    """The finding a diagnostic carries in ``data``; for clients that drop ``data`` (Neovim 0.7),
    the one the server published with the same code on the same line."""
    if isinstance(diag.data, dict):
        try:
            return Finding.from_json(diag.data)
        except Exception:
            pass
    if state is None:
        return None
    return next((f for f in state.findings if f.code == diag.code and f.line == diag.range.start.line + 1), None)


def disable_action(ls: PlanServer, doc, uri: str, diag: lsp.Diagnostic, f: Finding) -> lsp.CodeAction:
    """Append ``# planlint: disable=CODE`` to the finding's line (or extend the one there)."""
    index = f.line - 1
    line = doc.lines[index].rstrip("\r\n") if index < len(doc.lines) else ""
    marker = "# planlint: disable="
    if marker in line:
        new_line = line + f",{f.code}"
    else:
        new_line = line + f"  {marker}{f.code}"
    span = Span(line=f.line, column=1, end_line=f.line, end_column=len(line) + 1)
    edit = lsp.TextEdit(range=ls.to_range(doc, span), new_text=new_line)
    return lsp.CodeAction(title=f"Disable {f.code} on this line", kind=lsp.CodeActionKind.QuickFix,
                          diagnostics=[diag], edit=lsp.WorkspaceEdit(changes={uri: [edit]}))


# ------------------------------------------------------------------------ hover
def _state_plan(ls: PlanServer, uri: str) -> Plan | None:
    state = ls.docs.get(uri)
    if state is None or state.plan is None:
        ls.lint(uri)
        state = ls.docs.get(uri)
    return state.plan if state else None


def _inside(span: Span | None, line: int, col: int) -> bool:
    if span is None:
        return False
    return (span.line, span.column) <= (line, col) <= (span.end_line, span.end_column)


def _position(ls: PlanServer, uri: str, pos: lsp.Position) -> tuple[int, int]:
    doc = ls.workspace.get_text_document(uri)
    server_pos = doc.position_codec.position_from_client_units(doc.lines, pos)
    return server_pos.line + 1, server_pos.character + 1


def _id_at(plan: Plan, line: int, col: int) -> str | None:
    """The goal id under the cursor: a goal's own id, a parent or a supports reference."""
    for g in plan.goals:
        if _inside(g.id_span, line, col):
            return g.id
        if g.parent is not None and _inside(g.parent.span, line, col):
            return g.parent.value
    for i in plan.initiatives:
        for ref in i.supports:
            if _inside(ref.span, line, col):
                return ref.value
    return None


def describe_goal(plan: Plan, goal: Goal, lang: str) -> str:
    idx = plan.index
    chain = " → ".join([goal.id or "?", *[g.id or "?" for g in idx.ancestors(goal)]])
    children = [c.id or "?" for c in idx.children.get(goal.id or "", [])]
    funded = {id(i): i for g in [goal, *idx.descendants(goal)] for i in idx.supporters.get(g.id or "", [])}
    budget = sum(i.budget.value for i in funded.values() if i.budget is not None)
    zh = lang == "zh"
    lines = [f"**{goal.id}** {goal.title or ''}",
             f"{'上级链' if zh else 'chain'}: {chain}",
             f"{'下级' if zh else 'children'}: {', '.join(children) or '-'}",
             f"{'预算合计 (含下级)' if zh else 'budget, with children'}: {money(budget, None, lang)}"]
    if goal.metric is not None:
        b = num(goal.baseline.value) if goal.baseline else "?"
        t = goal.target.text if goal.target else "?"
        lines.append(f"{goal.metric.name}: {b} → {t}" + (f" ({goal.deadline.end.isoformat()})" if goal.deadline else ""))
    return "\n\n".join(lines)


def describe_value(node: Node, name: str) -> str | None:
    """The normalised value of a field: 100万元 = 1,000,000 CNY; 2024年Q4 = 2024-10-01..2024-12-31."""
    value = getattr(node, name, None) if name != "budget" else node.budget
    if name == "head":
        value = node.owner
    if value is None:
        return None
    if hasattr(value, "start") and hasattr(value, "end"):
        return f"`{value.text}` = {value.start.isoformat()} .. {value.end.isoformat()}"
    if hasattr(value, "kind") and hasattr(value, "op"):
        if value.kind == "range":
            return f"`{value.text}` = {num(value.low.value)} .. {num(value.high.value)} {value.low.unit or ''}"
        if value.kind == "bound":
            return f"`{value.text}` = {value.op} {num(value.value.value)} {value.value.unit or ''}"
        if value.kind == "relative":
            return f"`{value.text}` = {'+' if value.value.value > 0 else ''}{num(value.value.value)}{value.value.unit or ''} over the baseline"
        return f"`{value.text}` = {num(value.value.value)} {value.value.unit or ''}"
    if hasattr(value, "scale") and hasattr(value, "value"):
        return f"`{value.text}` = {num(value.value)} {value.unit or ''}".rstrip()
    if hasattr(value, "unit_text"):
        return f"{value.name}: unit {value.unit or '-'}, scale {num(value.scale)}"
    return None


def _at_cursor(ls: PlanServer, params) -> tuple[Plan, int, int, str | None] | None:
    """The plan, the cursor (1-based line and column) and the goal id under it, if any."""
    plan = _state_plan(ls, params.text_document.uri)
    if plan is None:
        return None
    line, col = _position(ls, params.text_document.uri, params.position)
    return plan, line, col, _id_at(plan, line, col)


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
def hover(ls: PlanServer, params: lsp.HoverParams) -> lsp.Hover | None:
    here = _at_cursor(ls, params)
    if here is None:
        return None
    plan, line, col, gid = here
    if gid is not None and gid in plan.index.goals:
        text = describe_goal(plan, plan.index.goals[gid], plan.lang)
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text))
    for node in plan.index.blocks:
        if not (node.span.line <= line <= node.span.end_line):
            continue
        for name, ref in node.fields.items():
            if _inside(ref.value_span, line, col) or _inside(ref.key_span, line, col):
                text = describe_value(node, name)
                if text:
                    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text))
    return None


# ------------------------------------------------------------------- completion
@server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[":", "：", " "]))
def completion(ls: PlanServer, params: lsp.CompletionParams) -> lsp.CompletionList:
    uri = params.text_document.uri
    doc = ls.workspace.get_text_document(uri)
    plan = _state_plan(ls, uri)
    line_no, col = _position(ls, uri, params.position)
    text = doc.lines[line_no - 1] if line_no - 1 < len(doc.lines) else ""
    before = text[: col - 1]
    items = completions_for(plan, before, line_no)
    return lsp.CompletionList(is_incomplete=False, items=items)


def completions_for(plan: Plan | None, before: str, line_no: int) -> list[lsp.CompletionItem]:
    stripped = before.strip()
    kind_value = lsp.CompletionItemKind.Value
    if not before.startswith((" ", "\t", "\u3000")):
        return [lsp.CompletionItem(label=k, kind=lsp.CompletionItemKind.Keyword) for names in BLOCKS.values() for k in names]
    for sep in (":", "："):
        if sep in before:
            key = before.split(sep, 1)[0].strip().lower()
            name = FIELD_OF.get(key)
            if plan is None or name is None:
                return []
            if name in ("parent", "supports"):
                return [lsp.CompletionItem(label=g.id, detail=g.title, kind=lsp.CompletionItemKind.Reference)
                        for g in plan.goals if g.id]
            if name == "department":
                return [lsp.CompletionItem(label=t.id, kind=kind_value) for t in plan.teams if t.id]
            if name in ("owner", "head", "collaborators", "members"):
                people = sorted({p for t in plan.teams for p in t.people()})
                return [lsp.CompletionItem(label=p, kind=kind_value) for p in people]
            from planlint.language.keywords import ENUMS

            if name in ENUMS:
                return [lsp.CompletionItem(label=a, kind=kind_value) for aliases in ENUMS[name].values() for a in aliases[:2]]
            return []
    block = _block_kind_at(plan, line_no)
    out = []
    for name, (_, blocks, _) in FIELDS.items():
        if block is None or block in blocks:
            for label in primary_names(name):
                if label.startswith(stripped) or not stripped:
                    out.append(lsp.CompletionItem(label=label, kind=lsp.CompletionItemKind.Field,
                                                  insert_text=f"{label}: ", detail=name))
    return out


def _block_kind_at(plan: Plan | None, line_no: int) -> str | None:
    found = plan.index.block_at(line_no) if plan is not None else None
    return found.kind if found else None


# ------------------------------------------------------------------- definition
@server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
def definition(ls: PlanServer, params: lsp.DefinitionParams) -> lsp.Location | None:
    uri = params.text_document.uri
    here = _at_cursor(ls, params)
    if here is None:
        return None
    plan, _, _, gid = here
    goal = plan.index.goals.get(gid or "")
    if goal is None:
        return None
    doc = ls.workspace.get_text_document(uri)
    return lsp.Location(uri=uri, range=ls.to_range(doc, goal.id_span or goal.header_span))


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    server.start_io()


__all__ = ["server", "main", "PlanServer", "completions_for", "describe_goal", "describe_value", "Initiative"]
