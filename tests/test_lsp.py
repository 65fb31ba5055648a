"""The language server as an editor talks to it (pytest-lsp, over stdio)."""

from __future__ import annotations

import sys

import pytest
import pytest_lsp
from conftest import GOOD, PLANS
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

BAD = GOOD.replace("  复盘: 每月\n", "").replace("  支撑: SALES", "  支撑: SALE")
URI = (PLANS / "editing.plan").as_uri()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "planlint", "lsp"]),
                    scope="module")
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


def open_doc(client: LanguageClient, text: str, uri: str = URI, version: int = 1) -> None:
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="plan", version=version, text=text)))


async def diagnostics_for(client: LanguageClient, uri: str = URI) -> list[lsp.Diagnostic]:
    await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


async def test_diagnostics_on_open_with_range_code_and_finding_data(client: LanguageClient):
    open_doc(client, BAD)
    diags = await diagnostics_for(client)
    by_code = {d.code: d for d in diags}
    assert {"TR001", "AL003"} <= set(by_code)
    ref = by_code["AL003"]
    line = BAD.splitlines().index("  支撑: SALE")
    assert (ref.range.start.line, ref.range.start.character, ref.range.end.character) == (line, 6, 10)
    assert ref.severity == lsp.DiagnosticSeverity.Error
    assert ref.data["code"] == "AL003" and ref.data["fix"] == "是不是 SALES?"
    assert ref.code_description is not None


async def test_quick_fix_replaces_the_id_and_offers_disable(client: LanguageClient):
    open_doc(client, BAD, version=2)
    diags = await diagnostics_for(client)
    ref = next(d for d in diags if d.code == "AL003")
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), range=ref.range,
        context=lsp.CodeActionContext(diagnostics=[ref])))
    titles = [a.title for a in actions]
    assert titles[0].startswith("AL003: 是不是 SALES?") and "Disable AL003 on this line" in titles
    [edit] = actions[0].edit.changes[URI]
    assert edit.new_text == "SALES" and edit.range == ref.range
    disable = actions[1].edit.changes[URI][0]
    assert disable.new_text == "  支撑: SALE  # planlint: disable=AL003"


async def test_change_is_relinted(client: LanguageClient):
    open_doc(client, BAD, version=3)
    await diagnostics_for(client)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=URI, version=4),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=GOOD)]))
    diags = await diagnostics_for(client)
    assert [d for d in diags if d.severity != lsp.DiagnosticSeverity.Information] == []


async def test_hover_shows_normalised_values_and_goal_chain(client: LanguageClient):
    open_doc(client, GOOD, version=5)
    await diagnostics_for(client)
    lines = GOOD.splitlines()
    budget = lines.index("  预算: 100万元")
    h = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=lsp.Position(line=budget, character=8)))
    assert "1,000,000 CNY" in h.contents.value
    deadline = next(i for i, line in enumerate(lines) if line == "  截止: 2024年Q4")
    h = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=lsp.Position(line=deadline, character=8)))
    assert "2024-10-01 .. 2024-12-31" in h.contents.value
    parent = lines.index("  上级: O1")
    h = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=lsp.Position(line=parent, character=7)))
    assert "**O1**" in h.contents.value and "SALES" in h.contents.value and "60万元" in h.contents.value


async def test_completion_and_definition(client: LanguageClient):
    text = GOOD + "\n举措 NEW \"x\"\n  支撑: \n  负\n"
    open_doc(client, text, version=6)
    await diagnostics_for(client)
    lines = text.splitlines()
    sup = lines.index("  支撑: ")
    got = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=lsp.Position(line=sup, character=6)))
    assert {"O1", "SALES"} <= {i.label for i in got.items}
    fld = lines.index("  负")
    got = await client.text_document_completion_async(lsp.CompletionParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=lsp.Position(line=fld, character=3)))
    assert "负责人" in {i.label for i in got.items}
    parent = lines.index("  上级: O1")
    loc = await client.text_document_definition_async(lsp.DefinitionParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=lsp.Position(line=parent, character=7)))
    assert loc.range.start.line == lines.index('目标 O1 "门锁市场份额提升至15%"')


def _frame(payload: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(payload) + payload


def _read_message(stream) -> dict:
    import json

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
        if msg.get("id") == request_id:
            return msg


@pytest.mark.asyncio(loop_scope="function")
async def test_server_survives_malformed_messages_and_invalid_params():
    """Raw bytes on the wire: broken JSON and wrong params get errors; the server keeps serving."""
    import json
    import subprocess

    proc = subprocess.Popen([sys.executable, "-m", "planlint", "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    try:
        def send(obj) -> None:
            data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
            proc.stdin.write(_frame(data))
            proc.stdin.flush()

        send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
        assert "capabilities" in _response(proc.stdout, 1)["result"]
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send(b"{ this is not json")
        send({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"bogus": 1}})
        assert "error" in _response(proc.stdout, 2)
        send({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover",
              "params": {"textDocument": {"uri": "file:///nowhere.plan"}, "position": {"line": 0, "character": 0}}})
        answer = _response(proc.stdout, 3)
        assert "result" in answer or "error" in answer
        send({"jsonrpc": "2.0", "id": 4, "method": "shutdown"})
        assert _response(proc.stdout, 4).get("result") is None
        send({"jsonrpc": "2.0", "method": "exit"})
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
