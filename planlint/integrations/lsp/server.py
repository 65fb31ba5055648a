"""The pygls wiring: messages in, diagnostics and answers out.

- ``didOpen``/``didChange`` update the document (``Document``: only the lines an edit touches)
  and lint its plan set after ``DEBOUNCE_SECONDS`` without a further keystroke; ``didSave``,
  ``didClose`` and watched-file events lint at once. Diagnostics go to every open document of
  the set whose diagnostics changed.
- A request about a position (hover, definition, completion) parses the edited document first,
  so it answers for the text the user sees; a code action lints first if the text changed.
- Diagnostics are built straight as JSON (no per-diagnostic objects to convert), ranges from
  the document's lines, messages in the language chosen once per document: the config's
  ``lang``, else the document's own (the client's ``locale`` is kept for what has no document).
- A request after ``shutdown`` gets InvalidRequest; ``exit`` exits with 0 after ``shutdown``, 1
  without; a request about a document never opened is answered from the file on disk, or
  with an empty answer; a request whose params do not fit gets InvalidParams.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import logging
import sys
from functools import wraps
from pathlib import Path

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from planlint import __version__
from planlint.api.finding import Finding
from planlint.i18n.messages import message_key
from planlint.i18n.ui import fix_word
from planlint.integrations.lsp import features
from planlint.integrations.lsp.documents import Document, uri_to_path
from planlint.integrations.lsp.project import Project, SetLint
from planlint.language.script import language, normalise
from planlint.model import Span
from planlint.parser import no_cyclic_gc
from planlint.resources import rule_url

log = logging.getLogger("planlint.lsp")
DEBOUNCE_SECONDS = 0.15
SEVERITY = {"error": 1, "warning": 2, "info": 3}
WATCHERS = ("**/*.plan", "**/*.toml")  # plans; .planlint.toml, pyproject.toml and packs
IDLE_COLLECT_SECONDS = 30.0
COLLECT_AFTER_LINTS = 50


class PlanProtocol(LanguageServerProtocol):
    """pygls's protocol, with the document store replaced by the server's own (``Document``),
    answers for requests pygls would drop or fail on, and diagnostics sent as plain JSON."""

    _server: PlanServer

    def structure_message(self, data: dict):
        try:
            return super().structure_message(data)
        except Exception as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                code = lsp.ErrorCodes.InvalidParams if isinstance(exc, JsonRpcInvalidParams) else lsp.ErrorCodes.InternalError
                self._send_response(data["id"], error=lsp.ResponseError(
                    code=code, message=f"planlint: the params of {data['method']} do not fit the protocol"))
            raise

    def handle_message(self, message):
        if self._shutdown and getattr(message, "method", None) not in (None, lsp.EXIT) \
                and getattr(message, "id", None) is not None:
            self._send_response(message.id, error=lsp.ResponseError(
                code=lsp.ErrorCodes.InvalidRequest, message="planlint: the server is shutting down (shutdown was received)"))
            return
        super().handle_message(message)

    def send_raw(self, body: str) -> None:
        """A message already written as JSON (a plan's diagnostics: thousands of them, most as
        the last publish wrote them), sent as UTF-8 (pygls escapes every Chinese character)."""
        if self.writer is None or not self._include_headers or inspect.iscoroutinefunction(self.writer.write):
            self._send_data(json.loads(body))
            return
        data = body.encode("utf-8")
        self.writer.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)

    @lsp_method(lsp.EXIT)
    def lsp_exit(self, *args):
        # pygls works out the code (0 after shutdown, 1 without), raises SystemExit with it, and
        # its event loop swallows it: keep it for ``main``
        self._server.exit_code = 0 if self._shutdown else 1
        yield from super().lsp_exit(*args)

    # the documents are the server's, not pygls's workspace's
    @lsp_method(lsp.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: lsp.DidOpenTextDocumentParams):
        self._server.opened(params)
        yield from ()

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: lsp.DidChangeTextDocumentParams):
        self._server.changed(params)
        yield from ()

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: lsp.DidCloseTextDocumentParams):
        self._server.closed(params)
        yield from ()


class PlanServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("planlint", __version__, protocol_cls=PlanProtocol,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.project = Project()
        self.client_locale: str | None = None
        self.encoding = "utf-16"
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._published: dict[str, list[str]] = {}
        self._built: dict[str, tuple] = {}  # per document: (context, by place, by message objects, by what they say)
        self._told: set[str] = set()
        self._lints = 0
        self._collect: asyncio.TimerHandle | None = None
        self.exit_code: int | None = None

    # ---------------------------------------------------------- documents
    def opened(self, params: lsp.DidOpenTextDocumentParams) -> None:
        doc = params.text_document
        key = self.project.open(doc.uri, doc.text, doc.version, self.encoding)
        self.project.forget(None)  # a new file may have joined the folder
        self.lint_now(key)

    def changed(self, params: lsp.DidChangeTextDocumentParams) -> None:
        key = self.project.key_of(params.text_document.uri)
        doc = self.project.docs.get(key)
        if doc is None:  # a change to a document never opened: nothing to apply it to
            return
        for change in params.content_changes:
            try:
                doc.apply(change)
            except Exception:  # never seen; the next full change (or reopening) puts the text right
                log.exception("planlint: could not apply a change to %s", doc.uri)
        doc.version = params.text_document.version
        self.project.changed(key)
        self.later(key)

    def closed(self, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        key = self.project.key_of(uri)
        last = self.project.last.get(key)
        self.cancel(key)
        self.project.close(key)
        self._published.pop(key, None)
        self._built.pop(key, None)
        self.send_diagnostics(uri, [], None)
        for other in (last.members if last else []):  # the others now read the file from disk
            if other in self.project.docs:
                self.later(other)

    # ------------------------------------------------------------- linting
    def later(self, key: str, delay: float = DEBOUNCE_SECONDS) -> None:
        """Lint after ``delay`` without a further change (a keystroke waits for the next one)."""
        self.cancel(key)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.lint_now(key)
            return
        self._timers[key] = loop.call_later(delay, self._fire, key)

    def cancel(self, key: str) -> None:
        timer = self._timers.pop(key, None)
        if timer is not None:
            timer.cancel()

    def _fire(self, key: str) -> None:
        self._timers.pop(key, None)
        if key in self.project.docs:
            self.lint_now(key)

    def lint_now(self, key: str) -> SetLint | None:
        """Lint ``key``'s plan set and publish what changed; never raises."""
        self.cancel(key)
        with no_cyclic_gc():
            try:
                result = self.project.lint(key)
            except Exception:  # one bad document never takes the server down
                log.exception("planlint: linting %s failed", key)
                return None
            self.settle()
            self.tell_config_errors()
            for member in result.members:
                if member == key:
                    self.publish(member, result, always=True)
                elif member in self.project.docs and self.project.last.get(member) is result:
                    self.cancel(member)
                    self.publish(member, result)
            for other, last in list(self.project.last.items()):  # documents this one just left
                if other not in result.members and key in last.members and other in self.project.docs:
                    self.later(other, 0)
        return result

    def settle(self) -> None:
        """What the plans hold now lives until the next edit: the cyclic garbage collector need
        not walk it again (on a 10,000-goal plan one walk takes over a second). The project
        breaks the cycles of the plans it replaces; a full collection runs when the editor has
        been idle a while after many lints."""
        gc.freeze()
        self._lints += 1
        if self._collect is not None:
            self._collect.cancel()
        try:
            self._collect = asyncio.get_running_loop().call_later(IDLE_COLLECT_SECONDS, self._full_collect)
        except RuntimeError:
            self._collect = None

    def _full_collect(self) -> None:
        self._collect = None
        if self._lints >= COLLECT_AFTER_LINTS:
            self._lints = 0
            gc.unfreeze()
            gc.collect()
            gc.freeze()

    def tell_config_errors(self) -> None:
        errors, self.project.config_errors = self.project.config_errors, []
        for text in dict.fromkeys(errors):
            if text not in self._told:
                self._told.add(text)
                self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"planlint: {text}"))

    def relint_all(self) -> None:
        for key in list(self.project.docs):
            self.later(key, 0.05)

    # ---------------------------------------------------------- diagnostics
    def display_locale(self, linter, finding: Finding | None = None, plan=None) -> str:
        """The language of what the user reads: the config's ``lang``, else the writer's own (the
        file's language and script, as on the command line). The editor's UI locale does not
        override the writer's: a planner with an English VS Code writing in Chinese reads Chinese.
        A finding whose message has one wording only (a plugin's plain string) keeps its own
        language, converted to the script asked for."""
        chosen = linter.locale
        own = finding.locale if finding is not None else plan.locale if plan is not None else "en"
        if chosen is None:
            return own
        if finding is not None and finding.msg.template.zh == finding.msg.template.en \
                and language(chosen) != language(own):
            return own
        return chosen

    def publish(self, key: str, result: SetLint, always: bool = False) -> None:
        doc = self.project.docs[key]
        if result.error:
            items = [_json({"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                            "severity": 1, "source": "planlint", "message": result.error})]
        else:
            items = self.diagnostics(key, doc, result)
        if not always and self._published.get(key) == items:
            return
        self._published[key] = items
        self.send_diagnostics(doc.uri, items, doc.version)

    def diagnostics(self, key: str, doc: Document, result: SetLint) -> list[str]:
        """The diagnostics of one document, each as JSON. A finding the last publish had reuses
        its text: at the same place with the same message objects (a kept hit), all of it; else
        all but its range, found by its message objects or by what its messages say (a rule run
        again, a finding that moved with the lines above it)."""
        context = (result.linter.locale, self.client_locale, result.linter.config.docs_url)
        built, by_place, by_id, by_value = self._built.get(key, (None, {}, {}, {}))
        if built != context:  # (what a diagnostic's text is made with: none of it is kept)
            by_place, by_id, by_value = {}, {}, {}
        now_place: dict[tuple, tuple] = {}
        now_id: dict[tuple, tuple] = {}
        items = []
        for f in result.findings.get(key, []):
            what_id = (f.code, f.severity, f.locale, id(f.msg), id(f.fix_msg))
            k = (f.line, f.column, f.end_line, f.end_column, what_id)
            got = now_place.get(k) or by_place.get(k)
            if got is None:
                known = now_id.get(what_id) or by_id.get(what_id)
                if known is None:
                    what = (f.code, f.severity, f.locale, _message_key(f.msg), _message_key(f.fix_msg))
                    tail = by_value.get(what)
                    if tail is None:
                        tail = by_value[what] = _json(self.diagnostic_tail(f, result.linter))[1:]
                    known = (tail, f.msg, f.fix_msg)  # (the messages stay referenced while their ids are keys)
                (a, b), (c, d) = doc.client_point(f.line, f.column), doc.client_point(f.end_line, f.end_column)
                got = (f'{{"range":{{"start":{{"line":{a},"character":{b}}},"end":{{"line":{c},"character":{d}}}}},'
                       f'{known[0]}', known)
            now_place[k] = got
            now_id[what_id] = got[1]
            items.append(got[0])
        if len(by_value) > 2 * len(items) + 1000:  # texts of findings long gone
            by_value = {}
        self._built[key] = (context, now_place, now_id, by_value)
        return items

    def send_diagnostics(self, uri: str, items: list[str], version: int | None) -> None:
        head = f'{{"jsonrpc":"2.0","method":"{lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS}","params":{{"uri":{_json(uri)}'
        if version is not None:
            head += f',"version":{int(version)}'
        self.protocol.send_raw(f'{head},"diagnostics":[{",".join(items)}]}}}}')

    def diagnostic_tail(self, f: Finding, linter) -> dict:
        """A diagnostic without its range (which changes when lines above it come or go)."""
        locale = self.display_locale(linter, f)
        message, fix = f.text(locale)
        if fix:
            message = f"{message}\n{fix_word(locale)}: {fix}"
        return {"severity": SEVERITY.get(f.severity, 2), "code": f.code,
                "codeDescription": {"href": rule_doc_uri(f.code, linter.config.docs_url)}, "source": "planlint",
                "message": message}

    # ------------------------------------------------------- about a position
    def view(self, uri: str) -> tuple[str, Document] | None:
        """The document at ``uri`` as it is now: open, else read from disk; None if neither."""
        key = self.project.key_of(uri)
        doc = self.project.docs.get(key)
        if doc is not None:
            return key, doc
        if "://" in key:
            return None
        st = self.project.state(key, self.project.linter_of(key).locale)
        if st.plan is None:
            return None
        return key, Document(uri, st.text, None, self.encoding)

    def document_for(self, key: str) -> Document | None:
        doc = self.project.docs.get(key)
        if doc is not None:
            return doc
        st = self.project.files.get(key)
        return Document(self.project.uri_of(key), st.text, None, self.encoding) if st is not None and st.plan else None


def _message_key(m) -> tuple | None:
    """A message's identity for the diagnostics cache: what it says (``message_key``), so that a
    rule run again that finds the same thing reuses the text; by object for arguments that
    cannot be hashed (the messages stay referenced while their ids are in the key)."""
    if m is None:
        return None
    try:
        return message_key(m)
    except TypeError:
        return (m.id, id(m.args))


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def rule_doc_uri(code: str, base: str | None = None) -> str:
    """The rule's section in the published docs/rules.md (config's ``docs-url``, else
    PLANLINT_DOCS_URL, else planlint's default)."""
    return rule_url(code, base)


def answers(empty):
    """A handler that never answers with an internal error: a failure is logged (the client's
    output panel shows stderr) and the answer is ``empty``."""
    def wrap(fn):
        @wraps(fn)
        def run(ls: PlanServer, params):
            try:
                return fn(ls, params)
            except Exception:
                log.exception("planlint: %s failed", fn.__name__)
                return empty() if callable(empty) else empty
        return run
    return wrap


server = PlanServer()


@server.feature(lsp.INITIALIZE)
def initialize(ls: PlanServer, params: lsp.InitializeParams) -> None:
    try:
        ls.client_locale = normalise(params.locale) if params.locale else None
    except ValueError:  # a language planlint does not speak: each document's own
        ls.client_locale = None
    roots = [f.uri for f in params.workspace_folders or []] or ([params.root_uri] if params.root_uri else [])
    paths = [uri_to_path(u) for u in roots]
    if not roots and params.root_path:
        paths = [Path(params.root_path)]
    ls.project.roots = [p.resolve() for p in paths if p is not None]
    ls.encoding = str(ls.workspace.position_encoding or "utf-16")


@server.feature(lsp.INITIALIZED)
def initialized(ls: PlanServer, params: lsp.InitializedParams) -> None:
    caps = ls.protocol.client_capabilities
    watched = caps.workspace.did_change_watched_files if caps and caps.workspace else None
    if watched is None or not watched.dynamic_registration:
        return
    options = lsp.DidChangeWatchedFilesRegistrationOptions(
        watchers=[lsp.FileSystemWatcher(glob_pattern=g) for g in WATCHERS])
    ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
        id="planlint-watch", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def watched_files(ls: PlanServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    for change in params.changes:
        ls.project.forget(ls.project.key_of(change.uri))
    ls.relint_all()


@server.feature(lsp.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def workspace_folders(ls: PlanServer, params: lsp.DidChangeWorkspaceFoldersParams) -> None:
    gone = {uri_to_path(f.uri) for f in params.event.removed}
    added = [uri_to_path(f.uri) for f in params.event.added]
    roots = [r for r in ls.project.roots if r not in {g.resolve() for g in gone if g}]
    ls.project.roots = roots + [p.resolve() for p in added if p is not None]
    ls.project.forget(None)
    ls.relint_all()


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: PlanServer, params: lsp.DidSaveTextDocumentParams) -> None:
    key = ls.project.key_of(params.text_document.uri)
    ls.project.forget(None)
    if key in ls.project.docs:
        ls.lint_now(key)


# ------------------------------------------------------------------ quick fixes
@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
@answers(list)
def code_action(ls: PlanServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    uri = params.text_document.uri
    seen = ls.view(uri)
    if seen is None:
        return []
    key, doc = seen
    result = ls.project.current(key) if key in ls.project.docs else None
    if result is None:
        result = ls.lint_now(key) if key in ls.project.docs else ls.project.lint(key)
    if result is None:
        return []
    findings = result.findings.get(key, [])
    actions: list[lsp.CodeAction] = []
    for diag in params.context.diagnostics:
        f = features.finding_of(diag, findings, doc.range_of)
        if f is None:
            continue
        locale = ls.display_locale(result.linter, f)
        if f.edits:
            message, fix = f.text(locale)
            edits = [lsp.TextEdit(range=doc.range_of(e.span), new_text=e.text) for e in f.edits]
            actions.append(lsp.CodeAction(
                title=f"{f.code}: {fix or message}"[:120], kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diag], is_preferred=f.applicability != "display",  # (a slot to fill in is no fix to apply unseen)
                edit=lsp.WorkspaceEdit(changes={uri: edits})))
        span, new_line = features.disable_edit(doc.line(f.line - 1), f.line, f.code)
        actions.append(lsp.CodeAction(
            title=features.word("disable", locale, code=f.code), kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[diag], edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=doc.range_of(span),
                                                                                     new_text=new_line)]})))
    return actions


# ------------------------------------------------------------------------ hover
@server.feature(lsp.TEXT_DOCUMENT_HOVER)
@answers(None)
def hover(ls: PlanServer, params: lsp.HoverParams) -> lsp.Hover | None:
    seen = ls.view(params.text_document.uri)
    if seen is None:
        return None
    key, doc = seen
    linter = ls.project.linter_of(key)
    own = ls.project.parsed(key)
    whole = ls.project.set_plan(key)
    if own is None or whole is None:
        return None
    line, col = doc.model_position(params.position)
    text = features.hover_text(own, whole, line, col, ls.display_locale(linter, plan=own))
    if not text:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text))


# ------------------------------------------------------------------- completion
@server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[":", "：", " "]))
@answers(lambda: lsp.CompletionList(is_incomplete=False, items=[]))
def completion(ls: PlanServer, params: lsp.CompletionParams) -> lsp.CompletionList:
    seen = ls.view(params.text_document.uri)
    if seen is None:
        return lsp.CompletionList(is_incomplete=False, items=[])
    key, doc = seen
    line_no, col = doc.model_position(params.position)
    before = doc.line(line_no - 1)[: col - 1]
    items = features.completions_for(ls.project.parsed(key), before, line_no, ls.project.set_plan(key))
    return lsp.CompletionList(is_incomplete=False, items=items)


# ------------------------------------------------------------------- definition
@server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
@answers(None)
def definition(ls: PlanServer, params: lsp.DefinitionParams) -> lsp.Location | None:
    seen = ls.view(params.text_document.uri)
    if seen is None:
        return None
    key, doc = seen
    own, whole = ls.project.parsed(key), ls.project.set_plan(key)
    if own is None or whole is None:
        return None
    line, col = doc.model_position(params.position)
    goal = whole.index.goals.get(features.id_at(own, line, col) or "")
    if goal is None:
        return None
    there = doc if goal.path == key else ls.document_for(goal.path)
    if there is None:
        return None
    span: Span = goal.id_span or goal.header_span
    return lsp.Location(uri=there.uri, range=there.range_of(span))


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    server.start_io()
    sys.exit(server.exit_code or 0)
