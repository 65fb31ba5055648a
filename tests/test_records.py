"""planlint.records.record behaves as the standard library's dataclass it stands for."""

from __future__ import annotations

import dataclasses
from dataclasses import field

import pytest

from planlint.records import record


def _pair(**opts):
    """The same class made by ``dataclass`` and by ``record``."""

    def make(decorate):
        class Point:
            x: int
            y: tuple = field(default_factory=tuple)
            note: str = field(default="", compare=False, repr=False)
            hashed_not_compared: int = field(default=0, compare=False, hash=True)
            hidden: int = field(default=0, repr=False)  # compared, not shown

        return decorate(**opts)(Point)

    return make(dataclasses.dataclass), make(record)


@pytest.mark.parametrize("opts", [{}, {"frozen": True}, {"slots": True}, {"frozen": True, "slots": True},
                                  {"kw_only": True}])
def test_record_compares_shows_and_hashes_as_dataclass(opts):
    for_std, for_ours = _pair(**opts)

    def three(cls):
        return cls(x=1, y=(2,), note="n"), cls(x=1, y=(2,), note="other"), cls(x=2)

    (s1, s2, s3), (o1, o2, o3) = three(for_std), three(for_ours)
    assert (o1 == o2, o1 == o3, o1 == "Point") == (s1 == s2, s1 == s3, s1 == "Point") == (True, False, False)
    assert (o1 == for_ours(x=1, y=(2,), hidden=1)) is (s1 == for_std(x=1, y=(2,), hidden=1)) is False
    assert repr(o1).rsplit(".", 1)[-1] == repr(s1).rsplit(".", 1)[-1] == "Point(x=1, y=(2,), hashed_not_compared=0)"
    if opts.get("frozen"):
        assert (hash(o1) == hash(o2), hash(o1) == hash(o3)) == (hash(s1) == hash(s2), hash(s1) == hash(s3))
        assert hash(o1) == hash(s1)  # the same tuple of fields (compare=False, hash=True counts)
        with pytest.raises(dataclasses.FrozenInstanceError):
            o1.x = 5
    else:
        assert for_std.__hash__ is None and for_ours.__hash__ is None  # eq without frozen: unhashable
        o1.x = 5
        assert o1 != o2
    assert [f.name for f in dataclasses.fields(for_ours)] == [f.name for f in dataclasses.fields(for_std)]
    assert dataclasses.replace(o3, x=7).x == 7


def test_record_keeps_what_the_class_body_wrote():
    @record(frozen=True)
    class Own:
        a: int

        def __eq__(self, other):
            return True

        def __repr__(self):
            return "own"

    @record
    class Hashed:
        a: int

        def __hash__(self):
            return 42

    assert Own(1) == Own(2) and repr(Own(1)) == "own"
    assert hash(Own(1)) == hash((1,))  # an __eq__ alone: the fields' hash is still added, as dataclass does
    assert hash(Hashed(1)) == 42


def test_record_repr_of_a_cycle_stops():
    @record
    class Node:
        name: str
        other: object = None

    n = Node("a")
    n.other = n
    assert repr(n).endswith("Node(name='a', other=...)")


def test_the_methods_compiled_ahead_are_current_and_used():
    """``planlint/_records_compiled.py`` holds what dataclasses writes for every record of planlint
    (on the Python it was written with), and planlint's classes are made from it."""
    import json
    import subprocess
    import sys

    from planlint import _records_compiled as made
    from planlint.model import Goal

    if made.PYTHON != sys.version_info[:2]:
        pytest.skip(f"written with Python {made.PYTHON}: dataclasses writes other texts on this one")
    out = subprocess.run([sys.executable, "-c", "import json; from planlint import records; "
                          "print(json.dumps(records.collect()))"], capture_output=True, text=True, check=True,
                         timeout=300)
    assert list(made.TEXTS) == json.loads(out.stdout), "run: python -m planlint.ahead"
    assert Goal.__init__.__code__.co_filename == made.__file__
    assert "exec" not in vars(dataclasses)  # (dataclasses' own exec again, once a class is made)


def test_a_class_whose_methods_were_not_compiled_ahead_is_made_as_dataclasses_makes_it():
    @record(frozen=True)
    class Unforeseen:
        a_field_no_plan_class_has: int
        another: str = "x"

    u = Unforeseen(1)
    assert (u, Unforeseen.__init__.__code__.co_filename) == (Unforeseen(1, "x"), "<string>")
    assert repr(u).endswith("Unforeseen(a_field_no_plan_class_has=1, another='x')")
    with pytest.raises(dataclasses.FrozenInstanceError):
        u.another = "y"  # type: ignore[misc]
