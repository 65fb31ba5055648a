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
from collections.abc import Hashable, Iterator
from dataclasses import field
from typing import TYPE_CHECKING, Any, ClassVar

from planlint.api.finding import Edit
from planlint.i18n.messages import Field, Message, Template
from planlint.i18n.numbers import money, pick
from planlint.language.script import language
from planlint.model import Span
from planlint.records import record

if TYPE_CHECKING:
    from pydantic import BaseModel

    from planlint.facts import PlanFacts
    from planlint.language.packs import Packs
    from planlint.model import Goal, Node, Plan


# Defaults an options class may give in its body and stay plain (no pydantic until needed).
_PLAIN_TYPES = {"float": float, "int": int, "str": str, "bool": bool}
_CLASS_KEYS = frozenset({"__module__", "__qualname__", "__doc__", "__annotations__", "__firstlineno__",
                         "__static_attributes__", "__classcell__"})


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class OptionsMeta(type):
    """The class of rule options. An options class is declared as a pydantic model is. One whose
    body holds only fields of type float, int, str or bool with a default of that type (every
    built-in rule's) stays a plain class: its defaults, and settings of exactly those types
    under their kebab-case names, are read without pydantic. Validating anything else, and
    ``model_fields``, use a pydantic twin of the class built on first need (same fields, names
    and errors as before). Any other body (pydantic's ``Field``, validators, a ``model_config``,
    other types) makes the class a pydantic model right away, as a subclass of the twin of its
    base (``issubclass(cls, Options)`` still holds)."""

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any], **kwargs: Any) -> Any:
        fields = _plain_fields(ns, bases)
        if fields is None:  # not plain: a pydantic model from the start
            twin_bases = tuple(b.pydantic_model() if isinstance(b, OptionsMeta) else b for b in bases)
            return type(twin_bases[0])(name, twin_bases, ns, **kwargs)
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        cls._fields = fields
        cls._twin = None
        return cls

    def __instancecheck__(cls, obj: object) -> bool:
        return type.__instancecheck__(cls, obj) or cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub: type) -> bool:
        if type.__subclasscheck__(cls, sub):
            return True
        twin = cls.__dict__.get("_twin")
        return twin is not None and isinstance(sub, type) and issubclass(sub, twin)

    def pydantic_model(cls) -> type[BaseModel]:
        """The class as a pydantic model (built once, when first needed)."""
        twin = cls.__dict__.get("_twin")
        if twin is None:
            from pydantic import BaseModel, ConfigDict

            if cls.__dict__.get("_root") == "NoOptions":
                bases: tuple[type, ...] = (BaseModel,)
                ns: dict[str, Any] = {"model_config": ConfigDict(extra="forbid", populate_by_name=True)}
            elif cls.__dict__.get("_root") == "Options":
                bases = (cls.__bases__[0].pydantic_model(),)
                ns = {"model_config": ConfigDict(extra="forbid", populate_by_name=True, alias_generator=_kebab)}
            else:
                bases = tuple(b.pydantic_model() if isinstance(b, OptionsMeta) else b for b in cls.__bases__)
                ns = {k: v for k, v in cls.__dict__.items() if k in _CLASS_KEYS and k != "__classcell__"}
                ns.update({k: v for k, v in cls.__dict__.items() if k in ns.get("__annotations__", {})})
            ns.setdefault("__module__", cls.__module__)
            ns.setdefault("__qualname__", cls.__qualname__)
            twin = type(bases[0])(cls.__name__, bases, ns)
            type.__setattr__(cls, "_twin", twin)
        return twin

    @property
    def model_fields(cls) -> dict[str, Any]:
        return cls.pydantic_model().model_fields

    def model_validate(cls, data: Any) -> Any:
        """Settings (kebab-case names, or field names) as options; raises pydantic's
        ``ValidationError`` for a bad one, as a pydantic model would."""
        if isinstance(data, cls):
            return data
        values = cls._plain_values(data)
        if values is None:
            model = cls.pydantic_model().model_validate(data)
            values = {name: getattr(model, name) for name in cls._fields}
        obj = cls.__new__(cls)
        obj.__dict__.update(values)
        return obj

    def _plain_values(cls, data: Any) -> dict[str, Any] | None:
        """The values of settings pydantic would take as they are (else None)."""
        if type(data) is not dict:
            return None
        values = {name: default for name, (_, default) in cls._fields.items()}
        by_alias = cls._aliases()
        for key, value in data.items():
            name = by_alias.get(key)
            if name is None or type(value) is not cls._fields[name][0]:
                return None
            values[name] = value
        return values

    def _aliases(cls) -> dict[str, str]:
        kebab = any(b.__dict__.get("_root") == "Options" for b in cls.__mro__)
        return {_kebab(name) if kebab else name: name for name in cls._fields}


def _plain_fields(ns: dict[str, Any], bases: tuple[type, ...]) -> dict[str, tuple[type, Any]] | None:
    """The fields (name -> (type, default)) of a plain options class body, or None."""
    if not all(isinstance(b, OptionsMeta) for b in bases):
        return None
    fields: dict[str, tuple[type, Any]] = {}
    for base in reversed(bases):
        fields.update(base._fields)
    if "_root" in ns:
        return fields
    notes = ns.get("__annotations__", {})
    for key in ns:
        if key not in _CLASS_KEYS and key not in notes:
            return None
    for name, note in notes.items():
        kind = _PLAIN_TYPES.get(note) if isinstance(note, str) else note if note in _PLAIN_TYPES.values() else None
        if kind is None or name.startswith("_") or name not in ns or type(ns[name]) is not kind:
            return None
        fields[name] = (kind, ns[name])
    return fields


def plain_settings(options: type, settings: Any) -> bool:
    """Do these settings read as ``options`` without pydantic (a plain options class, settings of
    exactly its types)? Else ``options.model_validate`` may raise pydantic's ValidationError."""
    return isinstance(options, OptionsMeta) and options._plain_values(settings) is not None


class NoOptions(metaclass=OptionsMeta):
    """A rule without options: any setting (but severity) is an error."""

    _root = "NoOptions"

    def __init__(self, **data: Any) -> None:
        self.__dict__.update(type(self).model_validate(data).__dict__)

    def model_dump(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in type(self)._fields}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.model_dump().items())})"


class Options(NoOptions):
    """Base for rule options: kebab-case names in config, unknown names rejected."""

    _root = "Options"


@record
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


@record
class Context:
    """What a rule may read besides the plan."""

    lang: str  # zh or en: the language of the plan's own words (field names in edits)
    packs: Packs
    options: Any  # the rule's options (an instance of its ``options`` class)
    locale: str = ""  # en, zh-Hans, zh-Hant, zh-Hant-HK: the plan's language and script
    currency: str = "CNY"
    facts: PlanFacts | None = None  # what the plan's words mean, computed once per plan
    # (directive line, code) pairs that silenced a finding: for rules that run after suppression
    used_suppressions: frozenset[tuple[int, str]] = frozenset()
    # what helpers of several rules work out about one block, kept for this lint (by the helper)
    scratch: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

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
        names = self.scratch.get("Context.field")  # (every fix that adds a field asks)
        if names is None:
            names = self.scratch["Context.field"] = {}
        key = (name, self.locale)
        found = names.get(key)
        if found is None:
            found = names[key] = Field(name).render(self.locale)
        return found


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str] = "warning"
    options: ClassVar[type[Any]] = NoOptions  # an Options subclass (or a pydantic model)
    source: ClassVar[str] = "planlint"  # or the plugin's name
    # Blocks budget sign-off whatever its severity (the gate reads this, not a list of codes).
    blocks_signoff: ClassVar[bool] = False
    # id -> (Simplified Chinese, English) or a Template (with hand-written Traditional text)
    messages: ClassVar[dict[str, Any]] = {}
    # A node-local rule looks at one block at a time (``check_node``); the editor keeps its
    # hits for blocks that did not change instead of checking them again.
    node_local: ClassVar[bool] = False
    # A per-goal rule checks one goal at a time (``check_goal``), from that goal's own block, its
    # parent's (the goal ``plan.index.goals`` gives for its ``parent``) and the plan's shared
    # results (``plan.index.memo``: its facts, its calendar), never from another goal's fields.
    # (The plan block and the teams may be read: an edit to them runs the rule on every goal.)
    # After an edit the editor checks again only the goals that changed and those whose shared
    # results changed (``planlint/integrations/lsp/incremental.py``).
    per_goal: ClassVar[bool] = False
    # A per-unit rule does the same for units of its own (``units``: a key and the blocks the
    # unit's check may read, e.g. the goals that share a metric), checked one at a time
    # (``check_unit``) from those blocks and the plan's shared results. ``units`` depends only on
    # what it reads of the blocks; a key is a string, or a member block's ``id()`` (the editor
    # keeps the units over an edit that changed nothing ``units`` read, the new blocks and their
    # ids swapped in).
    per_unit: ClassVar[bool] = False
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
        if self.per_goal:
            for goal in plan.goals:
                yield from self.check_goal(goal, plan, ctx)
            return
        if self.per_unit:
            for key, members in self.units(plan, ctx):
                yield from self.check_unit(key, tuple(members), plan, ctx)
            return
        if not self.node_local:
            raise NotImplementedError(f"{type(self).__name__} defines neither check() nor check_node()")
        for node in plan.index.blocks:
            yield from self.check_node(node, ctx)

    def check_goal(self, goal: Goal, plan: Plan, ctx: Context) -> Iterator[Hit]:
        """For per-goal rules: the hits of one goal."""
        raise NotImplementedError
        yield

    def units(self, plan: Plan, ctx: Context) -> Iterator[tuple[Hashable, tuple[Node, ...]]]:
        """For per-unit rules: each unit's key (distinct) and the blocks its check may read."""
        raise NotImplementedError
        yield

    def check_unit(self, key: Hashable, members: tuple[Node, ...], plan: Plan, ctx: Context) -> Iterator[Hit]:
        """For per-unit rules: the hits of one unit."""
        raise NotImplementedError
        yield

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
