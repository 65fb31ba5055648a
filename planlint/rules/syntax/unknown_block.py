"""PL007: a block starts with an unknown keyword."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class UnknownBlock(SyntaxRule):
    """A block starts with an unknown keyword.

    What it checks: blocks start with plan/计划, team/团队, goal/目标, initiative/举措.
    Why: an unknown block is skipped (a close misspelling is read as meant, and still reported).
    Fix: the closest keyword.
    """

    code = "PL007"
    name = "unknown-block"
    messages = {
        "did-you-mean": ("未知的块关键词「{word}」, 是不是「{guess}」?", "unknown block keyword '{word}'; did you mean '{guess}'?"),
        "change": ("改为 {guess}", "change it to {guess}"),
        "unknown": ("未知的块关键词「{word}」", "unknown block keyword '{word}'"),
        "keywords": ("块以 计划 / 团队 / 目标 / 举措 (plan / team / goal / initiative) 开头",
                     "a block starts with plan / team / goal / initiative (计划 / 团队 / 目标 / 举措)"),
    }
