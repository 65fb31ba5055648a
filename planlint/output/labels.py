"""The words of the review report, the gate and the diff, as data.

Each is a ``Template``: Simplified Chinese and English, converted to Traditional characters
for zh-Hant and zh-Hant-HK, with hand-written Traditional text where the wording differs
(檔案 for 文件, 預設 for 默认). ``word(key, locale, **args)`` renders one.
"""

from __future__ import annotations

from typing import Any

from planlint.i18n.messages import Message, Template, render, render_arg
from planlint.language.script import hant_words, is_hant

LABELS: dict[str, Template] = {k: Template(*v) for k, v in {
    # the page
    "title": ("计划评审报告", "Plan review"),
    "ready": ("可以提交预算签批", "Ready for budget sign-off", "可以提交預算簽批"),
    "blocked": ("暂不能签批", "Blocked", "暫不能簽批"),
    "period": ("周期", "Period"),
    "generated": ("生成于", "Generated"),
    "files": ("文件", "Files", "檔案"),
    "file": ("文件", "File", "檔案"),
    # severities
    "error": ("错误", "error"),
    "warning": ("警告", "warning"),
    "info": ("提示", "info"),
    "n-error": ("{n} 个错误", "{n} error(s)"),
    "n-warning": ("{n} 个警告", "{n} warning(s)"),
    "n-info": ("{n} 条提示", "{n} info"),
    # the alignment table
    "alignment": ("目标对齐表", "Alignment"),
    "company": ("公司目标", "Company goal"),
    "bu": ("业务单元目标", "BU goal"),
    "sub": ("营销子目标", "Marketing sub-goal"),
    "strategy": ("策略", "Strategy"),
    "initiative": ("举措", "Initiative"),
    "owner": ("负责人", "Owner"),
    "deadline": ("截止", "Deadline"),
    "budget": ("预算", "Budget"),
    "metric": ("指标", "Metric"),
    "baseline": ("基准", "Baseline"),
    "target": ("目标值", "Target"),
    "missing": ("未填写", "missing"),
    "not-applicable": ("不适用", "not applicable"),
    "of-total": ("共 {total}, 按目标拆分", "of {total}, split between its goals"),
    "no-goal": ("未对应目标", "no goal"),
    "no-department": ("未分配部门", "no department"),
    "foreign": ("{money} 不是计划的币种 ({currency}), 未计入合计", "{money} is not in the plan's currency ({currency}); left out of the totals"),
    "total": ("合计", "Total"),
    "legend": ("「未填写」: 计划里应写而没写; 「—」: 这一行不适用",
               "\u201cmissing\u201d: the plan should say and does not; \u201c\u2014\u201d: does not apply to this row"),
    # the tree, the charts
    "tree": ("目标树", "Goal tree"),
    "budget-title": ("预算", "Budget"),
    "by-goal": ("按目标", "By goal"),
    "by-department": ("按部门", "By department"),
    "by-initiative": ("按举措", "By initiative"),
    "plan-budget": ("计划预算", "Plan budget"),
    "share": ("预算占比 vs 贡献占比", "Budget share vs contribution share"),
    "budget-share": ("预算占比", "budget share"),
    "contribution-share": ("贡献占比", "contribution share"),
    "timeline": ("时间线", "Timeline"),
    "clipped": ("时间线只画到 {end}", "the timeline is drawn up to {end}"),
    "allocation": ("按贡献度的预算分配建议", "Proposed allocation by contribution"),
    "asked": ("申请", "asked"),
    "proposed": ("建议", "proposed"),
    # progress
    "progress": ("进度", "Progress"),
    "as-of": ("截至", "as of"),
    "expected": ("计划应达", "expected"),
    "actual": ("实际", "actual"),
    "status": ("状态", "status"),
    "red": ("红", "red"),
    "amber": ("黄", "amber"),
    "green": ("绿", "green"),
    # findings
    "findings": ("问题与修改建议", "Findings and fixes"),
    "fix": ("建议", "fix"),
    "none": ("没有问题", "No findings"),
    "plan-level": ("计划整体", "Plan-wide"),
    "line": ("第 {line} 行", "line {line}"),
    # kinds of block
    "kind-plan": ("计划", "plan"),
    "kind-team": ("团队", "team"),
    "kind-goal": ("目标", "goal"),
    "kind-initiative": ("举措", "initiative"),
    # the verdict
    "balance": ("预算平衡", "Budget balance"),
    "over": ("超支 {money}", "{money} over"),
    "left": ("结余 {money}", "{money} left"),
    "check-plan-initiatives": ("举措预算 {asked} / 计划预算 {cap}", "initiatives {asked} / plan budget {cap}"),
    "check-plan-teams": ("各团队预算合计 {asked} / 计划预算 {cap}", "team budgets {asked} / plan budget {cap}"),
    "check-plan-goals": ("各目标预算合计 {asked} / 计划预算 {cap}", "goal budgets {asked} / plan budget {cap}"),
    "check-team-initiatives": ("团队 {name} 的举措 {asked} / 团队预算 {cap}",
                               "initiatives of team {name} {asked} / its budget {cap}"),
    "check-goal-initiatives": ("目标 {name} 的举措 {asked} / 目标预算 {cap}",
                               "initiatives behind goal {name} {asked} / its budget {cap}"),
    "blocking": ("阻止签批的问题", "What blocks sign-off", "阻止簽批的問題"),
    "n-blocking": ("{n} 个问题需要处理", "{n} thing(s) to change", "{n} 個問題需要處理"),
    "nothing": ("没有可以签批的内容", "nothing to sign off", "沒有可以簽批的內容"),
    "no-plan": ("没有计划块: 写上 计划 \"<名称>\", 以及它的 {period} 和 {budget}",
                "no plan block: write plan \"<name>\" with its {period} and {budget}",
                "沒有計劃區塊: 寫上 計劃 \"<名稱>\", 以及它的 {period} 和 {budget}"),
    "no-goals": ("没有目标: 至少写一个 目标, 写明指标、基准、目标值、截止和负责人",
                 "no goals: write at least one goal with its metric, baseline, target, deadline and owner"),
    "no-budget": ("计划没有预算: 在计划块里写上 {budget}: <金额>, 例如 {budget}: 100万元",
                  "the plan has no budget: add {budget}: <amount> to the plan block, e.g. {budget}: 1M CNY",
                  "計劃沒有預算: 在計劃區塊裡寫上 {budget}: <金額>, 例如 {budget}: 100萬元"),
    "no-period": ("计划没有周期: 在计划块里写上 {period}: <开始> .. <结束>, 例如 {period}: 2025-01-01 .. 2025-12-31",
                  "the plan has no period: add {period}: <start> .. <end> to the plan block, "
                  "e.g. {period}: 2025-01-01 .. 2025-12-31",
                  "計劃沒有週期: 在計劃區塊裡寫上 {period}: <開始> .. <結束>, 例如 {period}: 2025-01-01 .. 2025-12-31"),
    # waivers
    "waivers": ("豁免: 被关闭或屏蔽的阻止签批的问题", "Waivers: blocking findings that were switched off",
                "豁免: 被停用的阻止簽批的問題"),
    "waiver": ("豁免", "waiver"),
    "n-waivers": ("{n} 个豁免未经审核方接受", "{n} waiver(s) not accepted by the reviewer"),
    "how-suppressed": ("第 {line} 行的 # planlint: disable 屏蔽了它", "suppressed by # planlint: disable on line {line}",
                       "第 {line} 行的 # planlint: disable 停用了它"),
    "how-ignored": ("配置 (select、ignore、per-file-ignores) 或命令行关闭了 {code}",
                    "{code} is left out by config (select, ignore, per-file-ignores) or the command line",
                    "設定 (select、ignore、per-file-ignores) 或命令列停用了 {code}"),
    "how-downgraded": ("配置把 {code} 的级别降为{level}", "config lowers {code} to {level}",
                       "設定把 {code} 的級別降為{level}"),
    "accepted": ("审核方已接受 ({source}): {reason}", "accepted by the reviewer ({source}): {reason}"),
    "not-accepted": ("未经审核方接受: 阻止签批", "not accepted by the reviewer: blocks sign-off", "未經審核方接受: 阻止簽批"),
    "unused-acceptance": ("{source}: 接受的豁免 {code} {block} 没有对应的问题, 可以删除",
                          "{source}: the accepted waiver {code} {block} matches nothing; remove it"),
    "expired-acceptance": ("{source}: 接受的豁免 {code} {block} 已于 {until} 到期", "{source}: the accepted waiver {code} {block} expired on {until}"),
    "how": ("原因", "how"),
    "finding-col": ("问题", "finding"),
    "accepted-col": ("审核方", "reviewer"),
    "block": ("块", "block", "區塊"),
    # what changed
    "changes": ("自 {since} 以来的变化", "Changes since {since}"),
    "no-changes": ("与 {since} 相比没有变化", "no changes since {since}"),
    "change-what": ("变化", "change"),
    "change-item": ("项目", "item"),
    "before": ("之前", "before"),
    "now": ("现在", "now"),
    "delta": ("增减", "difference"),
    "ch-plan-budget": ("计划预算", "plan budget"),
    "ch-budget": ("预算", "budget"),
    "ch-department": ("部门预算", "department budget"),
    "ch-target": ("目标值", "target"),
    "ch-deadline": ("截止", "deadline"),
    "ch-window": ("时间", "window"),
    "ch-owner": ("负责人", "owner"),
    "ch-added": ("新增", "added"),
    "ch-removed": ("删除", "removed"),
    "ch-new-finding": ("新问题", "new finding"),
    "ch-resolved": ("已解决 {n} 个问题", "{n} finding(s) resolved"),
    "none-value": ("(无)", "(none)"),
    # the command's errors
    "exists": ("{path}: 文件已存在; 加上 --force 覆盖它, 或写到另一个文件", "{path}: already exists; add --force to replace it, or write another file",
               "{path}: 檔案已存在; 加上 --force 覆寫它, 或寫到另一個檔案"),
    "is-plan": ("{path}: 这是计划文件本身; 把报告写到另一个文件", "{path}: that is a plan file itself; write the report to another file",
                "{path}: 這是計劃檔案本身; 把報告寫到另一個檔案"),
    "several-sets": ("{path}: 包含 {n} 个互不相关的计划 ({plans}); 请一次报告一个",
                     "{path}: holds {n} separate plans ({plans}); report one of them at a time"),
    "none-at-revision": ("{path}: 在 {rev} 时这个计划的文件都不存在", "{path}: none of this plan's files existed at {rev}",
                         "{path}: 在 {rev} 時這個計劃的檔案都不存在"),
}.items()}


def label(key: str, **args: Any) -> Message:
    return Message(f"report.{key}", LABELS[key], args)


def word(key: str, locale: str, **args: Any) -> str:
    """One of the report's words in ``locale`` (en, zh-Hans, zh-Hant, zh-Hant-HK). Hand-written
    Traditional text serves Hong Kong too: the words here differ from Taiwan's in no character."""
    t = LABELS[key]
    if is_hant(locale) and t.hant is not None:
        hant = hant_words(t.hant, locale)  # 計畫 for Taiwan, 計劃 for Hong Kong
        return hant.format_map({k: render_arg(v, locale) for k, v in args.items()}) if args else hant
    return render(label(key, **args), locale)


class Words:
    """The report's words in one locale, for templates: ``L.title``, ``L("n-error", n=3)``."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def __getattr__(self, key: str) -> str:
        name = key.replace("_", "-")
        if name not in LABELS:
            raise AttributeError(key)
        return word(name, self.locale)

    def __call__(self, key: str, **args: Any) -> str:
        return word(key, self.locale, **args)
