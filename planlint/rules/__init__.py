"""The built-in rules, listed here by code: the one table of every rule.

Nothing registers itself: a rule is a rule because it is in ``RULES`` (or comes from a plugin
named in config). ``planlint rules`` and ``docs/rules.md`` list them from here. A rule lives in
``planlint/rules/<category>/<name>.py`` with its cases beside it in ``<name>.cases.toml``
(categories not moved yet keep one module per category)."""

from __future__ import annotations

from planlint.api.rule import Rule
from planlint.rules.alignment import (
    ContributionsMismatch,
    DeadlineBeyond,
    InitiativeAfterGoal,
    InitiativeWithoutGoal,
    ParentCycle,
    SplitAdvice,
    SplitMismatch,
    UnknownReference,
    WindowOutsidePeriod,
)
from planlint.rules.alignment.strategy_fit import StrategyMismatch
from planlint.rules.baseline.target_without_baseline import NoBaseline
from planlint.rules.baseline.unit_mismatch import UnitMismatch
from planlint.rules.conflict.opposite_directions import OppositeDirections
from planlint.rules.conflict.pulling_apart import PullingApart
from planlint.rules.funnel import FunnelBudgetShort, FunnelShort
from planlint.rules.owner.missing_owner import MissingOwner
from planlint.rules.owner.owner_outside_department import OwnerOutsideDepartment
from planlint.rules.owner.placeholder_owner import PlaceholderOwner
from planlint.rules.owner.several_owners import SeveralOwners
from planlint.rules.owner.unknown_department import UnknownDepartment
from planlint.rules.resource import BudgetExceeded, GoalWithoutResources, InitiativeWithoutBudget, OwnerOverloaded
from planlint.rules.smart import NoDeadline, NoMetric, NotAchievable, NoTarget, NotRelevant
from planlint.rules.syntax import (
    BadIndent,
    BadValue,
    DuplicateField,
    DuplicateId,
    ExtraField,
    MisplacedField,
    MissingId,
    UnknownBlock,
    UnknownChoice,
    UnknownField,
    Unreadable,
    UnusedSuppression,
)
from planlint.rules.tracking import BehindPlan, NoLeadingIndicator, NoReview
from planlint.rules.vague.hedge import Hedge
from planlint.rules.vague.vague_outcome import VagueOutcome

RULES: tuple[type[Rule], ...] = (
    ContributionsMismatch,  # AL001
    SplitMismatch,  # AL002
    UnknownReference,  # AL003
    ParentCycle,  # AL004
    DeadlineBeyond,  # AL005
    WindowOutsidePeriod,  # AL006
    StrategyMismatch,  # AL007
    InitiativeWithoutGoal,  # AL008
    FunnelShort,  # AL009
    SplitAdvice,  # AL010
    InitiativeAfterGoal,  # AL011
    NoBaseline,  # BL001
    UnitMismatch,  # BL002
    MissingOwner,  # OW001
    PlaceholderOwner,  # OW002
    OwnerOutsideDepartment,  # OW003
    UnknownDepartment,  # OW004
    SeveralOwners,  # OW005
    Unreadable,  # PL001
    UnknownField,  # PL002
    BadValue,  # PL003
    DuplicateId,  # PL004
    MisplacedField,  # PL005
    DuplicateField,  # PL006
    UnknownBlock,  # PL007
    BadIndent,  # PL008
    UnknownChoice,  # PL009
    MissingId,  # PL010
    UnusedSuppression,  # PL011
    ExtraField,  # PL012
    BudgetExceeded,  # RS001
    GoalWithoutResources,  # RS002
    InitiativeWithoutBudget,  # RS003
    OwnerOverloaded,  # RS004
    FunnelBudgetShort,  # RS005
    NoMetric,  # SM001
    NoTarget,  # SM002
    NoDeadline,  # SM003
    NotRelevant,  # SM004
    NotAchievable,  # SM005
    NoReview,  # TR001
    NoLeadingIndicator,  # TR002
    BehindPlan,  # TR003
    VagueOutcome,  # VG001
    Hedge,  # VG002
    PullingApart,  # XD001
    OppositeDirections,  # XD002
)


def builtin() -> dict[str, type[Rule]]:
    """Every built-in rule by code."""
    return {r.code: r for r in RULES}
