"""The language server as an editor talks to it (pytest-lsp, over stdio)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from conftest import GOOD
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

SERVER = [sys.executable, "-m", "planlint", "lsp"]
BAD = GOOD.replace("  复盘: 每月\n", "").replace("  支撑: SALES", "  支撑: SALE")
ROOT = Path(tempfile.mkdtemp(prefix="planlint-lsp-"))  # the workspace folder: no other plan in it
URI = (ROOT / "editing.plan").as_uri()
ON_DISK = ROOT / "on-disk.plan"  # a plan file the editor never opens
ON_DISK.write_text(GOOD, encoding="utf-8")
ON_DISK_BAD = ROOT / "on-disk-bad.plan"
ON_DISK_BAD.write_text(BAD, encoding="utf-8")


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER), scope="module")
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(),
                                                             root_uri=ROOT.as_uri()))
    yield
    await lsp_client.shutdown_session()


def open_doc(client: LanguageClient, text: str, uri: str = URI, version: int = 1) -> None:
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="plan", version=version, text=text)))


def change(client: LanguageClient, version: int, start: tuple[int, int], end: tuple[int, int], text: str,
           uri: str = URI) -> None:
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(start=lsp.Position(line=start[0], character=start[1]),
                            end=lsp.Position(line=end[0], character=end[1])), text=text)]))


async def diagnostics_for(client: LanguageClient, uri: str = URI) -> list[lsp.Diagnostic]:
    while True:
        params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            return list(params.diagnostics)


def at(uri: str, line: int, character: int) -> dict:
    return {"text_document": lsp.TextDocumentIdentifier(uri=uri), "position": lsp.Position(line=line, character=character)}


async def quick_fixes(client: LanguageClient, diag: lsp.Diagnostic, uri: str = URI) -> list[lsp.CodeAction]:
    """The code actions the server offers for one diagnostic, asked as an editor asks."""
    return await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=lsp.CodeActionContext(diagnostics=[diag])))


async def test_diagnostics_on_open_with_range_code_message_and_fix(client: LanguageClient):
    open_doc(client, BAD)
    diags = await diagnostics_for(client)
    by_code = {d.code: d for d in diags}
    assert {"TR001", "AL003"} <= set(by_code)
    ref = by_code["AL003"]
    line = BAD.splitlines().index("  支撑: SALE")
    assert (ref.range.start.line, ref.range.start.character, ref.range.end.character) == (line, 6, 10)
    assert ref.severity == lsp.DiagnosticSeverity.Error and ref.source == "planlint"
    assert ref.message.endswith("\n建议: 是不是 SALES?")
    assert ref.code_description.href.endswith("rules.md#al003")


async def test_quick_fix_replaces_the_id_and_offers_disable(client: LanguageClient):
    open_doc(client, BAD, version=2)
    diags = await diagnostics_for(client)
    ref = next(d for d in diags if d.code == "AL003")
    actions = await quick_fixes(client, ref)
    titles = [a.title for a in actions]
    assert titles == ["AL003: 是不是 SALES?", "在这一行关闭 AL003"]
    [edit] = actions[0].edit.changes[URI]
    assert edit.new_text == "SALES" and edit.range == ref.range and actions[0].is_preferred
    disable = actions[1].edit.changes[URI][0]
    assert disable.new_text == "  支撑: SALE  # planlint: disable=AL003"


async def test_a_slot_to_fill_in_is_offered_but_not_preferred(client: LanguageClient):
    text = GOOD.replace("  基准: 500\n", "", 1)  # BL001: 基准: <当前的…>, only the writer knows it
    open_doc(client, text, version=2)
    diags = await diagnostics_for(client)
    ref = next(d for d in diags if d.code == "BL001")
    actions = await quick_fixes(client, ref)
    [edit] = actions[0].edit.changes[URI]
    assert edit.new_text.strip().startswith("基准: <当前的") and not actions[0].is_preferred


async def test_change_is_relinted(client: LanguageClient):
    open_doc(client, BAD, version=3)
    await diagnostics_for(client)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=URI, version=4),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=GOOD)]))
    diags = await diagnostics_for(client)
    assert [d for d in diags if d.severity != lsp.DiagnosticSeverity.Information] == []


async def test_typed_edits_give_the_diagnostics_of_the_new_text(client: LanguageClient):
    """Keystrokes (incremental changes) in the middle of a plan: each version is linted as if
    it were opened fresh (the server keeps what an edit cannot change)."""
    open_doc(client, GOOD, version=10)
    assert [d.code for d in await diagnostics_for(client) if d.severity == lsp.DiagnosticSeverity.Error] == []
    line = GOOD.splitlines().index("  支撑: SALES")
    change(client, 11, (line, 10), (line, 11), "")  # SALES -> SALE: AL003 on that reference
    diags = await diagnostics_for(client)
    assert [(d.code, d.range.start.line) for d in diags if d.code == "AL003"] == [("AL003", line)]
    first = next(d for d in diags if d.code == "AL003")
    assert "SALE" in first.message
    change(client, 111, (line, 9), (line, 10), "Q")  # SALE -> SALQ: the same place, other words
    diags = await diagnostics_for(client)
    [again] = [d for d in diags if d.code == "AL003"]
    assert again.range == first.range and "SALQ" in again.message and "SALE" not in again.message.split("\n")[0]
    change(client, 112, (line, 9), (line, 10), "E")
    diags = await diagnostics_for(client)
    assert [d.message for d in diags if d.code == "AL003"] == [first.message]
    change(client, 12, (0, 0), (0, 0), "# 新的一行\n")  # every line below moves down
    diags = await diagnostics_for(client)
    assert [(d.code, d.range.start.line) for d in diags if d.code == "AL003"] == [("AL003", line + 1)]
    change(client, 13, (line + 1, 10), (line + 1, 10), "S")
    diags = await diagnostics_for(client)
    assert [d for d in diags if d.code == "AL003"] == []
    open_doc(client, "# 新的一行\n" + GOOD, uri=(ROOT / "fresh.plan").as_uri(), version=1)
    again = await diagnostics_for(client, (ROOT / "fresh.plan").as_uri())
    assert sorted((d.code, d.range.start.line, d.message) for d in diags) == \
        sorted((d.code, d.range.start.line, d.message) for d in again)
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(
        text_document=lsp.TextDocumentIdentifier(uri=(ROOT / "fresh.plan").as_uri())))


async def test_hover_shows_normalised_values_and_goal_chain(client: LanguageClient):
    open_doc(client, GOOD, version=5)
    await diagnostics_for(client)
    lines = GOOD.splitlines()
    budget = lines.index("  预算: 100万元")
    h = await client.text_document_hover_async(lsp.HoverParams(**at(URI, budget, 8)))
    assert "1,000,000 CNY" in h.contents.value
    deadline = next(i for i, line in enumerate(lines) if line == "  截止: 2024年Q4")
    h = await client.text_document_hover_async(lsp.HoverParams(**at(URI, deadline, 8)))
    assert "2024-10-01 .. 2024-12-31" in h.contents.value
    parent = lines.index("  上级: O1")
    h = await client.text_document_hover_async(lsp.HoverParams(**at(URI, parent, 7)))
    assert "**O1**" in h.contents.value and "SALES" in h.contents.value and "60万元" in h.contents.value
    assert "上级链" in h.contents.value


async def test_hover_and_definition_right_after_an_edit_answer_for_the_new_text(client: LanguageClient):
    """No waiting for the debounced lint: the request is answered from the edited text."""
    open_doc(client, GOOD, version=20)
    await diagnostics_for(client)
    lines = GOOD.splitlines()
    budget = lines.index("  预算: 100万元")
    change(client, 21, (budget, 6), (budget, 9), "300")
    h = await client.text_document_hover_async(lsp.HoverParams(**at(URI, budget, 8)))
    assert "3,000,000 CNY" in h.contents.value
    change(client, 22, (0, 0), (0, 0), "\n\n")
    parent = lines.index("  上级: O1") + 2
    loc = await client.text_document_definition_async(lsp.DefinitionParams(**at(URI, parent, 7)))
    assert loc.range.start.line == lines.index('目标 O1 "门锁市场份额提升至15%"') + 2
    await diagnostics_for(client)


async def test_completion_and_definition(client: LanguageClient):
    text = GOOD + "\n举措 NEW \"x\"\n  支撑: \n  负\n"
    open_doc(client, text, version=6)
    await diagnostics_for(client)
    lines = text.splitlines()
    sup = lines.index("  支撑: ")
    got = await client.text_document_completion_async(lsp.CompletionParams(**at(URI, sup, 6)))
    assert {"O1", "SALES"} <= {i.label for i in got.items}
    fld = lines.index("  负")
    got = await client.text_document_completion_async(lsp.CompletionParams(**at(URI, fld, 3)))
    assert "负责人" in {i.label for i in got.items}
    parent = lines.index("  上级: O1")
    loc = await client.text_document_definition_async(lsp.DefinitionParams(**at(URI, parent, 7)))
    assert loc.uri == URI and loc.range.start.line == lines.index('目标 O1 "门锁市场份额提升至15%"')


async def test_a_character_above_the_basic_plane_counts_two_utf16_units(client: LanguageClient):
    text = GOOD.replace("  支撑: SALES", "  支撑: 😀, SALE")
    uri = (ROOT / "emoji.plan").as_uri()
    open_doc(client, text, uri=uri)
    diags = await diagnostics_for(client, uri)
    line = text.splitlines().index("  支撑: 😀, SALE")
    ranges = sorted((d.range.start.line, d.range.start.character, d.range.end.character) for d in diags
                    if d.code == "AL003")
    assert ranges == [(line, 6, 8), (line, 10, 14)]  # 😀 is 2 units; SALE starts after "😀, "


async def test_a_document_never_opened_is_answered_from_disk_or_with_nothing(client: LanguageClient):
    disk = ON_DISK.as_uri()
    lines = GOOD.splitlines()
    budget = lines.index("  预算: 100万元")
    h = await client.text_document_hover_async(lsp.HoverParams(**at(disk, budget, 8)))
    assert "1,000,000 CNY" in h.contents.value
    parent = lines.index("  上级: O1")
    loc = await client.text_document_definition_async(lsp.DefinitionParams(**at(disk, parent, 7)))
    assert loc.uri == disk and loc.range.start.line == lines.index('目标 O1 "门锁市场份额提升至15%"')
    missing = (ROOT / "missing.plan").as_uri()
    assert await client.text_document_hover_async(lsp.HoverParams(**at(missing, 0, 0))) is None
    assert await client.text_document_definition_async(lsp.DefinitionParams(**at(missing, 0, 0))) is None
    got = await client.text_document_completion_async(lsp.CompletionParams(**at(missing, 0, 0)))
    assert list(got.items) == []
    ctx = lsp.CodeActionContext(diagnostics=[lsp.Diagnostic(range=lsp.Range(start=lsp.Position(line=0, character=0),
                                                                            end=lsp.Position(line=0, character=1)),
                                                            message="x", code="AL003")])
    for uri in (missing, "untitled:Untitled-1"):
        actions = await client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=ctx.diagnostics[0].range, context=ctx))
        assert list(actions or []) == []
    # quick fixes for a file on disk: it is checked as it is there
    line = BAD.splitlines().index("  支撑: SALE")
    ref = lsp.Diagnostic(range=lsp.Range(start=lsp.Position(line=line, character=6), end=lsp.Position(line=line, character=10)),
                         message="", code="AL003")
    actions = await quick_fixes(client, ref, ON_DISK_BAD.as_uri())
    assert [a.title for a in actions] == ["AL003: 是不是 SALES?", "在这一行关闭 AL003"]
    # a position far past the end of an open document
    h = await client.text_document_hover_async(lsp.HoverParams(**at(URI, 10_000, 500)))
    assert h is None


async def test_a_document_too_large_to_read_gets_one_diagnostic_saying_so(client: LanguageClient):
    uri = (ROOT / "huge.plan").as_uri()
    open_doc(client, "目标 G\n" * 200_001, uri=uri)
    [diag] = await diagnostics_for(client, uri)
    assert "200,001 blocks" in diag.message and "split the plan" in diag.message


# ------------------------------------------------------------------ locales
async def start(tmp_path: Path, **init) -> LanguageClient:
    config = ClientServerConfig(server_command=SERVER)
    client = await config.start()
    await client.initialize_session(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(),
                                                         root_uri=tmp_path.as_uri(), **init))
    return client


NO_BASELINE = GOOD.replace("  基准: 500\n", "")


@pytest.mark.asyncio(loop_scope="function")
@pytest.mark.parametrize(("locale", "expected"), [
    ("zh-TW", ("的目标值 650 没有基准值可比较", "\n建议: 在目标值前加上 基准:")),  # a Simplified plan stays Simplified
    ("en", ("的目标值 650 没有基准值可比较", "\n建议: 在目标值前加上 基准:")),  # the writer's language, not the UI's
    ("zh-CN", ("的目标值 650 没有基准值可比较", "\n建议: 在目标值前加上 基准:")),
    ("fr-FR", ("的目标值 650 没有基准值可比较", "\n建议: 在目标值前加上 基准:")),
])
async def test_the_writers_language_wins_over_the_client_locale(tmp_path, locale, expected):
    client = await start(tmp_path, locale=locale)
    try:
        uri = (tmp_path / "p.plan").as_uri()
        open_doc(client, NO_BASELINE, uri=uri)
        diags = await diagnostics_for(client, uri)
        bl001 = next(d for d in diags if d.code == "BL001")
        assert all(part in bl001.message for part in expected), bl001.message
    finally:
        await client.shutdown_session()
        await client.stop()


@pytest.mark.asyncio(loop_scope="function")
async def test_the_config_language_wins_over_the_client_locale(tmp_path):
    (tmp_path / ".planlint.toml").write_text('lang = "zh"\n', encoding="utf-8")
    client = await start(tmp_path, locale="en-US")
    try:
        uri = (tmp_path / "p.plan").as_uri()
        open_doc(client, NO_BASELINE, uri=uri)
        bl001 = next(d for d in await diagnostics_for(client, uri) if d.code == "BL001")
        assert "没有基准值可比较" in bl001.message and "\n建议: " in bl001.message
    finally:
        await client.shutdown_session()
        await client.stop()


# ---------------------------------------------------------------- the wire
def _frame(payload: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(payload) + payload


def _read_message(stream) -> dict:
    length = 0
    while True:
        header = stream.readline()
        if not header:
            raise EOFError("server closed the stream")
        if header in (b"\r\n", b"\n"):
            break
        if header.lower().startswith(b"content-length:"):
            length = int(header.split(b":")[1])
    return json.loads(stream.read(length))


def _response(stream, request_id: int) -> dict:
    while True:
        msg = _read_message(stream)
        if msg.get("id") == request_id and "method" not in msg:
            return msg


class Wire:
    """The server over raw bytes."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, cwd=cwd)

    def send(self, obj) -> None:
        data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
        self.proc.stdin.write(_frame(data))
        self.proc.stdin.flush()

    def request(self, ident: int, method: str, params=None) -> dict:
        msg = {"jsonrpc": "2.0", "id": ident, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return _response(self.proc.stdout, ident)

    def start(self) -> None:
        assert "capabilities" in self.request(1, "initialize", {"capabilities": {}})["result"]
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


@pytest.mark.asyncio(loop_scope="function")
async def test_server_survives_malformed_messages_and_invalid_params(tmp_path):
    """Raw bytes on the wire: broken JSON and wrong params get errors; the server keeps serving."""
    wire = Wire(tmp_path)
    try:
        wire.start()
        wire.send(b"{ this is not json")
        assert wire.request(2, "textDocument/hover", {"bogus": 1})["error"]["code"] == lsp.ErrorCodes.InvalidParams
        answer = wire.request(3, "textDocument/hover", {"textDocument": {"uri": "file:///nowhere.plan"},
                                                        "position": {"line": 0, "character": 0}})
        assert answer == {"jsonrpc": "2.0", "id": 3, "result": None}
        assert wire.request(4, "shutdown").get("result") is None
        wire.send({"jsonrpc": "2.0", "method": "exit"})
        assert wire.proc.wait(timeout=20) == 0
    finally:
        wire.close()


@pytest.mark.asyncio(loop_scope="function")
async def test_a_request_after_shutdown_is_refused_and_exit_says_whether_shutdown_came(tmp_path):
    wire = Wire(tmp_path)
    try:
        wire.start()
        assert "result" in wire.request(2, "shutdown")
        refused = wire.request(3, "textDocument/hover", {"textDocument": {"uri": "file:///x.plan"},
                                                         "position": {"line": 0, "character": 0}})
        assert refused["error"]["code"] == lsp.ErrorCodes.InvalidRequest
        assert wire.request(4, "shutdown")["error"]["code"] == lsp.ErrorCodes.InvalidRequest
        wire.send({"jsonrpc": "2.0", "method": "exit"})
        assert wire.proc.wait(timeout=20) == 0
    finally:
        wire.close()
    wire = Wire(tmp_path)
    try:
        wire.start()
        wire.send({"jsonrpc": "2.0", "method": "exit"})  # no shutdown first
        assert wire.proc.wait(timeout=20) == 1
    finally:
        wire.close()
