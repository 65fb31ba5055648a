"""What a rule is, and the registry that finds every rule without a hand-kept list.

A rule is one small class: a code, a readable name, a category, a default
severity, its options (a pydantic model; unknown options are errors), its
documentation (the class docstring, with the sections ``What it checks``,
``Why``, ``Bad``, ``Good``, ``Fix``) and ``check()``, a generator of hits.
The engine does the bookkeeping: codes, severities, suppression, sorting,
and turning an exception inside a rule into a finding.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from pydantic import BaseModel, ConfigDict

from planlint.api.finding import Edit
from planlint.i18n.numbers import money, pick
from planlint.model import Span

if TYPE_CHECKING:
    from planlint.language.packs import Packs
    from planlint.model import Node, Plan


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Options(NoOptions):
    """Base for rule options: kebab-case names in config, unknown names rejected."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True,
                              alias_generator=lambda name: name.replace("_", "-"))


@dataclass
class Hit:
    """What a rule yields: where, what, and how to fix it."""

    span: Span
    message: str
    fix: str | None = None
    edits: list[Edit] = field(default_factory=list)
    severity: str | None = None  # a milder hit of the rule (amber progress); config overrides still win


@dataclass
class Context:
    """What a rule may read besides the plan."""

    lang: str
    packs: Packs
    options: BaseModel

    def t(self, zh: str, en: str) -> str:
        return pick(self.lang, zh, en)

    def money(self, value: float, currency: str | None = None) -> str:
        return money(value, currency, self.lang)


REGISTRY: dict[str, type[Rule]] = {}


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str] = "warning"
    options: ClassVar[type[BaseModel]] = NoOptions
    source: ClassVar[str] = "planlint"  # or the plugin's name
    # A node-local rule looks at one block at a time (``check_node``); the editor keeps its
    # hits for blocks that did not change instead of checking them again.
    node_local: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if not inspect.isabstract(cls) and getattr(cls, "code", None):
            REGISTRY[cls.code] = cls

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        if not self.node_local:
            raise NotImplementedError(f"{type(self).__name__} defines neither check() nor check_node()")
        for node in plan.index.blocks:
            yield from self.check_node(node, ctx)

    def check_node(self, node: Node, ctx: Context) -> Iterator[Hit]:
        """For node-local rules: the hits of one block, from that block alone."""
        raise NotImplementedError
        yield

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().splitlines()[0] if cls.doc() else cls.name
