"""The built-in rules, listed here by code: the one table of every rule.

Nothing registers itself: a rule is a rule because it is in ``RULES`` (or comes from a plugin
named in config). ``planlint rules`` and ``docs/rules.md`` list them from here. A rule lives in
``planlint/rules/<category>/<name>.py`` with its cases beside it in ``<name>.cases.toml``
(categories not moved yet keep one module per category)."""

from __future__ import annotations

from planlint.api.rule import Rule
from planlint.rules.alignment.contributions_mismatch import ContributionsMismatch
from planlint.rules.alignment.deadline_beyond_parent import DeadlineBeyond
from planlint.rules.alignment.funnel_short import FunnelShort
from planlint.rules.alignment.initiative_after_goal import InitiativeAfterGoal
from planlint.rules.alignment.initiative_without_goal import InitiativeWithoutGoal
from planlint.rules.alignment.initiative_without_measures import InitiativeWithoutMeasures
from planlint.rules.alignment.initiative_without_window import InitiativeWithoutWindow
from planlint.rules.alignment.measures_off_goal import MeasuresOffGoal
from planlint.rules.alignment.parent_cycle import ParentCycle
from planlint.rules.alignment.split_advice import SplitAdvice
from planlint.rules.alignment.split_mismatch import SplitMismatch
from planlint.rules.alignment.strategy_fit import StrategyMismatch
from planlint.rules.alignment.unknown_reference import UnknownReference
from planlint.rules.alignment.window_outside_period import WindowOutsidePeriod
from planlint.rules.baseline.baseline_after_deadline import BaselineAfterDeadline
from planlint.rules.baseline.baseline_against_title import BaselineAgainstTitle
from planlint.rules.baseline.target_without_baseline import NoBaseline
from planlint.rules.baseline.unit_mismatch import UnitMismatch
from planlint.rules.conflict.opposite_directions import OppositeDirections
from planlint.rules.conflict.pulling_apart import PullingApart
from planlint.rules.owner.missing_owner import MissingOwner
from planlint.rules.owner.owner_outside_department import OwnerOutsideDepartment
from planlint.rules.owner.placeholder_owner import PlaceholderOwner
from planlint.rules.owner.several_owners import SeveralOwners
from planlint.rules.owner.unknown_department import UnknownDepartment
from planlint.rules.resource.budget_against_contribution import BudgetAgainstContribution
from planlint.rules.resource.budget_exceeded import BudgetExceeded
from planlint.rules.resource.budget_other_currency import BudgetOtherCurrency
from planlint.rules.resource.funnel_budget_short import FunnelBudgetShort
from planlint.rules.resource.goal_without_resources import GoalWithoutResources
from planlint.rules.resource.initiative_without_budget import InitiativeWithoutBudget
from planlint.rules.resource.owner_overloaded import OwnerOverloaded
from planlint.rules.smart.goal_not_achievable import NotAchievable
from planlint.rules.smart.goal_not_relevant import NotRelevant
from planlint.rules.smart.goal_without_deadline import NoDeadline
from planlint.rules.smart.goal_without_metric import NoMetric
from planlint.rules.smart.goal_without_target import NoTarget
from planlint.rules.smart.target_wrong_way import TargetWrongWay
from planlint.rules.smart.title_against_target import TitleAgainstTarget
from planlint.rules.syntax.bad_indent import BadIndent
from planlint.rules.syntax.bad_value import BadValue
from planlint.rules.syntax.duplicate_field import DuplicateField
from planlint.rules.syntax.duplicate_id import DuplicateId
from planlint.rules.syntax.extra_field import ExtraField
from planlint.rules.syntax.full_width_number import FullWidthNumber
from planlint.rules.syntax.misplaced_field import MisplacedField
from planlint.rules.syntax.missing_id import MissingId
from planlint.rules.syntax.other_script import OtherScript
from planlint.rules.syntax.unknown_block import UnknownBlock
from planlint.rules.syntax.unknown_choice import UnknownChoice
from planlint.rules.syntax.unknown_field import UnknownField
from planlint.rules.syntax.unreadable_line import Unreadable
from planlint.rules.syntax.unused_suppression import UnusedSuppression
from planlint.rules.tracking.behind_plan import BehindPlan
from planlint.rules.tracking.goal_without_leading_indicator import NoLeadingIndicator
from planlint.rules.tracking.goal_without_review import NoReview
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
    InitiativeWithoutWindow,  # AL012
    InitiativeWithoutMeasures,  # AL013
    MeasuresOffGoal,  # AL014
    NoBaseline,  # BL001
    UnitMismatch,  # BL002
    BaselineAgainstTitle,  # BL003
    BaselineAfterDeadline,  # BL004
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
    FullWidthNumber,  # PL013
    OtherScript,  # PL014
    BudgetExceeded,  # RS001
    GoalWithoutResources,  # RS002
    InitiativeWithoutBudget,  # RS003
    OwnerOverloaded,  # RS004
    FunnelBudgetShort,  # RS005
    BudgetAgainstContribution,  # RS006
    BudgetOtherCurrency,  # RS007
    NoMetric,  # SM001
    NoTarget,  # SM002
    NoDeadline,  # SM003
    NotRelevant,  # SM004
    NotAchievable,  # SM005
    TargetWrongWay,  # SM006
    TitleAgainstTarget,  # SM007
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
