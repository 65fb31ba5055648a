"""``record``: the standard library's dataclass, made for less at start-up.

``dataclasses.dataclass`` writes each method it adds (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``) as source text and compiles it when the class is defined: about 0.07 ms a method,
some 280 methods and 20 ms of every ``planlint check`` before any plan is read. ``record`` lets it
write ``__init__`` (and a frozen class's ``__setattr__``/``__delattr__``) and makes ``__repr__``,
``__eq__`` and ``__hash__`` from closures over the fields instead: the same behaviour (the same
fields compared, hashed and shown, the same rules for when ``__hash__`` is added or set to None),
nothing to compile. ``dataclasses.fields``, ``replace`` and ``asdict`` work as before.

What ``dataclasses`` still writes (``__init__``, a frozen class's ``__setattr__`` and
``__delattr__``: some 115 texts, 12 ms of compiling at every start) is compiled ahead:
``_records_compiled.py`` holds each text as written, as source, so Python's own bytecode cache
keeps it compiled, and ``record`` hands dataclasses the compiled function for a text it finds
there (``_exec``). A text not there (a class changed since, another Python's dataclasses) is
compiled as dataclasses would: the file only saves time. ``python -m planlint.ahead`` writes
it again; ``tests/test_records.py`` checks that it is current.
"""

from __future__ import annotations

import builtins
import dataclasses
import reprlib
import sys
from collections.abc import Callable
from operator import attrgetter
from types import CodeType, FunctionType
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
        dataclasses.exec = _exec  # dataclasses calls exec by its global name: ours while it makes this class
        try:
            c = dataclasses.dataclass(c, repr=False, eq=False, frozen=frozen, slots=slots, kw_only=kw_only,
                                    weakref_slot=weakref_slot)
        finally:
            dataclasses.__dict__.pop("exec", None)
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


_ahead: dict[str, CodeType] | None = None  # the compiled texts of _records_compiled.py, by text
_seen: list[str] | None = None  # what dataclasses wrote, while ``collect`` runs


def _compiled() -> dict[str, CodeType]:
    global _ahead
    if _ahead is None:
        try:
            from planlint import _records_compiled as made
        except Exception:  # (not written yet, or broken: the classes are made as dataclasses makes them)
            _ahead = {}
        else:  # (a file edited by hand so that they no longer pair: not used)
            pairs = len(made.TEXTS) == len(made.FUNCTIONS)
            _ahead = dict(zip(made.TEXTS, (f.__code__ for f in made.FUNCTIONS), strict=True)) if pairs else {}
    return _ahead


def _exec(source: Any, globals: dict | None = None, locals: dict | None = None) -> None:
    """``exec`` as dataclasses calls it: ``source`` defines ``__create_fn__`` in ``locals``, a
    function that makes the class's methods. Its compiled form from ``_records_compiled.py``,
    bound to ``globals`` as exec would bind it, when the text is there."""
    if _seen is not None and isinstance(source, str):
        _seen.append(source)
    code = _compiled().get(source) if isinstance(source, str) and globals is not None and locals is not None else None
    if code is None:
        exec(source, globals, locals)
        return
    globals.setdefault("__builtins__", builtins.__dict__)  # (what exec adds to a namespace without it)
    locals["__create_fn__"] = FunctionType(code, globals)


def collect() -> list[str]:
    """The texts dataclasses writes for every record of planlint (imports every module: run it
    in a fresh interpreter, as ``python -m planlint.ahead`` does)."""
    global _seen
    from planlint.ahead import import_every_module

    _seen = []
    try:
        import_every_module()
        return sorted(set(_seen))
    finally:
        _seen = None


def compiled_source(texts: list[str]) -> str:
    """``_records_compiled.py`` for ``texts``: each as it is, then kept in ``FUNCTIONS``."""
    out = ['"""The methods dataclasses writes for planlint\'s records, compiled ahead (see planlint/records.py).',
           "", "Written by ``python -m planlint.ahead`` (Python "
           f"{sys.version_info[0]}.{sys.version_info[1]}); do not edit.", '"""', "",
           f"PYTHON = {tuple(sys.version_info[:2])!r}", "FUNCTIONS = []", ""]
    for text in texts:
        out += [text, "", "", "FUNCTIONS.append(__create_fn__)", ""]
    out += ["TEXTS = ("]
    out += [f"    {text!r}," for text in texts]
    out += [")", ""]
    return "\n".join(out)


def write() -> str:
    """Write ``_records_compiled.py`` again (``python -m planlint.ahead``, in a fresh interpreter)."""
    from pathlib import Path

    target = Path(__file__).with_name("_records_compiled.py")
    target.write_text(compiled_source(collect()), encoding="utf-8")
    return f"wrote {target}"
