"""AL001: the children do not add up to the parent."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.budget import Part, declared_part, need, own_part
from planlint.facts.periods import measure_of
from planlint.facts.units import family
from planlint.facts.values import base, change, shown, target_base
from planlint.i18n.messages import Amount, Join, Message, Num, Term
from planlint.i18n.numbers import num
from planlint.model import Goal, Node, Plan
from planlint.rules.common import respell

TOL = 0.005


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-6, abs(b) * TOL)


class ContributionsMismatch(Rule):
    """The children do not add up to the parent.

    What it checks: for a goal whose children declare `contributes` (贡献): points (`3pp`,
    `3个百分点`) add up to the parent's change in points; shares (`40%`) add up to 100%;
    amounts (`2500万元`, a bare `3万` in the parent's unit) add up to what the parent needs:
    the total of a flow (a team's 150万 of Q2 revenue) or, when it has a baseline, its growth
    over it (3,000 -> 3,600 visits split as 300 + 300), the change of a level (+5pp of share).
    A child whose own baseline and target count the same thing as the parent must give what it
    declares. With no `contributes` at all, children that count the same thing as the parent
    (智能门锁市场份额 under 产品线市场份额, channel new users under new users) are read by their own
    targets: their totals (a flow) or their changes (a level) add up to the parent's.
    Why: "市場份額提升5個百分點, 其中智能音箱貢獻2個百分點, 智能門鎖貢獻3個百分點" (alignment
    framework, step 1); "Q2完成150萬營收, 其中老客續費佔40%, 新客首購佔60%" (tracking guide
    1(3)): if the parts do not make the whole, the parent goal is missed even when every child
    succeeds.
    Fix: the gap, and the child contribution (or the child target) that closes it.
    """

    code = "AL001"
    name = "contributions-mismatch"
    category = "alignment"
    severity = "error"
    per_unit = True  # one parent and its children at a time (the editor checks changed families again)
    messages = {
        "sum": ("下级目标贡献合计 {parts} = {total}, 但{need}", "the children contribute {parts} = {total}, but {need}"),
        "implied": ("下级目标自己的目标合计 {parts} = {total}, 但{need}",
                    "the children's own targets add up to {parts} = {total}, but {need}"),
        "need-pp": ("{parent} 需要提升 {need} ({moved})", "{parent} must move {need} ({moved})"),
        "need-share": ("份额合计应为 100%", "the shares must add up to 100%"),
        "need-total": ("{parent} 的目标是 {need}", "{parent} targets {need}"),
        "need-change": ("{parent} 需要增加 {need}", "{parent} must grow by {need}"),
        "moved": ("{baseline} → {target}", "{baseline} -> {target}"),
        "fix-share": ("把 {child} 的贡献{verb}到 {value}{also}, 使份额合计为 100%",
                      "{verb} {child} to {value}{also} so that the shares add up to 100%"),
        "fix-short": ("还差 {gap}: 把 {child} 的贡献提高到 {value}{also}, 或增加一个贡献 {gap} 的下级目标, 或下调 {parent} 的目标值",
                      "{gap} is not covered: raise {child} to {value}{also}, add a child that contributes {gap}, or lower "
                      "{parent}'s target"),
        "fix-over": ("多出 {gap}: 把 {child} 的贡献降到 {value}{also}, 或提高 {parent} 的目标值",
                     "{gap} too much: lower {child} to {value}{also}, or raise {parent}'s target"),
        "also": (" (目标值同时改为 {target})", " (its target to {target})"),
        "fix-implied-short": ("还差 {gap}: 把 {child} 的目标值提高到 {value}, 或增加一个下级目标, 或下调 {parent} 的目标值",
                              "{gap} is not covered: raise {child}'s target to {value}, add a child goal, or lower "
                              "{parent}'s target"),
        "fix-implied-over": ("多出 {gap}: 把 {child} 的目标值降到 {value}, 或提高 {parent} 的目标值",
                             "{gap} too much: lower {child}'s target to {value}, or raise {parent}'s target"),
        "own": ("{child} 贡献 {declared}, 但它自己的目标 {moved} 给出的是 {own}",
                "{child} contributes {declared}, but its own target ({moved}) gives {own}"),
        "own-total": ("{child} 贡献 {declared}, 但它自己的目标是 {own}",
                      "{child} contributes {declared}, but its own target is {own}"),
        "fix-own": ("把 {child} 的 贡献 改为 {own}, 或把它的目标值改为 {target}",
                    "set {child}'s contribution to {own}, or its target to {target}"),
        "item": ("{child} {value}", "{child} {value}"),
        "raise": ("提高", "raise"),
        "lower": ("降低", "lower"),
    }

    def units(self, plan: Plan, ctx: Context) -> Iterator[tuple[str, tuple[Goal, ...]]]:
        """One unit per parent: the parent and its children."""
        for parent_id, children in plan.index.children.items():
            parent = plan.index.goals.get(parent_id)
            if parent is not None:
                yield parent_id, (parent, *children)

    def check_unit(self, key: Hashable, members: tuple[Node, ...], plan: Plan, ctx: Context) -> Iterator[Hit]:
        parent, children = members[0], list(members[1:])
        assert isinstance(parent, Goal)
        parts = [p for c in children if (p := declared_part(plan, parent, c)) is not None]  # type: ignore[arg-type]
        if parts:
            of_growth = _of_growth(plan, parent, parts)  # read once for the family, by both checks
            hit = self._declared(plan, parent, parts, of_growth)
            if hit is not None:
                yield hit
            yield from self._own(plan, parent, parts, of_growth)
        else:
            hit = self._implied(plan, parent, children)  # type: ignore[arg-type]
            if hit is not None:
                yield hit

    # ------------------------------------------------------------ declared
    def _declared(self, plan: Plan, parent: Goal, parts: list[Part], of_growth: bool) -> Hit | None:
        kinds = {p.kind for p in parts}
        if len(kinds) != 1:
            return None
        kind = kinds.pop()
        total = sum(p.value for p in parts)
        whole = need(plan, parent)
        if kind == "share":
            target, need_msg = 100.0, self.msg("need-share")
        elif kind == "pp":
            if measure_of(parent) != "rate" or whole is None or whole[1] != "change":
                return None
            target, need_msg = whole[0], self.msg("need-pp", parent=parent.id or "", need=_pp(whole[0]),
                                                  moved=self._moved(parent))
        else:
            if whole is None:
                return None
            target = whole[0]
            need_msg = self.msg("need-total" if whole[1] == "total" else "need-change", parent=parent.id or "",
                                need=shown(parent, target))
        if of_growth:  # a flow with a baseline whose children split its growth, not its total
            target = change(parent)  # type: ignore[assignment]
            need_msg = self.msg("need-change", parent=parent.id or "", need=shown(parent, target))
        if _close(total, target):
            return None
        fmt = self._fmt(parent, kind)
        listed = self._listed(parent, parts, kind)
        msg = self.msg("sum", parts=listed, total=fmt(total), need=need_msg)
        gap = target - total
        biggest = max(parts, key=lambda p: p.value)
        for p in parts:  # a child whose own numbers already give what closes the gap comes first
            own = own_part(plan, parent, p.child)
            if own is not None and kind in ("pp", "amount") and own.kind == kind:
                given = change(p.child) if of_growth else own.value
                if given is not None and _close(given, p.value + gap):
                    biggest = p
                    break
        new_value = biggest.value + gap
        edits = []
        also: Message | str = ""
        q = biggest.child.contributes
        if q is not None and q.span is not None and new_value > 0 and kind in ("pp", "share"):
            unit = q.text.lstrip("0123456789.,+- ") if q.text else ""
            edits.append(Edit(span=q.span, text=f"{num(new_value)}{unit}"))
            # the child's own target has to move with what it now contributes (else it contradicts it)
            retarget = self._retarget(plan, parent, biggest, new_value)
            if retarget is not None:
                edits.append(retarget[0])
                also = self.msg("also", target=retarget[1])
        child = biggest.child.id or ""
        if kind == "share":
            fix = self.msg("fix-share", child=child, verb=self.msg("raise" if gap > 0 else "lower"), value=fmt(new_value),
                           also=also)
        elif gap > 0:
            fix = self.msg("fix-short", gap=fmt(gap), child=child, value=fmt(new_value), parent=parent.id or "", also=also)
        else:
            fix = self.msg("fix-over", gap=fmt(-gap), child=child, value=fmt(new_value), parent=parent.id or "", also=also)
        first = parts[0].child
        span = first.contributes.span or first.header_span  # type: ignore[union-attr]
        return Hit(span, msg, fix, edits)

    def _retarget(self, plan: Plan, parent: Goal, part: Part, new_value: float) -> tuple[Edit, Amount] | None:
        """An edit of the child's target so that its own numbers give ``new_value`` (pp or %)."""
        child = part.child
        own = own_part(plan, parent, child)
        whole = need(plan, parent)
        t = child.target
        if own is None or whole is None or t is None or t.kind != "exact" or t.value is None or t.span is None:
            return None
        given = new_value / 100 * whole[0] if part.kind == "share" else new_value
        if whole[1] == "total":
            wanted = given
        else:
            b = base(child, child.baseline)
            if b is None:
                return None
            wanted = b + given
        if _close(target_base(child) or 0.0, wanted):
            return None  # its target already gives it
        q = t.value
        written_scale = q.scale if q.scale != 1.0 else (child.metric.scale if q.unit is None and child.metric else 1.0)
        return Edit(span=t.span, text=respell(t.text.strip(), num(wanted / written_scale))), shown(child, wanted)

    def _own(self, plan: Plan, parent: Goal, parts: list[Part], of_growth: bool) -> Iterator[Hit]:
        """A declared contribution against the child's own baseline -> target."""
        whole = need(plan, parent)
        if whole is None:
            return
        flow = whole[1] == "total"
        for p in parts:
            own = own_part(plan, parent, p.child)
            if own is None or p.fraction is None or own.fraction is None:
                continue
            child = p.child
            grew = change(child) if p.kind == "amount" and flow else None  # a part of the growth: its own growth
            if of_growth or (grew is not None and _close(p.value, grew)):
                if grew is None or _close(p.value, grew):
                    continue  # its own baseline -> target gives what it declares
                yield self._own_growth(parent, p, grew)
                continue
            if _close(p.fraction, own.fraction):
                continue
            if p.kind == "pp" and own.kind == "pp":
                declared, own_text = _pp(p.value), _pp(own.value)
            else:
                declared = _pp(p.value) if p.kind == "pp" else (Term(f"{num(p.value)}%", f"{num(p.value)}%")
                                                                if p.kind == "share" else shown(parent, p.value))
                own_text = Term(f"{num(own.fraction * 100, 1)}%", f"{num(own.fraction * 100, 1)}%") \
                    if p.kind == "share" else shown(parent, own.value)
            # the child's target that would give what it declares
            b = base(child, child.baseline)
            declared_value = p.fraction * whole[0]
            wanted = declared_value if whole[1] == "total" else (b + declared_value if b is not None else None)
            if whole[1] == "total":
                msg = self.msg("own-total", child=child.id or "", declared=declared, own=own_text)
            else:
                msg = self.msg("own", child=child.id or "", declared=declared, moved=self._moved(child), own=own_text)
            fix = self.msg("fix-own", child=child.id or "", own=own_text,
                           target=shown(child, wanted) if wanted is not None else "?")
            edits = []
            q = child.contributes
            if q is not None and q.span is not None and p.kind == "pp" and own.kind == "pp" and own.value > 0:
                unit = q.text.lstrip("0123456789.,+- ") if q.text else ""
                edits.append(Edit(span=q.span, text=f"{num(own.value)}{unit}"))
            yield Hit(q.span if q is not None and q.span else child.header_span, msg, fix, edits)

    def _own_growth(self, parent: Goal, p: Part, grew: float) -> Hit:
        """A child that declares a part of its parent's growth, against its own growth."""
        child = p.child
        b = base(child, child.baseline)
        own_text = shown(parent, grew)
        msg = self.msg("own", child=child.id or "", declared=shown(parent, p.value), moved=self._moved(child),
                       own=own_text)
        fix = self.msg("fix-own", child=child.id or "", own=own_text,
                       target=shown(child, b + p.value) if b is not None else "?")
        q = child.contributes
        return Hit(q.span if q is not None and q.span else child.header_span, msg, fix)

    # ------------------------------------------------------------- implied
    def _implied(self, plan: Plan, parent: Goal, children: list[Goal]) -> Hit | None:
        """No ``contributes`` at all: the children that count what the parent counts, by their own numbers."""
        whole = need(plan, parent)
        if whole is None or len(children) < 2 or parent.target is None or parent.target.kind not in ("exact", "relative"):
            return None
        unit = _family(parent)
        same_family = [c for c in children if c.metric is not None and _family(c) == unit]
        parts = [p for c in same_family if (p := own_part(plan, parent, c)) is not None]
        if len(parts) < 2 or len(parts) != len(same_family):
            return None  # not a partition of the parent: some children count something else
        if any(p.child.target is None or p.child.target.kind not in ("exact", "relative") for p in parts):
            return None  # a range or a bound is not a number to add up
        kind = "pp" if all(p.kind == "pp" for p in parts) else "amount"
        total = sum(p.value for p in parts)
        if _close(total, whole[0]):
            return None
        fmt = self._fmt(parent, kind)
        listed = self._listed(parent, parts, kind)
        if kind == "pp":
            need_msg = self.msg("need-pp", parent=parent.id or "", need=_pp(whole[0]), moved=self._moved(parent))
        else:
            need_msg = self.msg("need-total" if whole[1] == "total" else "need-change", parent=parent.id or "",
                                need=shown(parent, whole[0]))
        gap = whole[0] - total
        biggest = max(parts, key=lambda p: p.value)
        child = biggest.child
        new_target = (target_base(child) or 0.0) + gap
        fix = self.msg("fix-implied-short" if gap > 0 else "fix-implied-over", gap=fmt(abs(gap)), child=child.id or "",
                       value=shown(child, new_target), parent=parent.id or "")
        span = parent.target.span or parent.header_span
        return Hit(span, self.msg("implied", parts=listed, total=fmt(total), need=need_msg), fix)

    # ------------------------------------------------------------- helpers
    def _listed(self, parent: Goal, parts: list[Part], kind: str) -> Join:
        return Join(tuple(self.msg("item", child=p.child.id or "", value=shown(parent, p.value) if kind == "amount"
                                   else Num(p.value)) for p in parts), " + ")

    def _moved(self, goal: Goal) -> Message:
        return self.msg("moved", baseline=shown(goal, base(goal, goal.baseline) or 0.0),
                        target=shown(goal, target_base(goal) or 0.0))

    def _fmt(self, parent: Goal, kind: str):
        if kind == "pp":
            return _pp
        if kind == "share":
            return lambda v: Term(f"{num(v)}%", f"{num(v)}%")
        return lambda v: shown(parent, v)


def _of_growth(plan: Plan, parent: Goal, parts: list[Part]) -> bool:
    """Amounts under a flow with a baseline split its growth when they come nearer to it than to
    its total (120 + 180 of 1,000 -> 1,300 is the growth; 520 + 780 is the total)."""
    whole = need(plan, parent)
    if whole is None or whole[1] != "total" or any(p.kind != "amount" for p in parts):
        return False
    growth, total = change(parent), sum(p.value for p in parts)
    return growth is not None and growth > 0 and abs(total - growth) < abs(total - whole[0])


def _pp(value: float) -> Term:
    return Term(f"{num(value)}个百分点", f"{num(value)}pp")


def _family(goal: Goal) -> str:
    for q in (goal.metric.unit if goal.metric else None, goal.baseline.unit if goal.baseline else None,
              goal.target.unit if goal.target and goal.target.kind != "relative" else None):
        if q:
            return family(q)
    return "count"


