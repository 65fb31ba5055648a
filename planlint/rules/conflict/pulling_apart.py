"""XD001: one department pushes a volume that another department's goal holds back."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.facts.metrics import MetricFacts, related, vocab
from planlint.i18n.messages import Label, Term
from planlint.language.reread import BlockAnswers
from planlint.model import Goal, Initiative, Node, Plan, Span
from planlint.rules.conflict.owners import answerable

RELATION = {"same": 0, "next": 1, "parent": 2, "named": 3}


class PullingApart(Rule):
    """One department pushes the volume of something while another tightens its quality, cost,
    risk or stock, and no shared definition is recorded.

    What it checks: from what each goal's metric measures (the plan facts): a goal that pushes up
    a flow of something (new accounts, leads, sign-ups, units sold into a channel, clicks bought)
    and a goal of another department that makes the same thing, or the next stage of its
    funnel, stricter: its conversion or retention, its approval or default rate, its cost, its
    days of inventory, the service time behind it. Reported on the volume goal when neither goal
    records a `definition` (口径) both departments agreed. Departments come from `department`, else
    the owner's team. Within one department only the pairs of `packs/conflicts.toml` that say so
    (discounting against premium positioning, which hurts the brand whoever runs it).
    Why: "營銷追求線索量, 銷售追求線索質量, 導致內部資源內耗"; the method's fix is that sales
    defines the high-value lead and marketing adjusts to it, both signing off (alignment
    framework, risk 3); "低價促銷沖量但損害品牌定位" (risk 1).
    Fix: names both owners and what they agree, to be written into both goals' `definition`.
    """

    code = "XD001"
    name = "departments-pull-apart"
    category = "conflict"
    severity = "warning"
    messages = {
        "push": ("{da} 的 {a} 要做大「{ma}」, 而 {db} 的 {b} 要收紧「{mb}」({what}), 两个目标都没有写明共同的口径",
                 "{da} pushes the volume of '{ma}' with {a} while {db} tightens '{mb}' ({what}) with {b}, "
                 "and neither goal records a shared definition"),
        "push-fix": ("{ob} ({db}) 与 {oa} ({da}) 共同确认{agree}: 由 {ob} 定义, {oa} 据此调整获取方式, 签字后写进 {ida} 和 {idb} 的 口径",
                     "{ob} ({db}) and {oa} ({da}) agree {agree}: {ob} defines it, {oa} adjusts how the volume is won, "
                     "and both sign it into the definition of {ida} and {idb}"),
        "pair": ("{da} 的 {a} 追求{la}, 而 {db} 的 {b} 追求{lb}, 两者没有共同的口径",
                 "{da} pushes {la} with {a} while {db} pushes {lb} with {b}, and no shared definition is recorded"),
        "pair-fix": ("{oa} ({da}) 与 {ob} ({db}) 共同确认: {agree}", "{oa} ({da}) and {ob} ({db}) agree: {agree}"),
        "owner": ("{dept} 的负责人", "the head of {dept}"),
        "unknown": ("未写部门", "no department"),
    }

    def __init__(self) -> None:
        super().__init__()
        self._marked = BlockAnswers()  # a file read again: each block's word-pair bits

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if ctx.facts is None:
            return
        v = vocab(ctx.packs)
        # a goal whose numbers go against its own words (SM006's) says no direction to pull in
        facts = [m for _, m, wrong in ctx.facts.goals_read_once() if wrong is None]
        pushes = [m for m in facts if m.pushes and m.department and m.goal.definition is None]
        stricter = [m for m in facts if m.tightens and m.department and m.goal.definition is None]
        pairs: list[tuple[int, int, int, int, MetricFacts, MetricFacts, str]] = []
        candidates = _Candidates(stricter)
        depths: dict[int, int] = {}
        for ai, a in enumerate(pushes):
            for bi in candidates.of(a, v):
                b = stricter[bi]
                if b.department == a.department or b.goal is a.goal or _serves(b.goal, a.goal):
                    continue
                how = related(v, a, b, plan)
                if how is not None:
                    pairs.append((RELATION[how], _depth(plan, a.goal, depths), ai, bi, a, b, how))
        # one finding per conflict: for each stricter goal and each department pushing against
        # it, the volume goal most directly held back (the same thing before the next stage),
        # the highest in the goal tree when two are alike (a child only repeats its parent)
        chosen: dict[tuple[int, str], tuple] = {}
        for pair in sorted(pairs, key=lambda p: p[:4]):
            chosen.setdefault((id(pair[5].goal), pair[4].department or ""), pair)
        by_push: dict[int, tuple] = {}
        for pair in sorted(chosen.values(), key=lambda p: p[:4]):
            by_push.setdefault(id(pair[4].goal), pair)
        flagged: set[int] = set()
        for pair in sorted(by_push.values(), key=lambda p: p[2]):
            _, _, _, _, a, b, how = pair
            flagged.add(id(a.goal))
            yield self._hit(plan, a, b, how, v, ctx)
        yield from self._pairs(plan, ctx, flagged)

    def _hit(self, plan: Plan, a: MetricFacts, b: MetricFacts, how: str, v, ctx: Context) -> Hit:
        # what is agreed: the thing both name; for a conversion, the thing it converts (what the
        # volume goal brings in); else the thing the stricter goal holds to its standard
        shared = [e for e in b.subjects if e in a.entities] or (list(a.entities) if b.converts else []) \
            or list(b.subjects)
        ent = v.entities.get(shared[0]) if shared and how in ("same", "next") else None
        agree = Term(ent.agree_zh, ent.agree_en) if ent is not None and ent.agree_zh else \
            Term("双方都认可的标准 (质量底线, 以及按这个标准能承接的量)",
                 "a standard both accept (the quality floor, and the volume it holds for)")
        zh, en = v.tighten
        key = b.strictness or b.kind or ""
        what = Term(zh.get(key, key), en.get(key, key))
        ga, gb = a.goal, b.goal
        args = {"da": a.department or "", "db": b.department or "", "a": Label(ga.id, ga.title),
                "b": Label(gb.id, gb.title), "ma": a.text, "mb": b.text, "what": what}
        fix = {"oa": self._owner(plan, ga, a.department, ctx), "ob": self._owner(plan, gb, b.department, ctx),
               "da": args["da"], "db": args["db"], "agree": agree, "ida": ga.id or ga.title or "",
               "idb": gb.id or gb.title or ""}
        return Hit(_where(ga), self.msg("push", **args), self.msg("push-fix", **fix))

    def _owner(self, plan: Plan, node: Node, dept: str | None, ctx: Context):
        who = answerable(plan, node, dept, ctx.packs)
        if who is not None:
            return who
        return self.msg("owner", dept=dept) if dept else self.msg("unknown")

    def _pairs(self, plan: Plan, ctx: Context, flagged: set[int]) -> Iterator[Hit]:
        """The word pairs of the packs: discounting against premium positioning, and a team's own."""
        facts = ctx.facts
        seen = set(flagged)
        presence = ctx.packs.conflict_presence  # one scan of a text for both sides of every pair
        masks: dict[str, int] = {}
        read: dict[bool, list[tuple[Node, int]]] = {}  # the nodes with words, by whether initiatives count
        self._marked.begin(plan.path, presence)  # (a file read again: each block's bits kept)

        def pair_bits(n: Node) -> int:
            t = _text(n, "any")
            found = masks.get(t) if t else 0
            if found is None:
                found = masks[t] = presence.mask(t)
            return found

        def marked(any_node: bool) -> list[tuple[Node, int]]:
            """(node, which sides of which pairs its words say) of the nodes whose words say one,
            each node's text read once for all pairs."""
            goals = read.get(False)  # the goals' part is the same for both
            if goals is None:  # (most nodes say neither side of any pair)
                goals = read[False] = [(n, said) for n, said in zip(plan.goals, self._marked.answers(plan.goals, pair_bits),
                                                                    strict=True) if said]
            if not any_node:
                return goals
            found = read.get(True)
            if found is None:  # (not a recursive call: a closure that calls itself is a reference cycle)
                found = read[True] = goals + [(n, said) for n, said in zip(
                    plan.initiatives, self._marked.answers(plan.initiatives, pair_bits), strict=True) if said]
            return found

        pairs = ctx.packs.conflict_res
        if pairs:
            marked(any(pair.scope == "any" for pair, _, _ in pairs))  # (every block read once, now)
        self._marked.end()
        for k, (pair, _, _) in enumerate(pairs):
            found = [(n, bool(bits >> 2 * k & 1), bool(bits >> (2 * k + 1) & 1))
                     for n, bits in marked(pair.scope == "any")]
            sides_a = [n for n, a, b in found if a and not b]
            sides_b = [n for n, a, b in found if b and not a]
            for a in sides_a:
                if (pair.a.direction and _direction(a, ctx) not in (0, pair.a.direction)) or _agreed(a):
                    continue
                da = facts.department(a) if facts else None  # type: ignore[arg-type]
                if (pair.cross_department and not da) or id(a) in seen:
                    continue
                b = next((b for b in sides_b if not _agreed(b)
                          and (not pair.b.direction or _direction(b, ctx) in (0, pair.b.direction))
                          and (not pair.cross_department or (facts.department(b) if facts else None) not in (None, da))),  # type: ignore[arg-type]
                         None)
                if b is None:
                    continue
                seen.add(id(a))
                db = facts.department(b) if facts else None  # type: ignore[arg-type]
                unknown = self.msg("unknown")
                yield Hit(_where(a), self.msg("pair", da=da or unknown, db=db or unknown, a=Label(a.id, a.title),
                                              b=Label(b.id, b.title), la=Term(pair.a.label_zh, pair.a.label_en),
                                              lb=Term(pair.b.label_zh, pair.b.label_en)),
                          self.msg("pair-fix", oa=self._owner(plan, a, da, ctx), ob=self._owner(plan, b, db, ctx),
                                   da=da or unknown, db=db or unknown, agree=Term(pair.agree_zh, pair.agree_en)))


class _Candidates:
    """The stricter goals that ``related`` may link to a pushed one, found through indexes rather
    than by trying every pair (20,000 goals were 11 million pairs): those of another department
    whose subjects are the pushed thing or its next stage, and, where either side names no known
    thing, those linked by the goal tree or sharing a word of their names. A superset of what
    ``related`` accepts of another department (a department's goals are indexed apart, so a
    pushed goal never walks the goals of its own department: one department that both pushes
    and tightens was millions of pairs)."""

    def __init__(self, stricter: list[MetricFacts]) -> None:
        by_dept: dict[str, list[int]] = {}
        for i, b in enumerate(stricter):
            by_dept.setdefault(b.department or "", []).append(i)
        self.parts = {dept: _Index(stricter, members) for dept, members in by_dept.items()}

    def of(self, a: MetricFacts, v) -> list[int]:
        found: set[int] = set()
        for dept, part in self.parts.items():
            if dept != (a.department or ""):
                part.add(a, v, found)
        return sorted(found)


class _Index:
    """The stricter goals of one department, by what ``related`` links them with."""

    def __init__(self, stricter: list[MetricFacts], members: list[int]) -> None:
        self.by_subject: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.bare_by_word: dict[str, list[int]] = {}  # those with no subject
        self.by_id: dict[str, list[int]] = {}
        self.by_parent: dict[str, list[int]] = {}
        for i in members:
            b = stricter[i]
            for sub in b.subjects:
                self.by_subject.setdefault(sub, []).append(i)
            for w in b.words:
                self.by_word.setdefault(w, []).append(i)
                if not b.subjects:
                    self.bare_by_word.setdefault(w, []).append(i)
            if b.goal.id:
                self.by_id.setdefault(b.goal.id, []).append(i)
            if b.goal.parent is not None:
                self.by_parent.setdefault(b.goal.parent.value, []).append(i)
        self.bare = {i for i in members if not stricter[i].subjects}

    def add(self, a: MetricFacts, v, found: set[int]) -> None:
        for e in a.entities:
            for sub in (e, *v.next_of(e)):
                found.update(self.by_subject.get(sub, ()))
        linked = [*self.by_parent.get(a.goal.id or "", ()),
                  *(self.by_id.get(a.goal.parent.value, ()) if a.goal.parent is not None else ())]
        words = self.by_word if not a.entities else self.bare_by_word
        found.update(i for i in linked if not a.entities or i in self.bare)
        for w in a.words:
            found.update(words.get(w, ()))


def _serves(part: Goal, whole: Goal) -> bool:
    """A sub-goal that declares what it contributes to the volume goal serves it: the split was
    agreed (``contributes``), so its stricter metric is how it adds to the volume, not a pull."""
    return part.contributes is not None and part.parent is not None and part.parent.value == whole.id


def _depth(plan: Plan, goal: Goal, memo: dict[int, int]) -> int:
    """How many parents are above the goal (``len(plan.index.ancestors(goal))``), each goal's
    counted once: a 20,000-goal chain walked from every goal was quadratic."""
    path: list[Goal] = []
    seen: set[int] = set()
    current = goal
    while id(current) not in memo:
        if id(current) in seen:  # a parent cycle (AL004's): counted as ancestors() counts it
            return len(plan.index.ancestors(goal))
        seen.add(id(current))
        path.append(current)
        parent = current.parent.value if current.parent else None
        if not parent or parent not in plan.index.goals:
            depth = -1
            break
        current = plan.index.goals[parent]
    else:
        depth = memo[id(current)]
    for g in reversed(path):
        depth += 1
        memo[id(g)] = depth
    return memo[id(goal)]


def _text(node: Node, scope: str) -> str:
    if isinstance(node, Goal):
        return f"{node.metric.name if node.metric is not None else ''} {node.title or ''}".strip()
    if isinstance(node, Initiative) and scope == "any":
        return f"{node.title or ''} {node.strategy.value if node.strategy else ''}"
    return ""


def _direction(node: Node, ctx: Context) -> int:
    if isinstance(node, Goal) and ctx.facts is not None:
        return 0 if ctx.facts.wrong_way(node) is not None else ctx.facts.metric(node).direction
    return 0


def _agreed(node: Node) -> bool:
    return isinstance(node, Goal) and node.definition is not None


def _where(node: Node) -> Span:
    if isinstance(node, Goal) and node.target is not None and node.target.span is not None:
        return node.target.span
    return node.title_span or node.id_span or node.header_span
