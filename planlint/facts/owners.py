"""Who an owner field names: one person, several people, a group, a vacancy, a role, a team of
the plan, or a placeholder. The words come from ``packs/people.toml`` (and the placeholders of
the language); the value is read in one linear pass, whatever its length."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from planlint.language.keywords import is_placeholder
from planlint.language.packs import compile_terms, load_packs
from planlint.language.script import fold, has_cjk
from planlint.records import record

if TYPE_CHECKING:
    from planlint.language.packs import Packs
    from planlint.model import Plan

KINDS = ("person", "several", "group", "vacancy", "role", "team", "placeholder")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_PUNCT = re.compile(r"[\W_]+")


@record(frozen=True)
class OwnerFacts:
    text: str  # as written
    kind: str  # one of KINDS
    names: tuple[str, ...] = ()  # the people it names (one for a person, each for several)
    word: str = ""  # the word that makes it a group, a vacancy or a role, as written

    @property
    def person(self) -> str | None:
        """The one accountable person, when there is one."""
        return self.names[0] if self.kind == "person" else None


class _People:
    def __init__(self, packs: Packs) -> None:
        p = packs.data.people
        self.packs = packs
        self.groups = compile_terms(p.groups + p.plural_roles)
        self.starts = [fold(s).lower() for s in p.group_starts]
        self.ends = [fold(s).lower() for s in p.group_ends]
        self.vacancies = compile_terms(p.vacancies)
        self.roles = compile_terms(p.roles)
        self.titles = compile_terms(p.roles + p.functions)
        self.separators = [s for s in p.separators if s]
        self.han_and = [c for c in p.conjunctions if has_cjk(c)]
        words = [re.escape(c) for c in p.conjunctions if c and not has_cjk(c)]
        self.latin_and = re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(words) + r")(?![A-Za-z])") if words else None


@lru_cache(maxsize=16)
def _people(packs: Packs | None) -> _People:
    return _People(packs if packs is not None else load_packs())


def split_names(text: str, packs: Packs | None = None) -> list[str]:
    """The names in an owner value: ``张伟、李娜``, ``张伟和李娜``, ``Li Na and Wu Hao``,
    ``张伟 李娜`` (two Chinese names side by side); one name when there is no list."""
    p = _people(packs)
    parts = [text]
    for sep in p.separators:
        parts = [piece for part in parts for piece in part.split(sep)]
    if p.latin_and is not None:
        parts = [piece for part in parts for piece in p.latin_and.split(part)]
    for conj in p.han_and:
        out = []
        for part in parts:
            pieces = part.split(conj)
            if len(pieces) > 1 and all(len(x.strip()) >= 2 for x in pieces):
                out.extend(pieces)
            else:
                out.append(part)
        parts = out
    names = [x.strip() for x in parts if x.strip()]
    if len(names) == 1 and has_cjk(names[0]):
        words = names[0].split()
        if len(words) > 1 and all(2 <= len(w) <= 4 and all(has_cjk(c) for c in w) for w in words):
            names = words
    return names


MAX_OWNER = 200
_SPACES = re.compile(r"\s{2,}")


def owner_facts(text: str, plan: Plan | None = None, packs: Packs | None = None) -> OwnerFacts:
    """What an owner value names (see ``KINDS``). Only the first ``MAX_OWNER`` characters are
    read: a name is a few words, and a pasted 10 MB value must not cost seconds per rule.

    A value is read once per distinct text (a plan repeats its owners); the plan only adds
    which of the names are its teams."""
    reading = _reading(text, packs) if len(text) <= MEMO_OWNER else _read(text, packs)
    if isinstance(reading, OwnerFacts):
        return reading
    names, parts = reading
    teams = plan.index.teams if plan is not None else None
    if len(parts) > 1:
        def is_team(bare: str, one: OwnerFacts) -> bool:
            return (teams is not None and bare in teams) or one.kind == "team"

        people = [one for bare, one in parts if one.kind == "person" and not is_team(bare, one)]
        if len(people) == 1 and all(one.kind == "person" or is_team(bare, one) for bare, one in parts):
            return people[0]  # 市场部 张伟: the person, named with their department
        for bare, one in parts:
            if teams is not None and bare in teams:
                return OwnerFacts(text, "team", (), bare)
            if one.kind != "person":
                return OwnerFacts(text, one.kind, (), one.word)
        return OwnerFacts(text, "several", names)
    bare, one = parts[0]
    if teams is not None and bare in teams:
        return OwnerFacts(text, "team", (), bare)
    return one


MEMO_OWNER = 1000  # longer values are read each time (and not kept alive by the memo)
_Reading = OwnerFacts | tuple[tuple[str, ...], tuple[tuple[str, OwnerFacts], ...]]


@lru_cache(maxsize=8192)
def _reading(text: str, packs: Packs | None) -> _Reading:
    return _read(text, packs)


def _read(text: str, packs: Packs | None) -> _Reading:
    """What the value says without the plan: a placeholder or a vacancy, or its names with,
    for each, its bare form (what may be a team of the plan) and what it is otherwise."""
    value = _SPACES.sub(" ", text.strip())[:MAX_OWNER]
    if not value or is_placeholder(value) or (packs is not None and packs.is_placeholder(value)):
        return OwnerFacts(text, "placeholder")
    p = _people(packs)
    found = p.vacancies.search(value)
    if found is not None:
        return OwnerFacts(text, "vacancy", (), value[found.start():found.end()])
    names = split_names(value, packs)
    if len(names) > 1:
        return tuple(names), tuple((_bare(n), _one(p, n)) for n in names)
    return (value,), ((_bare(value), _one(p, value, text)),)


def _bare(value: str) -> str:
    return _BRACKETS.sub("", value).strip() or value  # 张伟(运营经理): the person, not the role


def _one(p: _People, value: str, text: str | None = None) -> OwnerFacts:
    """What one name is, the plan's teams aside (``owner_facts`` looks those up)."""
    text = value if text is None else text
    bare = _bare(value)
    if p.packs.is_placeholder(bare) or is_placeholder(bare):
        return OwnerFacts(text, "placeholder")
    folded = fold(bare).lower()
    for start in p.starts:
        if folded.startswith(start) and len(folded) > len(start):
            return OwnerFacts(text, "group", (), bare[:len(start)])
    for end in p.ends:
        if folded.endswith(end) and len(folded) > len(end):
            return OwnerFacts(text, "group", (), bare[len(bare) - len(end):])
    group = p.groups.search(bare)
    if group is not None:
        return OwnerFacts(text, "group", (), bare[group.start():group.end()])
    role = p.roles.search(bare)
    covered = [(m.start(), m.end()) for m in p.titles.finditer(bare)]
    if covered:
        rest = "".join(c for i, c in enumerate(bare) if not any(s <= i < e for s, e in covered))
        if not _PUNCT.sub("", rest):  # nothing but titles and functions: no name in it
            if role is not None:
                return OwnerFacts(text, "role", (), bare[role.start():role.end()])
            if any(e - s >= 2 for s, e in covered):
                return OwnerFacts(text, "team", (), bare)
    return OwnerFacts(text, "person", (bare,))


def is_person(text: str | None, plan: Plan | None = None, packs: Packs | None = None) -> bool:
    return text is not None and owner_facts(text, plan, packs).kind == "person"
