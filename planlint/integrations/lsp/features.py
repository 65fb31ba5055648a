"""What the server answers about a position: hover, go to definition, completion, quick fixes.

Each function reads the plan as it is now (the server parses an edited document before it
answers, so an answer right after a keystroke is about the new text) and the plan set
(a goal, team or person in another file of the set is found too). Words are in the
language the diagnostics use (``locale``).
"""

from __future__ import annotations

from lsprotocol import types as lsp

from planlint.api.finding import Finding
from planlint.i18n.messages import Message, Money, Template, render
from planlint.i18n.numbers import num
from planlint.language.keywords import BLOCKS, ENUMS, FIELD_OF, FIELDS, primary_names
from planlint.model import Goal, Node, Plan, Span

WORDS: dict[str, Template] = {k: Template(*v) for k, v in {
    "chain": ("上级链", "chain"),
    "children": ("下级", "children"),
    "budget": ("预算合计 (含下级)", "budget, with children"),
    "defined": ("定义在", "defined in"),
    "disable": ("在这一行关闭 {code}", "Disable {code} on this line", "在這一行關閉 {code}"),
    "over-baseline": ("(相对基准)", "over the baseline", "(相對基準)"),
    "unit": ("单位 {unit}, 倍数 {scale}", "unit {unit}, scale {scale}", "單位 {unit}, 倍數 {scale}"),
}.items()}


def word(key: str, locale: str, **args) -> str:
    return render(Message(f"lsp.{key}", WORDS[key], args), locale)


# -------------------------------------------------------------------- where
def inside(span: Span | None, line: int, col: int) -> bool:
    if span is None:
        return False
    return (span.line, span.column) <= (line, col) <= (span.end_line, span.end_column)


def id_at(plan: Plan, line: int, col: int) -> str | None:
    """The goal id under the cursor: a goal's own id, a parent or a supports reference."""
    block = plan.index.block_at(line)
    candidates = [block] if block is not None else []
    for node in candidates:
        if isinstance(node, Goal):
            if inside(node.id_span, line, col):
                return node.id
            if node.parent is not None and inside(node.parent.span, line, col):
                return node.parent.value
        for ref in getattr(node, "supports", []) or []:
            if inside(ref.span, line, col):
                return ref.value
    return None


# -------------------------------------------------------------------- hover
def describe_goal(plan: Plan, goal: Goal, locale: str, here: str | None = None) -> str:
    """A goal for a hover: its chain of parents, children, the budget of its initiatives and its
    children's, its metric from baseline to target; where it is when in another file."""
    idx = plan.index
    chain = " → ".join([goal.id or "?", *[g.id or "?" for g in idx.ancestors(goal)]])
    children = [c.id or "?" for c in idx.children.get(goal.id or "", [])]
    funded = {id(i): i for g in [goal, *idx.descendants(goal)] for i in idx.supporters.get(g.id or "", [])}
    budget = sum(i.budget.value for i in funded.values() if i.budget is not None)
    currency = plan.meta.currency if plan.meta is not None else None
    lines = [f"**{goal.id}** {goal.title or ''}".rstrip(),
             f"{word('chain', locale)}: {chain}",
             f"{word('children', locale)}: {', '.join(children) or '-'}",
             f"{word('budget', locale)}: {Money(budget, currency).render(locale)}"]
    if goal.metric is not None:
        b = num(goal.baseline.value) if goal.baseline else "?"
        t = goal.target.text if goal.target else "?"
        lines.append(f"{goal.metric.name}: {b} → {t}" + (f" ({goal.deadline.end.isoformat()})" if goal.deadline else ""))
    if here is not None and goal.path and goal.path != here:
        lines.append(f"{word('defined', locale)}: `{goal.path}`")
    return "\n\n".join(lines)


def describe_value(node: Node, name: str, locale: str = "en") -> str | None:
    """The normalised value of a field: 100万元 = 1,000,000 CNY; 2024年Q4 = 2024-10-01 .. 2024-12-31."""
    value = node.owner if name == "head" else getattr(node, name, None)
    if value is None:
        return None
    if hasattr(value, "start") and hasattr(value, "end"):
        return f"`{value.text}` = {value.start.isoformat()} .. {value.end.isoformat()}"
    if hasattr(value, "kind") and hasattr(value, "op"):
        if value.kind == "range" and value.low is not None and value.high is not None:
            return f"`{value.text}` = {num(value.low.value)} .. {num(value.high.value)} {value.low.unit or ''}".rstrip()
        if value.kind == "bound" and value.value is not None:
            return f"`{value.text}` = {value.op} {num(value.value.value)} {value.value.unit or ''}".rstrip()
        if value.kind == "relative" and value.value is not None:
            sign = "+" if value.value.value > 0 else ""
            return f"`{value.text}` = {sign}{num(value.value.value)}{value.value.unit or ''} {word('over-baseline', locale)}"
        if value.value is not None:
            return f"`{value.text}` = {num(value.value.value)} {value.value.unit or ''}".rstrip()
        return None
    if hasattr(value, "scale") and hasattr(value, "value") and not hasattr(value, "unit_text"):
        return f"`{value.text}` = {num(value.value)} {value.unit or ''}".rstrip()
    if hasattr(value, "unit_text"):
        return f"{value.name}: {word('unit', locale, unit=value.unit or '-', scale=num(value.scale))}"
    return None


def hover_text(own: Plan, whole: Plan, line: int, col: int, locale: str) -> str | None:
    """What a hover at (line, col) of ``own`` shows; ``whole`` is the plan of its set."""
    gid = id_at(own, line, col)
    if gid is not None and gid in whole.index.goals:
        return describe_goal(whole, whole.index.goals[gid], locale, here=own.path)
    node = own.index.block_at(line)
    if node is None or not (node.span.line <= line <= node.span.end_line):
        return None
    for name, ref in node.fields.items():
        if inside(ref.value_span, line, col) or inside(ref.key_span, line, col):
            return describe_value(node, name, locale)
    return None


# --------------------------------------------------------------- completion
def completions_for(plan: Plan | None, before: str, line_no: int, whole: Plan | None = None) -> list[lsp.CompletionItem]:
    """Completions for a line typed up to ``before`` at ``line_no`` of ``plan``: block keywords at
    column 0, field names in a block, and after ``key:`` the goal ids, teams, people or choices
    that field takes (from the whole set, ``whole``)."""
    whole = whole or plan
    kind_value = lsp.CompletionItemKind.Value
    if not before.startswith((" ", "\t", "\u3000")):
        return [lsp.CompletionItem(label=k, kind=lsp.CompletionItemKind.Keyword) for names in BLOCKS.values() for k in names]
    stripped = before.strip()
    for sep in (":", "："):
        if sep in before:
            key = before.split(sep, 1)[0].strip().lower()
            name = FIELD_OF.get(key)
            if whole is None or name is None:
                return []
            if name in ("parent", "supports"):
                return [lsp.CompletionItem(label=g.id, detail=g.title, kind=lsp.CompletionItemKind.Reference)
                        for g in whole.goals if g.id]
            if name == "department":
                return [lsp.CompletionItem(label=t.id, kind=kind_value) for t in whole.teams if t.id]
            if name in ("owner", "head", "collaborators", "members"):
                people = sorted({p for t in whole.teams for p in t.people()})
                return [lsp.CompletionItem(label=p, kind=kind_value) for p in people]
            if name in ENUMS:
                return [lsp.CompletionItem(label=a, kind=kind_value) for aliases in ENUMS[name].values() for a in aliases[:2]]
            return []
    found = plan.index.block_at(line_no) if plan is not None else None
    block = found.kind if found else None
    out = []
    for name, (_, blocks, _) in FIELDS.items():
        if block is None or block in blocks:
            for label in primary_names(name):
                if label.startswith(stripped) or not stripped:
                    out.append(lsp.CompletionItem(label=label, kind=lsp.CompletionItemKind.Field,
                                                  insert_text=f"{label}: ", detail=name))
    return out


# -------------------------------------------------------------- quick fixes
def finding_of(diag: lsp.Diagnostic, findings: list[Finding], range_of) -> Finding | None:
    """The finding a diagnostic the client sends back stands for: same code and range; else
    (the text moved since) the same code on the same line."""
    same_line = None
    for f in findings:
        if f.code != diag.code:
            continue
        r = range_of(f.span)
        if r == diag.range:
            return f
        if same_line is None and r.start.line == diag.range.start.line:
            same_line = f
    return same_line


def disable_edit(line_text: str, line: int, code: str) -> tuple[Span, str]:
    """Append ``# planlint: disable=CODE`` to a line (or add the code to the one there)."""
    marker = "# planlint: disable="
    text = line_text.rstrip("\r\n")
    new_line = text + f",{code}" if marker in text else text + f"  {marker}{code}"
    return Span(line=line, column=1, end_line=line, end_column=len(text) + 1), new_line
