"""AL002: a goal's split does not add up to its target, or falls outside its time."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts.periods import meaning
from planlint.facts.values import base, change, shown, target_base
from planlint.i18n.messages import Join, Label, Num
from planlint.i18n.numbers import num
from planlint.model import Plan


class SplitMismatch(Rule):
    """A goal's `split` (拆分) does not add up to its target, or falls outside its time.

    What it checks: the values under `split` add up to the target (a flow such as sales or new
    users: its periods make its total), or rise to it with the last period equal to the target
    (a level such as a share, or a per-quarter figure); every period ends by the goal's
    deadline. For a level, a split of the change (+1, +2, +2 on the baseline) also adds up.
    Why: quarterly and monthly targets are how an annual goal is tracked (annual plan 2(3)); a
    split that does not add up makes every quarterly review wrong.
    Fix: the difference, put on the last period (or spread).
    """

    code = "AL002"
    name = "split-mismatch"
    category = "alignment"
    severity = "error"
    messages = {
        "late": ("{goal} 的拆分时段 {period} 在截止 {deadline} 之后",
                 "the split period {period} of {goal} is after its deadline {deadline}"),
        "fix-late": ("删除这一时段, 或推迟截止", "remove the period or move the deadline"),
        "sum": ("{goal} 的拆分合计 {parts} = {total}, 与目标值 {target} 不一致",
                "the split of {goal} adds up to {parts} = {total}, not the target {target}"),
        "fix": ("差 {gap}: 把 {period} 改为 {value}, 或按季节权重重新分配",
                "{gap} apart: set {period} to {value}, or re-spread by season"),
    }

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        for goal in plan.goals:
            entries = [e for e in goal.split if e.quantity is not None]
            if not entries:
                continue
            label = Label(goal.id, goal.title)
            if goal.deadline is not None:
                for e in goal.split:
                    if e.period is not None and e.period.start > goal.deadline.end:
                        yield Hit(e.key_span, self.msg("late", goal=label, period=e.key, deadline=goal.deadline.text),
                                  self.msg("fix-late"))
            t = target_base(goal)
            if t is None:
                continue
            vals = [base(goal, e.quantity) or 0.0 for e in entries]
            total = sum(vals)
            tol = max(1e-6, abs(t) * 0.005)
            if abs(total - t) <= tol or abs(vals[-1] - t) <= tol and vals == sorted(vals):
                continue
            delta = change(goal)
            if delta is not None and abs(total - delta) <= tol and not meaning(plan, goal).flow:
                continue  # a level's split may spread its change; a flow's periods make its total
            gap = t - total
            last = entries[-1]
            fixed = (base(goal, last.quantity) or 0.0) + gap
            scale = goal.metric.scale if goal.metric else 1.0
            parts = Join(tuple(Num(v / scale) for v in vals), " + ")
            new_text = num(fixed / (scale if last.quantity is not None and last.quantity.unit is None
                                    and last.quantity.scale == 1.0 else 1))
            msg = self.msg("sum", goal=label, parts=parts, total=shown(goal, total), target=shown(goal, t))
            fix = self.msg("fix", gap=shown(goal, gap), period=last.key, value=new_text)
            edits = [Edit(span=last.value_span, text=new_text)] if last.value_span and fixed >= 0 else []
            yield Hit(goal.fields["split"].key_span, msg, fix, edits)
