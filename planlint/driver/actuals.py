"""Actuals from a dashboard export: a CSV of date, goal id (or metric name), value.

``planlint status --actuals FILE.csv`` and ``planlint check --actuals FILE.csv`` read it: each
row becomes an observation of the goal it names (``Goal.actuals``), beside the plan's own
``actual:`` series; a row for a period the plan's series also gives replaces the plan's. For a
flow each value is what that day (week, month) brought; for a level, its value that day.

The file is bounded (size, rows, field size) and every bad row is one line with the file and
the line and what to write instead. A header row is optional: when the first row is not data,
its names say which column is which (date / 日期, goal / 目标 / id, metric / 指标, value / 实际
/ 数值); without one the first three columns are date, goal, value.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from planlint.driver.files import InputError
from planlint.i18n.messages import Join, Message, Template
from planlint.i18n.ui import ui
from planlint.language.script import fold
from planlint.model import DateSpan, Observation, Plan, Quantity
from planlint.records import record

MAX_BYTES = 20 * 1024 * 1024  # a year of daily rows for a thousand goals is a few megabytes
MAX_ROWS = 200_000
MAX_FIELD = 4096  # a cell of a dashboard export is a date, a name or a number
MAX_SHOWN = 10  # bad rows listed before "and N more"

WORDS = {
    "date": ("date", "day", "日期", "时间", "as of", "截至"),
    "goal": ("goal", "goal id", "id", "目标", "目标编号", "编号"),
    "metric": ("metric", "kpi", "指标", "指标名"),
    "value": ("value", "actual", "数值", "实际", "实际值", "值", "完成"),
}

MESSAGES = {k: Template(*v) for k, v in {
    "rows": ("{lines}", "{lines}"),
    "bad-date": ("{where}: 「{text}」不是日期; 写成 2024-06-30 (或 2024-06 表示整月)",
                 "{where}: '{text}' is not a date; write 2024-06-30 (or 2024-06 for the whole month)"),
    "bad-value": ("{where}: 「{text}」不是数值; 写成 1200 / 5.2万 / 12%", "{where}: '{text}' is not a number; write 1200 / 5.2万 / 12%"),
    "columns": ("{where}: 这一行有 {count} 列; 需要 日期, 目标编号 (或指标名), 数值 三列",
                "{where}: this row has {count} column(s); write date, goal id (or metric name), value",
                "{where}: 這一列有 {count} 欄; 需要 日期, 目標編號 (或指標名), 數值 三欄"),
    "no-goal": ("{where}: 第二列是空的; 写目标编号或指标名", "{where}: the second column is empty; write a goal id or a metric name",
                "{where}: 第二欄是空的; 寫目標編號或指標名"),
    "unknown": ("{where}: 计划里没有目标或指标「{key}」; 目标编号: {ids}", "{where}: no goal or metric '{key}' in the plan; goal ids: {ids}"),
    "ambiguous": ("{where}: 指标「{key}」对应多个目标 ({ids}); 请写目标编号",
                  "{where}: the metric '{key}' names several goals ({ids}); write the goal id"),
    "too-many": ("{path}: {rows} 行, 超出上限 {limit} 行; 只导出计划期内的数据", "{path}: {rows} rows, more than {limit}; export the plan period only",
                 "{path}: {rows} 列, 超出上限 {limit} 列; 只匯出計畫期內的資料"),
    "empty": ("{path}: 没有数据行; 每行写 日期, 目标编号, 数值", "{path}: no rows of data; write date, goal id, value on each line",
              "{path}: 沒有資料列; 每列寫 日期, 目標編號, 數值"),
    "not-csv": ("{where}: 不是 CSV: {why}", "{where}: not CSV: {why}"),
    "more": ("…还有 {count} 行有问题", "... and {count} more bad row(s)", "…還有 {count} 列有問題"),
}.items()}


def _msg(name: str, **args: object) -> Message:
    return Message(f"actuals.{name}", MESSAGES[name], args)


@record(frozen=True)
class Row:
    """One row of an export, read: where it is, the goal it names, its period and value."""

    line: int
    source: str  # "actuals.csv:12"
    key: str  # a goal id or a metric name, as written
    period: DateSpan
    value: Quantity


def read_actuals(path: Path) -> tuple[Row, ...]:
    """The rows of an export; an InputError (one line per bad row) when any row does not read."""
    from planlint.parser import values

    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(ui("too-large", path=name, size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(ui("no-file", path=name)) from None
    except IsADirectoryError:
        raise InputError(ui("no-file", path=name)) from None
    except OSError as exc:
        raise InputError(ui("cannot-read", path=name, why=exc.strerror or str(exc))) from None
    if b"\x00" in data[:8192]:
        raise InputError(ui("binary", path=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")  # what Excel writes for "CSV" on a Chinese system
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(ui("not-utf8", path=name, line=line)) from None
    sample = text[:4096]
    delimiter = max(",\t;，", key=sample.count) if any(d in sample for d in ",\t;，") else ","
    if delimiter == "，":
        text, delimiter = text.replace("，", ","), ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    csv.field_size_limit(MAX_FIELD)
    rows: list[Row] = []
    bad: list[Message] = []
    columns = (0, 1, 1, 2)  # date, goal, metric, value
    first = True
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS + 1:
                raise InputError(_msg("too-many", path=name, rows=f"{MAX_ROWS:,}+", limit=f"{MAX_ROWS:,}"))
            cells = [c.strip() for c in cells]
            if not any(cells) or cells[0].startswith("#"):
                continue
            where = f"{name}:{reader.line_num}"
            if first:
                first = False
                header = _header(cells)
                if header is not None:
                    columns = header
                    continue
            width = max(columns) + 1
            if len(cells) < width:
                bad.append(_msg("columns", where=where, count=str(len(cells))))
                continue
            date_text, value_text = cells[columns[0]], cells[columns[3]]
            key = cells[columns[1]] or cells[columns[2]]
            if not key:
                bad.append(_msg("no-goal", where=where))
                continue
            try:
                period = values.read("period", values.tidy("period", date_text))
            except values.ValueError_:
                bad.append(_msg("bad-date", where=where, text=date_text))
                continue
            try:
                value = values.read("quantity", values.tidy("quantity", value_text.replace("，", ",")))
            except values.ValueError_:
                bad.append(_msg("bad-value", where=where, text=value_text))
                continue
            rows.append(Row(reader.line_num, where, key, period, value))
    except csv.Error as exc:
        raise InputError(_msg("not-csv", where=f"{name}:{reader.line_num}", why=str(exc))) from None
    if bad:
        shown = bad[:MAX_SHOWN]
        if len(bad) > MAX_SHOWN:
            shown.append(_msg("more", count=str(len(bad) - MAX_SHOWN)))
        raise InputError(_msg("rows", lines=Join(tuple(shown), "\nplanlint: ")))
    if not rows:
        raise InputError(_msg("empty", path=name))
    return tuple(rows)


def _header(cells: list[str]) -> tuple[int, int, int, int] | None:
    """(date, goal, metric, value) columns named by a header row; None when the row is data."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        word = fold(cell).lower().strip()
        for kind, names in WORDS.items():
            if word in names and kind not in found:
                found[kind] = i
    if "date" not in found or "value" not in found or not ({"goal", "metric"} & set(found)):
        if found:  # named columns but not enough of them: read the first three columns
            return (0, 1, 1, 2)
        return None
    goal = found.get("goal", found.get("metric", 1))
    return found["date"], goal, found.get("metric", goal), found["value"]


def attach(plan: Plan, rows: tuple[Row, ...]) -> set[int]:
    """Add the rows that name a goal of ``plan`` to its ``actuals``; returns their lines.

    A row names a goal by its id, or by its metric's name when one goal has that metric."""
    if not rows:
        return set()
    by_metric: dict[str, list[str]] = {}
    for g in plan.goals:
        if g.metric is not None and g.id:
            by_metric.setdefault(fold(g.metric.name).casefold(), []).append(g.id)
    used: set[int] = set()
    found: dict[str, list[Observation]] = {}
    for row in rows:
        gid = row.key if row.key in plan.index.goals else None
        if gid is None:
            ids = by_metric.get(fold(row.key).casefold(), [])
            gid = ids[0] if len(ids) == 1 else None
        if gid is None:
            continue
        used.add(row.line)
        found.setdefault(gid, []).append(Observation(
            period=row.period, value=row.value, span=None, source=row.source))
    for gid, observations in found.items():
        goal = plan.index.goals[gid]
        periods = {(o.period.start, o.period.end) for o in observations}
        goal.actuals = [o for o in goal.actuals if (o.period.start, o.period.end) not in periods] + observations
    return used


def unmatched(rows: tuple[Row, ...], plans: list[Plan], used: set[int]) -> InputError | None:
    """An error naming the rows that matched no goal of the plans checked (or several)."""
    ids = sorted({g.id for p in plans for g in p.goals if g.id})
    by_metric: dict[str, set[str]] = {}
    for p in plans:
        for g in p.goals:
            if g.metric is not None and g.id:
                by_metric.setdefault(fold(g.metric.name).casefold(), set()).add(g.id)
    bad: list[Message] = []
    for row in rows:
        if row.line in used:
            continue
        several = sorted(by_metric.get(fold(row.key).casefold(), set()))
        if len(several) > 1:
            bad.append(_msg("ambiguous", where=row.source, key=row.key, ids=Join(tuple(several))))
        else:
            bad.append(_msg("unknown", where=row.source, key=row.key, ids=Join(tuple(ids[:12]))))
    if not bad:
        return None
    shown = bad[:MAX_SHOWN]
    if len(bad) > MAX_SHOWN:
        shown.append(_msg("more", count=str(len(bad) - MAX_SHOWN)))
    return InputError(_msg("rows", lines=Join(tuple(shown), "\nplanlint: ")))
