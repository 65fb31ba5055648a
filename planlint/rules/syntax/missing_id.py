"""PL010: a goal, initiative or team has no id."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class MissingId(SyntaxRule):
    """A goal, initiative or team has no id.

    What it checks: `目标 ID "标题"`: the id after the keyword.
    Why: other blocks refer to it by id.
    Fix: add an id.
    """

    code = "PL010"
    name = "missing-id"
    messages = {
        "missing": ("缺少编号: 其他块要通过编号引用它", "missing id: other blocks refer to it by its id"),
        "add-id": ("在关键词后写一个编号, 例如 {keyword} G1 \"{title}\"", "add an id after the keyword, e.g. {keyword} G1 \"{title}\""),
    }
