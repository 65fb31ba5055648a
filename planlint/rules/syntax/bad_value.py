"""PL003: a value does not read as what its field takes."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class BadValue(SyntaxRule):
    """A value does not read as what its field takes.

    What it checks: dates (`2024-12-31`, `2024年Q4`), periods (`2024-01-01 .. 2024-12-31`),
    amounts (`100万元`), numbers and targets (`450..500`, `<= 200元`, `+20%`), the entries of
    `split` and `history`, the one-line statement `指标 5万 -> 6万 截止 2025-06-30`.
    Why: a deadline planlint cannot read cannot be checked against the plan. The field counts
    as written: the rules do not also report it missing.
    Fix: examples of the form the field takes.
    """

    code = "PL003"
    name = "bad-value"
    messages = {
        "not-type": ("「{name}」的值「{value}」不是{type}", "'{name}: {value}' is not {type}"),
        "write": ("写成 {examples}", "write {examples}"),
        "ends-before-start": ("「{value}」的结束早于开始", "'{value}' ends before it starts"),
        "earlier-first": ("把较早的日期写在前面", "put the earlier date first"),
        "history-item": ("历史值「{value}」不是数值", "the past value '{value}' is not a number"),
        "statement-target": ("「{value}」不是目标值", "'{value}' is not a target"),
        "statement": ("写成 指标名 基准值 -> 目标值 截止 日期, 例如 关注人数 5万 -> 6万 截止 2025-06-30",
                      "write metric baseline -> target by date, e.g. followers 50k -> 60k by 2025-06-30"),
        "statement-date": ("「{value}」不是日期", "'{value}' is not a date"),
        "entries-below": ("「{name}」的条目要写在下面的缩进行中", "'{name}' takes its entries on the indented lines below it"),
        "entries": ("写成\n  {name}:\n    2024-Q1: 100", "write\n  {name}:\n    2024-Q1: 100"),
        "split-period": ("拆分的时间「{value}」不是日期或时间段", "the split period '{value}' is not a date or period"),
        "periods": ("写成 2024-Q1 / 2024-09 / 2024年上半年", "write 2024-Q1 / 2024-09 / 2024-H1"),
        "split-value": ("拆分值「{value}」不是数值", "the split value '{value}' is not a number"),
        "dated-key": ("「{name}」的日期「{value}」不是日期或时间段", "'{value}' under '{name}' is not a date or period"),
        "dated-keys": ("写成 2024-06-30 / 2024-06 / 2024-Q2", "write 2024-06-30 / 2024-06 / 2024-Q2"),
        "milestone-criterion": ("里程碑 {value} 没有写评估标准", "the milestone {value} states no criterion"),
        "milestone-example": ("写成 {value}: 完成3个城市试点, 每城留资≥200", "write {value}: pilot in 3 cities, 200+ leads each"),
        "actual-value": ("实际值「{value}」不是数值", "the actual value '{value}' is not a number"),
    }
