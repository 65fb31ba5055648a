"""Rules checked again only where an edit can change what they find (the editor's memo).

After a keystroke the server parses again only the blocks whose text changed
(``BlockCache``); this module decides which rules run again. It is the ``memo`` the server
hands to ``Linter.lint_set``, which asks it for each rule's hits (``hits``):

- **Block-local rules** (``node_local``): the hits of a block whose object is the one of the
  last run are kept; only changed blocks are checked again.
- **Plan-wide rules**: while a rule runs, the server notes which attributes of which model
  classes it reads (``Goal.baseline``, ``Initiative.supports``, ``Plan.index``, ...): every node
  class gets, for the length of the run, a data descriptor per attribute that notes the
  first read and then takes itself away again, so a run pays once per attribute, not once
  per read. After an edit, the changed blocks are compared with their previous versions
  attribute by attribute; a rule none of whose attributes changed gets its previous hits
  back. A rule's hits depend only on what it reads, so when nothing it read changed it
  would find the same again. Reading ``Plan.index`` counts as reading what the index is
  built from (``INDEX_READS``). The plan's facts and other shared results live in the index's
  memo (``_TrackedMemo``): a rule that finds one there has read what it was computed from
  (recorded when it was computed; an entry computed unseen counts as everything).
- **Per-goal and per-unit rules** (``Rule.per_goal``, ``Rule.per_unit``): each goal's (unit's)
  *turn* is kept with its hits, the blocks it may read (``members``, by identity) and the shared
  results it read (of a map by goal, ``facts.BY_GOAL``, only its goals' entries). After an edit
  that changed only goals' attributes, a turn is kept when its blocks are the same objects and
  every shared result it read is the last lint's (the same object, or equal by value:
  ``_Round.same``); the others run again, the changed ones first (they compute what the others
  read).
- **Facts of single goals** (``facts.carried``): when only goals and initiatives changed, the
  metric facts, wrong-way facts and meaning in time of the goals that are the same objects are
  taken over into the new plan's memo, with what they were read from.
- **Positions**: a span counts as unchanged when it moved with the text (``TextMap``: the text
  before the change stays, the text after it moves by the change's length) and starts at the
  same column (a field's column goes into fixes as indentation); every kept hit (and its
  edits) is moved through the edit. A kept hit inside the changed text cannot be moved, and its rule
  runs again; so does every rule when the blocks were added, removed or reordered, when the
  linter, language or a file of the set changed, or when the text map is unknown.

Nothing here is specific to a rule: a new rule, a plugin or a rewritten one is checked
again exactly when what it reads changes. A rule must read the plan through attributes
(not ``model_dump`` or ``vars``); ``tests/test_lsp_incremental.py`` compares the kept
results with a full run after random edits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from planlint.api.finding import Edit
from planlint.api.rule import Context, Hit, Rule
from planlint.facts import PlanFacts, carried, goal_facts, goal_of, is_goal_map
from planlint.model import Goal, Initiative, Node, Plan, PlanIndex, PlanMeta, Span, Team
from planlint.parser.layout import common_prefix, common_suffix

NODE_CLASSES: tuple[type, ...] = (Plan, PlanMeta, Team, Goal, Initiative)
EVERYTHING = ("*", "*")
# What ``PlanIndex`` is built from (tests/test_lsp_incremental.py checks it against a recorded build).
INDEX_READS = frozenset({
    ("Plan", "path"), ("Plan", "meta"), ("Plan", "teams"), ("Plan", "goals"), ("Plan", "initiatives"),
    ("Goal", "id"), ("Goal", "parent"), ("Goal", "path"), ("Goal", "span"),
    ("Initiative", "supports"), ("Initiative", "path"), ("Initiative", "span"),
    ("Team", "id"), ("Team", "title"), ("Team", "owner"), ("Team", "members"), ("Team", "path"), ("Team", "span"),
    ("PlanMeta", "path"), ("PlanMeta", "span"),
})
_MISSING = object()
_PROBED: dict[tuple[type, str], tuple[tuple[str, str], Any]] = {}  # (cls, name): (key, what the probe stands for)
# what the index is built from (``INDEX_READS``) but where blocks are (``PlanIndex.swapped`` reads that anew)
_INDEX_SHAPE = INDEX_READS - {(cls, "span") for cls in ("Goal", "Initiative", "Team", "PlanMeta")}
# plan attributes an edit changes without changing what the plan says
_LAYOUT_ONLY = frozenset({("Plan", "line_count"), ("Plan", "directives")})


# ------------------------------------------------------------------ reading
class _Probe:
    """A data descriptor standing in for one attribute of one class during a recorded run:
    the first read notes the attribute and puts the class back as it was."""

    __slots__ = ("cls", "name", "saved", "key", "log", "inner")

    def __init__(self, cls: type, name: str, log: set) -> None:
        self.cls, self.name, self.log = cls, name, log
        self.saved = cls.__dict__.get(name, _MISSING)
        # the attribute's name as logged, and what it is when no probe is there: a slot, a
        # property, or the instance's dict (found once per attribute: probes are made by the
        # hundred in every edit)
        info = _PROBED.get((cls, name))
        if info is None:
            inner = next((c.__dict__[name] for c in cls.__mro__ if name in c.__dict__), None)
            while isinstance(inner, _Probe):
                inner = inner.inner
            info = _PROBED[(cls, name)] = ((cls.__name__, name), inner)
        self.key, self.inner = info

    def restore(self) -> None:
        if self.cls.__dict__.get(self.name) is self:
            if self.saved is _MISSING:
                delattr(self.cls, self.name)
            else:
                setattr(self.cls, self.name, self.saved)

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        self.log.add(self.key)
        self.restore()
        return getattr(obj if obj is not None else owner, self.name)

    def __set__(self, obj: Any, value: Any) -> None:  # a write (a Context or index being built) is no read
        if hasattr(self.inner, "__set__"):
            self.inner.__set__(obj, value)
        else:
            obj.__dict__[self.name] = value

    def __delete__(self, obj: Any) -> None:
        if hasattr(self.inner, "__delete__"):
            self.inner.__delete__(obj)
        else:
            del obj.__dict__[self.name]


def attribute_names(cls: type) -> list[str]:
    """A model class's attributes that hold what the plan says (not caches): pydantic fields,
    dataclass fields that take part in equality, else public slots."""
    if hasattr(cls, "model_fields"):
        return list(cls.model_fields)
    if dataclasses.is_dataclass(cls):
        return [f.name for f in dataclasses.fields(cls) if f.compare]
    names: list[str] = []
    for c in reversed(cls.__mro__):
        for slot in c.__dict__.get("__slots__", ()):
            if not slot.startswith("_") and slot not in names:
                names.append(slot)
    return names


def _value_names(cls: type) -> tuple[str, ...]:
    """What makes two values of ``cls`` equal: its attributes, and its place (``span`` and the
    other ``*_span`` properties of a value that keeps its place as numbers)."""
    found = _VALUE_NAMES.get(cls)
    if found is None:
        own = getattr(cls, "_fields", None)
        names = list(own) if isinstance(own, tuple) else attribute_names(cls)
        names += [n for n in dir(cls) if n.endswith("span") and isinstance(getattr(cls, n, None), property)
                  and n not in names]
        found = _VALUE_NAMES[cls] = tuple(names)
    return found


_VALUE_NAMES: dict[type, tuple[str, ...]] = {}


def _attributes(cls: type) -> list[str]:
    names = attribute_names(cls)
    if cls is Plan:
        names.append("index")
    return names


_WATCHED: list[tuple[type, str]] = [(cls, name) for cls in NODE_CLASSES for name in _attributes(cls)]
_EVERYTHING_KEYS: set[tuple[str, str]] = set()  # reads that count as reading everything


# the logs of the recordings under way, outermost first: a shared result read (``_TrackedMemo``)
# counts as a read of what it was computed from in every one of them
_ACTIVE: list[set[tuple[str, str]]] = []
_MERGED: list[set[object]] = []  # beside each: the shared results whose reads it holds already


_GENERATION = [0]  # counts the changes of _ACTIVE: a result merged into every log under way at one count is merged


def _push(log: set[tuple[str, str]]) -> None:
    _ACTIVE.append(log)
    _MERGED.append(set())
    _GENERATION[0] += 1


def _pop(log: set[tuple[str, str]]) -> None:
    for i in range(len(_ACTIVE) - 1, -1, -1):
        if _ACTIVE[i] is log:
            del _ACTIVE[i], _MERGED[i]
            _GENERATION[0] += 1
            return


def _install(log: set[tuple[str, str]], watched: Iterable[tuple[type, str]] = ()) -> list[_Probe]:
    probes = [_Probe(cls, name, log) for cls, name in (watched or _WATCHED)]
    for p in probes:
        setattr(p.cls, p.name, p)
    _push(log)
    return probes


def _uninstall(probes: list[_Probe], log: set[tuple[str, str]]) -> None:
    for p in reversed(probes):  # the last put in first: a nested recording gives the outer probes back
        p.restore()
    _pop(log)


def recorded(run: Callable[[], Any], watched: Iterable[tuple[type, str]] = ()) -> tuple[Any, set[tuple[str, str]]]:
    """Call ``run`` and return its result and the (class, attribute) pairs it read."""
    log: set[tuple[str, str]] = set()
    probes = _install(log, watched)
    try:
        result = run()
    finally:
        _uninstall(probes, log)
    return result, log


def _family(key: object) -> object:
    """The kind of a shared result: its key's leading words (``("meaning", id(goal))`` is one
    of the kind ``("meaning",)``)."""
    if not isinstance(key, tuple):
        return key
    n = 0
    while n < len(key) and isinstance(key[n], str):
        n += 1
    return key[:n] if n else key


class _TrackedMemo(dict):
    """``PlanIndex.memo`` during a lint of the editor: each shared result (a budget attribution,
    the plan's calendar, ...) is recorded while it is computed, from the first look-up that
    misses to the store of its key (``found = memo.get(key)``, ``memo[key] = compute()``), and
    a rule that reads it later, found, has read what it was computed from. An entry whose
    computation was not seen (stored before, or without a look-up) counts as everything."""

    def __init__(self, entries: dict) -> None:
        super().__init__(entries)
        from planlint.facts import PlanFacts  # a container: what it holds is in entries of its own

        self.reads: dict[object, frozenset] = {
            k: (frozenset() if isinstance(v, PlanFacts) else frozenset({EVERYTHING})) for k, v in entries.items()}
        self.frames: list[tuple[object, set | None, list[_Probe] | None]] = []
        self.families: set[object] = set()  # kinds of entry recorded with probes of their own
        self.merged_at: dict[object, int] = {}  # the _GENERATION at which each was last merged
        self.turn: _Turn | None = None  # during a per-goal rule's turn at a goal: what it reads is noted there
        self.live = True  # False after the lint: a plain dict (hover and the like record nothing)

    def _note(self, key: object) -> None:
        """A per-goal rule's turn read ``key``: of a map by goal (``facts.BY_GOAL``), only its
        goal's entry."""
        turn = self.turn
        assert turn is not None
        if is_goal_map(key):
            if turn.maps is None:
                turn.maps = set()
            turn.maps.add(key)  # (its members' entries: noted when the turn ends, ``_Turn.close``)
        else:
            turn.keys.add(key)

    def _found(self, key: object) -> None:
        if not _ACTIVE or not self.live:
            return
        generation = _GENERATION[0]
        if self.merged_at.get(key) == generation:  # read again by the same rule: merged already
            return
        self.merged_at[key] = generation
        reads = self.reads.get(key)
        if reads is None:
            reads = frozenset({EVERYTHING})
        for log, merged in zip(_ACTIVE, _MERGED, strict=True):
            if key not in merged:
                merged.add(key)
                log.update(reads)

    def _missed(self, key: object) -> None:
        if not self.live:
            return
        family = _family(key)
        if not _ACTIVE and family in self.families:
            # no rule is being recorded (a block-local rule, the linter): counts as everything
            self.frames.append((key, None, []))
            return
        log: set[tuple[str, str]] = set()
        if _ACTIVE and family in self.families:
            # a further entry of a kind already recorded once in this lint (one per goal, say):
            # recording each afresh costs a probe per attribute, so it counts as read from all
            # its rule has read so far, which holds whatever it reads
            self.frames.append((key, log, None))
            _push(log)
        else:
            self.families.add(family)
            self.frames.append((key, log, _install(log)))

    def _close(self, log: set | None, probes: list[_Probe] | None) -> set | None:
        if log is None:
            return None
        if probes is None:  # a cheap frame: all the rule has read so far
            log.update(_ACTIVE[0])
            _pop(log)
            return log
        _uninstall(probes, log)
        return log

    # (``_found`` is called only when the result may not be merged yet: most look-ups are a
    # rule reading again what it read before)
    def get(self, key: object, default: Any = None) -> Any:
        if self.turn is not None:
            self._note(key)
        if dict.__contains__(self, key):
            if _ACTIVE and self.merged_at.get(key) != _GENERATION[0]:
                self._found(key)
            return dict.__getitem__(self, key)
        self._missed(key)
        return default

    def __contains__(self, key: object) -> bool:
        if self.turn is not None:
            self._note(key)
        if dict.__contains__(self, key):
            if _ACTIVE and self.merged_at.get(key) != _GENERATION[0]:
                self._found(key)
            return True
        self._missed(key)
        return False

    def __getitem__(self, key: object) -> Any:
        if self.turn is not None:
            self._note(key)
        if _ACTIVE and self.merged_at.get(key) != _GENERATION[0]:
            self._found(key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key: object, value: Any) -> None:
        if self.turn is not None:
            self._note(key)
        reads: set[tuple[str, str]] | None = None
        if any(k == key for k, _, _ in self.frames):
            while self.frames:
                k, log, probes = self.frames.pop()
                log = self._close(log, probes)
                if k == key:
                    reads = log
                    break
        self.reads[key] = frozenset(reads) if reads is not None else frozenset({EVERYTHING})
        for merged in _MERGED:  # stored again: what it is read from is to be merged again
            merged.discard(key)
        self.merged_at.pop(key, None)
        dict.__setitem__(self, key, value)

    def close(self, last: bool = False) -> None:
        """End the recordings of look-ups that missed and stored nothing (``last``: and all
        recording, the lint is over)."""
        while self.frames:
            _, log, probes = self.frames.pop()
            self._close(log, probes)
        if last:
            self.live = False


def _reads(log: set[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """What a run depends on: what it read, with the index and facts spelled out."""
    out = set(log)
    if ("Plan", "index") in out:
        out |= INDEX_READS
    if out & _EVERYTHING_KEYS:
        out.add(EVERYTHING)
    return frozenset(out)


# ---------------------------------------------------------------- positions
def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parser_text(text: str) -> str:
    """The text in the parser's coordinates (no byte-order mark, ``\\n`` line ends)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class TextMap:
    """Where positions of the old text are in the new one: the common beginning stays, the
    common end moves, what lies between (the change) has no place."""

    def __init__(self, old: str, new: str) -> None:
        self.same = old == new
        if self.same:
            return
        a = common_prefix(old, new)
        s = common_suffix(old, new, min(len(old), len(new)) - a)
        if "\n" in old[a: len(old) - s] or "\n" in new[a: len(new) - s]:
            # lines went in or out: the change covers whole lines, so that a position on the next
            # line is not taken for one on the changed line because both start alike
            a = old.rfind("\n", 0, a) + 1
            s = common_suffix(old, new, min(len(old), len(new)) - a)
            if s and len(old) - s > 0 and old[len(old) - s - 1] != "\n":
                cut = old.find("\n", len(old) - s)
                s = len(old) - cut - 1 if cut >= 0 else 0
        self.start = _position(old, a)
        self.old_end = _position(old, len(old) - s)
        self.new_end = _position(new, len(new) - s)
        self.lines = self.new_end[0] - self.old_end[0]  # lines the text after the change moved

    def point(self, line: int, column: int) -> tuple[int, int] | None:
        if self.same:
            return line, column
        p = (line, column)
        if p < self.start or (p == self.start and self.start != self.old_end):
            return p
        if p >= self.old_end and not (p == self.start == self.old_end):
            (ol, oc), (nl, nc) = self.old_end, self.new_end
            return (nl, nc + column - oc) if line == ol else (line - ol + nl, column)
        return None  # inside the change, or where text was inserted

    def span(self, span: Span) -> Span | None:
        if self.same or span.end_line < self.start[0]:
            return span
        if span.line > self.old_end[0]:  # on a line after the change: only moved up or down
            d = self.lines
            return span if d == 0 else Span(line=span.line + d, column=span.column, end_line=span.end_line + d,
                                              end_column=span.end_column)
        a = self.point(span.line, span.column)
        b = self.point(span.end_line, span.end_column)
        if a is None or b is None:
            return None
        if a == (span.line, span.column) and b == (span.end_line, span.end_column):
            return span
        return Span(line=a[0], column=a[1], end_line=b[0], end_column=b[1])

    def hit(self, hit: Hit) -> Hit | None:
        span = self.span(hit.span)
        if span is None:
            return None
        if not hit.edits:
            return hit if span is hit.span else _moved(hit, span, hit.edits)
        edits = []
        for e in hit.edits:
            moved = self.span(e.span)
            if moved is None:
                return None
            edits.append(e if moved is e.span else Edit(moved, e.text))
        if span is hit.span and all(a is b for a, b in zip(edits, hit.edits, strict=True)):
            return hit
        return _moved(hit, span, edits)


def _moved(hit: Hit, span: Span, edits: list) -> Hit:
    """``dataclasses.replace(hit, span=span, edits=edits)``, without its look at the fields
    (a line break moves thousands of hits)."""
    new = object.__new__(Hit)
    new.__dict__.update(hit.__dict__)
    new.span, new.edits = span, edits
    return new


_PLAIN = (str, int, float, bool, type(None), dt.date)


def _equal(a: Any, b: Any, tm: TextMap) -> bool:
    """Equal as values; a span is equal when the old one, moved through the edit, is the new
    one and starts at the same column (rules write a field's column into fixes as indentation)."""
    if a is b:
        return True
    if isinstance(a, _PLAIN) or isinstance(b, _PLAIN):
        return type(a) is type(b) and a == b
    if isinstance(a, Span):
        return isinstance(b, Span) and a.column == b.column and tm.span(a) == b
    if isinstance(a, list | tuple):
        return isinstance(b, list | tuple) and len(a) == len(b) and all(
            _equal(x, y, tm) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_equal(a[k], b[k], tm) for k in a)
    if type(a) is not type(b):
        return False
    return all(_equal(getattr(a, k), getattr(b, k), tm) for k in _value_names(type(a)))


# --------------------------------------------------------------------- memo
class _Kept:
    """One rule's last results."""

    __slots__ = ("reads", "hits", "by_block", "ctx", "turns", "readers", "basis", "units")

    def __init__(self) -> None:
        self.reads: frozenset = frozenset()
        self.hits: list[Hit] = []
        self.by_block: dict[int, list[Hit]] = {}
        self.ctx: tuple = ()
        # a per-goal (per-unit) rule's hits and the shared results read at each goal (by the goal
        # object's id) or unit (by its key)
        self.turns: dict[object, _Turn] | None = None
        # of those, which turns read each shared result (built when first needed, then kept up)
        self.readers: _Readers | None = None
        self.basis: list | None = None  # a per-goal rule's: the goals' units its turns were made for
        # a per-unit rule's units, what its ``units`` read, and (once needed) where each block is
        self.units: tuple[list, frozenset, dict[int, list[int]] | None] | None = None


class _Turn:
    """What a per-goal (or per-unit) rule found at one goal (unit), and the shared results it
    read there; ``members``: the blocks it may read (a goal and its parent), as they were."""

    __slots__ = ("key", "members", "hits", "keys", "maps", "lines")

    def __init__(self, key: object, members: tuple) -> None:
        self.key = key
        self.members = members
        self.hits: list[Hit] | tuple[Hit, ...] = []
        self.keys: set[object] | tuple = set()  # (a tuple once the turn is over: thousands are kept)
        self.maps: set[object] | None = None  # maps by goal read (``facts.BY_GOAL``), while the turn runs
        self.lines: tuple[int, int] | None = None  # the first and last line its hits and edits touch

    def close(self) -> None:
        """The turn is over: of each map by goal it read, its goals' entries are what it read."""
        keys = self.keys
        if isinstance(keys, set):
            if self.maps:
                goals = [id(m) for m in self.members if isinstance(m, Goal)]
                keys.update((k, g) for k in self.maps for g in goals)
            self.keys = tuple(keys)
        self.maps = None
        self.hits = tuple(self.hits) if self.hits else ()

    def line_range(self) -> tuple[int, int]:
        """The first and last line its hits and their edits touch (it has hits)."""
        if self.lines is None:
            spans = [s for h in self.hits for s in (h.span, *(e.span for e in h.edits))]
            self.lines = (min(s.line for s in spans), max(s.end_line for s in spans))
        return self.lines

    def moved(self, rnd: _Round) -> _Turn | None:
        """This turn after the edit (itself when the edit moved none of its hits); None when a
        hit is in the changed text."""
        if not self.hits:
            return self
        first, last = self.lines or self.line_range()
        if rnd.far(first, last):
            return self
        hits = rnd.move(self.hits)
        if hits is None:
            return None
        turn = _Turn(self.key, self.members)
        turn.hits, turn.keys = hits, self.keys
        tm = rnd.tm
        if first > tm.old_end[0]:  # all after the edit: moved by its lines (found again otherwise)
            turn.lines = (first + tm.lines, last + tm.lines)
        return turn


class _Readers:
    """Which turns of a per-goal (per-unit) rule read each shared result: the results about one
    goal (its number in time, its entries of the maps by goal: ``facts.goal_of``) by that goal, the
    others by key."""

    __slots__ = ("by_key", "by_goal")

    def __init__(self, turns: dict[object, _Turn]) -> None:
        self.by_key: dict[object, set[object]] = {}
        self.by_goal: dict[int, dict[object, set[object]]] = {}
        for key, turn in turns.items():
            self.add(key, turn)

    def add(self, key: object, turn: _Turn) -> None:
        by_key, by_goal = self.by_key, self.by_goal
        for k in turn.keys:
            goal = goal_of(k)
            into = by_key if goal is None else by_goal.setdefault(goal, {})
            found = into.get(k)
            if found is None:
                into[k] = {key}
            else:
                found.add(key)

    def remove(self, key: object, turn: _Turn) -> None:
        for k in turn.keys:
            goal = goal_of(k)
            into = self.by_key if goal is None else self.by_goal.get(goal)
            found = into.get(k) if into is not None else None
            if found is not None:
                found.discard(key)
                if not found:
                    del into[k]  # type: ignore[union-attr]
                    if goal is not None and not into:
                        del self.by_goal[goal]

    def suspects(self, rnd: _Round) -> set[object]:
        """The turns that read a shared result not known to be what it was (compared here where
        this lint has computed it). After an edit that changed only goals, the results about a
        goal that is the same object are the last lint's (``_Round._carry``): only those about
        goals that are gone are looked at."""
        out: set[object] = set()
        groups: list[dict[object, set[object]]] = [self.by_key]
        if rnd.same_goals is None:
            groups += self.by_goal.values()
        else:
            groups += [self.by_goal[g] for g in self.by_goal.keys() - rnd.same_goals]
        for group in groups:
            known = group.keys()
            for k in known - rnd.checked:  # compared now if computed (a plan's calendar, say)
                rnd.same(k)
            for k in known - rnd.checked:
                out.update(group[k])
            for k in rnd.unstable.intersection(known) if len(rnd.unstable) < len(known) else known & rnd.unstable:
                out.update(group[k])
        return out


class RuleMemo:
    """The results of the last run of every rule on one plan set, and what each read.

    ``begin(linter, texts)`` before ``Linter.lint_set(parsed, memo=self)`` (the text of each
    file of the set, in the parser's coordinates), ``end()`` after it.
    """

    def __init__(self) -> None:
        self._linter: object | None = None
        self._plan: Plan | None = None
        self._texts: dict[str, str] = {}
        self._kept: dict[str, _Kept] = {}
        self._facts: tuple[dict, dict] | None = None  # the last plan's facts of single goals, and their reads
        self._values: dict = {}  # the last lint's shared results (what per-goal rules' turns read is compared with them)
        self._pending: dict[str, str] | None = None
        self._round: _Round | None = None
        self._goal_units: list | None = None  # the per-goal rules' units of the last lint that made them
        # the findings of the last lint and of this one, by hit (``Linter._run``): a kept hit's finding
        # is the same object again (id(hit): (hit, path, locale, severity, finding))
        self.made: dict[int, tuple] = {}
        self.making: dict[int, tuple] = {}
        self.stats: dict = {"kept": 0, "run": 0}  # rules kept and run in the last lint; "ran": the plan-wide ones run

    def begin(self, linter: object, texts: dict[str, str]) -> None:
        if linter is not self._linter:
            self.reset()
            self._linter = linter
        self._pending = texts
        self._round = None
        self.making = {}
        self.stats = {"kept": 0, "run": 0}

    def reset(self) -> None:
        self._plan, self._texts, self._kept, self._facts, self._values = None, {}, {}, None, {}
        self._goal_units = None
        self.made, self.making = {}, {}

    def end(self, ok: bool = True) -> None:
        if self._round is not None:
            self._round.shared.close(last=True)
        if self._round is not None and ok:
            self._plan = self._round.plan
            shared = self._round.shared
            facts = goal_facts(shared)
            self._facts = (facts, {k: shared.reads[k] for k in facts if k in shared.reads})
            self._values = shared  # (the project's ``release`` lets the plan let go of it, not empties it)
            self._texts = self._pending or {}
            if self._round.goal_units is not None:
                self._goal_units = self._round.goal_units
            self.made, self.making = self.making, {}
        else:
            self.reset()
        self._round = None
        self._pending = None

    def start(self, plan: Plan) -> _Round:
        """Begin the lint of ``plan`` (the linter calls it before the plan's facts are read):
        from here on the plan's shared results note what they are computed from."""
        if self._round is None or self._round.plan is not plan:
            self._round = _Round(self._plan, plan, self._texts, self._pending, self._facts, self._values,
                                 self._goal_units)
        return self._round

    # the linter calls this for every rule (``Linter._hits``)
    def hits(self, rule: Rule, plan: Plan, ctx: Context) -> Iterable[Hit]:
        """The rule's hits on ``plan``: kept where nothing it read changed, else found again. A
        rule that raises gives the hits it found before, then the exception (as a run of the
        rule would), and keeps nothing."""
        rnd = self.start(plan)
        kept = self._kept.pop(rule.code, None)
        fresh = _Kept()
        fresh.ctx = (ctx.lang, ctx.locale, ctx.currency, id(ctx.options))
        if kept is not None and kept.ctx != fresh.ctx:
            kept = None
        found: list[Hit] = []
        try:
            if rule.node_local:
                self._block_hits(rule, plan, ctx, kept, fresh, found)
            else:
                reuse = None
                usable = kept is not None and rnd.comparable and EVERYTHING not in kept.reads
                touched = kept.reads & rnd.changed if usable else set()
                if usable and not touched and kept.turns is None:
                    reuse = rnd.move(kept.hits)
                elif usable and not touched and rnd.tm.same and not rnd.changed_blocks:
                    reuse, fresh.turns, fresh.readers = kept.hits, kept.turns, kept.readers  # the same text and blocks
                    fresh.basis, fresh.units = kept.basis, kept.units
                elif usable and kept.turns is not None and all(c == "Goal" for c, _ in touched):
                    reuse = self._goal_hits(rule, plan, ctx, kept, fresh, bool(touched))
                if reuse is not None:
                    self.stats["kept"] += 1
                    fresh.reads = fresh.reads | kept.reads
                    found = reuse
                elif rule.per_goal or rule.per_unit:
                    self.stats["run"] += 1
                    self.stats.setdefault("ran", []).append(rule.code)
                    found = self._goal_run(rule, plan, ctx, fresh)
                else:
                    self.stats["run"] += 1
                    self.stats.setdefault("ran", []).append(rule.code)
                    _, log = recorded(lambda: rnd.run(lambda: found.extend(rule.check(plan, ctx))))
                    fresh.reads = _reads(log)
        except _Failed as failed:
            return _then_raise(failed.hits, failed.__cause__)  # type: ignore[arg-type]
        except Exception as exc:
            return _then_raise(found, exc)
        fresh.hits = found
        self._kept[rule.code] = fresh
        return found

    def _units(self, rule: Rule, plan: Plan, ctx: Context, fresh: _Kept,
               kept: _Kept | None = None) -> list[tuple[object, tuple]]:
        """The goals (or units) of a per-goal (per-unit) rule: (key, the blocks it may read).

        A per-unit rule's units are the last lint's, with the blocks the edit replaced swapped
        for the new ones (and a key that was a replaced block's id for the new one's), when the
        edit changed nothing its ``units`` read (``_Kept.units``)."""
        rnd = self._round
        if rule.per_goal:  # (read here: not among the rule's reads; the same for every per-goal rule)
            if rnd.goal_units is None:  # (a goal and its parent; once per goal and lint)
                goals = plan.index.goals
                rnd.goal_units = [(id(g), (g, goals.get(g.parent.value) if g.parent is not None else None))
                                  for g in plan.goals]
            return rnd.goal_units
        if kept is not None and kept.units is not None and rnd.comparable and not (kept.units[1] & rnd.changed) \
                and EVERYTHING not in kept.units[1]:
            units, reads, where = kept.units
            if where is None:  # (found when first needed) the units each block is a member of
                where = {}
                for i, (_, members) in enumerate(units):
                    for m in members:
                        where.setdefault(id(m), []).append(i)
            units = list(units)
            for old, new in rnd.replaced:
                places = where.pop(id(old), None)
                if places is None:
                    continue
                where[id(new)] = places
                for i in places:
                    key, members = units[i]
                    units[i] = (id(new) if key == id(old) else key, tuple(new if m is old else m for m in members))
            kept.units = None  # (handed over)
            self.stats["units kept"] = self.stats.get("units kept", 0) + 1
            fresh.units = (units, reads, where)
            fresh.reads = fresh.reads | reads
            return units
        units, log = recorded(lambda: [(k, tuple(m)) for k, m in rule.units(plan, ctx)])
        reads = _reads(log)
        fresh.reads = fresh.reads | reads
        fresh.units = (units, reads, None)
        return units

    def _turns(self, rule: Rule, plan: Plan, units: list[tuple[object, tuple]], ctx: Context, fresh: _Kept,
               into: dict[object, _Turn]) -> None:
        """Check these goals (units) with a per-goal (per-unit) rule, recording what each turn
        found and read."""
        rnd = self._round
        shared = rnd.shared
        counted = self.stats.setdefault("goals", {})  # per-goal rules: the goals (units) checked
        counted[rule.code] = counted.get(rule.code, 0) + len(units)
        if not units:  # (nothing to check: nothing read, and no probes to put in and take out)
            return

        def run() -> None:
            try:
                for key, members in units:
                    turn = into[key] = shared.turn = _Turn(key, members)
                    found = rule.check_goal(members[0], plan, ctx) if rule.per_goal else \
                        rule.check_unit(key, members, plan, ctx)
                    turn.hits.extend(found)
                    turn.close()
            finally:
                if shared.turn is not None:
                    shared.turn.close()
                shared.turn = None

        _, log = recorded(lambda: rnd.run(run))
        fresh.reads = fresh.reads | _reads(log)

    def _goal_run(self, rule: Rule, plan: Plan, ctx: Context, fresh: _Kept) -> list[Hit]:
        """A per-goal (per-unit) rule run on every goal; what each turn found and read is kept."""
        turns: dict[object, _Turn] = {}
        try:
            self._turns(rule, plan, self._units(rule, plan, ctx, fresh), ctx, fresh, turns)
        except Exception as exc:
            raise _Failed([h for t in turns.values() for h in t.hits]) from exc
        fresh.turns = turns
        if rule.per_goal:
            fresh.basis = self._round.goal_units
        return [h for t in turns.values() for h in t.hits]

    def _goal_hits(self, rule: Rule, plan: Plan, ctx: Context, kept: _Kept, fresh: _Kept,
                   touched: bool) -> list[Hit] | None:
        """A per-goal (per-unit) rule after an edit that changed only goals: the turns of goals
        (units) whose blocks are the same objects and that read no shared result that changed are
        kept (moved through the edit), the others run again. None: run it whole.

        Only the turns that may not be kept are looked at one by one: those whose blocks changed,
        those that read a shared result not known to be the same (``_Kept.readers``: which turns
        read each), and those with a hit the edit may move (``_Round.far``)."""
        rnd = self._round
        old = kept.turns
        assert old is not None
        units = self._units(rule, plan, ctx, fresh, kept)
        shared = rule.per_goal and kept.basis is not None and kept.basis is rnd.last_goal_units
        present, changed = rnd.unit_changes(units, old, shared)
        if present is None:
            return None  # (two units with one key: kept results could not be told apart)
        new_turns: dict[object, _Turn] = {}
        # the changed first: their turns compute what the others' turns read
        self._turns(rule, plan, changed, ctx, fresh, new_turns)
        suspects: set[object] = set()
        readers = kept.readers
        if touched:
            if readers is None:
                readers = _Readers(old)
            suspects = readers.suspects(rnd)
        if not rnd.tm.same:  # and the turns with a hit the edit may move
            tm = rnd.tm
            start, old_end, lines = tm.start[0], tm.old_end[0], tm.lines
            for key, turn in old.items():
                if turn.hits:
                    first, last = turn.lines or turn.line_range()
                    if last >= start and (lines != 0 or first <= old_end):
                        suspects.add(key)
        again: list[tuple[object, tuple]] = []
        budget = max(8, len(units) // 8) - len(changed)
        for key, members in units if suspects else ():
            if key in new_turns or key not in suspects:
                continue
            turn = old[key]
            keys = turn.keys
            if not touched:
                same: bool | None = True
            elif rnd.checked.issuperset(keys):  # (the common case, answered without a call)
                same = rnd.unstable.isdisjoint(keys)
            else:
                same = rnd.all_same(keys)
            if same:
                kept_turn = turn.moved(rnd)
                if kept_turn is not None:
                    new_turns[key] = kept_turn
                    continue
            budget -= 1
            if budget < 0:
                return None  # most to check again: one run over all of them costs less
            if same is None:  # checked now: what it computes, the next turns find
                self._turns(rule, plan, [(key, members)], ctx, fresh, new_turns)
            else:
                again.append((key, members))
        self._turns(rule, plan, again, ctx, fresh, new_turns)
        gone = old.keys() - present
        if readers is not None:  # who reads what, for the next edit: the turns that ran again
            for key in gone:
                readers.remove(key, old[key])
            for key, turn in new_turns.items():
                before = old.get(key)
                if before is not None and before.keys is turn.keys:
                    continue  # (a kept turn, moved)
                if before is not None:
                    readers.remove(key, before)
                readers.add(key, turn)
            kept.readers = None  # (handed over: the old entry is not used again)
        # the last lint's turns become this one's, changed in place (they are the old entry's alone,
        # which is not used again; in no order that counts: the hits are put in the units' order below)
        turns, kept.turns = old, None
        for key in gone:
            del turns[key]
        turns.update(new_turns)
        fresh.turns, fresh.readers = turns, readers
        if rule.per_goal:
            fresh.basis = units
        return [h for key, _ in units for h in turns[key].hits]

    def _block_hits(self, rule: Rule, plan: Plan, ctx: Context, kept: _Kept | None, fresh: _Kept,
                    found: list[Hit]) -> None:
        rnd = self._round
        reuse = kept is not None and rnd.comparable
        if reuse:
            self.stats["kept"] += 1
            slots = sorted(set(kept.by_block) | rnd.changed_blocks, key=rnd.order.__getitem__)
        else:
            self.stats["run"] += 1
            slots = sorted(range(len(rnd.nodes)), key=rnd.order.__getitem__)
        for i in slots:
            moved = rnd.move(kept.by_block[i]) if reuse and i not in rnd.changed_blocks else None
            if moved is None:
                start = len(found)
                found.extend(rule.check_node(rnd.nodes[i], ctx))
                moved = found[start:]
            else:
                found.extend(moved)
            if moved:
                fresh.by_block[i] = moved


def _value(shared: dict, key: object) -> Any:
    """A shared result as a per-goal rule's turn read it (``_TrackedMemo._note``): one goal's entry
    of a map by goal, else the entry."""
    if type(key) is tuple and len(key) == 2 and type(key[0]) is tuple and type(key[1]) is int:
        found = dict.get(shared, key[0], _MISSING)
        return found.get(key[1], _MISSING) if isinstance(found, dict) else _MISSING
    return dict.get(shared, key, _MISSING)


class _Failed(Exception):
    """A per-goal rule raised: the hits it found before."""

    def __init__(self, hits: list[Hit]) -> None:
        super().__init__()
        self.hits = hits


def _then_raise(hits: list[Hit], exc: Exception) -> Iterator[Hit]:
    yield from hits
    raise exc


def _nodes(plan: Plan) -> list:
    """A plan's blocks in a fixed order (plan block, teams, goals, initiatives): how blocks of
    two versions of a plan are paired."""
    return ([plan.meta] if plan.meta is not None else []) + [*plan.teams, *plan.goals, *plan.initiatives]


class _Round:
    """One lint: the old plan against the new, what changed and how positions moved.

    Blocks are numbered by ``_nodes`` (``slot``); ``order`` gives each slot's place in the
    plan's block order, which a block-local rule's hits follow."""

    def __init__(self, old: Plan | None, new: Plan, old_texts: dict[str, str], new_texts: dict[str, str] | None,
                 kept: tuple[dict, dict] | None = None, values: dict | None = None,
                 last_goal_units: list | None = None) -> None:
        self.plan = new
        self.values = values if values is not None else {}  # the last lint's shared results
        # the shared results compared with the last lint's (``same``; only those this lint has
        # computed), and of them those that are not the same
        self.checked: set[object] = set()
        self.unstable: set[object] = set()
        self.goal_units: list[tuple[object, tuple]] | None = None  # per-goal rules' units (RuleMemo._units)
        self.last_goal_units = last_goal_units  # the last lint's (which the per-goal rules' turns were made for)
        self._goal_changes: tuple[set | None, list] | None = None
        self.same_goals: set[int] | None = None  # the goals that are the same objects (``_carry``)
        self.nodes = _nodes(new)
        self.changed: set[tuple[str, str]] = set()
        self.changed_blocks: set[int] = set()  # slots
        self.replaced: list[tuple[Node, Node]] = []  # (old, new) of those slots
        self.maps: dict[str, TextMap] = {}
        self.comparable = False
        if old is not None and new_texts is not None and set(old_texts) == set(new_texts) and len(new_texts) == 1:
            # (several files: a kept hit's file is not known to the linter, which goes by span objects)
            for path, text in new_texts.items():
                self.maps[path] = TextMap(old_texts[path], text)
            (self.tm,) = self.maps.values()
            self.comparable = self._compare(old, new)
        if self.comparable and new._index is None and old._index is not None \
                and not any(k in _INDEX_SHAPE for k in self.changed):  # (the blocks changed, not what links them)
            new._index = PlanIndex.swapped(old._index, new, self.replaced)
        index = new.index
        if not isinstance(index.memo, _TrackedMemo):
            index.memo = _TrackedMemo(index.memo)
        self.shared: _TrackedMemo = index.memo
        self.shared.live = True  # the plan linted again: what was stored after its last lint counts as everything
        position = {id(n): i for i, n in enumerate(index.blocks)}
        self.order = [position[id(n)] for n in self.nodes]
        if self.comparable and kept is not None and all(
                cls in ("Goal", "Initiative") or (cls, name) in _LAYOUT_ONLY for cls, name in self.changed):
            self._carry(old, new, kept)

    def _carry(self, old: Plan, new: Plan, kept: tuple[dict, dict]) -> None:
        """Only goals and initiatives changed: the facts of single goals (``facts.carried``) are
        taken over for the goals that are the same objects, with what they were read from."""
        entries, reads = kept
        same = self.same_goals = {id(g) for g in new.goals} & {id(g) for g in old.goals}
        taken: list[object] = []  # what is taken over is the last lint's, object for object
        shared, contains, everything = self.shared, dict.__contains__, frozenset({EVERYTHING})
        values: dict[object, object] = {}
        new_reads: dict[object, frozenset] = {}
        for key, value in carried(new, entries, same).items():
            if contains(shared, key):
                continue
            values[key] = value
            if isinstance(value, PlanFacts):
                new_reads[key] = frozenset()
                continue
            new_reads[key] = reads.get(key, everything)
            if isinstance(value, dict) and is_goal_map(key):
                taken.extend((key, g) for g in same if g in value)
            else:
                taken.append(key)
        dict.update(shared, values)
        shared.reads.update(new_reads)
        self.checked.update(taken)  # (the same as the last lint's: ``same`` need not compare them)

    def unit_changes(self, units: list[tuple[object, tuple]], old: dict[object, _Turn],
                     shared: bool) -> tuple[set[object] | None, list[tuple[object, tuple]]]:
        """The keys of these units (None when two are alike) and the units whose blocks are not
        the objects ``old``'s turns were made for (compared by identity). ``shared``: they are
        the per-goal rules' units and ``old`` was made for the last lint's, so the answer is the
        same for every per-goal rule (found once)."""
        if shared and self._goal_changes is not None:
            return self._goal_changes
        present = {k for k, _ in units}
        if len(present) != len(units):
            found: tuple[set[object] | None, list] = (None, [])
        elif shared:
            last = dict(self.last_goal_units or ())
            found = present, [(key, members) for key, members in units
                              if (before := last.get(key)) is None or before[0] is not members[0]
                              or before[1] is not members[1]]
        else:
            found = present, [(key, members) for key, members in units
                              if (turn := old.get(key)) is None or len(turn.members) != len(members)
                              or any(map(operator.is_not, turn.members, members))]
        if shared:
            self._goal_changes = found
        return found

    def all_same(self, keys: tuple | set) -> bool | None:
        """Whether every one of these shared results is what it was (``same``); None when one
        of them has not been computed yet in this lint."""
        checked = self.checked
        unknown = [k for k in keys if k not in checked]
        for k in unknown:
            self.same(k)
        if not checked.issuperset(unknown):
            return None if self.unstable.isdisjoint(keys) else False
        return self.unstable.isdisjoint(keys)

    def far(self, first_line: int, last_line: int) -> bool:
        """Whether the edit leaves what lies on these lines where it is: all before the edit, or
        all after it when it added or removed no line."""
        tm = self.tm
        if tm.same:
            return True
        return last_line < tm.start[0] or (tm.lines == 0 and first_line > tm.old_end[0])

    def same(self, key: object) -> bool:
        """Whether the shared result ``key`` is what it was in the last lint (False while this
        lint has not computed it yet)."""
        if key in self.checked:
            return key not in self.unstable
        new = _value(self.shared, key)
        if new is _MISSING:
            return False
        old = _value(self.values, key)
        if old is new:
            found = True
        elif old is _MISSING:
            found = False
        elif isinstance(new, PlanFacts):
            found = isinstance(old, PlanFacts) and old.packs is new.packs
        else:
            try:
                found = _equal(old, new, self.tm)
            except RecursionError:
                found = False
        self.checked.add(key)
        if not found:
            self.unstable.add(key)
        return found

    def run(self, check: Callable[[], Any]) -> None:
        """Run a rule; what it looked up and did not store is no longer recorded after it."""
        try:
            check()
        finally:
            self.shared.close()

    def move(self, hits: list[Hit]) -> list[Hit] | None:
        out = []
        for h in hits:
            moved = self.tm.hit(h)
            if moved is None:
                return None
            out.append(moved)
        return out

    def _compare(self, old: Plan, new: Plan) -> bool:
        tm = self.tm
        for name in ("path", "lang", "locale"):
            if getattr(old, name) != getattr(new, name):
                return False
        for name in ("line_count", "directives"):
            if not _equal(getattr(old, name), getattr(new, name), tm):
                self.changed.add(("Plan", name))
        if (old.meta is None) != (new.meta is None):
            return False
        for name in ("teams", "goals", "initiatives"):
            if len(getattr(old, name)) != len(getattr(new, name)):
                return False
        before = _nodes(old)
        slot_of_old = {id(x): i for i, x in enumerate(before)}
        for i, (a, b) in enumerate(zip(before, self.nodes, strict=True)):
            if a is b:
                continue
            if type(a) is not type(b) or a.path != b.path or slot_of_old.get(id(b), i) != i:
                return False  # a block moved elsewhere: the lists are not the same list
            cls = type(b).__name__
            self.changed.update((cls, name) for name in attribute_names(type(b))
                                if not _equal(getattr(a, name), getattr(b, name), tm))
            self.changed_blocks.add(i)  # a new object: its block-local hits are checked again
            self.replaced.append((a, b))
        return True
