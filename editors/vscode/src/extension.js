// planlint for VS Code: a thin client. It starts `planlint lsp` for plan files; everything
// the user sees (diagnostics, quick fixes, hover, completion, go to definition) comes from
// the language server. vscode-languageclient reads the `planlint.trace.server` setting itself.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

// `planlint.path` has "machine" scope: only the user's own settings can set it, so a
// folder that someone else wrote cannot make VS Code start a program of its choosing.
function configuredCommand() {
  const value = vscode.workspace.getConfiguration("planlint").get("path", "planlint");
  const command = typeof value === "string" ? value.trim() : "";
  if (!command) return "planlint";
  if (command === "~" || command.startsWith("~/") || command.startsWith("~\\")) {
    return path.join(os.homedir(), command.slice(1));
  }
  return command;
}

// The program that `command` names, as the operating system would find it, or undefined.
function findProgram(command) {
  const windows = process.platform === "win32";
  const suffixes = windows ? ["", ...(process.env.PATHEXT || ".COM;.EXE;.BAT;.CMD").split(";")] : [""];
  const hasDir = command.includes("/") || (windows && command.includes("\\"));
  const dirs = hasDir ? [""] : (process.env.PATH || "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const suffix of suffixes) {
      const candidate = path.join(dir, command + suffix);
      try {
        fs.accessSync(candidate, windows ? fs.constants.F_OK : fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

// Told without waiting for an answer, so that activation does not wait on the user.
// The strings are translated in l10n/bundle.l10n.*.json (VS Code's display language).
function tellNotFound(command) {
  const openSettings = vscode.l10n.t("Open settings");
  const message = vscode.l10n.t(
    'planlint: cannot find the program "{0}". Install planlint (pip install planlint), or set ' +
      'planlint.path in your user settings to the planlint program, then run "planlint: Restart language server".',
    command,
  );
  return vscode.window.showErrorMessage(message, openSettings).then((choice) =>
    choice === openSettings
      ? vscode.commands.executeCommand("workbench.action.openSettings", "planlint.path")
      : undefined,
  );
}

async function start() {
  const command = configuredCommand();
  const program = findProgram(command);
  if (program === undefined) {
    void tellNotFound(command);
    return;
  }
  const server = { command: program, args: ["lsp"] };
  client = new LanguageClient("planlint", "planlint", { run: server, debug: server }, {
    documentSelector: [
      { scheme: "file", language: "plan" },
      { scheme: "untitled", language: "plan" },
    ],
  });
  try {
    await client.start();
  } catch {
    // vscode-languageclient has told the user, with a link to the planlint output channel
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch {
      // a server that never started or has already exited has nothing left to stop
    }
  }
}

// Restart reads planlint.path again, so a new path or a newly installed planlint takes effect.
async function restart() {
  await stop();
  await start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("planlint.restart", restart),
    vscode.workspace.onDidChangeConfiguration((event) =>
      event.affectsConfiguration("planlint.path") ? restart() : undefined,
    ),
    { dispose: () => stop() },
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
