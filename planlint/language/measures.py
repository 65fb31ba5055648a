"""Vocabulary sections for what a goal's metric measures and who can own it.

They are plain tables and lists in ``packs/metrics.toml``, ``packs/people.toml``,
``packs/vague.toml`` and ``packs/strategies.toml``, read by ``planlint.facts.metrics``,
``planlint.facts.owners`` and the vague and strategy-fit rules. A team's pack extends them
like any other section (lists extend, tables add).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Entity(_Strict):
    """A thing a metric counts (leads, users, parcels, stock) and where it sits in the funnel."""

    name_zh: str
    name_en: str
    match: list[str]
    stage: int | None = None  # funnel position: 0 exposure, 1 traffic, 2 lead, 3 customer, 4 revenue
    flow: bool = False  # each one counted is an event of the period (a lead, a visit, a shipment)
    into: list[str] = Field(default_factory=list)  # converting into it: 注册 in 注册转化率
    agree_zh: str = ""  # what two departments agree on for it (the method's 高价值线索定义)
    agree_en: str = ""


class KindTerms(_Strict):
    """Words that make a metric a volume, a rate, a cost, a stock, ... and the direction that
    tightens it (a lower cost, a higher conversion rate, a lower approval rate)."""

    kind: str  # volume, money, average, rate, cost, stock, duration, score, rank
    match: list[str]
    tight: int = 0  # +1 / -1: the direction that makes it stricter; 0 for volumes
    gate: bool = False  # a pass rate (approvals): lowering it lets fewer through


class Directions(_Strict):
    up: list[str] = Field(default_factory=list)
    down: list[str] = Field(default_factory=list)


class Metrics(_Strict):
    """``[metrics]``: words besides entities and kinds."""

    new: list[str] = Field(default_factory=list)  # 新增, new: the metric counts new ones (a flow)
    qualifiers: list[str] = Field(default_factory=list)  # 线上, daily: words that qualify, not name a thing
    whole_base: list[str] = Field(default_factory=list)  # 复购, churn: the metric follows the whole base
    cohort: list[str] = Field(default_factory=list)  # 新玩家, first-year: ... or the new ones only
    cohort_units: list[str] = Field(default_factory=list)  # 日 in 30日留存: days after joining
    duration_units: list[str] = Field(default_factory=list)  # 天, hours: a unit of time
    score_units: list[str] = Field(default_factory=list)  # 分, points: fits percentages and counts
    directions: Directions = Field(default_factory=Directions)
    tighten_zh: dict[str, str] = Field(default_factory=dict)  # kind -> what tightening it means
    tighten_en: dict[str, str] = Field(default_factory=dict)


class People(_Strict):
    """``[people]``: owners that are not one accountable person."""

    groups: list[str] = Field(default_factory=list)  # 全体, 各…, all, team: many people
    group_starts: list[str] = Field(default_factory=list)  # 各区域经理, every store manager
    group_ends: list[str] = Field(default_factory=list)  # 张伟等, 销售们
    vacancies: list[str] = Field(default_factory=list)  # 待招聘, TBH, to be hired
    roles: list[str] = Field(default_factory=list)  # 经理, manager: a role title
    plural_roles: list[str] = Field(default_factory=list)  # managers: several holders of a role
    functions: list[str] = Field(default_factory=list)  # 市场部, growth: what a role title is made of
    separators: list[str] = Field(default_factory=list)  # between two names: 、 / & ;
    conjunctions: list[str] = Field(default_factory=list)  # 和, and: between two names


class Approximators(_Strict):
    """Words that make a number approximate: 约 / about before it, 左右 after it."""

    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    multipliers: list[str] = Field(default_factory=list)  # words that are numbers: double, 翻倍
    exclude: list[str] = Field(default_factory=list)  # words they are part of: 预约, 签约


class Aim(_Strict):
    """What a goal aims at (alignment framework, step 3) and the strategy types that serve it."""

    name_zh: str
    name_en: str
    match: list[str]
    strategies: list[str]
    dimensions: list[str] = Field(default_factory=list)  # the `dimension` values it belongs to
    priority: int = 0  # when several aims match a metric, the highest wins
    example_zh: str = ""
    example_en: str = ""


class StrategyName(_Strict):
    zh: str
    en: str
