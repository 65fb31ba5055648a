"""The language server across a plan set: a company plan and two department plans (the set of
``tests/test_plan_sets.py``), as an editor opens, edits, saves and closes them."""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import pytest
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="function")

SET = Path(__file__).parent / "sets" / "group"
SERVER = [sys.executable, "-m", "planlint", "lsp"]


@pytest.fixture
def group(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    shutil.copytree(SET, root)
    return root


async def start(root: Path, watch: bool = False) -> tuple[LanguageClient, list]:
    client = await ClientServerConfig(server_command=SERVER).start()
    registered: list[lsp.RegistrationParams] = []

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        registered.append(params)

    caps = lsp.ClientCapabilities(workspace=lsp.WorkspaceClientCapabilities(
        did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True))) \
        if watch else lsp.ClientCapabilities()
    await client.initialize_session(lsp.InitializeParams(
        capabilities=caps, workspace_folders=[lsp.WorkspaceFolder(uri=root.as_uri(), name="plans")]))
    return client, registered


async def stop(client: LanguageClient) -> None:
    await client.shutdown_session()
    await client.stop()


def text_of(root: Path, name: str) -> str:
    return (root / name).read_text(encoding="utf-8")


def open_file(client: LanguageClient, root: Path, name: str) -> str:
    uri = (root / name).as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=uri, language_id="plan", version=1, text=text_of(root, name))))
    return uri


def replace_line(client: LanguageClient, root: Path, name: str, old: str, new: str, version: int) -> int:
    """Type ``new`` over the line ``old`` of the open document ``name`` (as on disk)."""
    lines = text_of(root, name).splitlines()
    i = lines.index(old)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=(root / name).as_uri(), version=version),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(start=lsp.Position(line=i, character=0), end=lsp.Position(line=i, character=len(old))),
            text=new)]))
    return i


async def diagnostics(client: LanguageClient, uri: str, until=lambda diags: True, timeout: float = 20) -> list:
    """The diagnostics of ``uri`` once they satisfy ``until`` (they arrive as files change)."""
    async def wait() -> list:
        while True:
            if uri in client.diagnostics and until(list(client.diagnostics[uri])):
                return list(client.diagnostics[uri])
            await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return await asyncio.wait_for(wait(), timeout)


def codes(diags) -> set[str]:
    return {d.code for d in diags}


def serious(diags) -> list:
    return [(d.code, d.range.start.line) for d in diags if d.severity != lsp.DiagnosticSeverity.Information]


async def test_one_file_open_knows_the_others_definition_and_hover_across_files(group):
    client, _ = await start(group)
    try:
        uri = open_file(client, group, "marketing.plan")
        assert serious(await diagnostics(client, uri)) == []  # REV resolves in company.plan, on disk
        parent = text_of(group, "marketing.plan").splitlines().index("  上级: REV")
        where = {"text_document": lsp.TextDocumentIdentifier(uri=uri), "position": lsp.Position(line=parent, character=7)}
        loc = await client.text_document_definition_async(lsp.DefinitionParams(**where))
        assert loc.uri == (group / "company.plan").as_uri()
        assert loc.range.start.line == text_of(group, "company.plan").splitlines().index('目标 REV "年度营收从5000万元增长到6000万元"')
        hover = (await client.text_document_hover_async(lsp.HoverParams(**where))).contents.value
        assert "**REV**" in hover and "MQL, WIN" in hover  # WIN is in sales.plan
        assert "65万元" in hover  # SEM 35万 (here) + CALL 30万 (sales.plan)
        assert "company.plan" in hover
        got = await client.text_document_completion_async(lsp.CompletionParams(**where))
        assert {"REV", "MQL", "WIN"} <= {i.label for i in got.items}
    finally:
        await stop(client)


async def test_a_diagnostic_follows_an_edit_in_another_open_document(group):
    client, _ = await start(group)
    try:
        marketing = open_file(client, group, "marketing.plan")
        sales = open_file(client, group, "sales.plan")
        await diagnostics(client, sales)
        assert "AL001" not in codes(await diagnostics(client, marketing))
        replace_line(client, group, "sales.plan", "  贡献: 60%", "  贡献: 50%", 2)  # typed, not saved
        diags = await diagnostics(client, marketing, lambda d: "AL001" in codes(d))
        [al001] = [d for d in diags if d.code == "AL001"]
        assert al001.range.start.line == 3 and "MQL 40 + WIN 50 = 90%" in al001.message
        replace_line(client, group, "sales.plan", "  贡献: 60%", "  贡献: 60%", 3)
        await diagnostics(client, marketing, lambda d: "AL001" not in codes(d))
        # unsaved changes go when the document is closed: the set reads the file from disk again
        replace_line(client, group, "sales.plan", "  贡献: 60%", "  贡献: 50%", 4)
        await diagnostics(client, marketing, lambda d: "AL001" in codes(d))
        client.text_document_did_close(lsp.DidCloseTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=sales)))
        await diagnostics(client, marketing, lambda d: "AL001" not in codes(d))
    finally:
        await stop(client)


async def test_a_file_changed_on_disk_updates_the_open_documents_it_affects(group):
    client, registered = await start(group, watch=True)
    try:
        marketing = open_file(client, group, "marketing.plan")
        await diagnostics(client, marketing)
        # the watcher was registered with the client, for plans and configs
        [reg] = [r for p in registered for r in p.registrations]
        assert reg.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES
        watchers = reg.register_options["watchers"]  # (the client does not know the options' type)
        assert {w["globPattern"] for w in watchers} >= {"**/*.plan", "**/*.toml"}
        company = group / "company.plan"
        company.write_text(company.read_text(encoding="utf-8").replace("  预算: 100万元", "  预算: 30万元"),
                           encoding="utf-8")
        client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=company.as_uri(), type=lsp.FileChangeType.Changed)]))
        diags = await diagnostics(client, marketing, lambda d: "RS001" in codes(d))
        assert any("超出计划预算 30万元" in d.message for d in diags if d.code == "RS001")
        # a new department file that refers to a goal here joins the set
        (group / "events.plan").write_text(
            '举措 EXPO "行业展会"\n  支撑: MQL\n  策略: 品牌曝光\n  负责人: 李娜\n  预算: 1万元\n'
            "  时间: 2025-05-01 .. 2025-05-31\n  衡量指标: 展会线索数\n", encoding="utf-8")
        client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=(group / "events.plan").as_uri(), type=lsp.FileChangeType.Created)]))
        await diagnostics(client, marketing, lambda d: any("EXPO" in x.message for x in d if x.code == "RS001"))
    finally:
        await stop(client)


async def test_config_edits_take_effect_without_a_restart(group):
    company = group / "company.plan"
    company.write_text(company.read_text(encoding="utf-8").replace("  预算: 100万元", "  预算: 30万元"), encoding="utf-8")
    client, _ = await start(group)
    try:
        marketing = open_file(client, group, "marketing.plan")
        [rs001] = [d for d in await diagnostics(client, marketing) if d.code == "RS001"]
        assert rs001.severity == lsp.DiagnosticSeverity.Error
        config = group / ".planlint.toml"
        config.write_text('docs-url = "https://wiki.example.cn/planlint/rules"\n[rules.RS001]\nseverity = "warning"\n',
                          encoding="utf-8")
        client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Created)]))
        diags = await diagnostics(client, marketing, lambda d: [x.severity for x in d if x.code == "RS001"]
                                  == [lsp.DiagnosticSeverity.Warning])
        [rs001] = [d for d in diags if d.code == "RS001"]
        assert rs001.code_description.href == "https://wiki.example.cn/planlint/rules#rs001"
        # no watcher event this time (a client without one): the next keystroke reads the config again
        config.unlink()
        (group / "pyproject.toml").write_text('[tool.planlint]\nignore = ["RS001"]\n', encoding="utf-8")
        replace_line(client, group, "marketing.plan", "  负责人: 李娜", "  负责人: 李娜 ", 2)
        await diagnostics(client, marketing, lambda d: "RS001" not in codes(d))
        # a config that does not read is said once, and the plan is still checked
        (group / "pyproject.toml").write_text('[tool.planlint]\nignore = "RS001"\n', encoding="utf-8")
        replace_line(client, group, "marketing.plan", "  负责人: 李娜", "  负责人: 李娜", 3)
        await diagnostics(client, marketing, lambda d: "RS001" in codes(d))
        assert any("pyproject.toml" in m.message and "ignore" in m.message for m in client.messages)
    finally:
        await stop(client)


async def test_a_team_declared_once_is_known_in_every_file(group):
    client, _ = await start(group)
    try:
        sales = open_file(client, group, "sales.plan")
        assert not codes(await diagnostics(client, sales)) & {"OW003", "OW004"}
        line = replace_line(client, group, "sales.plan", "  部门: 销售部", "  部门: 渠道部", 2)
        diags = await diagnostics(client, sales, lambda d: "OW004" in codes(d))
        assert [d.range.start.line for d in diags if d.code == "OW004"] == [line]
    finally:
        await stop(client)


async def test_a_document_that_leaves_the_set_is_checked_on_its_own_again(tmp_path):
    (tmp_path / "a.plan").write_text('目标 LEADS "线索量从100增至200"\n', encoding="utf-8")
    (tmp_path / "b.plan").write_text('举措 SEM "搜索广告"\n  支撑: LEADS\n', encoding="utf-8")
    client, _ = await start(tmp_path)
    try:
        b = open_file(client, tmp_path, "b.plan")
        open_file(client, tmp_path, "a.plan")
        assert "AL003" not in codes(await diagnostics(client, b))
        replace_line(client, tmp_path, "a.plan", '目标 LEADS "线索量从100增至200"', '目标 MQL "线索量从100增至200"', 2)
        diags = await diagnostics(client, b, lambda d: "AL003" in codes(d))
        assert [d.range.start.line for d in diags if d.code == "AL003"] == [1]
    finally:
        await stop(client)
