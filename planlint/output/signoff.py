"""The sign-off decision: what the gate says and the report's verdict shows.

The plan's side cannot switch it off:

- the budget balance is computed here from the facts layer (``facts.budget.balance``: the
  plan's budget against its initiatives, its teams' and its goals' budgets; each team's and
  goal's budget against the initiatives behind it), whatever rules are selected, ignored or
  suppressed; an overrun always blocks;
- findings that would block (errors, and findings of rules with ``blocks_signoff``) but were
  suppressed in the plan, left out by select/ignore, or lowered by config are *waivers*; each
  blocks until the reviewer accepts it in a file given on the command line
  (``--accept-waivers FILE``), never in the plan or its config;
- a plan with nothing to sign off (no plan block, no goals, no budget, no period) is blocked.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import field
from pathlib import Path

from planlint.api.finding import Finding, Waived
from planlint.facts.budget import Check, balance
from planlint.model import Node, Plan
from planlint.records import record

MAX_ACCEPTANCE_BYTES = 1024 * 1024
_KEYS = {"code", "block", "reason", "file", "until"}


@record(frozen=True)
class Acceptance:
    """One waiver the reviewer accepts: a finding's code on a block (its id, ``plan`` for the
    plan block), why, and optionally the file and the last day it holds."""

    code: str
    block: str
    reason: str
    file: str | None = None
    until: dt.date | None = None
    source: str = ""  # FILE#n, for messages


def parse_acceptances(text: str, source: str) -> list[Acceptance]:
    """The ``[[accept]]`` entries of a reviewer's TOML file. Raises ValueError with one line
    naming the file, the entry and what to write instead."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{source}: not TOML: {exc}") from None
    extra = sorted(set(data) - {"accept"})
    if extra:
        raise ValueError(f"{source}: unknown key '{extra[0]}'; the file holds [[accept]] entries only")
    entries = data.get("accept", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValueError(f"{source}: write each waiver as an [[accept]] table with code, block and reason")
    out = []
    for n, entry in enumerate(entries, start=1):
        where = f"{source}: [[accept]] #{n}"
        unknown = sorted(set(entry) - _KEYS)
        if unknown:
            raise ValueError(f"{where}: unknown key '{unknown[0]}' (keys: code, block, reason, file, until)")
        for key in ("code", "block", "reason"):
            value = entry.get(key)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{where}: '{key}' is missing; write {key} = \"...\""
                                 + (" (why the reviewer accepts it)" if key == "reason" else ""))
        file = entry.get("file")
        if file is not None and (not isinstance(file, str) or not file.strip()):
            raise ValueError(f"{where}: 'file' must be the plan file's name, e.g. file = \"brand.plan\"")
        until = entry.get("until")
        if until is not None and (not isinstance(until, dt.date) or isinstance(until, dt.datetime)):
            raise ValueError(f"{where}: 'until' must be a date, e.g. until = 2025-06-30")
        out.append(Acceptance(entry["code"].strip().upper(), entry["block"].strip(), entry["reason"].strip(),
                              file.strip() if file else None, until, f"{source}#{n}"))
    return out


def read_acceptances(path: Path) -> list[Acceptance]:
    """The reviewer's file, read within bounds (ValueError with one line on any problem)."""
    try:
        size = path.stat().st_size
        if size > MAX_ACCEPTANCE_BYTES:
            raise ValueError(f"{path}: {size:,} bytes is too large for a list of waivers (limit 1 MB)")
        text = path.read_bytes()[:MAX_ACCEPTANCE_BYTES + 1].decode("utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a folder; give the waivers file") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_acceptances(text, str(path))


def block_key(node: Node | None) -> str:
    """How an acceptance names a block: its id; ``plan`` for the plan block."""
    if node is None or node.kind == "plan":
        return "plan"
    return node.id or node.title or node.kind


@record
class WaiverRow:
    waived: Waived
    block: Node | None
    owner: str | None
    accepted: Acceptance | None = None

    @property
    def finding(self) -> Finding:
        return self.waived.finding


@record
class Decision:
    """Ready or blocked, and every reason."""

    plan: Plan
    strict: bool
    empty: list[str] = field(default_factory=list)  # no-plan, no-goals, no-budget, no-period
    stops: list[Finding] = field(default_factory=list)  # blocking findings
    checks: list[Check] = field(default_factory=list)  # the budget balance
    waivers: list[WaiverRow] = field(default_factory=list)
    unused: list[Acceptance] = field(default_factory=list)  # accepted, but nothing to accept

    @property
    def overruns(self) -> list[Check]:
        return [c for c in self.checks if not c.holds]

    @property
    def open_waivers(self) -> list[WaiverRow]:
        return [w for w in self.waivers if w.accepted is None]

    @property
    def ready(self) -> bool:
        return not (self.empty or self.stops or self.overruns or self.open_waivers)

    def owner_of(self, finding: Finding) -> tuple[Node | None, str | None]:
        return _owner(self.plan, finding)


def blocking(findings: list[Finding], strict: bool = False) -> list[Finding]:
    """What stops sign-off: errors (and warnings when strict), and findings of rules that block
    sign-off whatever their severity (``Rule.blocks_signoff``)."""
    levels = ("error", "warning") if strict else ("error",)
    return [f for f in findings if f.severity in levels or f.blocks_signoff]


def nothing_to_sign(plan: Plan) -> list[str]:
    """Why a plan has nothing to sign off, if it has not."""
    out = []
    if plan.meta is None:
        out.append("no-plan")
    if not plan.goals:
        out.append("no-goals")
    if plan.meta is not None:
        if plan.meta.budget is None:
            out.append("no-budget")
        if plan.meta.period is None:
            out.append("no-period")
    return out


def decide(plan: Plan, findings: list[Finding], waived: list[Waived] | None = None,
           accepted: list[Acceptance] | None = None, strict: bool = False, today: dt.date | None = None) -> Decision:
    """The sign-off decision for a plan (or a plan set as one plan) and its findings."""
    today = today or dt.date.today()
    d = Decision(plan, strict, nothing_to_sign(plan), blocking(findings, strict), balance(plan))
    accepted = list(accepted or [])
    used: set[int] = set()
    for w in waived or []:
        node, owner = _owner(plan, w.finding)
        row = WaiverRow(w, node, owner)
        for i, a in enumerate(accepted):
            if (a.until is None or a.until >= today) and _matches(a, w.finding, node):
                row.accepted = a
                used.add(i)
                break
        d.waivers.append(row)
    d.unused = [a for i, a in enumerate(accepted) if i not in used]  # expired ones included
    return d


def _owner(plan: Plan, finding: Finding) -> tuple[Node | None, str | None]:
    """The block a finding is in, and who owns it: the block's owner, else the plan's."""
    node = plan.index.block_at(finding.line, finding.path)
    if node is not None and node.owner is not None:
        return node, node.owner.value
    if plan.meta is not None and plan.meta.owner is not None:
        return node, plan.meta.owner.value
    return node, None


def _matches(a: Acceptance, finding: Finding, node: Node | None) -> bool:
    if a.code != finding.code.upper() or a.block != block_key(node):
        return False
    if a.file is None:
        return True
    want = Path(a.file).parts
    have = Path(finding.path).parts
    return len(want) <= len(have) and have[len(have) - len(want):] == want
