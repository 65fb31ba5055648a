"""What a user feels in the editor: the real `planlint lsp` driven over stdio by a plain
JSON-RPC client (no LSP library on this side). Run by hand, never in the suite:

    python bench/lsp_latency.py                 # 1,000 and 10,000 goals
    python bench/lsp_latency.py --goals 1000 --edits 60
    python bench/lsp_latency.py --markdown      # the README's table rows

For each size it opens a generated plan (``bench/generate.py``) in a fresh server and times
``didOpen`` until its ``publishDiagnostics`` arrives; then it types: one-character
``didChange`` edits in the middle of the plan (characters typed into a goal's title and
its baseline and deleted again, a line break typed and deleted), each sent after the previous
diagnostics arrived, and
times each until the diagnostics of that version arrive. The server's CPU time (all its
threads, from ``/proc/PID/task/*/schedstat``, in nanoseconds) is read before each message
and after its answer. Wall time includes the server's debounce (``DEBOUNCE_SECONDS``: the
server waits that long after a keystroke for the next one); "beyond the debounce" is the
wall time less the debounce. Last, an edit followed at once (no waiting) by a hover on the
edited value and a definition across lines the edit moved: both must answer for the new
text.

``PLANLINT_BENCH_SERVER`` replaces the server command (e.g. to profile it:
``python -m cProfile -o server.prof -m planlint lsp``); ``PLANLINT_BENCH_STDERR`` keeps its stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

from planlint.integrations.lsp import DEBOUNCE_SECONDS  # noqa: E402


class Server:
    """The server process and a reader thread that stamps every message as it arrives."""

    def __init__(self, root: Path) -> None:
        cmd = os.environ.get("PLANLINT_BENCH_SERVER", f"{sys.executable} -m planlint lsp").split()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=open(os.environ.get("PLANLINT_BENCH_STDERR", os.devnull), "wb"), cwd=root)
        self.inbox: queue.Queue[tuple[float, dict]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            length = 0
            while True:
                header = stream.readline()
                if not header:
                    return
                if header in (b"\r\n", b"\n"):
                    break
                if header.lower().startswith(b"content-length:"):
                    length = int(header.split(b":")[1])
            body = stream.read(length)
            self.inbox.put((time.perf_counter(), json.loads(body)))

    def send(self, method: str, params: dict | None = None, request: bool = False) -> int | None:
        msg: dict = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        ident = None
        if request:
            self.next_id += 1
            ident = msg["id"] = self.next_id
        data = json.dumps(msg, ensure_ascii=False).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()
        return ident

    def wait(self, match, timeout: float = 600) -> tuple[float, dict]:
        deadline = time.perf_counter() + timeout
        while True:
            stamp, msg = self.inbox.get(timeout=max(0.01, deadline - time.perf_counter()))
            if msg.get("method") in ("workspace/configuration", "client/registerCapability",
                                     "window/workDoneProgress/create") and "id" in msg:
                self._answer(msg)
                continue
            if match(msg):
                return stamp, msg

    def _answer(self, msg: dict) -> None:
        data = json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": None}).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def response(self, ident: int) -> tuple[float, dict]:
        return self.wait(lambda m: m.get("id") == ident and "method" not in m)

    def diagnostics(self, uri: str, version: int | None) -> tuple[float, dict]:
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri
                         and (version is None or m["params"].get("version") == version))

    def cpu(self) -> float:
        """Seconds on a CPU, all threads of the server so far."""
        total = 0
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                pass
        return total / 1e9

    def close(self) -> int | None:
        try:
            ident = self.send("shutdown", request=True)
            self.response(ident)
            self.send("exit")
            return self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
            return None


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(0.95 * len(xs)) - 1))]


def position(lines: list[str], needle: str, start: int = 0) -> tuple[int, int]:
    for i in range(start, len(lines)):
        col = lines[i].find(needle)
        if col >= 0:
            return i, col
    raise LookupError(needle)


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def run(goals: int, edits: int) -> dict:
    root = Path(tempfile.mkdtemp(prefix="planlint-lsp-bench-"))
    text = generate(goals)
    path = root / "plan.plan"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    server = Server(root)
    out: dict = {"goals": goals, "lines": text.count("\n") + 1}
    try:
        ident = server.send("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                                           "capabilities": {"textDocument": {"publishDiagnostics": {}}}},
                            request=True)
        server.response(ident)
        server.send("initialized", {})
        cpu0 = server.cpu()
        t0 = time.perf_counter()
        server.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plan", "version": 1,
                                                               "text": text}})
        stamp, msg = server.diagnostics(uri, 1)
        out["open"] = stamp - t0
        out["open_cpu"] = server.cpu() - cpu0
        out["diagnostics"] = len(msg["params"]["diagnostics"])

        lines = text.split("\n")
        middle = goals // 2
        title_line, _ = position(lines, f'G{middle} "')
        title_end = len(lines[title_line]) - 1  # before the closing quote
        base_line, base_col = position(lines, "基准: ", title_line)
        base_end = len(lines[base_line])
        wall: list[float] = []
        cpu: list[float] = []
        kinds: list[str] = []
        version = 1
        typed_title = typed_base = 0
        for i in range(edits):
            # 5 characters typed into a title, deleted again; 5 digits into a number, deleted; a line
            # break typed (every line below moves) and deleted
            phase = (i // 5) % 6
            if phase == 0:
                ch = utf16(lines[title_line][:title_end]) + typed_title
                change = {"range": {"start": {"line": title_line, "character": ch},
                                    "end": {"line": title_line, "character": ch}}, "text": "新"}
                typed_title += 1
            elif phase == 1:
                typed_title -= 1
                ch = utf16(lines[title_line][:title_end]) + typed_title
                change = {"range": {"start": {"line": title_line, "character": ch},
                                    "end": {"line": title_line, "character": ch + 1}}, "text": ""}
            elif phase == 2:
                ch = utf16(lines[base_line][:base_end]) + typed_base
                change = {"range": {"start": {"line": base_line, "character": ch},
                                    "end": {"line": base_line, "character": ch}}, "text": "7"}
                typed_base += 1
            elif phase == 3:
                typed_base -= 1
                ch = utf16(lines[base_line][:base_end]) + typed_base
                change = {"range": {"start": {"line": base_line, "character": ch},
                                    "end": {"line": base_line, "character": ch + 1}}, "text": ""}
            elif i % 2 == 0:  # phase 4 and 5: Enter at the end of the baseline line, then Backspace
                ch = utf16(lines[base_line])
                change = {"range": {"start": {"line": base_line, "character": ch},
                                    "end": {"line": base_line, "character": ch}}, "text": "\n"}
            else:
                ch = utf16(lines[base_line])
                change = {"range": {"start": {"line": base_line, "character": ch},
                                    "end": {"line": base_line + 1, "character": 0}}, "text": ""}
            kinds.append("line break" if phase >= 4 else "in a line")
            version += 1
            c0 = server.cpu()
            t0 = time.perf_counter()
            server.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                   "contentChanges": [change]})
            stamp, _ = server.diagnostics(uri, version)
            wall.append(stamp - t0)
            cpu.append(server.cpu() - c0)
        if edits % 2 and kinds and kinds[-1] == "line break":  # leave no stray line break behind
            version += 1
            ch = utf16(lines[base_line])
            server.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
                {"range": {"start": {"line": base_line, "character": ch}, "end": {"line": base_line + 1, "character": 0}},
                 "text": ""}]})
            server.diagnostics(uri, version)
        out["edit_kind"] = kinds
        out["edit_wall"] = wall
        out["edit_cpu"] = cpu

        # an edit, then at once a hover on what it changed and a definition across lines it moved
        budget_line, budget_col = position(lines, "预算: ", position(lines, f"I{(middle // 2) * 2} ")[0])
        new_value = "987万元"
        version += 1
        server.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
            {"range": {"start": {"line": budget_line, "character": utf16(lines[budget_line][:budget_col + 4])},
                       "end": {"line": budget_line, "character": utf16(lines[budget_line])}}, "text": new_value}]})
        t0 = time.perf_counter()
        ident = server.send("textDocument/hover", {"textDocument": {"uri": uri}, "position": {
            "line": budget_line, "character": utf16(lines[budget_line][:budget_col + 5])}}, request=True)
        stamp, msg = server.response(ident)
        out["hover"] = stamp - t0
        value = ((msg.get("result") or {}).get("contents") or {}).get("value", "")
        out["hover_new_text"] = value.startswith(f"`{new_value}`") and "9,870,000" in value
        # a line inserted above the middle goal's parent: definition must point one line lower
        parent_line, parent_col = position(lines, "上级: ", title_line)
        parent_id = lines[parent_line][parent_col + 4:].strip()
        target_line, _ = position(lines, f'{parent_id} "')
        version += 1
        server.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "# \n"}]})
        t0 = time.perf_counter()
        ident = server.send("textDocument/definition", {"textDocument": {"uri": uri}, "position": {
            "line": parent_line + 1, "character": utf16(lines[parent_line][:parent_col + 4])}}, request=True)
        stamp, msg = server.response(ident)
        out["definition"] = stamp - t0
        result = msg.get("result")
        loc = result[0] if isinstance(result, list) and result else result
        out["definition_new_text"] = bool(loc) and loc["range"]["start"]["line"] == target_line + 1
        server.diagnostics(uri, version)
    finally:
        out["exit"] = server.close()
    return out


def summary(r: dict) -> list[tuple[str, str, str]]:
    ms = 1000
    n = f"{r['goals']:,} goals"
    target = "<= 50 ms" if r["goals"] <= 1000 else "<= 500 ms"

    def stats(values: list[float]) -> str:
        if not values:
            return "none typed (more --edits)"
        return f"median {statistics.median(values) * ms:.0f} ms, p95 {p95(values) * ms:.0f} ms"

    def beyond(kind: str | None = None) -> list[float]:
        return [w - DEBOUNCE_SECONDS for w, k in zip(r["edit_wall"], r["edit_kind"], strict=True) if kind in (None, k)]

    def cpu(kind: str | None = None) -> list[float]:
        return [c for c, k in zip(r["edit_cpu"], r["edit_kind"], strict=True) if kind in (None, k)]

    return [
        (f"open, {n}", f"{r['open']:.2f} s wall, {r['open_cpu']:.2f} s CPU ({r['diagnostics']:,} diagnostics)",
         "<= 3 s" if r["goals"] >= 10000 else ""),
        (f"keystroke -> diagnostics, {n}, beyond the {DEBOUNCE_SECONDS * ms:.0f} ms debounce", stats(beyond()),
         f"p95 {target}"),
        (f"keystroke, server CPU, {n}", stats(cpu()), f"p95 {target}"),
        (f"... a character typed in a line, server CPU, {n}", stats(cpu("in a line")), ""),
        (f"... a line break typed or deleted, server CPU, {n}", stats(cpu("line break")), ""),
        (f"hover / definition right after an edit, {n}",
         f"{r['hover'] * ms:.0f} ms / {r['definition'] * ms:.0f} ms, "
         f"new text: {'yes' if r['hover_new_text'] else 'NO'} / {'yes' if r['definition_new_text'] else 'NO'}",
         "the new text"),
    ]


def breakdown(goals: int, edits: int = 10) -> list[tuple[str, str, str]]:
    """Where a keystroke's time goes, in this process (no stdio): parsing the edited text,
    the rules, building and encoding the diagnostics; CPU time, median of ``edits``."""
    from lsprotocol import types as lsp

    from planlint.integrations.lsp.server import PlanServer
    from planlint.parser import no_cyclic_gc

    root = Path(tempfile.mkdtemp(prefix="planlint-lsp-bench-"))
    text = generate(goals)
    path = root / "plan.plan"
    path.write_text(text, encoding="utf-8")
    server = PlanServer()
    server.project.roots = [root.resolve()]
    sent: list[int] = []
    server.protocol.send_raw = lambda body: sent.append(len(body.encode("utf-8")))
    server.opened(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=path.as_uri(), language_id="plan", version=1, text=text)))
    key = server.project.key_of(path.as_uri())
    doc = server.project.docs[key]
    lines = text.split("\n")
    title = next(i for i, line in enumerate(lines) if line.startswith(f'目标 G{goals // 2} "'))
    base = next(i for i in range(title, len(lines)) if lines[i].startswith("  基准"))

    def at(line: int, a: int, b_line: int, b: int, new: str):
        return lsp.TextDocumentContentChangePartial(range=lsp.Range(
            start=lsp.Position(line=line, character=a), end=lsp.Position(line=b_line, character=b)), text=new)

    kinds = {
        "a character in a title": lambda i: at(title, len(lines[title]) - 1, title, len(lines[title]) - 1, "新")
        if i % 2 == 0 else at(title, len(lines[title]) - 1, title, len(lines[title]), ""),
        "a digit in a baseline": lambda i: at(base, len(lines[base]), base, len(lines[base]), "7")
        if i % 2 == 0 else at(base, len(lines[base]), base, len(lines[base]) + 1, ""),
        "a line break": lambda i: at(base, len(lines[base]), base, len(lines[base]), "\n")
        if i % 2 == 0 else at(base, len(lines[base]), base + 1, 0, ""),
    }
    rows = []
    for kind, change in kinds.items():
        parts: dict[str, list[float]] = {"parse": [], "rules": [], "publish": []}
        for i in range(edits):
            t0 = time.process_time()
            doc.apply(change(i))
            server.project.changed(key)
            with no_cyclic_gc():
                server.project.state(key, server.project.linter_of(key).locale)
                t1 = time.process_time()
                result = server.project.lint(key)
                t2 = time.process_time()
                server.settle()
                server.publish(key, result, always=True)
                t3 = time.process_time()
            parts["parse"].append(t1 - t0)
            parts["rules"].append(t2 - t1)
            parts["publish"].append(t3 - t2)
        med = {k: statistics.median(v) * 1000 for k, v in parts.items()}
        rows.append((f"{kind}, {goals:,} goals: parse / rules / publish",
                     f"{med['parse']:.0f} / {med['rules']:.0f} / {med['publish']:.0f} ms CPU", ""))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--goals", type=int, action="append", help="plan sizes (default: 1000 and 10000)")
    ap.add_argument("--edits", type=int, default=60, help="keystrokes per size (default 60)")
    ap.add_argument("--markdown", action="store_true", help="only the table")
    ap.add_argument("--no-breakdown", action="store_true", help="skip the in-process breakdown")
    args = ap.parse_args()
    load = os.getloadavg()[0]
    rows = []
    for goals in args.goals or [1000, 10000]:
        r = run(goals, args.edits)
        if not args.markdown:
            print(json.dumps({k: v for k, v in r.items() if not isinstance(v, list)}), file=sys.stderr)
        rows += summary(r)
        if not args.no_breakdown:
            rows += breakdown(goals)
    print("| measure | result | target |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average {load:.1f} before and {os.getloadavg()[0]:.1f} after (other work on the machine)")


if __name__ == "__main__":
    main()
