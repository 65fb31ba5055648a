"""What a rule is.

A rule is one small class: a code, a readable name, a category, a default severity, its
options (a pydantic model; unknown options are errors), its documentation (the class
docstring, with the sections ``What it checks``, ``Why``, ``Bad``, ``Good``, ``Fix``), its
messages (``messages``: an id and its words in Simplified Chinese and English) and
``check()``, a generator of hits. The driver does the bookkeeping: codes, severities,
suppression, sorting, and turning an exception inside a rule into a finding.

Rules do not register themselves: ``planlint.rules.RULES`` lists the built-in ones, and
plugins come from entry points named in config.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

from planlint.api.finding import Edit
from planlint.i18n.messages import Field, Message, Template
from planlint.i18n.numbers import money, pick
from planlint.language.script import language
from planlint.model import Span

if TYPE_CHECKING:
    from planlint.facts import PlanFacts
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
    """What a rule yields: where, what, and how to fix it.

    ``message`` and ``fix`` are ``Message``s (``rule.msg(id, **args)``); a plain string is
    accepted from older rules and plugins and then reads the same in every language.
    ``applicability`` says whether ``edits`` may be applied without a person looking
    (``safe``: a misspelt name, full-width digits), only when asked (``unsafe``: a number, an
    owner, a date) or not at all (``display``). Default: unsafe.
    """

    span: Span
    message: Message | str
    fix: Message | str | None = None
    edits: list[Edit] = field(default_factory=list)
    severity: str | None = None  # a milder hit of the rule (amber progress); config overrides still win
    applicability: str | None = None
    rule: type[Rule] | None = None  # who found it, for hits made outside a rule's check (the parser's)


@dataclass
class Context:
    """What a rule may read besides the plan."""

    lang: str  # zh or en: the language of the plan's own words (field names in edits)
    packs: Packs
    options: BaseModel
    locale: str = ""  # en, zh-Hans, zh-Hant, zh-Hant-HK: the plan's language and script
    currency: str = "CNY"
    facts: PlanFacts | None = None  # what the plan's words mean, computed once per plan
    # (directive line, code) pairs that silenced a finding: for rules that run after suppression
    used_suppressions: frozenset[tuple[int, str]] = frozenset()

    def __post_init__(self) -> None:
        if not self.locale:
            self.locale = "zh-Hans" if self.lang == "zh" else "en"
        self.lang = language(self.locale)

    def t(self, zh: str, en: str) -> str:
        return pick(self.lang, zh, en)

    def money(self, value: float, currency: str | None = None) -> str:
        return money(value, currency or self.currency, self.lang)

    def render(self, message: Message | Field) -> str:
        """Text in the plan's own language and script: for edits, which go into the plan."""
        return message.render(self.locale)

    def field(self, name: str) -> str:
        """A field's name as the plan writes its names (负责人 / 負責人 / owner), for edits."""
        return Field(name).render(self.locale)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str] = "warning"
    options: ClassVar[type[BaseModel]] = NoOptions
    source: ClassVar[str] = "planlint"  # or the plugin's name
    # Blocks budget sign-off whatever its severity (the gate reads this, not a list of codes).
    blocks_signoff: ClassVar[bool] = False
    # id -> (Simplified Chinese, English) or a Template (with hand-written Traditional text)
    messages: ClassVar[dict[str, Any]] = {}
    # A node-local rule looks at one block at a time (``check_node``); the editor keeps its
    # hits for blocks that did not change instead of checking them again.
    node_local: ClassVar[bool] = False
    # Runs once the other rules' findings are suppressed, and reads ``ctx.used_suppressions``.
    after_suppression: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("messages")
        if own:
            cls.messages = {k: v if isinstance(v, Template) else Template(*v) for k, v in own.items()}

    @classmethod
    def msg(cls, key: str, **args: Any) -> Message:
        """The message ``key`` of this rule, with its arguments (a KeyError names a missing one)."""
        return Message(f"{cls.code}.{key}", cls.messages[key], args)

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
    def documentation(cls) -> str:
        """The docstring with the Bad and Good examples drawn from the rule's cases."""
        from planlint.api.cases import full_doc

        return full_doc(cls)

    @classmethod
    def summary(cls) -> str:
        return cls.doc().splitlines()[0] if cls.doc() else cls.name

    @classmethod
    def is_rule(cls, obj: object) -> bool:
        return isinstance(obj, type) and issubclass(obj, Rule) and not inspect.isabstract(obj) \
            and bool(getattr(obj, "code", None))
