// Starts `planlint lsp` for .plan files; everything else comes from the language server.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("planlint").get("path", "planlint");
  const server = { command, args: ["lsp"] };
  client = new LanguageClient("planlint", "planlint", { run: server, debug: server }, {
    documentSelector: [{ scheme: "file", language: "plan" }],
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
