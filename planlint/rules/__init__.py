"""The built-in rules, one class each, listed here by code: the one table of every rule.

Nothing registers itself: a rule is a rule because it is in ``RULES`` (or comes from a plugin
named in config). ``planlint rules`` and ``docs/rules.md`` list them from here."""

from __future__ import annotations

from planlint.api.rule import Rule
from planlint.rules import alignment, baseline, conflict, funnel, owner, resource, smart, syntax, tracking, vague

RULES: tuple[type[Rule], ...] = (
    alignment.ContributionsMismatch,
    alignment.SplitMismatch,
    alignment.UnknownReference,
    alignment.ParentCycle,
    alignment.DeadlineBeyond,
    alignment.WindowOutsidePeriod,
    alignment.StrategyMismatch,
    alignment.InitiativeWithoutGoal,
    funnel.FunnelShort,
    alignment.SplitAdvice,
    alignment.InitiativeAfterGoal,
    baseline.NoBaseline,
    baseline.UnitMismatch,
    owner.MissingOwner,
    owner.PlaceholderOwner,
    owner.OwnerOutsideDepartment,
    owner.UnknownDepartment,
    owner.SeveralOwners,
    syntax.Unreadable,
    syntax.UnknownField,
    syntax.BadValue,
    syntax.DuplicateId,
    syntax.MisplacedField,
    syntax.DuplicateField,
    syntax.UnknownBlock,
    syntax.BadIndent,
    syntax.UnknownChoice,
    syntax.MissingId,
    syntax.UnusedSuppression,
    syntax.ExtraField,
    resource.BudgetExceeded,
    resource.GoalWithoutResources,
    resource.InitiativeWithoutBudget,
    resource.OwnerOverloaded,
    funnel.FunnelBudgetShort,
    smart.NoMetric,
    smart.NoTarget,
    smart.NoDeadline,
    smart.NotRelevant,
    smart.NotAchievable,
    tracking.NoReview,
    tracking.NoLeadingIndicator,
    tracking.BehindPlan,
    vague.VagueOutcome,
    vague.Hedge,
    conflict.PullingApart,
    conflict.OppositeDirections,
)


def builtin() -> dict[str, type[Rule]]:
    """Every built-in rule by code."""
    return {r.code: r for r in RULES}
