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
    "usage": ("{what} (见 planlint {command} --help)", "{what} (see planlint {command} --help)"),
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
