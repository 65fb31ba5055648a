// Runs editors/vscode/src/extension.js against stand-ins for the `vscode` API and for
// vscode-languageclient, and prints what the extension did, as JSON, for tests/test_vscode.py.
//   node vscode_extension_check.js EXTENSION_JS SCENARIO
// Scenarios: activate, restart, path-change, other-change, not-found, start-fails, deactivate.
// PLANLINT_PATH is the user's planlint.path; PLANLINT_PATH2 the one set before a restart.
"use strict";

const Module = require("module");

const [extensionPath, scenario] = process.argv.slice(2);
const log = [];
const settings = { path: process.env.PLANLINT_PATH };
let configListener;
let failStarts = scenario === "start-fails";
const errorChoice = "Open settings";
const commands = {};

class FakeClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.id = id;
    log.push({ event: "client", id, name, serverOptions, documentSelector: clientOptions.documentSelector });
  }
  async start() {
    log.push({ event: "start" });
    if (failStarts) throw new Error("the server exited");
  }
  async stop() {
    log.push({ event: "stop" });
  }
}

const vscode = {
  workspace: {
    getConfiguration: (section) => ({
      get: (key, fallback) => {
        log.push({ event: "config", section, key });
        return key in settings ? settings[key] : fallback;
      },
    }),
    onDidChangeConfiguration: (listener) => {
      configListener = listener;
      return { dispose() {} };
    },
  },
  commands: {
    registerCommand: (name, fn) => {
      commands[name] = fn;
      log.push({ event: "register", name });
      return { dispose() {} };
    },
    executeCommand: async (...args) => {
      log.push({ event: "execute", args });
    },
  },
  l10n: { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) },
  window: {
    showErrorMessage: (message, ...items) => {
      log.push({ event: "error", message, items });
      return Promise.resolve(errorChoice);
    },
  },
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "vscode") return vscode;
  if (request === "vscode-languageclient/node") return { LanguageClient: FakeClient };
  return load.call(this, request, parent, isMain);
};

async function main() {
  const extension = require(extensionPath);
  const context = { subscriptions: [] };
  await extension.activate(context);
  if (scenario === "restart") {
    settings.path = process.env.PLANLINT_PATH2;
    await commands["planlint.restart"]();
  } else if (scenario === "path-change") {
    settings.path = process.env.PLANLINT_PATH2;
    await configListener({ affectsConfiguration: (s) => s === "planlint.path" || s === "planlint" });
  } else if (scenario === "other-change") {
    await configListener({ affectsConfiguration: (s) => s === "editor.fontSize" });
  } else if (scenario === "start-fails") {
    failStarts = false;
    await commands["planlint.restart"]();
  } else if (scenario === "deactivate") {
    await extension.deactivate();
    await extension.deactivate();  // a second call has nothing left to stop
  }
  await new Promise((resolve) => setImmediate(resolve));  // let a notification's answer arrive
  log.push({ event: "subscriptions", count: context.subscriptions.length });
  process.stdout.write(JSON.stringify(log));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
