"""What a goal's metric measures: the thing it counts, its kind, the way the goal moves it, the
department behind it, and how it links to other goals through the funnel.

Everything is read from the vocabularies (``packs/metrics.toml``, ``packs/strategies.toml``),
never from words in this module, and in Simplified and Traditional characters alike:

- ``entities``: the things the metric names (线索, 开户, parcels), the head of the name last;
- ``kind``: volume, money, average, rate, cost, stock, duration, score or rank, from the head
  word of the name (占比 in 销售额占比; "cost" in "cost per lead") or else its unit;
- ``tight``: the direction that makes the metric stricter (a lower cost, a higher conversion,
  a lower approval rate); ``tightens`` when the goal moves it that way;
- ``subjects``: the things whose volume a stricter metric holds back: a higher lead
  conversion rate holds back lead volume, a higher sign-up conversion rate (conversion *into*
  users) holds back the traffic before it, a lower approval rate holds back accounts;
- ``pushes``: the goal pushes up a flow of something (new accounts, leads, units sold into a
  channel): the side of a conflict that can trade quality for volume;
- ``aim``: awareness, acquisition, sales, retention or channel (alignment framework, step 3);
- ``units``: two units of the goal that cannot be compared (a baseline in 元 on a % metric).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from planlint.facts.units import unit_conflict
from planlint.language.keywords import BUILTIN
from planlint.language.packs import Presence, Terms, compile_terms, load_packs, shape
from planlint.language.script import fold
from planlint.model import Goal, Plan
from planlint.records import record

if TYPE_CHECKING:
    from planlint.language.packs import Packs

TIGHTENED = ("rate", "cost", "stock", "duration", "score", "rank")  # kinds a goal can make stricter
PUSHED = ("volume", "money")  # kinds a goal pushes up
_HEAD_CUT = re.compile(r"(?i)(?<![A-Za-z])(?:of|per|for|from)(?![A-Za-z])")


@record(frozen=True)
class Match:
    start: int
    end: int
    term: str  # as written in the text


class Vocab:
    """The metric vocabularies of one set of packs, compiled once."""

    def __init__(self, packs: Packs) -> None:
        data = packs.data
        self.text_memo: dict[str, tuple] = {}  # what a metric name alone says (``_text_facts``)
        self.kind_memo: dict[tuple, tuple[str | None, int, bool]] = {}  # a name's kind with its unit (``_kind``)
        self.facts_memo: dict[tuple, tuple] = {}  # what a goal's metric says, by all it is read from (``metric_facts``)
        self.stated_memo: dict[tuple[str, str], Stated] = {}  # by the texts' digit shape (``_stated``)
        self.entities = data.entities
        self.entity_of: dict[str, list[tuple[str, bool]]] = {}
        all_terms: list[str] = []
        for name, ent in data.entities.items():
            into = {_key(t) for t in ent.into}
            for term in _plurals(ent.match + ent.into):
                found = self.entity_of.setdefault(_key(term), [])
                if all(n != name for n, _ in found):
                    found.append((name, _key(term) in into or _key(_singular(term)) in into))
                all_terms.append(term)
        self.entity_terms = compile_terms(all_terms)
        self.kind_of: dict[str, tuple[str, int, bool]] = {}
        for k in data.kinds:
            for term in k.match:
                self.kind_of.setdefault(_key(term), (k.kind, k.tight, k.gate))
        self.kind_terms = compile_terms([t for k in data.kinds for t in k.match])
        m = data.metrics
        self.new_terms = compile_terms(m.new)
        self.plain = compile_terms([*m.qualifiers, *m.new, *m.cohort, *(t for k in data.kinds for t in k.match),
                                    *m.directions.up, *m.directions.down, *m.directions.caps])
        self.base_terms = compile_terms(m.whole_base)
        self.cohort_terms = compile_terms(m.cohort)
        self.up_terms = compile_terms(m.directions.up)
        self.down_terms = compile_terms([*m.directions.down, *m.directions.caps])
        self.moves_down = compile_terms(m.directions.down)  # down without the ceilings
        self.digit_free = all(t.digit_free for t in (self.up_terms, self.down_terms, self.moves_down))
        self.duration_units = {_key(u) for u in m.duration_units}
        self.score_units = {_key(u) for u in m.score_units}
        self.tighten = (m.tighten_zh, m.tighten_en)
        self.aims = data.aims
        self.aim_terms = [(name, compile_terms(a.match)) for name, a in data.aims.items()]
        # the aims, then up, then down: what a goal's words say of them, in one scan
        self.aims_and_directions = Presence([t for _, t in self.aim_terms] + [self.up_terms, self.down_terms])
        self.up_bit, self.down_bit = 1 << len(self.aim_terms), 1 << (len(self.aim_terms) + 1)
        self.stages: dict[int, list[str]] = {}
        for name, ent in data.entities.items():
            if ent.stage is not None:
                self.stages.setdefault(ent.stage, []).append(name)

    def next_of(self, entity: str) -> list[str]:
        """The things one funnel stage further on (leads -> customers, orders, accounts)."""
        stage = self.entities[entity].stage
        return [] if stage is None else self.stages.get(stage + 1, [])

    def before(self, entity: str) -> list[str]:
        """The things one stage earlier (users <- traffic): what converting into ``entity`` uses up."""
        stage = self.entities[entity].stage
        return [entity] if stage is None else self.stages.get(stage - 1, [entity])


def _key(term: str) -> str:
    return fold(term).lower()


def _plurals(terms: list[str]) -> list[str]:
    """English terms also in the plural (activation, activations)."""
    out = list(terms)
    for t in terms:
        if t.isascii() and t[-1:].isalpha() and not t.endswith("s") and t[-1:].islower():
            out.append(t + "s")
    return out


def _singular(term: str) -> str:
    return term[:-1] if term.isascii() and term.endswith("s") else term


@lru_cache(maxsize=16)
def vocab(packs: Packs | None = None) -> Vocab:
    return Vocab(packs if packs is not None else load_packs())


def _matches(terms: Terms, text: str) -> list[Match]:
    return [Match(m.start(), m.end(), text[m.start():m.end()]) for m in terms.finditer(text)]


@record(frozen=True)
class MetricFacts:
    """What one goal's metric measures (see the module's docstring)."""

    goal: Goal
    text: str  # the words read: the metric's name, else the title
    entities: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    kind: str | None = None
    tight: int = 0
    gate: bool = False
    direction: int = 0
    flow: bool = False  # it counts things (leads, accounts, visits) or new ones (新签门店), not money as such
    whole_base: bool = False  # it follows the whole base over time (复购率, churn), not a cohort of new ones
    converts: bool = False  # a rate of converting into its thing (注册转化率): its subjects come before it
    aim: str | None = None
    department: str | None = None
    units: tuple[str, str] | None = None  # two of its units that cannot be compared
    words: frozenset[str] = frozenset()  # the content words of its name (no kinds, no qualifiers)

    @property
    def entity(self) -> str | None:
        """The head thing of the metric (the last one its name mentions)."""
        return self.entities[-1] if self.entities else None

    @property
    def good(self) -> int:
        """+1 when a higher number is better, -1 when lower is, 0 when it depends (a pass rate)."""
        if self.gate:
            return 0
        if self.kind in TIGHTENED:
            return self.tight or self.direction
        return 1 if self.kind else 0

    @property
    def pushes(self) -> bool:
        """The goal pushes up a flow of a thing (not of money as such): new accounts, leads,
        units sold into a channel, clicks bought."""
        return self.kind in PUSHED and self.direction > 0 and self.flow

    @property
    def tightens(self) -> bool:
        """The goal makes its metric stricter: quality, cost, risk, stock or service time."""
        if self.kind not in TIGHTENED or self.direction == 0 or self.whole_base or self.aim == "awareness":
            return False  # awareness is no quality of a thing that a volume brings in
        return self.tight == 0 or self.direction == self.tight

    @property
    def strictness(self) -> str | None:
        """What a stricter metric means: risk (a pass or loss rate), quality, cost, stock, ..."""
        if not self.tightens:
            return None
        return "risk" if self.kind == "rate" and self.direction < 0 else self.kind

    def to_json(self) -> dict[str, Any]:
        return {"goal": self.goal.id, "text": self.text, "entities": list(self.entities),
                "subjects": list(self.subjects), "kind": self.kind, "direction": self.direction,
                "flow": self.flow, "whole_base": self.whole_base, "good": self.good, "pushes": self.pushes, "tightens": self.tightens, "aim": self.aim,
                "department": self.department, "units": list(self.units) if self.units else None}


def metric_facts(plan: Plan, goal: Goal, packs: Packs | None, department: str | None) -> MetricFacts:
    v = vocab(packs)
    text = goal.metric.name if goal.metric is not None else (goal.title or "")
    kind, tight, gate = _kind(v, goal, text)
    words = f"{text} {goal.title or ''}"
    said = v.aims_and_directions.mask(words)  # one scan for the aims and the directions
    units = unit_conflict(goal, packs)
    moved = goal.direction() if units is None else 0  # numbers in units that disagree say nothing
    # the rest follows from these alone, and department goals repeat them: read once
    key = (text, kind, tight, gate, said, moved, goal.target is not None, goal.dimension)
    found = v.facts_memo.get(key)
    if found is None:
        if len(v.facts_memo) > 65536:
            v.facts_memo.clear()
        found = v.facts_memo[key] = _read_facts(v, *key)
    entities, subjects, direction, flow, whole_base, converts, aim, content = found
    return MetricFacts(goal, text, entities, subjects, kind, tight, gate, direction, flow, whole_base,
                       converts, aim, department, units, content)


def _read_facts(v: Vocab, text: str, kind: str | None, tight: int, gate: bool, said: int, moved: int,
                has_target: bool, dimension: str | None) -> tuple:
    """What ``metric_facts`` reads from a goal's metric name, its kind, what its words say
    (``said``), the way its numbers move and whether it has a target and a dimension."""
    entities, into, new, whole_base, content = _text_facts(v, text)
    direction = moved
    if direction == 0:
        up, down = bool(said & v.up_bit), bool(said & v.down_bit)
        direction = 1 if up and not down else -1 if down and not up else 0
    money_stage = max(v.stages, default=None)
    things = [e for e in entities if v.entities[e].stage is None or v.entities[e].stage != money_stage]
    # a count of things (not money as such), or of new ones whatever they are (新签加盟门市)
    money_only = bool(entities) and not things  # new ARR, 销售额: money as such
    flow = not money_only and ((bool(things) and kind != "money") or new or any(v.entities[e].flow for e in things))
    if whole_base and not new:
        flow = False  # the active base (MAU, 月活): grown by keeping users as much as by winning them
    if direction == 0 and has_target and kind in PUSHED and flow:
        direction = 1  # a flow with a target and no baseline: that many are to be won
    subjects: list[str] = []
    converts = False
    for name in entities:
        # raising a conversion *into* a thing (注册转化率) is selective about what comes before it
        converted = kind == "rate" and direction > 0 and not gate and name in into
        converts = converts or converted
        for s in (v.before(name) if converted else [name]):
            if s not in subjects:
                subjects.append(s)
    return (tuple(entities), tuple(subjects), direction, flow, whole_base, converts, _aim_of(v, dimension, said),
            content)


def _text_facts(v: Vocab, text: str) -> tuple:
    """What a metric's name alone says (its things, what it converts into, new ones, the whole
    base, its content words): read once per distinct name, since department goals repeat them."""
    memo = v.text_memo
    found = memo.get(text)
    if found is None:
        entities: list[str] = []
        into: set[str] = set()
        for m in _matches(v.entity_terms, text):
            for name, is_into in v.entity_of.get(_key(m.term), []):
                if name not in entities:
                    entities.append(name)
                if is_into:
                    into.add(name)
        whole_base = bool(v.base_terms.search(text)) and not v.cohort_terms.search(text)
        found = (tuple(entities), frozenset(into), bool(v.new_terms.search(text)), whole_base, _content(v, text))
        if len(memo) > 65536:
            memo.clear()
        memo[text] = found
    return found


def _content(v: Vocab, text: str) -> frozenset[str]:
    """The words of a metric's name that name what it is about: the name without its kind, its
    qualifiers and its numbers; Chinese as pairs of characters, English as words (singular)."""
    folded = fold(text).lower()
    keep = list(folded)
    for m in v.plain.finditer(folded):
        for i in range(m.start(), m.end()):
            keep[i] = " "
    rest = "".join(keep)
    out: set[str] = set()
    for run in re.findall(r"[\u3400-\u9fff]+", rest):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    for word in re.findall(r"[a-z][a-z-]{2,}", rest):
        out.add(_singular(word))
    return frozenset(out)


def _kind(v: Vocab, goal: Goal, text: str) -> tuple[str | None, int, bool]:
    """The kind of the metric's head word, else of its unit: read once per distinct name, unit
    and whether the goal has a metric (department goals repeat them)."""
    key = (text, _unit(goal), goal.metric is not None)
    found = v.kind_memo.get(key)
    if found is None:
        found = _kind_of(v, *key)
        if len(v.kind_memo) > 65536:
            v.kind_memo.clear()
        v.kind_memo[key] = found
    return found


def _kind_of(v: Vocab, text: str, unit: str | None, has_metric: bool) -> tuple[str | None, int, bool]:
    head = text
    if text.isascii() or re.search(r"[A-Za-z]{3}", text):
        cut = _HEAD_CUT.search(text)
        if cut is not None and _matches(v.kind_terms, text[:cut.start()]):
            head = text[:cut.start()]
    found = _matches(v.kind_terms, head)
    best = max(found, key=lambda m: (m.end, m.end - m.start), default=None)
    kind, tight, gate = v.kind_of.get(_key(best.term), (None, 0, False)) if best else (None, 0, False)
    things = _matches(v.entity_terms, head)
    if things and (best is None or max(m.end for m in things) > best.end):
        kind, tight, gate = None, 0, False  # the name ends on the thing it counts: "sales-qualified leads"
    family = _family(v, unit)
    if family == "percent" and kind in (None, "volume", "money"):
        return "rate", 1, False
    if family == "money" and kind in (None, "volume"):
        return "money", 0, False
    if family == "duration" and kind in (None, "volume"):
        return "duration", -1, False
    if kind is None and has_metric:
        return "volume", 0, False
    return kind, tight, gate


def _unit(goal: Goal) -> str | None:
    if goal.metric is not None and goal.metric.unit:
        return goal.metric.unit
    for q in (goal.target.value or goal.target.low if goal.target else None, goal.baseline):
        if q is not None and q.unit:
            return q.unit
    return None


def _family(v: Vocab, unit: str | None) -> str | None:
    if not unit:
        return None
    if unit in ("%", "pp"):
        return "percent"
    if BUILTIN.is_money(unit):
        return "money"
    if _key(unit) in v.duration_units:
        return "duration"
    return "count"


def _aim_of(v: Vocab, dimension: str | None, bits: int) -> str | None:
    """What the goal aims at: the aim its metric's words say (the highest priority when several
    do) when it agrees with an explicit ``dimension``, else the dimension's own aim. ``bits``:
    which of ``v.aim_terms`` the words say (``v.aims_and_directions``)."""
    said = [name for i, (name, _) in enumerate(v.aim_terms) if bits >> i & 1]
    said.sort(key=lambda n: -v.aims[n].priority)
    if dimension:
        own = [n for n, a in v.aims.items() if dimension in a.dimensions]
        fitting = [n for n in said if n in own]
        if fitting:
            return fitting[0]
        if own:
            return min(own, key=lambda n: v.aims[n].priority)
        return said[0] if said else None
    return said[0] if said else None


def related(v: Vocab, push: MetricFacts, strict: MetricFacts, plan: Plan) -> str | None:
    """How a stricter metric holds back a pushed volume: the ``same`` thing, the ``next`` stage of
    its funnel; when either metric names no thing the vocabulary knows, a direct
    ``parent``/child link or, for a cost, a loss or a wait, a word both names share (``named``)."""
    mine = set(push.entities)
    if mine & set(strict.subjects):
        return "same"
    onward = {n for e in push.entities for n in v.next_of(e)}
    if onward & set(strict.subjects):
        return "next"
    if not strict.subjects or not push.entities:
        a, b = push.goal, strict.goal
        if (b.parent is not None and b.parent.value == a.id) or (a.parent is not None and a.parent.value == b.id):
            return "parent"  # the stricter goal is a part of the pushed one (or the other way round)
        restricts = strict.kind in ("cost", "stock", "duration") or (strict.kind == "rate" and strict.direction < 0)
        if restricts and push.words & strict.words:
            return "named"  # a loss, cost or wait of a thing both name that the vocabulary does not know: 外卖
    return None


@record(frozen=True)
class Stated:
    """Which way the words of a goal (its title, then its metric's name) say it moves its
    metric: ``direction`` +1 up, -1 down, 0 when they say neither or both; ``word`` as written;
    ``worded`` when any direction word is there, a ceiling (控制在, 以内) included."""

    direction: int
    word: str | None
    worded: bool


UNSTATED = Stated(0, None, False)


def stated(goal: Goal, packs: Packs | None) -> Stated:
    """(The vocabularies keep what they found in each short text, so this is asked freely.)"""
    v = vocab(packs)
    title, name = goal.title or "", goal.metric.name if goal.metric is not None else ""
    if not v.digit_free or fold(title) != title or fold(name) != name:  # a Traditional character: read as it is
        return _stated(v, (title, name))
    # Titles differ mostly in their numbers, which no direction word has: texts of one digit
    # shape say the same (the word quoted is the same characters at the same place)
    key = (shape(title), shape(name))
    found = v.stated_memo.get(key)
    if found is None:
        if len(v.stated_memo) > 65536:
            v.stated_memo.clear()
        found = v.stated_memo[key] = _stated(v, (title, name))
    return found


def _stated(v: Vocab, texts: tuple[str, str]) -> Stated:
    worded = False
    for text in texts:
        up, down = v.up_terms.search(text), v.moves_down.search(text)
        worded = worded or up is not None or v.down_terms.search(text) is not None
        if (up is None) != (down is None):
            m = up or down
            return Stated(1 if up is not None else -1, text[m.start():m.end()], True)
        if up is not None:
            return Stated(0, None, True)
    return Stated(0, None, True) if worded else UNSTATED


def good_direction(m: MetricFacts) -> int:
    """+1 when a higher number is better for the metric, -1 when lower is, 0 when only the goal
    can say: a cost, a bad rate, a service time or a rank is better lower, a score or a stock
    turnover higher (the packs' ``tight``), a rate that follows the whole base (复购率, 续约率,
    retention) higher; a pass rate (a gate), volumes, money and shares depend."""
    if m.gate:
        return 0
    if m.kind in ("cost", "stock", "duration", "score", "rank") or (m.kind == "rate" and m.tight != 0):
        return m.tight
    if m.kind == "rate" and m.whole_base:
        return 1
    return 0


def wrong_way(goal: Goal, m: MetricFacts, packs: Packs | None) -> tuple[str, Stated, int] | None:
    """Whether the goal's numbers (baseline to an exact, range or relative target; a bound says
    its own way) go against what its words say ("words", and what they say), or, when its words
    name no direction, against what is good for its metric ("kind", and which way is good)."""
    t = goal.target
    if t is None or goal.baseline is None or t.kind == "bound" or m.units is not None:
        return None
    moved = goal.direction()
    if moved == 0:
        return None
    said = stated(goal, packs)
    if said.direction == -moved and said.word:
        return "words", said, -moved
    if said.worded or goal.metric is None:
        return None
    good = good_direction(m)
    if good != 0 and good != moved:
        return "kind", said, good
    return None
