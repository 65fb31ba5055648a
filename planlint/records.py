"""``record``: the standard library's dataclass, made for less at start-up.

``dataclasses.dataclass`` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``) as source text and compiles it when the class is defined: about 0.07 ms a method,
some 280 methods and 20 ms of every ``planlint check`` before any plan is read. ``record`` lets it
write ``__init__`` (and a frozen class's ``__setattr__``/``__delattr__``) and makes ``__repr__``,
``__eq__`` and ``__hash__`` from closures over the fields instead: the same behaviour (the same
fields compared, hashed and shown, the same rules for when ``__hash__`` is added or set to None),
nothing to compile. ``dataclasses.fields``, ``replace`` and ``asdict`` work as before.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)


@overload
def record(cls: T, /) -> T: ...
@overload
def record(*, frozen: bool = False, slots: bool = False, kw_only: bool = False,
           weakref_slot: bool = False) -> Callable[[T], T]: ...


@dataclass_transform(field_specifiers=(dataclasses.field,))
def record(cls: Any = None, /, *, frozen: bool = False, slots: bool = False, kw_only: bool = False,
           weakref_slot: bool = False) -> Any:
    """``@dataclass`` with ``eq=True`` and ``repr=True`` (the only ones planlint uses), and
    ``frozen``, ``slots``, ``kw_only`` and ``weakref_slot`` as there."""

    def wrap(c: T) -> T:
        own = c.__dict__
        # dataclasses' rule: a __hash__ the class body wrote counts, the None an __eq__ implies does not
        written_hash = own.get("__hash__", dataclasses.MISSING)
        explicit_hash = not (written_hash is dataclasses.MISSING or (written_hash is None and "__eq__" in own))
        has_repr, has_eq = "__repr__" in own, "__eq__" in own
        c = dataclasses.dataclass(c, repr=False, eq=False, frozen=frozen, slots=slots, kw_only=kw_only,
                                weakref_slot=weakref_slot)
        fields = dataclasses.fields(c)
        if not has_repr:
            c.__repr__ = _repr([f.name for f in fields if f.repr])
        if not has_eq:
            c.__eq__ = _eq(_values([f.name for f in fields if f.compare]))
        if not explicit_hash:
            c.__hash__ = _hash(_values([f.name for f in fields if (f.compare if f.hash is None else f.hash)])) \
                if frozen else None
        return c

    return wrap if cls is None else wrap(cls)


def _values(names: list[str]) -> Callable[[Any], tuple]:
    """The fields' values as a tuple (as dataclasses compares and hashes them)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return attrgetter(*names)


def _repr(names: list[str]) -> Callable[[Any], str]:
    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq(values: Callable[[Any], tuple]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values: Callable[[Any], tuple]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__
