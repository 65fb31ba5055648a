"""Block keywords, field names and enumerated values, in English and Chinese."""

from __future__ import annotations

import difflib
import re

from planlint.language.script import fold

BLOCKS: dict[str, tuple[str, ...]] = {
    "plan": ("plan", "计划", "计画"),
    "team": ("team", "团队"),
    "goal": ("goal", "目标"),
    "initiative": ("initiative", "举措"),
}

# canonical field -> (aliases, blocks it belongs on, value type)
# The first English and the first Chinese name are the primary ones (offered by "did you
# mean"); the others are accepted spellings planners also use.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "period": (("period", "周期", "计划周期", "时间范围"), ("plan",), "period"),
    "budget": (("budget", "预算", "预算金额", "总预算"), ("plan", "team", "goal", "initiative"), "money"),
    "currency": (("currency", "币种", "货币"), ("plan",), "word"),
    "owner": (("owner", "负责人", "责任人", "主负责人"), ("plan", "team", "goal", "initiative"), "person"),
    "head": (("head", "lead"), ("team",), "person"),
    "members": (("members", "成员", "团队成员"), ("team",), "list"),
    "collaborators": (("collaborators", "协同人", "协作人", "协同"), ("goal", "initiative"), "list"),
    "department": (("department", "部门", "所属部门", "dept"), ("goal", "initiative"), "text"),
    "level": (("level", "层级", "级别"), ("goal",), "level"),
    "dimension": (("dimension", "维度", "营销维度"), ("goal",), "dimension"),
    "parent": (("parent", "上级", "上级目标", "父目标"), ("goal",), "text"),
    "contributes": (("contributes", "贡献", "贡献度", "contribution"), ("goal",), "quantity"),
    "metric": (("metric", "指标", "量化指标", "kpi"), ("goal",), "metric"),
    "baseline": (("baseline", "基准", "基准值", "当前值", "current"), ("goal",), "baseline"),
    "target": (("target", "目标值", "目标数值"), ("goal",), "target"),
    "deadline": (("deadline", "截止", "截至", "截止日期", "截止时间", "截止到", "时间节点", "due"), ("goal",), "date"),
    "relevance": (("relevance", "关联度", "战略关联度", "相关性"), ("goal",), "relevance"),
    "review": (("review", "复盘", "复盘节奏", "跟踪频率", "cadence"), ("goal",), "review"),
    "leading": (("leading", "先行指标", "leading indicators"), ("goal",), "list"),
    "definition": (("definition", "口径", "统计口径"), ("goal",), "text"),
    "split": (("split", "拆分", "分解"), ("goal",), "split"),
    "assume": (("assume", "假设", "assumptions"), ("goal",), "assume"),
    "history": (("history", "历史", "历史数据", "历史值"), ("goal",), "history"),
    # method (issue 18): `actual` also takes a series of dated values below it; `milestones` is new
    "actual": (("actual", "实际", "实际值", "actuals"), ("goal",), "actuals"),
    "milestones": (("milestones", "里程碑", "阶段目标", "milestone"), ("goal",), "milestones"),
    "supports": (("supports", "支撑", "支撑目标"), ("initiative",), "list"),
    "strategy": (("strategy", "策略", "营销策略"), ("initiative",), "text"),
    "window": (("window", "时间", "执行时间", "时间窗口"), ("initiative",), "period"),
    "measures": (("measures", "衡量指标", "核心衡量指标"), ("initiative",), "list"),
    "note": (("note", "备注", "说明", "notes"), ("plan", "team", "goal", "initiative"), "text"),
}

BLOCK_OF: dict[str, str] = {alias.lower(): kind for kind, names in BLOCKS.items() for alias in names}
FIELD_OF: dict[str, str] = {
    alias.lower(): name for name, (aliases, _, _) in FIELDS.items() for alias in aliases
}



def word_key(word: str) -> str:
    """How a word of the language is looked up: Simplified, lower case, trimmed
    (計劃, 負責人 and 週 find 计划, 负责人 and 周)."""
    return fold(word.strip()).lower()


def block_of(word: str) -> str | None:
    """The block kind a keyword opens (plan, team, goal, initiative), in any language or script."""
    return BLOCK_OF.get(word_key(word))


def field_of(word: str) -> str | None:
    """The canonical field a name stands for (负责人, 負責人, owner -> owner)."""
    return FIELD_OF.get(word_key(word))


# Enumerated values: canonical -> aliases (lower case).
LEVELS = {
    "company": ("company", "公司", "企业", "集团"),
    "bu": ("bu", "business unit", "业务单元", "事业部"),
    "team": ("team", "团队", "部门"),
    "project": ("project", "项目"),
    "individual": ("individual", "个人"),
}
DIMENSIONS = {
    "brand": ("brand", "品牌"),
    "user": ("user", "users", "用户"),
    "sales": ("sales", "销售"),
    "channel": ("channel", "渠道"),
}
RELEVANCE = {
    "high": ("high", "高"),
    "medium": ("medium", "中", "中等"),
    "low": ("low", "低"),
}
REVIEWS = {
    "daily": ("daily", "每日", "每天", "日"),
    "weekly": ("weekly", "每周", "周"),
    "biweekly": ("biweekly", "fortnightly", "每两周", "双周"),
    "monthly": ("monthly", "每月", "月", "月度"),
    "quarterly": ("quarterly", "每季度", "季度", "每季"),
    "half-yearly": ("half-yearly", "每半年", "semi-annually", "半年度", "半年"),  # method (issue 18)
    "yearly": ("yearly", "annually", "每年", "年度"),
}
ENUMS: dict[str, dict[str, tuple[str, ...]]] = {
    "level": LEVELS,
    "dimension": DIMENSIONS,
    "relevance": RELEVANCE,
    "review": REVIEWS,
}

PLACEHOLDERS = frozenset(
    {"*", "**", "?", "？", "??", "tbd", "tba", "todo", "n/a", "na", "xxx", "xx", "-", "—",
     "待定", "未定", "待确认", "待分配", "某某", "负责人*", "无", "暂无", "none", "unknown"}
)


# method (issue 18): words written under `review` that name no rhythm at all ("when needed"); the
# goal then has no cadence (TR001 says so), which is not a misspelt choice.
NOT_CADENCE = frozenset(
    {"不定期", "随时", "按需", "视情况", "视情况而定", "必要时", "需要时", "有需要时", "临时", "偶尔", "不固定",
     "when needed", "as needed", "if needed", "ad hoc", "ad-hoc", "as required", "when necessary",
     "occasionally", "irregular", "irregularly", "anytime", "any time", "on demand"}
)


def enum_value(kind: str, text: str) -> str | None:
    """The canonical value of an enumerated field, or None when unknown."""
    low = word_key(text)
    for canonical, aliases in ENUMS[kind].items():
        if low in aliases:
            return canonical
    return None


def enum_choices(kind: str, lang: str) -> str:
    pick = 1 if lang == "zh" else 0
    return " / ".join(aliases[pick] if len(aliases) > pick else aliases[0] for aliases in ENUMS[kind].values())


TEMPLATE_SLOT = re.compile(r"<[^<>=\d][^<>]*>")  # "<当前值>" in a starter plan, not "<= 200"


def is_placeholder(text: str) -> bool:
    if TEMPLATE_SLOT.search(text):
        return True
    t = word_key(text)
    return t in PLACEHOLDERS or (bool(t) and set(t) <= {"*", "?", "？", "x", "-"})


def suggest(word: str, choices: list[str]) -> str | None:
    """The closest of ``choices`` to a misspelt ``word``, if one is close enough."""
    lowered = {word_key(c): c for c in choices}
    word = word_key(word)
    cjk = any("\u4e00" <= ch <= "\u9fff" for ch in word)
    if cjk:
        # Chinese names are two to four characters: one wrong or missing character is a typo;
        # a longer name that contains a known one (预算说明) is a field of the team's own.
        lowered = {k: v for k, v in lowered.items() if abs(len(k) - len(word)) <= 1}
    else:  # "baselin" is a typo of baseline; "budget_note" is a field of its own
        lowered = {k: v for k, v in lowered.items() if abs(len(k) - len(word)) <= 2}
    cutoff = 0.5 if cjk else 0.6
    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=cutoff)
    return lowered[found[0]] if found else None


def primary_names(name: str) -> tuple[str, str]:
    """The field's primary English and Chinese names."""
    aliases = FIELDS[name][0]
    en = next(a for a in aliases if a.isascii())
    zh = next((a for a in aliases if not a.isascii()), en)
    return en, zh


def field_aliases_for(kind: str, lang: str) -> list[str]:
    """Primary field names valid on a block, in the writer's language first."""
    zh_names, en_names = [], []
    for name, (_, blocks, _) in FIELDS.items():
        if kind in blocks or (kind == "team" and name == "head"):
            en, zh = primary_names(name)
            en_names.append(en)
            if zh != en:
                zh_names.append(zh)
    return zh_names + en_names if lang == "zh" else en_names + zh_names
