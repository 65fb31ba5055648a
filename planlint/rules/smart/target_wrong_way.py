"""SM006: the target moves the metric the other way than the goal says, or than is good for it."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Edit, Hit, Rule
from planlint.facts.values import base, shown, target_base
from planlint.i18n.messages import Label, Term
from planlint.model import Goal, Plan

UP, DOWN = Term("提升", "raise"), Term("降低", "lower")
ABOVE, BELOW = Term("高于", "above"), Term("低于", "below")
HIGHER, LOWER = Term("越高越好", "higher is better"), Term("越低越好", "lower is better")


class TargetWrongWay(Rule):
    """The target moves the metric the other way than the goal says, or than is good for it.

    What it checks: a goal with a baseline and a target (not a `<=` / `>=` bound) whose numbers
    go one way while its title or metric says the other (「提升续约率」 from 85% to 70%), or,
    when its words name no direction at all, whose numbers make worse a metric that is better
    one way: a cost, a service time, a bad rate (churn, complaints) or a rank going up, a score
    or a renewal, repurchase or retention rate going down.
    Why: "每个子目标需明确量化指标、基准值(当前水平)和目标值" (alignment framework, step 1): the
    baseline and the target say together which way the goal moves; the source's own goals move
    the good way ("30日留存率提升至40%", "单渠道获客成本降低20%"). A target on the wrong side of the
    baseline is most often the two numbers swapped; if the fall is planned, the goal says so.
    Fix: the baseline and the target swapped, or the words changed to the way the numbers go;
    for a planned worsening, a bound (`目标值: <= 260`) with the reason in `note`.
    """

    code = "SM006"
    name = "target-wrong-way"
    category = "smart"
    severity = "warning"
    per_goal = True  # each goal's from its own block and the plan's facts (the editor checks changed goals again)
    messages = {
        "words": ("目标 {goal} 说要「{word}」, 但目标值 {target} {side}基准 {baseline}",
                  "goal {goal} says '{word}', but its target {target} is {side} its baseline {baseline}"),
        "fix-words": ("基准和目标值是否写反了? 对调为 基准: {target_text}, 目标值: {baseline_text}; 若确实要{move}, 把「{word}」改成「{move}」",
                      "were the baseline and the target swapped? Swap them (baseline: {target_text}, target: {baseline_text}); "
                      "if it really is to {move}, say '{move}' instead of '{word}'"),
        "kind": ("目标 {goal} 的「{metric}」{better}, 但目标值 {target} {side}基准 {baseline}",
                 "goal {goal}: for '{metric}' {better}, but its target {target} is {side} its baseline {baseline}"),
        "fix-kind": ("基准和目标值是否写反了? 对调为 基准: {target_text}, 目标值: {baseline_text}; 若预计{worse}, 写成界限 (目标值: {bound}{target_text}) 并在 备注 写明原因",
                     "were the baseline and the target swapped? Swap them (baseline: {target_text}, target: {baseline_text}); "
                     "if it is expected to get worse, write a bound (target: {bound} {target_text}) and the reason in `note`"),
        "fix-words-any": ("若确实要{move}, 把「{word}」改成「{move}」; 否则把目标值改到基准 {baseline} 的另一侧",
                          "if it really is to {move}, say '{move}' instead of '{word}'; otherwise put the target on the other "
                          "side of the baseline {baseline}"),
        "fix-kind-any": ("若预计{worse}, 在 备注 写明原因; 否则把目标值改到基准 {baseline} 的另一侧",
                         "if it is expected to get worse, give the reason in `note`; otherwise put the target on the other "
                         "side of the baseline {baseline}"),
        "worse-up": ("上升", "rise"),
        "worse-down": ("下降", "fall"),
    }

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if ctx.facts is None:
            return
        t, b = goal.target, goal.baseline
        if t is None or b is None or t.kind == "bound" or not t.text or not b.text:
            return
        point, start = target_base(goal), base(goal, b)
        if point is None or start is None:
            return
        found = ctx.facts.wrong_way(goal)
        if found is None:
            return
        how, said, good = found
        moved = -good if how == "kind" else -said.direction
        args = {"goal": Label(goal.id, goal.title), "target": shown(goal, point), "baseline": shown(goal, start),
                "side": ABOVE if moved > 0 else BELOW, "target_text": t.text, "baseline_text": b.text}
        span = t.span or goal.header_span
        exact = t.kind == "exact"  # a swap is offered only between two plain numbers (not +20%, not a range)
        if how == "words":
            yield Hit(span, self.msg("words", word=said.word, **args),
                      self.msg("fix-words" if exact else "fix-words-any", word=said.word,
                               move=UP if moved > 0 else DOWN, **args), self._swap(goal))
        else:
            yield Hit(span, self.msg("kind", metric=goal.metric.name if goal.metric else "",
                                     better=HIGHER if good > 0 else LOWER, **args),
                      self.msg("fix-kind" if exact else "fix-kind-any",
                               worse=self.msg("worse-up" if moved > 0 else "worse-down"),
                               bound="<=" if moved > 0 else ">=", **args), self._swap(goal))

    @staticmethod
    def _swap(goal: Goal) -> list[Edit]:
        """The baseline's and the target's numbers swapped (an exact target only)."""
        t, b = goal.target, goal.baseline
        if t is None or b is None or t.kind != "exact" or t.span is None or b.span is None:
            return []
        return [Edit(span=b.span, text=t.text), Edit(span=t.span, text=b.text)]
