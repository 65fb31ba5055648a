"""PL004: two goals or initiatives share an id, or the file has two plan blocks."""

from __future__ import annotations

from planlint.rules.syntax import SyntaxRule


class DuplicateId(SyntaxRule):
    """Two goals or initiatives share an id, or the file has two plan blocks.

    What it checks: ids are unique in the file, and across the files of a plan set; one plan block
    per file.
    Why: `parent` and `supports` would point at two things at once.
    Fix: another id.
    """

    code = "PL004"
    name = "duplicate-id"
    messages = {
        "plan-twice": ("一个文件只能有一个计划块", "a file holds one plan block"),
        "merge": ("删除或合并多余的计划块", "remove or merge the extra plan block"),
        "id-twice": ("编号「{id}」已在第 {line} 行使用", "the id '{id}' is already used on line {line}"),
        "other-id": ("换一个编号, 例如 {id}-2", "choose another id, e.g. {id}-2"),
        "elsewhere": ("编号「{id}」已在 {where} 使用", "the id '{id}' is already used in {where}"),
        "elsewhere-fix": ("两个文件中的编号要不同: 改掉其中一个, 或删除重复的块",
                          "ids are unique across the plan's files: rename one, or remove the repeated block"),
    }
