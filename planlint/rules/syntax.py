"""Syntax: what the parser reports. These rules document the codes; the parser finds them.

Every one of them says where the problem is and what to type instead, in the
writer's language; the rest of the file is still read and checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from planlint.api.rule import Context, Hit, Rule
from planlint.model import Plan


class SyntaxRule(Rule):
    """Base: the parser yields these findings; ``check`` has nothing more to add."""

    category = "syntax"
    severity = "error"

    def check(self, plan: Plan, ctx: Context) -> Iterator[Hit]:
        return iter(())


class Unreadable(SyntaxRule):
    """A line cannot be read.

    What it checks: every line is a block header (`目标 ID "标题"`), a field (`名称: 值`), a
    comment (`# …`) or blank; quotes are closed.
    Why: a line planlint cannot read is a line nobody checks.
    Bad:
        负责人 张伟
    Good:
        负责人: 张伟
    Fix: what to type: the missing colon, the closing quote, or `#` for a comment.
    """

    code = "PL001"
    name = "unreadable-line"


class UnknownField(SyntaxRule):
    """A field name looks like a misspelling of a known one.

    What it checks: field names against the language's English and Chinese names; a name
    close to a known one (`baselin`, `负责任`) is a warning with "did you mean".
    Why: a misspelt field is silently not checked.
    Bad:
        负责任: 张伟
    Good:
        负责人: 张伟
    Fix: the closest known name ("did you mean").
    """

    code = "PL002"
    name = "unknown-field"
    severity = "warning"


class BadValue(SyntaxRule):
    """A value does not read as what its field takes.

    What it checks: dates (`2024-12-31`, `2024年Q4`), periods (`2024-01-01 .. 2024-12-31`),
    amounts (`100万元`), numbers and targets (`450..500`, `<= 200元`, `+20%`).
    Why: a deadline planlint cannot read cannot be checked against the plan.
    Bad:
        截止: 2024-13-45
    Good:
        截止: 2024-12-31
    Fix: examples of the form the field takes.
    """

    code = "PL003"
    name = "bad-value"


class DuplicateId(SyntaxRule):
    """Two goals or initiatives share an id, or the file has two plan blocks.

    What it checks: ids are unique in the file.
    Why: `parent` and `supports` would point at two things at once.
    Bad:
        目标 G1 "…"
        目标 G1 "…"
    Good: G1 and G2.
    Fix: another id.
    """

    code = "PL004"
    messages = {
        "elsewhere": ("编号「{id}」已在 {where} 使用", "the id '{id}' is already used in {where}"),
        "elsewhere_fix": ("两个文件中的编号要不同: 改掉其中一个, 或删除重复的块",
                          "ids are unique across the plan's files: rename one, or remove the repeated block"),
    }
    name = "duplicate-id"


class MisplacedField(SyntaxRule):
    """A known field stands on a block it does not belong to.

    What it checks: e.g. `supports` on a goal, `members` on an initiative.
    Why: it is not read where it stands.
    Bad:
        目标 G1 "…"
          支撑: G2
    Good: `上级: G2` on the goal, or `支撑` on an initiative.
    Fix: remove it or move it.
    """

    code = "PL005"
    name = "misplaced-field"
    severity = "warning"


class DuplicateField(SyntaxRule):
    """A field is given twice in one block; the last one counts.

    What it checks: each field once per block.
    Why: two owners or two targets: which one did the writer mean?
    Bad:
        负责人: 张伟
        负责人: 李娜
    Good: one of them.
    Fix: remove one.
    """

    code = "PL006"
    name = "duplicate-field"
    severity = "warning"


class UnknownBlock(SyntaxRule):
    """A block starts with an unknown keyword.

    What it checks: blocks start with plan/计划, team/团队, goal/目标, initiative/举措.
    Why: an unknown block is skipped (a close misspelling is read as meant, and still reported).
    Bad:
        gaol G1 "…"
    Good:
        goal G1 "…"
    Fix: the closest keyword.
    """

    code = "PL007"
    name = "unknown-block"


class BadIndent(SyntaxRule):
    """A field is not indented like the others in its block.

    What it checks: fields are indented under their block; nested entries (under `split:` and
    `assume:`) deeper.
    Why: indentation says what belongs to what.
    Bad:
        目标 G1 "…"
        负责人: 张伟
    Good:
        目标 G1 "…"
          负责人: 张伟
    Fix: the indentation to use.
    """

    code = "PL008"
    name = "bad-indent"
    severity = "warning"


class UnknownChoice(SyntaxRule):
    """An enumerated field has a value it does not know.

    What it checks: `level`, `dimension`, `relevance`, `review` against their choices.
    Why: `复盘: 每两天` is not read as a cadence.
    Bad:
        关联度: 很高
    Good:
        关联度: 高
    Fix: the choices, and the closest one.
    """

    code = "PL009"
    name = "unknown-choice"
    severity = "warning"


class MissingId(SyntaxRule):
    """A goal, initiative or team has no id.

    What it checks: `目标 ID "标题"`: the id after the keyword.
    Why: other blocks refer to it by id.
    Bad:
        目标 "提升销售额"
    Good:
        目标 M-SALES "提升销售额"
    Fix: add an id.
    """

    code = "PL010"
    name = "missing-id"


class UnusedSuppression(SyntaxRule):
    """A `# planlint: disable=CODE` comment silences nothing.

    What it checks: every disabled code had a finding to silence on the lines it covers.
    Why: stale suppressions hide the next real problem.
    Bad:
        负责人: 张伟   # planlint: disable=OW001
    Good: no comment where nothing is wrong.
    Fix: remove the comment (or the code from it).
    """

    code = "PL011"
    name = "unused-suppression"
    severity = "info"


class ExtraField(SyntaxRule):
    """A field planlint does not know and that resembles none it knows.

    What it checks: field names that are neither known nor close to a known one (`优先级`,
    `channel`). Informational: the field is kept in the file and not checked.
    Why: a team may add its own fields; planlint says it does not read them.
    Bad:
        优先级: P0
    Good: put it in `备注`, or keep it knowing planlint ignores it.
    Fix: the fields planlint reads on this block.
    """

    code = "PL012"
    name = "extra-field"
    severity = "info"
