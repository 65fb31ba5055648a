"""What changed since the approved version: budgets up or down (by initiative and by department),
targets, deadlines, windows and owners that changed, goals and initiatives added or removed, and
the findings that are new.

Blocks are matched by id (the first block of an id, as the plan's index has it); findings by
their code and block, then by their message, so a finding that only moved lines is not new.
The budgets come from the one attribution (``facts.budget``).
"""

from __future__ import annotations

from dataclasses import field

from planlint.api.finding import Finding
from planlint.facts.budget import UNASSIGNED, amount, budget
from planlint.i18n.messages import Money
from planlint.model import DateSpan, Goal, Initiative, Node, Plan
from planlint.output.labels import word
from planlint.output.signoff import block_key
from planlint.records import record

ORDER = ("plan-budget", "budget", "department", "target", "deadline", "window", "owner", "added", "removed",
         "new-finding")


@record
class Change:
    what: str  # one of ORDER
    item: str  # the block's id, a department, or the plan
    before: float | str | None = None  # money as a number, other values as written
    now: float | str | None = None
    node: Node | None = None  # the block in the newer plan (the older one for ``removed``)
    finding: Finding | None = None

    @property
    def delta(self) -> float | None:
        if isinstance(self.before, float | int) or isinstance(self.now, float | int):
            if isinstance(self.before, str) or isinstance(self.now, str):
                return None
            return float(self.now or 0.0) - float(self.before or 0.0)
        return None


@record
class Changes:
    since: str  # the revision or file compared with
    currency: str
    items: list[Change] = field(default_factory=list)
    resolved: int = 0  # findings of then that are gone

    def __bool__(self) -> bool:
        return bool(self.items) or self.resolved > 0

    def of(self, what: str) -> list[Change]:
        return [c for c in self.items if c.what == what]


def compare(old: Plan, old_findings: list[Finding], new: Plan, new_findings: list[Finding], since: str) -> Changes:
    """The changes from ``old`` (the approved version) to ``new``."""
    ob, nb = budget(old), budget(new)
    out = Changes(since, nb.currency)
    add = out.items.append
    if ob.cap != nb.cap:
        add(Change("plan-budget", "plan", ob.cap, nb.cap, new.meta))
    old_ini, new_ini = _by_id(old.initiatives), _by_id(new.initiatives)
    old_goals, new_goals = _by_id(old.goals), _by_id(new.goals)
    for ident, ini in new_ini.items():
        was = old_ini.get(ident)
        if was is None:
            continue
        a, b = amount(was.budget, ob.currency), amount(ini.budget, nb.currency)
        if a != b:
            add(Change("budget", ident, a, b, ini))
    depts = list(dict.fromkeys([*ob.by_department, *nb.by_department]))
    for dept in depts:
        a, b = ob.by_department.get(dept, 0.0), nb.by_department.get(dept, 0.0)
        if abs(a - b) > 1e-6:
            add(Change("department", dept, a, b))
    for ident, goal in new_goals.items():
        was = old_goals.get(ident)
        if was is None:
            continue
        if _text(was.target) != _text(goal.target):
            add(Change("target", ident, _text(was.target), _text(goal.target), goal))
        if _dates(was.deadline) != _dates(goal.deadline):
            add(Change("deadline", ident, _text(was.deadline), _text(goal.deadline), goal))
    for ident, ini in new_ini.items():
        was = old_ini.get(ident)
        if was is not None and _dates(was.window) != _dates(ini.window):
            add(Change("window", ident, _text(was.window), _text(ini.window), ini))
    for ident, node in [*new_goals.items(), *new_ini.items()]:
        was = old_goals.get(ident) if isinstance(node, Goal) else old_ini.get(ident)
        if was is not None and _owner(was) != _owner(node):
            add(Change("owner", ident, _owner(was), _owner(node), node))
    for ident, node in [*new_goals.items(), *new_ini.items()]:
        if ident not in (old_goals if isinstance(node, Goal) else old_ini):
            add(Change("added", ident, None, amount(node.budget, nb.currency) if isinstance(node, Initiative) else None,
                       node))
    for ident, node in [*old_goals.items(), *old_ini.items()]:
        if ident not in (new_goals if isinstance(node, Goal) else new_ini):
            add(Change("removed", ident, amount(node.budget, ob.currency) if isinstance(node, Initiative) else None,
                       None, node))
    fresh, out.resolved = _new_findings(old, old_findings, new, new_findings)
    for f in fresh:
        add(Change("new-finding", f.code, None, None, new.index.block_at(f.line, f.path), f))
    out.items.sort(key=lambda c: ORDER.index(c.what))
    return out


def _by_id(nodes: list) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for n in nodes:
        if n.id and n.id not in out:
            out[n.id] = n
    return out


def _text(value) -> str | None:
    return " ".join(value.text.split()) if value is not None and value.text else None


def _dates(value: DateSpan | None) -> tuple | None:
    return (value.start, value.end) if value is not None else None


def _owner(node: Node) -> str | None:
    return node.owner.value if node.owner is not None else None


def _new_findings(old: Plan, old_findings: list[Finding], new: Plan,
                  new_findings: list[Finding]) -> tuple[list[Finding], int]:
    """Findings of ``new`` that ``old`` did not have (matched by code and block, then message,
    so lines may move), and how many of ``old``'s are gone."""
    def key(plan: Plan, f: Finding) -> tuple[str, str]:
        return f.code, block_key(plan.index.block_at(f.line, f.path))

    then: dict[tuple[str, str], list[str]] = {}
    for f in old_findings:
        then.setdefault(key(old, f), []).append(f.text("en")[0])
    fresh: list[Finding] = []
    unmatched: dict[tuple[str, str], list[Finding]] = {}
    for f in new_findings:
        k, message = key(new, f), f.text("en")[0]
        left = then.get(k, [])
        if message in left:
            left.remove(message)
        else:
            unmatched.setdefault(k, []).append(f)
    for k, items in unmatched.items():
        left = then.get(k, [])
        # the same problem in the same block, worded with other numbers: changed, not new
        fresh.extend(items[len(left):])
        del left[:len(items)]
    return sorted(fresh, key=Finding.sort_key), sum(len(v) for v in then.values())


# ------------------------------------------------------------------ rendering
def value_text(value: float | str | None, currency: str, locale: str) -> str:
    if value is None:
        return word("none-value", locale)
    if isinstance(value, str):
        return value
    return Money(value, currency).render(locale)


def delta_text(change: Change, currency: str, locale: str) -> str:
    d = change.delta
    if d is None or abs(d) < 1e-9 or change.what in ("added", "removed"):
        return ""
    return ("+" if d > 0 else "-") + Money(abs(d), currency).render(locale)


def item_text(change: Change, locale: str) -> str:
    if change.what == "plan-budget":
        return word("kind-plan", locale)
    if change.what == "department":
        return change.item if change.item != UNASSIGNED else word("no-department", locale)
    if change.what in ("added", "removed") and change.node is not None:
        return f"{word('kind-' + change.node.kind, locale)} {_label(change.node)}"
    if change.what == "new-finding" and change.finding is not None:
        f = change.finding
        return f"{f.code} {block_key(change.node)} ({f.path}:{f.line})"
    return change.item


def _label(node: Node) -> str:
    return f"{node.id} {node.title}".strip() if node.id and node.title else node.label


def rows(changes: Changes, locale: str) -> list[list[str]]:
    """The changes as table rows: change, item, before, now, difference."""
    out = []
    for c in changes.items:
        what = word(f"ch-{c.what}", locale)
        if c.what == "new-finding" and c.finding is not None:  # the message last: it is long
            out.append([what, item_text(c, locale), "", "", c.finding.text(locale)[0]])
            continue
        before = "" if c.what == "added" else value_text(c.before, changes.currency, locale)
        now = "" if c.what == "removed" else value_text(c.now, changes.currency, locale)
        if c.what in ("added", "removed") and (c.before if c.what == "removed" else c.now) is None:
            before = now = ""
        out.append([what, item_text(c, locale), before, now, delta_text(c, changes.currency, locale)])
    return out


def table(changes: Changes, locale: str) -> str:
    """The compact terminal table of ``planlint diff``."""
    if not changes:
        return word("no-changes", locale, since=changes.since)
    head = [word("change-what", locale), word("change-item", locale), word("before", locale), word("now", locale),
            word("delta", locale)]
    body = rows(changes, locale)
    lines = [word("changes", locale, since=changes.since)]
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(4)]
    for r in [head, *body]:
        cells = [c + " " * (w - _width(c)) for c, w in zip(r[:4], widths, strict=True)] + [r[4]]
        lines.append("  ".join(cells).rstrip())
    if changes.resolved:
        lines.append(word("ch-resolved", locale, n=changes.resolved))
    return "\n".join(lines)


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
