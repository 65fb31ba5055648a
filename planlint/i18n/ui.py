"""planlint's own words around the findings: labels, summaries and the command's errors.

Every text the command prints that is not a rule's message is here, as a template in
Simplified Chinese and English (Traditional converted, or given where it differs).
"""

from __future__ import annotations

import os
from typing import Any

from planlint.i18n.messages import Message, Template, render
from planlint.language.script import normalise

UI: dict[str, Template] = {k: Template(*v) for k, v in {
    "fix": ("建议", "fix"),
    "summary": ("{files} 个文件: {errors} 个错误, {warnings} 个警告, {infos} 条提示",
                "{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info",
                "{files} 個檔案: {errors} 個錯誤, {warnings} 個警告, {infos} 條提示"),
    "clean": ("{files} 个文件, 没有发现问题", "{files} file(s), no findings", "{files} 個檔案, 沒有發現問題"),
    # errors: one line each, with the file and what to do
    "no-file": ("{path}: 没有这个文件或文件夹", "{path}: no such file or folder", "{path}: 沒有這個檔案或資料夾"),
    "no-plans": ("{path}: 这个文件夹里没有 .plan 文件", "{path}: no .plan files in this folder",
                 "{path}: 這個資料夾裡沒有 .plan 檔案"),
    "too-large": ("{path}: {size} MB, 超出计划文件的上限 {limit} MB", "{path}: {size} MB is too large for a plan (limit {limit} MB)"),
    "cannot-read": ("{path}: 无法读取: {why}", "{path}: cannot read: {why}"),
    "binary": ("{path}: 这是二进制文件, 不是计划", "{path}: this is a binary file, not a plan",
               "{path}: 這是二進位檔案, 不是計畫"),
    "not-utf8": ("{path}:{line}: 不是 UTF-8 文本; 请把文件另存为 UTF-8 (多数编辑器: 另存为 / 编码 UTF-8)",
                 "{path}:{line}: not UTF-8 text; save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",
                 "{path}:{line}: 不是 UTF-8 文字; 請把檔案另存為 UTF-8 (多數編輯器: 另存新檔 / 編碼 UTF-8)"),
    "not-utf8-named": ("{path}:{line}: 这是 {encoding} 编码的文本, 不是 UTF-8; 请把文件另存为 UTF-8 (多数编辑器: 另存为 / 编码 UTF-8)",
                       "{path}:{line}: this is {encoding} text, not UTF-8; save the file as UTF-8 "
                       "(in most editors: Save with encoding, UTF-8)",
                       "{path}:{line}: 這是 {encoding} 編碼的文字, 不是 UTF-8; 請把檔案另存為 UTF-8 (多數編輯器: 另存新檔 / 編碼 UTF-8)"),
    "damaged": ("{path}:{line}: 这个 {encoding} 文件从这一行起已损坏; 请在编辑器中检查这一行, 再把文件另存为 UTF-8",
                "{path}:{line}: this {encoding} file is damaged from this line on; check the line in your editor, "
                "then save the file as UTF-8",
                "{path}:{line}: 這個 {encoding} 檔案從這一行起已損壞; 請在編輯器中檢查這一行, 再把檔案另存為 UTF-8"),
    "too-many-blocks": ("{path}: {blocks} 个块; 一个文件最多 {limit} 个: 请把计划拆成几个文件",
                        "{path}: {blocks} blocks; planlint reads at most {limit} in one file: split the plan into several files"),
    "internal": ("内部错误: {what} (请报告这个问题)", "internal error: {what} (please report this)"),
    "aborted": ("已中止", "aborted"),
    "nested": ("输入嵌套太深, 无法读取", "input nested too deeply to read"),
    "created": ("{path}: 已创建, 把 <...> 换成你的内容", "{path}: created; replace every <...>"),
    "usage": ("{what} (见 {command} --help)", "{what} (see {command} --help)"),
    # usage errors (one line each, inside "usage")
    "no-option": ("没有 {option} 这个选项{hint}", "no such option: {option}{hint}"),
    "did-you-mean": ("; 是不是 {options}?", "; did you mean {options}?"),
    "needs-value": ("{option} 后面要跟一个值", "{option} needs a value"),
    "takes-no-value": ("{option} 不带值", "{option} does not take a value"),
    "missing": ("缺少 {what}", "missing {what}"),
    "bad-choice": ("{option}: 没有「{value}」这一项; 可选: {choices}", "{option}: '{value}' is not one of {choices}"),
    "too-small": ("{option}: {value} 太小, 至少为 {min}", "{option}: {value} is too small; use {min} or more"),
    "not-a-number": ("{option}: 「{value}」不是整数", "{option}: '{value}' is not a whole number"),
    "no-command": ("没有 {name} 这个命令; 命令有: {commands}", "no command '{name}'; the commands are: {commands}"),
    "no-rule-selector": ("{option} {selector}: 没有匹配的规则代码、前缀或类别 (见 planlint rules)",
                         "{option} {selector}: matches no rule code, prefix or category (see planlint rules)",
                         "{option} {selector}: 沒有符合的規則代碼、前綴或類別 (見 planlint rules)"),
    "unknown-selector": ("「{selector}」没有匹配的规则代码、前缀或类别 (见 planlint rules)",
                         "'{selector}' matches no rule code, prefix or category (see planlint rules)",
                         "「{selector}」沒有符合的規則代碼、前綴或類別 (見 planlint rules)"),
    "no-rule": ("没有 {code} 这条规则{hint}", "no rule {code}{hint}", "沒有 {code} 這條規則{hint}"),
    "rules-starting": ("; 以 {prefix} 开头的规则: {codes}", "; rules starting {prefix}: {codes}",
                       "; 以 {prefix} 開頭的規則: {codes}"),
    "see-rules": ("; 见 planlint rules", "; see `planlint rules`", "; 見 planlint rules"),
    "stdin-once": ("- (标准输入) 只能给一次", "- (standard input) can be given only once",
                   "- (標準輸入) 只能給一次"),
    "stdin-filename-alone": ("--stdin-filename 要和 - (标准输入) 一起用", "--stdin-filename needs - (standard input) among the paths",
                             "--stdin-filename 要和 - (標準輸入) 一起用"),
    "output-is-plan": ("{path}: 这是正在检查的计划文件; 请输出到另一个文件",
                       "{path}: that is a plan being checked; write the output to another file",
                       "{path}: 這是正在檢查的計畫檔案; 請輸出到另一個檔案"),
    "usage-other": ("用法错误: {what}", "{what}"),
    # bad config: one line with the file and the setting
    "config": ("{path}: {setting}: {detail}", "{path}: {setting}: {detail}"),
    "config-file": ("{path}: {detail}", "{path}: {detail}"),
    "cfg-unknown": ("不认识这个设置项 (检查拼写, 见 README 的 Configuration)",
                    "unknown setting (check the spelling; see Configuration in the README)",
                    "不認識這個設定項 (檢查拼寫, 見 README 的 Configuration)"),
    "cfg-choice": ("应为 {expected} 之一", "must be one of {expected}", "應為 {expected} 之一"),
    "cfg-list": ('应为列表, 例如 ["..."]', 'must be a list, e.g. ["..."]', '應為列表, 例如 ["..."]'),
    "cfg-text": ("应为文字 (加引号)", "must be text (in quotes)", "應為文字 (加引號)"),
    "cfg-number": ("应为数字", "must be a number", "應為數字"),
    "cfg-bool": ("应为 true 或 false", "must be true or false", "應為 true 或 false"),
    "cfg-table": ("应为表 (key = value)", "must be a table (key = value)", "應為表 (key = value)"),
    "cfg-toml": ("不是合法的 TOML: {why}", "not valid TOML: {why}", "不是合法的 TOML: {why}"),
    "pack-outside": ("「{entry}」在这个仓库之外; 规则包只能放在 {root} 或 {home} 之下",
                     "'{entry}' is outside this repository; a pack must be in {root} or {home}",
                     "「{entry}」在這個倉庫之外; 規則包只能放在 {root} 或 {home} 之下"),
    "pack-loop": ("「{entry}」无法解析 (符号链接循环?)", "'{entry}' cannot be resolved (a symlink loop?)",
                  "「{entry}」無法解析 (符號連結循環?)"),
    "pack-unreadable": ("「{entry}」: {why}", "'{entry}': {why}"),
    "pack-not-file": ("「{entry}」不是普通文件", "'{entry}' is not a regular file", "「{entry}」不是一般檔案"),
    "pack-too-large": ("「{entry}」超过 {limit} MB, 不是规则包", "'{entry}' is larger than {limit} MB: not a pack",
                       "「{entry}」超過 {limit} MB, 不是規則包"),
    "cfg-read": ("无法读取: {why}", "cannot read: {why}", "無法讀取: {why}"),
    # fixes
    "fixed": ("已修复 {fixed} 处, 涉及 {files} 个文件", "fixed {fixed} finding(s) in {files} file(s)",
              "已修復 {fixed} 處, 涉及 {files} 個檔案"),
    "would-fix": ("可修复 {fixed} 处, 涉及 {files} 个文件 (去掉 --diff 即写入)",
                  "would fix {fixed} finding(s) in {files} file(s) (run without --diff to write)",
                  "可修復 {fixed} 處, 涉及 {files} 個檔案 (去掉 --diff 即寫入)"),
    "fix-breaks": ("{path}:{line}: {code} 的修复会让计划读不通, 没有应用", "{path}:{line}: the fix for {code} would break the plan; not applied",
                   "{path}:{line}: {code} 的修復會讓計畫讀不通, 沒有套用"),
    "no-folder": ("{path}: 文件夹 {folder} 不存在; 先建好它, 或写到别处", "{path}: the folder {folder} does not exist; create it first or write somewhere else",
                  "{path}: 資料夾 {folder} 不存在; 先建好它, 或寫到別處"),
    "cannot-write": ("{path}: 无法写入: {why}", "{path}: cannot write: {why}", "{path}: 無法寫入: {why}"),
    "changed-meanwhile": ("{path}: 修复期间文件被改动过, 没有写入; 请再运行一次",
                          "{path}: changed while planlint was fixing it; not written, run again",
                          "{path}: 修復期間檔案被改動過, 沒有寫入; 請再執行一次"),
    "fixable": ("[*] 可用 planlint fix 自动修复", "[*] fixable with planlint fix", "[*] 可用 planlint fix 自動修復"),
}.items()}


def ui(key: str, **args: Any) -> Message:
    return Message(f"ui.{key}", UI[key], args)


def say(key: str, locale: str, **args: Any) -> str:
    return render(ui(key, **args), locale)


def fix_word(locale: str) -> str:
    return say("fix", locale)


def user_locale(explicit: str | None = None) -> str:
    """The language for planlint's own words when no plan decides it: ``--lang``, else the
    environment's (LC_ALL, LC_MESSAGES, LANG), else English."""
    for value in (explicit, os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")):
        if value:
            try:
                return normalise(value.split(".")[0]) or "en"
            except ValueError:
                if value == explicit:
                    continue
                return "en"
    return "en"
