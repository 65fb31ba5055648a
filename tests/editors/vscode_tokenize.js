// Tokenises lines with VS Code's own TextMate engine (vscode-textmate + vscode-oniguruma,
// installed by `npm ci` in a copy of editors/vscode) and prints, for every line, the scopes
// of each character: [[["source.plan", ...], ...], ...].
//   node vscode_tokenize.js EXTENSION_DIR < lines.json
"use strict";

const fs = require("fs");
const path = require("path");

const dir = process.argv[2];
const need = (name) => require(require.resolve(name, { paths: [dir] }));
const vsctm = need("vscode-textmate");
const onig = need("vscode-oniguruma");

async function main() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma", { paths: [dir] })), "onig.wasm"));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarPath = path.join(dir, "syntaxes", "plan.tmLanguage.json");
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
      createOnigString: (s) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === "source.plan" ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar("source.plan");
  const lines = JSON.parse(fs.readFileSync(0, "utf8"));
  let stack = vsctm.INITIAL;
  const out = [];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const units = new Array(line.length);  // scopes per UTF-16 unit, then per character
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) units[i] = token.scopes;
    }
    const chars = [];
    for (let i = 0; i < line.length; i++) {
      chars.push(units[i]);
      const code = line.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) i++;  // a surrogate pair is one character
    }
    out.push(chars);
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
