"""The language server follows the same settings as `planlint check`: per-file-ignores, and
rule links to the published documentation (PLANLINT_DOCS_URL)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from conftest import GOOD
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

FOLDER = Path(tempfile.mkdtemp(prefix="planlint-lsp-"))
(FOLDER / ".planlint.toml").write_text('exclude = ["drafts"]\n[per-file-ignores]\n"legacy/*.plan" = ["tracking"]\n',
                                     encoding="utf-8")
(FOLDER / "legacy").mkdir()
(FOLDER / "drafts").mkdir()
BAD = GOOD.replace("  复盘: 每月\n", "")  # TR001


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "planlint", "lsp"],
                                              server_env={**os.environ, "PLANLINT_DOCS_URL": "https://docs.example.cn/r.html"}),
                    scope="module")
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def diagnostics(client: LanguageClient, path: Path) -> list[lsp.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="plan", version=1, text=BAD)))
    while uri not in client.diagnostics:
        await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


async def test_per_file_ignores_and_doc_links_in_the_editor(client: LanguageClient):
    [tr001] = [d for d in await diagnostics(client, FOLDER / "q4.plan") if d.code == "TR001"]
    assert tr001.code_description.href == "https://docs.example.cn/r.html#tr001"
    assert not [d for d in await diagnostics(client, FOLDER / "legacy" / "old.plan") if d.code == "TR001"]


async def test_a_file_the_config_excludes_gets_no_diagnostics_in_the_editor(client: LanguageClient):
    """As `planlint check .` leaves out `exclude`, and as ruff's server does: an excluded draft
    opened in the editor is quiet, while the same text elsewhere is not."""
    assert await diagnostics(client, FOLDER / "drafts" / "wip.plan") == []
    assert [d for d in await diagnostics(client, FOLDER / "other.plan") if d.code == "TR001"]
