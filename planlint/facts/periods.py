"""What a goal's number means in time, and the seasons it is spread over.

- A **flow** is summed over its period: new users, sales, leads. ``新增注册用户 8 -> 12`` means
  12 new users this year (8 last year); at mid-year about 6 are due, not 10.
- A **level** (or stock) is read at a date: a share, a rate, a rank, a follower count, a cost
  per lead. ``份额 10% -> 15%`` means 15% at the deadline; at mid-year about 12.5%.
- A **per-period** figure is a flow counted per quarter, month, week or day: ``季度销售额
  500 -> 650`` by 2024年Q4 is the sales *of* Q4, not of the year.

Also the measure (rank, rate, amount, score, count) and which way is better (a rank, a cost:
lower), the seasonal calendar of the plan's market (618 and Double 11 for Chinese e-commerce,
even quarters otherwise), and what a goal's title says about its numbers and its time
(「在未来6个月内, 提高微信公众号关注人数20%」: +20% within 6 months).

The words below are the method's own (annual plan 2(1)-(3); alignment framework, step 2).
They stay here, in one place, until the metrics facts
(what a metric counts) hold them; every match folds Traditional to Simplified.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from functools import lru_cache

from planlint.language.keywords import BUILTIN
from planlint.language.packs import Packs, Terms, compile_terms, shape
from planlint.language.script import fold
from planlint.model import Goal, Plan
from planlint.records import record

# ----------------------------------------------------------------- vocabulary
# A rate, share, average, price, cost or rank is a level whatever else the name says
# (线索转化率 counts no leads; 获客成本 is a price).
RATE_WORDS = compile_terms([
    "率", "占比", "份额", "比例", "比重", "平均", "均值", "单价", "客单价", "单篇", "单条", "单场", "单个", "每篇", "每条",
    "成本", "ROI", "投产比", "渗透", "指数", "评分", "得分", "满意度", "NPS", "认知", "知名度", "美誉",
    "rate", "ratio", "share", "average", "avg", "mean", "per", "cost", "price", "ROI", "ROAS", "CTR", "CVR",
    "CPC", "CPL", "CAC", "index", "score", "satisfaction", "awareness", "retention", "churn",
])
RANK_WORDS = compile_terms(["排名", "名次", "排位", "位次", "rank", "ranking", "position", "place"])
SCORE_WORDS = compile_terms(["评分", "得分", "分数", "满意度", "NPS", "score", "rating", "satisfaction"])
# Counted over a period: what a dashboard adds up day by day.
FLOW_WORDS = compile_terms([
    "新增", "新客", "拉新", "获客", "销售额", "销量", "营收", "收入", "回款", "线索", "留资", "订单", "成交", "签约",
    "下载", "注册", "安装", "出货", "GMV", "播放量", "曝光量", "互动量", "阅读量", "访问量", "访客", "流量", "搜索量",
    "点击", "咨询量", "到店", "new", "revenue", "sales", "leads", "orders", "sign-ups", "signups", "downloads",
    "installs", "bookings", "deals", "registrations", "acquisitions", "visits", "traffic", "views", "impressions",
    "clicks", "units sold", "GMV", "turnover", "customers",
])
# A count of what there is at a date (a stock), unless the name says it is new.
STOCK_WORDS = compile_terms([
    "累计", "总数", "总量", "存量", "关注人数", "关注数", "粉丝", "会员数", "用户数", "用户规模", "活跃", "月活", "日活",
    "门店数", "在册", "total", "cumulative", "followers", "members", "subscribers", "active", "MAU", "DAU",
    "base", "installed", "headcount", "stores", "accounts", "ARR", "MRR", "年度经常性收入",
])
NEW_WORDS = compile_terms(["新增", "新客", "拉新", "新开", "new", "net new", "added"])
# A flow counted per period: the figure of one quarter, month, week or day.
PER_PERIOD: tuple[tuple[str, Terms], ...] = (
    ("quarter", compile_terms(["季度", "每季", "单季", "季均", "quarterly", "per quarter", "a quarter", "/季"])),
    ("month", compile_terms(["月度", "每月", "单月", "月均", "月销", "月营收", "月收入", "月订单", "月新增",
                             "monthly", "per month", "a month", "/月"])),
    ("week", compile_terms(["周度", "每周", "单周", "周均", "weekly", "per week", "a week", "/周"])),
    ("day", compile_terms(["日均", "每日", "每天", "单日", "daily", "per day", "a day", "/天", "/日"])),
)
EXPLORATION_WORDS = compile_terms([
    "探索", "试点", "试水", "创新", "孵化", "实验", "尝试", "新业务", "新模式", "pilot", "exploration", "explore",
    "exploratory", "experiment", "innovation", "incubat", "test-and-learn", "proof of concept", "POC",
])


@record(frozen=True)
class Calendar:
    """Quarter weights of a market, what to call them, and the days the report marks."""

    name: str
    season: tuple[float, float, float, float]
    zh: str
    en: str
    peaks: tuple[tuple[int, int, str, str], ...] = ()  # (month, day, zh, en)


# A plan with no seasonal calendar: a yearly target is split evenly. The calendars by market
# (618 and Double 11 for Chinese e-commerce) are data in the language pack (packs/language.toml).
EVEN = Calendar("even", (0.25, 0.25, 0.25, 0.25), "按季度平均拆分 (计划未写明旺季)",
                "split evenly by quarter (the plan names no peak season)")


# ----------------------------------------------------------------- the facts
@record(frozen=True)
class Meaning:
    """What a goal's number means in time.

    ``kind``: flow (summed from ``start`` to ``end``), level (read at ``end``) or unknown;
    ``every``: for a per-period flow, the period it is counted per (quarter, month, week, day),
    and then ``start``..``end`` is the one period the target is for; ``measure``: rank, rate,
    amount, score or count; ``better``: +1 when higher is better, -1 when lower is (a rank,
    a cost), 0 when the plan does not say.
    """

    kind: str
    every: str | None
    start: dt.date | None
    end: dt.date | None
    measure: str
    better: int

    @property
    def flow(self) -> bool:
        return self.kind == "flow"

    @property
    def per_period(self) -> bool:
        return self.every is not None


def _name(goal: Goal) -> str:
    return goal.metric.name if goal.metric is not None else ""


def _unit(goal: Goal) -> str | None:
    for q in (goal.metric.unit if goal.metric else None, goal.baseline.unit if goal.baseline else None,
              goal.target.unit if goal.target and goal.target.kind != "relative" else None):
        if q:
            return q
    return None


def measure_of(goal: Goal) -> str:
    """rank, rate, amount, score or count: what kind of number the goal's metric is."""
    return _classify(_name(goal), _unit(goal), goal.target is not None and goal.target.unit == "pp")[0]


def kind_of(goal: Goal) -> tuple[str, str | None]:
    """(flow | level | unknown, the period a flow is counted per or None)."""
    _, kind, every = _classify(_name(goal), _unit(goal), goal.target is not None and goal.target.unit == "pp")
    return kind, every


@lru_cache(maxsize=16384)
def _classify(name: str, unit: str | None, points: bool) -> tuple[str, str, str | None]:
    """(measure, kind, every) of a metric name and unit: plans repeat their metrics, so each
    distinct one is read once."""
    if RANK_WORDS.search(name) or (unit or "") in ("名", "位"):
        measure = "rank"
    elif unit in ("%", "pp") or points:
        measure = "rate"
    elif SCORE_WORDS.search(name):
        measure = "score"
    elif RATE_WORDS.search(name):
        measure = "rate"
    elif BUILTIN.is_money(unit):
        measure = "amount"
    else:
        measure = "count"
    if measure in ("rank", "rate", "score"):
        return measure, "level", None
    if STOCK_WORDS.search(name) and not NEW_WORDS.search(name):
        return measure, "level", None
    if FLOW_WORDS.search(name) or BUILTIN.is_money(unit):
        for every, words in PER_PERIOD:
            if words.search(name):
                return measure, "flow", every
        if (unit or "").endswith(("/年", "/year")):
            return measure, "flow", "year"
        return measure, "flow", None
    return measure, "unknown", None


def better_of(goal: Goal) -> int:
    """+1 when a higher number is better, -1 when lower is (a rank, a cost, churn), 0 unknown."""
    return _better(goal, measure_of(goal))


def _better(goal: Goal, measure: str) -> int:
    if measure == "rank":
        return -1
    d = goal.direction()
    if d:
        return d
    if re.search(r"成本|流失|退订|跳出|cost|churn|unsubscribe|bounce", fold(_name(goal)), re.I):
        return -1
    return 0


def plan_start(plan: Plan) -> dt.date | None:
    return plan.meta.period.start if plan.meta is not None and plan.meta.period is not None else None


def plan_end(plan: Plan) -> dt.date | None:
    return plan.meta.period.end if plan.meta is not None and plan.meta.period is not None else None


def deadline_of(goal: Goal) -> dt.date | None:
    """The goal's deadline; for a goal measured by milestones, its last milestone."""
    if goal.deadline is not None:
        return goal.deadline.end
    ends = [m.period.end for m in goal.milestones if m.period is not None]
    return max(ends) if ends else None


MEANING = "meaning"  # the shared results' key of a goal's number in time: (MEANING, id(goal))


def meaning(plan: Plan, goal: Goal) -> Meaning:
    """The goal's number in time (computed once per goal and plan)."""
    key = (MEANING, id(goal))
    found = plan.index.memo.get(key)
    if found is None:
        found = plan.index.memo[key] = _meaning(plan, goal)
    return found  # type: ignore[return-value]


def _meaning(plan: Plan, goal: Goal) -> Meaning:
    measure, kind, every = _classify(_name(goal), _unit(goal), goal.target is not None and goal.target.unit == "pp")
    end = deadline_of(goal) or plan_end(plan)
    start = plan_start(plan)
    if goal.baseline_as_of is not None:
        after = goal.baseline_as_of.end + dt.timedelta(days=1)
        start = after if start is None or after > start else start  # last year's figure starts nothing before the plan
    if end is not None and kind == "flow":
        named = title_period(goal.title, end.year)
        if named is not None and named[1] <= end and (start is None or named[0] >= start):
            start = named[0]  # "Q3 获客 5,000人": the figure is that quarter's
        if every in ("quarter", "month", "week", "day"):
            start = period_start(end, every)
    if start is not None and end is not None and end < start:
        start = None
    return Meaning(kind, every if every != "year" else None, start, end, measure, _better(goal, measure))


def period_start(day: dt.date, every: str) -> dt.date:
    """The first day of the quarter, month, week or day that ``day`` is in."""
    if every == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if every == "month":
        return day.replace(day=1)
    if every == "week":
        return day - dt.timedelta(days=day.weekday())
    return day


def period_end(day: dt.date, every: str) -> dt.date:
    start = period_start(day, every)
    if every == "quarter":
        m = start.month + 2
        return dt.date(start.year, m, _calendar.monthrange(start.year, m)[1])
    if every == "month":
        return dt.date(start.year, start.month, _calendar.monthrange(start.year, start.month)[1])
    if every == "week":
        return start + dt.timedelta(days=6)
    return day


def quarters(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """(year, quarter) from the quarter of ``start`` to the quarter of ``end``."""
    out = []
    y, q = start.year, (start.month - 1) // 3 + 1
    while (y, q) <= (end.year, (end.month - 1) // 3 + 1):
        out.append((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


def plan_calendar(plan: Plan) -> Calendar:
    """The seasonal calendar of the plan's market, from its own words (EVEN when none)."""
    key = ("calendar",)
    found = plan.index.memo.get(key)
    if found is None:
        found = plan.index.memo[key] = _calendar_of(plan)
    return found  # type: ignore[return-value]


def _calendar_of(plan: Plan) -> Calendar:
    found = (plan.language or BUILTIN).calendar_for(plan)  # the language pack's calendars, by market
    if found is None:
        return EVEN
    return Calendar(found.name, tuple(found.season.get(q, 0.25) for q in (1, 2, 3, 4)), found.zh, found.en,
                    tuple((m, d, zh, en) for (m, d), zh, en in found.peaks))


def is_exploration(goal: Goal) -> bool:
    """An innovative or exploratory project (试点, pilot): the method allows stage criteria and
    milestones in place of a metric (annual plan 1.2)."""
    texts = [goal.title or "", goal.note.value if goal.note else "", goal.level or ""]
    return any(EXPLORATION_WORDS.search(t) for t in texts if t)


# ------------------------------------------------------------ what a title says
_CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12, "十八": 18, "二十四": 24}
_N = r"(\d+|十[一二]?|十八|二十四|[一两二三四五六七八九])"
_WITHIN_ZH = re.compile(rf"(?:在|于)?(?:未来|接下来|今后)?\s*{_N}\s*个?月(?:内|之内|以内)|(?:未来|接下来)\s*{_N}\s*个?月")
_HALF_ZH = re.compile(r"(?:未来|接下来)?半年(?:内|之内|以内)|未来半年")
_YEAR_ZH = re.compile(rf"(?:未来|接下来)?\s*{_N}\s*年(?:内|之内|以内)")
_WITHIN_EN = re.compile(r"(?:within|in|over)\s+(?:the\s+next\s+)?(\d+|six|three|twelve|nine|two|four)\s+months?", re.I)
_EN_DIGITS = {"two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}


def title_months(title: str | None) -> tuple[int, str] | None:
    """The time a title gives its goal: (months, the words), e.g. 在未来6个月内 -> (6, ...)."""
    if not title:
        return None
    t = fold(title)
    m = _WITHIN_ZH.search(t)
    if m:
        n = m.group(1) or m.group(2)
        months = int(n) if n.isdigit() else _CN_DIGITS.get(n, 0)
        return (months, title[m.start():m.end()]) if months else None
    m = _HALF_ZH.search(t)
    if m:
        return 6, title[m.start():m.end()]
    m = _YEAR_ZH.search(t)
    if m:
        n = m.group(1)
        years = int(n) if n.isdigit() else _CN_DIGITS.get(n, 0)
        return (12 * years, title[m.start():m.end()]) if years else None
    m = _WITHIN_EN.search(t)
    if m:
        n = m.group(1).lower()
        months = int(n) if n.isdigit() else _EN_DIGITS.get(n, 0)
        return (months, title[m.start():m.end()]) if months else None
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    """The day ``months`` later, minus one: 2025-01-01 + 6 months -> 2025-06-30."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=1) if day.day == 1 else \
        dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1])) - dt.timedelta(days=1)


_QUARTER = re.compile(r"(?<!by )(?<![A-Za-z0-9])(?:[Qq]([1-4])(?![0-9])|第?([一二三四])季度)(?!\s*(?:前|之前|以前|底|末|结束前))")


def title_period(title: str | None, year: int) -> tuple[dt.date, dt.date] | None:
    """The quarter a title names ("Q3 获客5000人", "第四季度"): the goal's figure is that quarter's."""
    if not title or not any(c in title for c in "Qq季"):
        return None
    m = _QUARTER.search(fold(title))
    if m is None:
        return None
    q = int(m.group(1)) if m.group(1) else "一二三四".index(m.group(2)) + 1
    start = dt.date(year, 3 * q - 2, 1)
    return start, period_end(start, "quarter")


_UP = r"提高|提升|增长|增加|上涨|拉升|扩大|grow|increase|raise|boost|lift|improve"
_DOWN = r"降低|减少|下降|压缩|削减|cut|reduce|lower|decrease"
_LEVEL = r"提升至|提高至|提升到|提高到|增长到|增长至|增加到|增加至|达到|达|升至|降至|降到|reach|to"
_AMOUNT = r"(\d[\d,.]*)\s*(%|％|个百分点|百分点|pp|万元|万|亿元|亿|元|条|人|个|篇|k|K|M)?"
_BOUND = re.compile(rf"(超过|超|高于|不低于|至少|多于|不超过|低于|至多|少于|more than|over|above|at least|at most|under|below)\s*{_AMOUNT}", re.I)
_RELATIVE = re.compile(rf"({_UP}|{_DOWN})(?P<name>[^\d,，;；。]*?)(?:了|by\s+)?\s*{_AMOUNT}", re.I)
_LEVEL_HEAD = re.compile(r"\s*(?:至|到|达到|达|to\b|reach)", re.I)
_LEVEL_TAIL = re.compile(rf"(?:{_LEVEL}|至|到)\s*$", re.I)
_DOUBLE = re.compile(r"翻倍|翻一番|double|doubling", re.I)
_BOUND_SYM = {"超过": ">", "超": ">", "高于": ">", "多于": ">", "more than": ">", "over": ">", "above": ">",
              "不低于": ">=", "至少": ">=", "at least": ">=", "不超过": "<=", "至多": "<=", "at most": "<=",
              "低于": "<", "少于": "<", "under": "<", "below": "<"}


@record(frozen=True)
class TitleTarget:
    """What a title says the target is: ``text`` to write after ``target:`` (``+20%``, ``> 500``,
    ``15%``), and the metric it names when it names one."""

    text: str
    metric: str | None = None


def title_target(title: str | None) -> TitleTarget | None:
    """The target a goal's title states: 提高…20% is +20% (growth, not a level of 20%); 提升至15%
    is 15%; 超500 keeps its bound (> 500); 翻倍 is +100%."""
    if not title:
        return None
    t = fold(title)
    window = title_months(title)
    if window is not None:  # 在未来6个月内: not the number of the target
        t = t.replace(fold(window[1]), " " * len(window[1]))
    m = _BOUND.search(t)
    if m:
        return TitleTarget(f"{_BOUND_SYM[m.group(1).lower()]} {m.group(2)}{m.group(3) or ''}")
    m = _RELATIVE.search(t)
    if m and not _LEVEL_HEAD.match(t[m.end(1):]) and not _LEVEL_TAIL.search(m["name"]):
        sign = "-" if re.fullmatch(_DOWN, m.group(1), re.I) else "+"
        unit = m.group(4) or ""
        if unit in ("%", "％", "个百分点", "百分点", "pp"):
            unit = "%" if unit in ("%", "％") else "pp"
            name = title[m.start("name"):m.end("name")].strip(" 的了")
            return TitleTarget(f"{sign}{m.group(3)}{unit}", name or None)
    m = _DOUBLE.search(t)
    if m:
        return TitleTarget("+100%")
    return None


# a level the title says the target reaches: 提升至15%, 达到650万元, to 1.5M (not "into 3 cities")
_LEVEL_AT = re.compile(r"(?:提升至|提高至|提升到|提高到|增长到|增长至|增加到|增加至|降至|降到|降低至|降低到|下降至|下降到"
                       r"|控制在|达到|达|升至|至|到|(?<![A-Za-z])(?:reach|to)(?![A-Za-z]))\s*"
                       r"(\d[\d,]*(?:\.\d+)?)\s*(%|％|万元|万|亿元|亿|元|条|人|个|篇|k|K|M)?", re.I)
_TITLE_SCALE = {"万": 1e4, "万元": 1e4, "亿": 1e8, "亿元": 1e8, "k": 1e3, "K": 1e3, "M": 1e6}
_NOT_A_LEVEL_AFTER = tuple("年月日号季周天-/Qq")  # 到2026年底, 至12月: a date, not the target


@lru_cache(maxsize=4096)  # (SM007 and the editor ask per goal; titles repeat across re-lints)
def title_level(title: str | None) -> tuple[float, str, str, bool] | None:
    """The level a goal's title says its target reaches (提升至15%, 达到650万元, to 1.5M): the
    number with its scale word applied, its unit word (%, 元, or "" for a count), the words as
    written, and whether a unit or scale word was written (a bare number is in the metric's
    unit). None when the title names no level; the last such level counts."""
    if not title or not any(ch.isdigit() for ch in title):
        return None
    t = fold(title)
    found = None
    for m in _LEVEL_AT.finditer(t):
        digits, unit = m.group(1).replace(",", ""), m.group(2) or ""
        if t[m.end():m.end() + 1].startswith(_NOT_A_LEVEL_AFTER) or (
                not unit and "," not in m.group(1) and len(digits) == 4 and digits[:2] in ("19", "20")):
            continue  # a date (到2026年底, 2025 to 2026), not a level; 2,000 is a number
        amount = _title_amount(digits, unit, title[m.start(1):m.end()].strip())
        if amount is not None:
            found = amount
    return found


def _title_amount(digits: str, unit: str, words: str) -> tuple[float, str, str, bool] | None:
    """A number of a title as ``title_level`` gives it: (value with its scale word, unit kind,
    words as written, whether a unit or scale word was written)."""
    try:
        value = float(digits) * _TITLE_SCALE.get(unit, 1.0)
    except ValueError:
        return None
    kind = "%" if unit in ("%", "％") else "元" if unit.endswith("元") else ""
    return value, kind, words, bool(unit)


def _agrees(goal: Goal, said: tuple[float, str, str, bool], low: float, high: float) -> bool | None:
    """Whether a title's number (``said``) is the goal's number between ``low`` and ``high`` (base
    units), 3% either way; None when the two are in other units and cannot be compared."""
    from planlint.facts.values import unit_of

    value, kind, _, scaled = said
    unit = unit_of(goal)
    if (kind == "%") != (unit == "%") or (kind == "元" and not BUILTIN.is_money(unit)):
        return None  # another unit than the goal's: 提升至20% of a count, a share of something else
    if not scaled and goal.metric is not None:
        value *= goal.metric.scale  # a bare 50 in a title on a metric in (万): 500,000
    return low * 0.97 - 1e-9 <= value <= high * 1.03 + 1e-9


def title_start_disagrees(goal: Goal) -> str | None:
    """The starting point a goal's title states (从32%提升至40%: 32%), as written, when its
    baseline says another number in the same unit; None otherwise."""
    from planlint.facts.values import base

    change = title_change(goal.title)
    b = base(goal, goal.baseline)
    if change is None or b is None or goal.metric is None:
        return None
    said = _title_amount(change.start.replace(",", ""), change.start_unit or change.end_unit,
                         change.start + (change.start_unit or ""))
    if said is None or _agrees(goal, said, b, b) is not False:
        return None
    return said[2]


def title_disagrees(goal: Goal) -> str | None:
    """The level the goal's title states (as written) when its target says another number
    (直播间转化率提升至8% with 目标值: 80): a slip in one of the two; None when they agree, or
    when the title states none, or in other units."""
    from planlint.facts.values import target_base

    target = goal.target
    if target is None or goal.metric is None or target.kind not in ("exact", "range"):
        return None
    said = title_level(goal.title)
    if said is None:
        return None
    if target.kind == "exact":
        low = high = target_base(goal)
    else:
        scale = goal.metric.scale if target.low and target.low.unit is None and target.low.scale == 1.0 else 1.0
        low = target.low.value * scale if target.low else None
        high = target.high.value * scale if target.high else None
    if low is None or high is None or _agrees(goal, said, low, high) is not False:
        return None
    return said[2]


_FROM_TO = re.compile(rf"(?:从|由|from)\s*{_AMOUNT}\s*(?:{_UP}|{_DOWN})?\s*(?:{_LEVEL}|至|到|->|→|~)\s*{_AMOUNT}", re.I)


@record(frozen=True)
class TitleChange:
    """A change a title states from one number to another (从185提升到326, 由 18 萬提升至 25 萬,
    from 3万 to 4.5万), each as written: number and unit word."""

    start: str
    start_unit: str
    end: str
    end_unit: str
    words: str  # the title's words that say it


def title_change(title: str | None) -> TitleChange | None:
    if not title:
        return None
    m = _FROM_TO.search(fold(title))
    if m is None:
        return None
    return TitleChange(m.group(1), m.group(2) or "", m.group(3), m.group(4) or "", title[m.start():m.end()])


# ------------------------------------------------------------- same measure
_EN_STOP = {"the", "a", "an", "of", "for", "and", "new", "total", "number", "count", "per", "rate", "in", "on", "by",
            "from", "via", "to"}


def same_measure(a: Goal, b: Goal) -> bool:
    """Two goals count the same thing (a parent and the parts it is split into): the same kind
    of number, in units that compare, and metric names with the same head (智能门锁市场份额 and
    智能家居产品线市场份额; "SEM new users" and "new users")."""
    if a.metric is None or b.metric is None:
        return False
    if measure_of(a) != measure_of(b) or kind_of(a) != kind_of(b):
        return False
    x, y = _head(a.metric.name), _head(b.metric.name)
    if not x or not y:
        return False
    if x.isascii() and y.isascii():
        wx = [w for w in re.findall(r"[a-z0-9-]+", x) if w not in _EN_STOP]
        wy = [w for w in re.findall(r"[a-z0-9-]+", y) if w not in _EN_STOP]
        return bool(wx and wy) and wx[-1].rstrip("s") == wy[-1].rstrip("s")
    common = 0
    for cx, cy in zip(reversed(x), reversed(y), strict=False):
        if cx != cy:
            break
        common += 1
    shorter = min(len(x), len(y))
    return common >= 3 or (common >= 2 and common == shorter)


@lru_cache(maxsize=4096)  # (metric names repeat: a parent and its parts are compared pair by pair)
def _head(name: str) -> str:
    t = fold(name).lower().strip()
    t = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", t)
    t = re.sub(r"\s+(?:from|via|through|by|in|on)\s+.*$", "", t)
    return t.strip()


# ------------------------------------------------- what a measure is about
# Families of what marketing measures count (alignment framework, table 3: "核心衡量指标需与营销
# 子目标直接挂钩 (如'新增用户量'对应'新增注册用户数')"). A measure and a goal that share a family,
# or a word, are about the same thing. The families are data: ``[families]`` in packs/metrics.toml.
_GENERIC = {"提升", "增长", "目标", "数量", "指标", "完成", "达到", "活动", "情况", "水平", "总数", "人数", "次数", "期间", "全年",
            "本期", "季度", "每月", "平均"}
_STOP = {"rate", "count", "number", "total", "per", "the", "and", "for", "new", "of", "by", "from", "with", "time"}


def families(text: str, packs: Packs) -> frozenset[str]:
    """The families of what a text counts (reach, leads, sales, retention, ...: ``[families]`` in
    ``packs/metrics.toml``)."""
    return _family_names(packs.family_presence.mask(text), packs)


@lru_cache(maxsize=1024)  # by which families occur (a few dozen sets), not by text: each title is new
def _family_names(bits: int, packs: Packs) -> frozenset[str]:
    return frozenset(name for i, (name, _) in enumerate(packs.family_res) if bits >> i & 1)


_HAN_RUN = re.compile("[\u4e00-\u9fff]{2,}")  # runs of two or more: their pairs are the words
_LATIN = re.compile("[a-z]")
_BY_SHAPE: dict[str, frozenset[str]] = {}  # ``_words`` of a text with no Latin letter, by its digit shape


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    t = fold(text).lower()
    if _LATIN.search(t) is not None:
        return _read_words(t)
    # Pairs of Chinese characters are the same for any digits between them (a digit stays a
    # digit in ``shape``, so the runs split alike): titles that differ in their numbers alone
    # (季度销售额从185提升到326) are read once.
    key = shape(t)
    found = _BY_SHAPE.get(key)
    if found is None:
        if len(_BY_SHAPE) >= 16384:
            _BY_SHAPE.clear()
        found = _BY_SHAPE[key] = _read_words(key)
    return found


def _read_words(t: str) -> frozenset[str]:
    """The words of a folded, lower-case text: pairs of Chinese characters, Latin words (singular)."""
    grams = {run[i:i + 2] for run in _HAN_RUN.findall(t) for i in range(len(run) - 1)}
    latin = {w.rstrip("s") for w in re.findall(r"[a-z][a-z0-9-]{2,}", t) if w not in _STOP}
    return frozenset((grams - _GENERIC) | latin)


def goal_texts(goal: Goal) -> list[str]:
    """What a goal says it counts: its metric, title, definition and leading indicators."""
    out = [goal.metric.name if goal.metric else "", goal.title or "", goal.definition.value if goal.definition else ""]
    return [t for t in out + [x.value for x in goal.leading] if t]


def unrelated(measure: str, goal: Goal, packs: Packs) -> bool | None:
    """True when a measure is plainly about something else than the goal (known families on both
    sides, none shared, no word shared); False when related; None when planlint cannot tell."""
    texts = goal_texts(goal)
    if not texts:
        return None
    key = tuple(texts)
    said = _words(measure)
    # a word shared with one of the texts is one shared with all of them together: the
    # metric's name, which goals repeat, mostly answers before the title is read
    if any(not said.isdisjoint(_words(t)) for t in texts):
        return False
    a = families(measure, packs)
    if not a:
        return None
    b = _goal_families(key, packs)
    if not b:
        return None
    return a.isdisjoint(b)


def _goal_families(texts: tuple[str, ...], packs: Packs) -> frozenset[str]:
    """The families of a goal's texts, all together."""
    presence = packs.family_presence
    bits = 0
    for t in texts:
        bits |= presence.mask(t)
    return _family_names(bits, packs)
