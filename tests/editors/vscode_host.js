// A stand-in for VS Code's extension host: loads the packaged extension (dist/extension.js,
// vscode-languageclient inside) with a `vscode` module that implements what the client
// uses, opens one plan file, and prints what planlint sends, as JSON: the diagnostics, then
// those again after "planlint: Restart language server", and the "planlint" output panel.
//   PLANLINT_TRACE=off|messages|verbose node vscode_host.js EXTENSION_DIR PLANLINT_PROGRAM PLAN_FILE
// Everything of the API that the client only registers (providers, commands) is accepted
// and ignored; a call into anything missing fails loudly.
"use strict";

const fs = require("fs");
const path = require("path");
const Module = require("module");
const { pathToFileURL, fileURLToPath } = require("url");

const [extensionDir, program, planFile] = process.argv.slice(2);
const received = [];
const shown = [];
const panel = [];
const commands = {};

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d && d.dispose && d.dispose()));
  }
  dispose() {
    if (this.fn) this.fn();
    this.fn = undefined;
  }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArg) => {
      const bound = listener.bind(thisArg);
      this.listeners.add(bound);
      return new Disposable(() => this.listeners.delete(bound));
    };
  }
  fire(value) {
    for (const l of [...this.listeners]) l(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Uri {
  constructor(scheme, fsPath) {
    this.scheme = scheme;
    this.fsPath = fsPath;
    this.path = fsPath;
  }
  static parse(text) {
    return text.startsWith("file:") ? new Uri("file", fileURLToPath(text)) : new Uri(text.split(":")[0], text);
  }
  static file(p) {
    return new Uri("file", p);
  }
  toString() {
    return this.scheme === "file" ? pathToFileURL(this.fsPath).href : this.fsPath;
  }
  toJSON() {
    return this.toString();
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}
class Range {
  constructor(a, b, c, d) {
    [this.start, this.end] = typeof a === "number" ? [new Position(a, b), new Position(c, d)] : [a, b];
  }
}
class Diagnostic {
  constructor(range, message, severity) {
    Object.assign(this, { range, message, severity });
  }
}

class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
}
CodeActionKind.Empty = new CodeActionKind("");
for (const name of ["QuickFix", "Refactor", "RefactorExtract", "RefactorInline", "RefactorMove", "RefactorRewrite",
  "Source", "SourceOrganizeImports", "SourceFixAll", "Notebook"]) {
  CodeActionKind[name] = new CodeActionKind(name.replace(/[A-Z]/g, (c, i) => (i ? "." : "") + c.toLowerCase()));
}

const text = fs.readFileSync(planFile, "utf8");
const document = {
  uri: Uri.file(path.resolve(planFile)),
  languageId: "plan",
  version: 1,
  isClosed: false,
  getText: () => text,
};

const events = {};
const event = (name) => {
  events[name] = events[name] || new EventEmitter();
  return events[name].event;
};
const ignored = () => new Disposable();
// Any other member is a no-op that returns a Disposable (registering providers and the like).
const lenient = (target, label) =>
  new Proxy(target, {
    get: (obj, prop) => {
      if (prop in obj || typeof prop === "symbol" || prop === "then") return obj[prop];
      if (String(prop).startsWith("on")) return event(`${label}.${String(prop)}`);
      if (/^[A-Z]/.test(String(prop))) {
        // a class the client extends or an enum it reads (CompletionItem, SymbolKind, ...)
        obj[prop] = class {
          constructor(...args) {
            this.args = args;
          }
        };
        return obj[prop];
      }
      return ignored;
    },
  });
const enumOf = (...names) => Object.fromEntries(names.map((n, i) => [n, i + 1]));

const settings = { "planlint.path": program, "planlint.trace.server": process.env.PLANLINT_TRACE || "off" };
const configuration = (section) => ({
  get: (key, fallback) => {
    const value = settings[section ? `${section}.${key}` : key];
    return value === undefined ? fallback : value;
  },
  has: () => false,
  inspect: () => undefined,
  update: async () => undefined,
});

const vscode = {
  version: "1.82.0",
  Disposable,
  EventEmitter,
  Uri,
  Position,
  Range,
  Diagnostic,
  CodeActionKind,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  DiagnosticRelatedInformation: class {
    constructor(location, message) {
      Object.assign(this, { location, message });
    }
  },
  Location: class {
    constructor(uri, range) {
      Object.assign(this, { uri, range });
    }
  },
  CancellationTokenSource: class {
    constructor() {
      this.token = { isCancellationRequested: false, onCancellationRequested: () => new Disposable() };
    }
    cancel() {
      this.token.isCancellationRequested = true;
    }
    dispose() {}
  },
  CancellationError: class extends Error {},
  TextDocumentSaveReason: enumOf("Manual", "AfterDelay", "FocusOut"),
  ViewColumn: { Active: -1, Beside: -2, One: 1 },
  FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
  UIKind: { Desktop: 1, Web: 2 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  l10n: { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) },
  env: { language: "en", appName: "Visual Studio Code", machineId: "test", uiKind: 1, appRoot: "", sessionId: "test" },
  extensions: lenient({ all: [], getExtension: () => undefined }, "extensions"),
  workspace: lenient(
    {
      workspaceFolders: undefined,
      textDocuments: [document],
      getConfiguration: configuration,
      getWorkspaceFolder: () => undefined,
      notebookDocuments: [],
      fs: {},
    },
    "workspace",
  ),
  languages: lenient(
    {
      match: (selector, doc) =>
        [].concat(selector).some((s) => (typeof s === "string" ? s === doc.languageId : (!s.language || s.language === doc.languageId) && (!s.scheme || s.scheme === doc.uri.scheme))) ? 10 : 0,
      createDiagnosticCollection: (name) => ({
        name,
        set: (uri, diagnostics) => {
          if (diagnostics === undefined) return;
          received.push({ uri: uri.toString(), diagnostics });
        },
        delete: () => undefined,
        clear: () => undefined,
        forEach: () => undefined,
        get: () => undefined,
        has: () => false,
        dispose: () => undefined,
      }),
      getLanguages: async () => ["plan"],
    },
    "languages",
  ),
  window: lenient(
    {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [] },
      createOutputChannel: (name) =>
        lenient({ name, append: (t) => panel.push(t), appendLine: (t) => panel.push(`${t}\n`), replace: () => undefined },
          "channel"),
      showErrorMessage: async (message) => shown.push({ level: "error", message }),
      showWarningMessage: async (message) => shown.push({ level: "warning", message }),
      showInformationMessage: async (message) => shown.push({ level: "info", message }),
    },
    "window",
  ),
  commands: lenient(
    {
      executeCommand: async () => undefined,
      getCommands: async () => Object.keys(commands),
      registerCommand: (name, fn) => {
        commands[name] = fn;
        return new Disposable(() => delete commands[name]);
      },
    },
    "commands",
  ),
};
const api = lenient(vscode, "vscode");

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "vscode") return api;
  return load.call(this, request, parent, isMain);
};

async function diagnostics(seconds) {
  const until = Date.now() + seconds * 1000;
  while (received.length === 0) {
    if (Date.now() > until) throw new Error(`no diagnostics within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return received.splice(0);
}

async function main() {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, "package.json"), "utf8"));
  const extension = require(path.join(extensionDir, manifest.main));
  const context = lenient({ subscriptions: [], extensionPath: extensionDir, extensionUri: Uri.file(extensionDir) }, "context");
  await extension.activate(context);
  const first = await diagnostics(60);
  await commands["planlint.restart"]();
  const restarted = await diagnostics(60);
  await extension.deactivate();
  for (const d of context.subscriptions) d.dispose();
  process.stdout.write(JSON.stringify({ first, restarted, shown, panel: panel.join(""), commands: Object.keys(commands) }));
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\nmessages shown: ${JSON.stringify(shown)}\n`);
  process.exit(1);
});
