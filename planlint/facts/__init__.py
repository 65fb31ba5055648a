"""Plan facts: what a plan's words mean, computed once per plan and read by the rules, the
report, ``status`` and the language server.

- ``values``: a goal's numbers in base units (``650`` on ``(万元)`` is 6,500,000), its change;
- ``units``: unit families (what can be compared with what);
- ``budget``: the currency, departments, contribution weights, and one attribution of every
  initiative's money to the goals it supports and to departments;
- ``metrics``: what each goal's metric measures: the thing it counts, its kind, its direction,
  what it tightens, its aim and how it links to other goals through the funnel;
- ``owners``: whether an owner field names one person, several, a group, a vacancy or a role;
- ``PlanFacts``: all of it for one plan, built once (``facts_of``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from planlint.facts import budget as _budget
from planlint.facts import metrics as _metrics
from planlint.facts import owners as _owners
from planlint.facts.periods import MEANING
from planlint.model import Goal, Initiative, Node, Plan
from planlint.records import record

if TYPE_CHECKING:
    from planlint.language.packs import Packs

_NONE = object()


@record
class PlanFacts:
    """The facts of one plan (with the vocabularies they were read with).

    The plan keeps its facts (``PlanIndex.memo``) and the facts keep the plan weakly: a plan and
    its facts form no reference cycle, so a plan no longer used is freed at once, with the
    hundreds of thousands of objects of a large plan, instead of waiting for (and making slow)
    the cyclic collector's next full pass."""

    plan_ref: Callable[[], Plan | None]
    packs: Packs | None = None

    @classmethod
    def of(cls, plan: Plan, packs: Packs | None = None) -> PlanFacts:
        return cls(weakref.ref(plan), packs)

    @property
    def plan(self) -> Plan:
        plan = self.plan_ref()
        if plan is None:
            raise ReferenceError("the plan of these facts is no longer used")
        return plan

    def _shared(self, name: str, compute: Callable[[], Any]) -> Any:
        """A fact computed once per plan, kept with the plan's other shared results
        (``PlanIndex.memo``: the language server notes what each is computed from)."""
        memo = self.plan.index.memo
        key = _fact_key(name, self.packs)
        found = memo.get(key, _NONE)
        if found is _NONE:
            found = memo[key] = compute()
        return found

    @property
    def currency(self) -> str:
        return self._shared("currency", lambda: _budget.currency(self.plan))

    @property
    def budget(self) -> _budget.Budget:
        return self._shared("budget", lambda: _budget.budget(self.plan))

    def department(self, node: Goal | Initiative) -> str | None:
        return _budget.department_of(self.plan, node)

    def weight(self, goal: Goal) -> float:
        return _budget.goal_weight(self.plan, goal)

    @property
    def metrics(self) -> dict[int, _metrics.MetricFacts]:
        """What each goal's metric measures, by ``id(goal)``."""
        return self._shared("metrics", lambda: {
            id(g): _metrics.metric_facts(self.plan, g, self.packs, self.department(g)) for g in self.plan.goals})

    def metric(self, goal: Goal) -> _metrics.MetricFacts:
        found = self.metrics.get(id(goal))
        return found if found is not None else _metrics.metric_facts(self.plan, goal, self.packs, self.department(goal))

    def wrong_way(self, goal: Goal) -> tuple[str, _metrics.Stated, int] | None:
        """Whether the goal's numbers go against its words or its metric (``metrics.wrong_way``),
        read once per plan: SM006 reports it, SM005 and the conflict rules leave such goals alone."""
        found = self.wrong_ways
        return found[id(goal)] if id(goal) in found else _metrics.wrong_way(goal, self.metric(goal), self.packs)

    @property
    def wrong_ways(self) -> dict[int, tuple[str, _metrics.Stated, int] | None]:
        """``wrong_way`` of every goal, by ``id(goal)``."""
        return self._shared("wrong_way", self._wrong_ways)

    def _wrong_ways(self) -> dict[int, tuple[str, _metrics.Stated, int] | None]:
        metrics = self.metrics  # read once for all the goals (``metric`` reads it for each)
        return {id(g): _metrics.wrong_way(g, metrics[id(g)] if id(g) in metrics else self.metric(g), self.packs)
                for g in self.plan.goals}

    def goals_read_once(self) -> Iterator[tuple[Goal, _metrics.MetricFacts, tuple | None]]:
        """Every goal with its ``metric`` and ``wrong_way``, the maps by goal read once for all of
        them (a plan-wide rule; ``metric`` and ``wrong_way`` read them for each goal)."""
        metrics, wrong = self.metrics, self.wrong_ways
        for g in self.plan.goals:
            k = id(g)
            yield g, metrics[k] if k in metrics else self.metric(g), wrong[k] if k in wrong else self.wrong_way(g)

    def units_agree(self, goal: Goal) -> bool:
        """The goal's metric, baseline and target are in units that can be compared."""
        return self.metric(goal).units is None

    def owner(self, node: Node) -> _owners.OwnerFacts | None:
        """Who the node's owner (a team's head) names; None when it has none."""
        if node.owner is not None:
            text = node.owner.value
        else:  # (the field's text only when it read as no owner: the editor notes what a rule reads)
            ref = node.fields.get("head" if node.kind == "team" else "owner")
            text = ref.raw_value if ref is not None else ""
        return _owners.owner_facts(text, self.plan, self.packs) if text else None


# The keys of the facts among a plan's shared results (``PlanIndex.memo``), known here alone:
#   ("facts", id(packs))          the plan's PlanFacts read with a vocabulary (``facts_of``);
#   ("facts", name, id(packs))    one of its facts (``PlanFacts._shared``); for the names in
#                                 BY_GOAL a map of each goal (by ``id``) to facts of that goal alone;
#   (MEANING, id(goal))           a goal's number in time (``periods.meaning``);
#   (map's key, id(goal))         a goal's entry of a map by goal, as the editor's memo notes a read.
# A rule that reads one goal's entry of a map by goal reads that goal's facts, not the others'.
BY_GOAL = frozenset({"metrics", "wrong_way"})


def _facts_key(packs: Packs | None) -> tuple:
    return ("facts", id(packs))


def _fact_key(name: str, packs: Packs | None) -> tuple:
    return ("facts", name, id(packs))


def is_goal_map(key: object) -> bool:
    """``key`` is that of a map by goal (a fact named in BY_GOAL)."""
    return type(key) is tuple and len(key) == 3 and key[0] == "facts" and key[1] in BY_GOAL


def goal_of(key: object) -> int | None:
    """The goal (its object's id) a shared result is about: a goal's number in time, or its
    entry of a map by goal; None for any other."""
    if type(key) is tuple and len(key) == 2 and type(key[1]) is int:
        first = key[0]
        if first == MEANING or is_goal_map(first):
            return key[1]
    return None


def goal_facts(memo: Mapping[object, Any]) -> dict[object, Any]:
    """The facts of single goals among a plan's shared results (``PlanIndex.memo``), kept
    apart from the plan (the vocabularies they were read with under ``("packs", id)``): what
    ``carried`` takes over into a later version of the plan."""
    out: dict[object, Any] = {}
    for key, value in dict.items(memo):
        if not isinstance(key, tuple) or len(key) != 2:
            continue
        if key[0] == MEANING:
            out[key] = value
        elif isinstance(value, PlanFacts) and key == _facts_key(value.packs):
            out[("packs", key[1])] = value.packs
            for name in BY_GOAL:
                found = dict.get(memo, _fact_key(name, value.packs))
                if isinstance(found, dict):
                    out[_fact_key(name, value.packs)] = found
    return out


def carried(plan: Plan, kept: Mapping[object, Any], same: Collection[int]) -> dict[object, Any]:
    """The facts of single goals taken over from an earlier version of ``plan`` (``kept``: its
    ``goal_facts``) for the goals it still holds as the same, unchanged objects (``same``: their
    ids); the entries of the other goals are computed afresh.

    Each goal's metric facts, whether its numbers go against its words (``wrong_way``) and its
    number in time (``periods.meaning``) are computed from the goal's own block, the plan block
    (its period), the teams (a goal's department, through its owner) and the vocabularies alone:
    the caller (the language server, after an edit) makes sure that those are the same."""
    out: dict[object, Any] = {}
    for key, value in kept.items():
        if key[0] == MEANING and key[1] in same:
            out[key] = value
        elif key[0] == "packs":
            packs = value
            facts = out[_facts_key(packs)] = PlanFacts.of(plan, packs)
            metrics = kept.get(_fact_key("metrics", packs))
            if metrics is None:
                continue
            metrics = out[_fact_key("metrics", packs)] = _taken_over(
                metrics, same, plan, lambda g, p=packs, f=facts: _metrics.metric_facts(plan, g, p, f.department(g)))
            wrong = kept.get(_fact_key("wrong_way", packs))
            if wrong is not None:
                out[_fact_key("wrong_way", packs)] = _taken_over(
                    wrong, same, plan, lambda g, m=metrics, p=packs: _metrics.wrong_way(g, m[id(g)], p))
    return out


def _taken_over(entries: dict[int, Any], same: Collection[int], plan: Plan, compute: Callable[[Goal], Any]) -> dict:
    """A map by goal for ``plan``: the entries of the goals in ``same``, the others computed (a
    copy of the map less the goals that are gone: an edit changes a goal or two of thousands)."""
    out = dict(entries)
    for gone in out.keys() - same:
        del out[gone]
    for g in plan.goals:
        if id(g) not in out:
            out[id(g)] = compute(g)
    return out


def facts_of(plan: Plan, packs: Packs | None = None) -> PlanFacts:
    """The plan's facts, built once per plan and vocabulary."""
    key = _facts_key(packs)
    found = plan.index.memo.get(key)
    if found is None:
        found = plan.index.memo[key] = PlanFacts.of(plan, packs)
    return found  # type: ignore[return-value]
