"""Running planlint on hostile input, in process: the command (``planlint.cli.main``, with its
own error handling) and the language server (its own handlers, through pygls's protocol), each
run under a time guard, and mutations of a plan's bytes. Used by ``tests/test_fuzz.py`` (with
hypothesis choosing) and ``bench/mutate.py`` (with a seeded random generator choosing).

What counts as a failure is what a user would see as one: the command's ``internal error`` line
or a traceback, an exit code other than 0, 1, 2, a hang; from the server, an error response or
"Error in server" message, or an exception logged.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import logging
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

INTERNAL = ("internal error", "内部错误", "內部錯誤", "Traceback")


class Hang(BaseException):
    """A run went past its time guard (a BaseException: planlint's ``except Exception`` must not
    turn it into an ordinary error line)."""


@contextlib.contextmanager
def time_guard(seconds: float) -> Iterator[None]:
    """Raise Hang in the main thread after ``seconds`` (POSIX; elsewhere no guard)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def fire(signum, frame):
        raise Hang(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Outcome:
    args: tuple[str, ...]
    code: int | None
    out: str
    err: str
    seconds: float  # CPU time of the run

    @property
    def internal(self) -> bool:
        return self.code not in (0, 1, 2) or any(w in self.err for w in INTERNAL)

    def describe(self) -> str:
        return f"planlint {' '.join(self.args)} -> exit {self.code}: {self.err.strip()[:500]}"


def run_cli(*args: str, guard: float = 10.0) -> Outcome:
    """``planlint ARGS`` in this process, as the installed command runs it."""
    from planlint.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv, code = sys.argv, None
    sys.argv = ["planlint", *args]
    start = time.process_time()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), time_guard(guard):
            try:
                main()
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        sys.argv = argv
        gc.enable()  # main() turns the collector off for its short-lived process
    return Outcome(tuple(args), code, out.getvalue(), err.getvalue(), time.process_time() - start)


def commands(plan: Path, out: Path) -> list[tuple[str, ...]]:
    """Every command a plan file goes through: check in each format, report in both, status,
    gate, export in both formats and import of what was exported."""
    p = str(plan)
    return [
        ("check", "--no-cache", "--format", "text", p),
        ("check", "--no-cache", "--format", "json", p),
        ("check", "--no-cache", "--format", "sarif", p),
        ("check", "--no-cache", "--format", "github", p),
        ("report", p, "-o", str(out / "r.html"), "--force"),
        ("report", p, "--format", "md", "-o", str(out / "r.md"), "--force"),
        ("status", p),
        ("gate", p),
        ("export", p, "-o", str(out / "p.xlsx"), "--force"),
        ("import", str(out / "p.xlsx"), "-o", str(out / "back.plan"), "--force"),
        ("export", p, "--format", "csv", "-o", str(out / "p.csv"), "--force"),
        ("import", str(out / "p.csv"), "-o", str(out / "back.plan"), "--force"),
    ]


# ----------------------------------------------------------------- language server
@dataclass
class LspOutcome:
    what: str
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        why = f" ({type(error).__name__}: {error})" if error is not None else ""
        self.records.append(f"{record.name}: {record.getMessage()}{why}"[:500])


class LspDriver:
    """planlint's language server, in process: messages go through its protocol (structured as
    an editor's JSON would be) to its handlers; what it sends back is collected."""

    def __init__(self) -> None:
        from planlint.integrations import lsp as server_module

        self.server = server_module.server
        self.sent: list[dict] = []
        driver = self

        class Writer:
            def write(self, data: bytes | str) -> None:
                text = data.decode("utf-8") if isinstance(data, bytes) else data
                driver.sent.append(json.loads(text.split("\r\n\r\n", 1)[1]))

            def close(self) -> None:
                pass

        self.server.protocol.set_writer(Writer())
        self.ids = 0
        self.capture = _Capture()
        for name in ("pygls", "planlint"):
            logging.getLogger(name).addHandler(self.capture)
        self.request("initialize", {"capabilities": {}, "processId": None, "rootUri": None})
        self.notify("initialized", {})

    def _send(self, msg: dict) -> None:
        protocol = self.server.protocol
        protocol.handle_message(protocol.structure_message({"jsonrpc": "2.0", **msg}))

    def notify(self, method: str, params: dict) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict) -> dict:
        self.ids += 1
        self._send({"id": self.ids, "method": method, "params": params})
        answers = [m for m in self.sent if m.get("id") == self.ids and "method" not in m]
        return answers[-1] if answers else {"error": {"message": f"no answer to {method}"}}

    def session(self, uri: str, text: str, edits: list[str], positions: list[tuple[int, int]],
                guard: float = 10.0) -> LspOutcome:
        """Open ``text``, change it to each of ``edits``, and at each of ``positions`` ask for
        hover, completion, definition and code actions (with the diagnostics published), then
        close. Problems: error answers, "Error in server" messages, exceptions logged."""
        self.sent.clear()
        self.capture.records.clear()
        problems: list[str] = []
        start = time.process_time()
        doc = {"uri": uri}
        try:
            with time_guard(guard):
                self.notify("textDocument/didOpen", {"textDocument": {**doc, "languageId": "plan", "version": 1,
                                                                       "text": text}})
                for version, new in enumerate(edits, start=2):
                    self.notify("textDocument/didChange", {"textDocument": {**doc, "version": version},
                                                           "contentChanges": [{"text": new}]})
                diagnostics = [d for m in self.sent if m.get("method") == "textDocument/publishDiagnostics"
                               for d in m["params"]["diagnostics"]][-50:]
                for line, character in positions:
                    pos = {"textDocument": doc, "position": {"line": line, "character": character}}
                    for method in ("textDocument/hover", "textDocument/completion", "textDocument/definition"):
                        answer = self.request(method, pos)
                        if "error" in answer:
                            problems.append(f"{method} at {line}:{character}: {answer['error'].get('message')}")
                    rng = {"start": {"line": line, "character": 0}, "end": {"line": line + 1, "character": 0}}
                    answer = self.request("textDocument/codeAction", {"textDocument": doc, "range": rng,
                                                                      "context": {"diagnostics": diagnostics}})
                    if "error" in answer:
                        problems.append(f"codeAction at {line}: {answer['error'].get('message')}")
                self.notify("textDocument/didClose", {"textDocument": doc})
        except Hang as exc:
            problems.append(f"hang: {exc}")
        for m in self.sent:
            if m.get("method") == "window/showMessage" and "Error in server" in m["params"].get("message", ""):
                problems.append(m["params"]["message"][:500])
        problems.extend(self.capture.records)
        return LspOutcome(uri, problems, time.process_time() - start)


# ------------------------------------------------------------------------ mutations
CONTROLS = "\x00\x01\x07\x08\t\x0b\x0c\r\x1b\x7f\x85\u2028\u2029\ufeff\u200b\u202e"
MUTATIONS = ("flip", "truncate", "control", "newlines", "delete", "duplicate", "splice")


def mutate(data: bytes, draw: Callable[[int, int], int], steps: int) -> bytes:
    """``data`` changed ``steps`` times; ``draw(lo, hi)`` picks a number (inclusive), so the
    caller decides how (hypothesis, or a seeded random generator). Mutations: bit flips,
    truncation, a control character inserted, line ends turned into CRLF / CR mixes, a range
    deleted, a range duplicated, a range moved."""
    buf = bytearray(data)
    for _ in range(steps):
        op = MUTATIONS[draw(0, len(MUTATIONS) - 1)]
        n = len(buf)
        at = draw(0, max(0, n - 1))
        if op == "flip" and n:
            buf[at] ^= 1 << draw(0, 7)
        elif op == "truncate":
            del buf[at:]
        elif op == "control":
            buf[at:at] = CONTROLS[draw(0, len(CONTROLS) - 1)].encode("utf-8")
        elif op == "newlines":
            style = (b"\r\n", b"\r", b"\n\r", b"\r\r\n")[draw(0, 3)]
            lines = bytes(buf).split(b"\n")
            every = draw(1, 4)
            buf = bytearray(b"".join(line + (style if i % every == 0 else b"\n")
                                     for i, line in enumerate(lines[:-1])) + lines[-1])
        elif op == "delete":
            del buf[at:at + draw(1, 64)]
        elif op == "duplicate":
            buf[at:at] = buf[at:at + draw(1, 256)]
        elif op == "splice" and n:
            size = draw(1, 128)
            piece = bytes(buf[at:at + size])
            del buf[at:at + size]
            to = draw(0, len(buf))
            buf[to:to] = piece
    return bytes(buf)


def positions_in(text: str, draw: Callable[[int, int], int], count: int) -> list[tuple[int, int]]:
    """``count`` cursor positions (0-based line, UTF-16 character) in or just past ``text``."""
    lines = text.split("\n") or [""]
    out = []
    for _ in range(count):
        line = draw(0, len(lines))  # one past the end too
        width = len(lines[line].encode("utf-16-le")) // 2 if line < len(lines) else 0
        out.append((line, draw(0, width + 2)))
    return out
