"""Traditional and Simplified Chinese: one language, two scripts (OpenCC does the converting).

Input: every word planlint looks up (keywords, field names, choices, scale words, units,
vocabularies) is looked up in its Simplified form, ``fold(text)``. Folding keeps the text's
length, character for character, so a position found in the folded text is the same position
in what the user wrote, and what planlint quotes back is sliced from the original.

Output: a message written in Simplified Chinese is shown in Traditional characters with
``to_hant``: Taiwan character forms by default (OpenCC s2tw), Hong Kong forms for ``zh-Hant-HK``
(s2hk). Words are converted character by character, not phrase by phrase (用戶, not 使用者):
every word planlint suggests then reads back as the same keyword or vocabulary entry. planlint's
own sentences (``prose=True``) also take the words Taiwan or Hong Kong writes there (計畫, 首週),
which the words it writes into a plan (keywords, field names) keep as they are.

Locales: ``en``, ``zh-Hans``, ``zh-Hant`` (Taiwan), ``zh-Hant-HK``. ``zh`` means ``zh-Hans``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

LOCALES = ("en", "zh-Hans", "zh-Hant", "zh-Hant-HK")
_ALIASES = {
    "zh": "zh-Hans", "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "zh-hans": "zh-Hans", "zh-hans-cn": "zh-Hans",
    "zh-hant": "zh-Hant", "zh-tw": "zh-Hant", "zh-hant-tw": "zh-Hant",
    "zh-hk": "zh-Hant-HK", "zh-mo": "zh-Hant-HK", "zh-hant-hk": "zh-Hant-HK", "zh-hant-mo": "zh-Hant-HK",
    "en": "en",
}


def normalise(code: str | None) -> str | None:
    """A locale from what a user or an editor says: ``zh``, ``zh_TW``, ``en-US``, ``zh-Hant``.
    None for None; ValueError for a language planlint does not speak."""
    if code is None:
        return None
    key = code.strip().replace("_", "-").lower()
    if key in _ALIASES:
        return _ALIASES[key]
    if key.startswith("en"):
        return "en"
    if key.startswith("zh"):
        if "hant" in key or key.endswith(("-tw",)):
            return "zh-Hant"
        if key.endswith(("-hk", "-mo")):
            return "zh-Hant-HK"
        return "zh-Hans"
    raise ValueError(code)


def is_zh(locale: str) -> bool:
    return locale.startswith("zh")


def is_hant(locale: str) -> bool:
    return locale.startswith("zh-Hant")


def language(locale: str) -> str:
    """``zh`` or ``en``: the language without its script."""
    return "zh" if is_zh(locale) else "en"


@lru_cache(maxsize=4)
def _converter(config: str):
    import opencc  # imported on first use: an English plan never pays for it

    return opencc.OpenCC(config)


CJK_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))
TABLES = Path(__file__).with_name("scripts.txt")


def script_tables() -> tuple[str, str]:
    """The characters OpenCC writes differently in the other script, as two strings: those it
    turns into Simplified (Traditional characters), and those it turns into Traditional
    (Simplified ones). ``scripts.txt`` holds them, so text in one script is read without
    loading OpenCC; ``python -m planlint.language.script`` writes it again from OpenCC
    (tests/test_traditional.py checks that it is current)."""
    t2s, s2t = _converter("t2s"), _converter("s2t")
    traditional, simplified = [], []
    for first, last in CJK_RANGES:
        chars = [chr(c) for c in range(first, last + 1)]
        for conv, out in ((t2s, traditional), (s2t, simplified)):
            done = conv.convert("\n".join(chars)).split("\n")
            out.extend(c for c, d in zip(chars, done, strict=True) if c != d)
    return "".join(traditional), "".join(simplified)


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    traditional, simplified = TABLES.read_text(encoding="utf-8").split("\n")[:2]
    return frozenset(traditional), frozenset(simplified)


FOLDS = Path(__file__).with_name("folds.json")


@lru_cache(maxsize=1)
def _known_folds() -> dict[str, str]:
    """The words of the built-in packs that have a Traditional character, folded (``folds.json``):
    every run folds the packs' words, and loading OpenCC for a handful of them would cost more
    than the rest of the folding. ``python -m planlint.language.script`` writes it again
    (tests/test_language.py checks that it is current)."""
    import json

    try:
        return json.loads(FOLDS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def pack_folds(texts: Iterable[str]) -> dict[str, str]:
    """What OpenCC folds each of ``texts`` that has a Traditional character to (for ``folds.json``)."""
    traditional = _tables()[0]
    return {t: _convert_fold(t) for t in sorted(set(texts)) if not traditional.isdisjoint(t)}


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def fold(text: str) -> str:
    """``text`` with Traditional characters in their Simplified form, of the same length."""
    if text.isascii():
        return text
    if len(text) <= 64:
        return _fold_short(text)
    return _fold_long(text)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold(text)


@lru_cache(maxsize=64)
def _fold_long(text: str) -> str:  # the rules fold one text many times (a str keeps its hash)
    return _fold(text)


def _fold(text: str) -> str:
    if _tables()[0].isdisjoint(text):  # no Traditional character: nothing to fold, and no OpenCC
        return text
    known = _known_folds().get(text)
    if known is not None:  # a word of the built-in packs: folded without loading OpenCC
        return known
    return _convert_fold(text)


def _convert_fold(text: str) -> str:
    """``text`` folded by OpenCC (t2s), keeping its length."""
    out = _converter("t2s").convert(text)
    if len(out) == len(text):
        return out
    # A phrase that changed length: fold line by line, and character by character where needed.
    conv = _converter("t2s")
    lines = text.split("\n")
    done = []
    for line in lines:
        folded = conv.convert(line)
        if len(folded) != len(line):
            folded = "".join(c if len(c2 := conv.convert(c)) != 1 else c2 for c in line)
        done.append(folded)
    return "\n".join(done)


def in_other_script(word: str, locale: str) -> bool:
    """Whether ``word`` has a character of the other script than ``locale``'s: a Traditional one
    in a Simplified plan (負責人), a Simplified one in a Traditional plan (负责人)."""
    if word.isascii() or not is_zh(locale):
        return False
    traditional, simplified = _tables()
    if not is_hant(locale):
        return not traditional.isdisjoint(word)
    return any(ch in simplified and ch not in traditional for ch in word)


def in_script(word: str, locale: str) -> str:
    """``word`` in ``locale``'s script."""
    return to_hant(fold(word), locale) if is_hant(locale) else fold(word)


def to_hant(text: str, locale: str = "zh-Hant", *, prose: bool = False) -> str:
    """Simplified text in Traditional characters: Taiwan usage, or Hong Kong for zh-Hant-HK.

    ``prose``: planlint's own sentences (messages, fixes, the command's words), which also take
    the words a Taiwan or Hong Kong writer uses there (``PROSE``: 計畫, 首週); without it, the
    words planlint writes into a plan (keywords, field names, a starter plan) keep their form."""
    if text.isascii():
        return text
    return _to_hant(text, "s2hk" if locale == "zh-Hant-HK" else "s2tw", prose)


# planlint's own words as Taiwan and Hong Kong write them, after OpenCC's character forms: a
# phrase table of the few terms of its messages and templates that differ (s2twp converts
# whole phrases, but also turns 优化 into 最佳化 and 循环 into 迴圈, the programmer's words).
# Every word these produce reads back as the same keyword or vocabulary entry (專案, 行銷策略,
# 歷史資料, 轉換率 and 線索品質 are in the packs: tests/test_traditional.py checks).
TAIWAN = {"字段": "欄位", "縮進": "縮排", "文件": "檔案", "全角": "全形", "半角": "半形", "數據": "資料",
          "營銷": "行銷", "轉化率": "轉換率", "質量": "品質", "視頻": "影片", "默認": "預設", "網絡": "網路",
          "項目": "專案"}
HONG_KONG = {"字段": "欄位"}
_PHRASES = {"s2tw": (TAIWAN, re.compile("|".join(sorted(TAIWAN, key=len, reverse=True)))),
            "s2hk": (HONG_KONG, re.compile("|".join(sorted(HONG_KONG, key=len, reverse=True))))}

# What OpenCC's phrase tables miss in planlint's own words: 签 alone becomes 籤 (a slip, a tag),
# but signing off a budget is 簽 (簽批, 簽核, 簽大單) in Taiwan and Hong Kong alike.
CORRECTIONS = {"籤批": "簽批", "籤核": "簽核", "籤大": "簽大"}
_CORRECT = re.compile("|".join(CORRECTIONS))

# planlint's own sentences as a Taiwan (or Hong Kong) writer words them, after the tables above
# (``to_hant(..., prose=True)``, ``hant_words``); what planlint writes into a plan (a keyword, a
# field name, a starter plan) keeps the forms above, though each word here still reads back as
# the same word (計畫 is the plan keyword, 通路拓展 the channel strategy: tests/test_traditional.py).
# A plan is 計畫 in Taiwan's standard writing (計劃 in Hong Kong's); a sales channel is 通路 (an
# acquisition channel, 獲客渠道, stays); a sheet's cell and workbook are Excel's 儲存格 and 活頁簿;
# import and export are 匯入 and 匯出, and 字元, 二進位, 資料夾 (文件夾 came out 檔案夾), 開啟, 儲存
# are Taiwan's software words. A sheet's row and column are no words to swap (a row is 列 in
# Taiwan, a column is 列 on the mainland): those messages give their Taiwan text (``hant``), but
# for two phrases of the report, whose words serve Hong Kong too: 這一行不適用 (this row does not apply)
# and a series of dated actuals (一組, not 一列: a row).
TAIWAN_PROSE = {"計劃": "計畫", "渠道拓展": "通路拓展", "渠道合理庫存": "通路合理庫存",
                "單元格": "儲存格", "工作簿": "活頁簿", "導入": "匯入", "導出": "匯出", "字符串": "字串", "字符": "字元",
                "二進制": "二進位", "檔案夾": "資料夾", "壓縮包": "壓縮檔", "打開": "開啟", "保存": "儲存",
                "輸出到終端": "輸出到終端機", "這一行不適用": "這一列不適用",
                "一列按日期的實際值": "一組按日期的實際值"}
HONG_KONG_PROSE: dict[str, str] = {}
# 周 meaning a week is 週 in Taiwan and Hong Kong alike. OpenCC writes 每週, 週報, 雙週, but leaves
# these of planlint's words with 周: 首周, 周目标, 周度, 周均, 周环比, 周复盘, and a count of weeks
# (the unit alone, 周, or after a number, 3 周). (周 next to other characters is left alone:
# 周转 is OpenCC's, and a name such as 周敏 is the writer's.)
WEEK = re.compile(r"^周$|(?<=\d) ?周|首周|周(?=度|均|目標|環比|復盤)")
_PROSE = {"s2tw": (TAIWAN_PROSE, re.compile("|".join(sorted(TAIWAN_PROSE, key=len, reverse=True)))),
          "s2hk": (HONG_KONG_PROSE, None)}


@lru_cache(maxsize=8192)
def _to_hant(text: str, config: str, prose: bool = False) -> str:
    out = _converter(config).convert(text)
    table, words = _PHRASES[config]
    out = words.sub(lambda m: table[m.group()], out)
    if "籤" in out:
        out = _CORRECT.sub(lambda m: CORRECTIONS[m.group()], out)
    return _prose_words(out, config) if prose else out


@lru_cache(maxsize=4096)
def hant_words(text: str, locale: str = "zh-Hant") -> str:
    """planlint's own Traditional text (written by hand) with the words of ``locale``'s writers
    (``TAIWAN_PROSE``, 週): one text serves Taiwan (計畫) and Hong Kong (計劃)."""
    if text.isascii():
        return text
    return _prose_words(text, "s2hk" if locale == "zh-Hant-HK" else "s2tw")


def _prose_words(text: str, config: str) -> str:
    table, words = _PROSE[config]
    if words is not None:
        text = words.sub(lambda m: table[m.group()], text)
    if "周" in text:
        text = WEEK.sub(lambda m: m.group().replace("周", "週"), text)
    return text


SAMPLE = 20_000


_CJK_CHAR = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")  # a Chinese character (has_cjk)
_LATIN_WORD = re.compile("[A-Za-z]+")


def detect(text: str) -> str:
    """The locale a plan is written in, from its titles, values and notes as much as from its
    keywords (comments do not count): Chinese when its Chinese characters, plus one for each
    Chinese keyword, are at least its Latin words plus one for each English keyword (a plan
    written in Chinese on English field names, as a template gives them, is answered in
    Chinese); Traditional when more of its characters are Traditional than Simplified."""
    bodies: list[str] = []
    script: list[str] = []
    keywords = {"zh": 0, "en": 0}
    chinese: dict[str, bool] = {}  # each keyword's answer (a plan repeats its field names)
    for raw in text[:SAMPLE].splitlines():
        line = _code(raw)
        if not line or line.isspace():
            continue
        # a field's name is a keyword, the rest is the writer's prose
        key, sep, value = line.partition(":")
        if not sep:
            key, sep, value = line.partition("：")
        indented = raw[:1].isspace()
        body = value if sep and (indented or len(key) < 24) else line
        head = key if sep else ""
        if not indented:  # a header: keyword, id, title; the title is prose
            parts = line.split(None, 2)
            head = parts[0] if parts else ""
            body = parts[2] if len(parts) == 3 else ""
        head = head.strip()
        if head and len(head) < 24:
            zh_head = chinese.get(head)
            if zh_head is None:
                zh_head = chinese[head] = has_cjk(head)
            keywords["zh" if zh_head else "en"] += 1
            if zh_head and len(script) < 1000:  # keywords tell the script too: 目標 and 负责人
                script.extend(head)
        bodies.append(body)
    prose = "\n".join(bodies)  # (two scans of the prose, not two a line)
    cjk = _CJK_CHAR.findall(prose)
    words = len(_LATIN_WORD.findall(prose))  # runs of Latin letters
    if not cjk and not keywords["zh"] or len(cjk) + keywords["zh"] < words + keywords["en"]:
        return "en"
    if not cjk:
        return "zh-Hans"
    return script_of(cjk[:4000] + script[:1000])


def script_of(chars: Iterable[str]) -> str:
    """zh-Hant when more of these Chinese characters are Traditional than Simplified, else
    zh-Hans: the one count behind a plan's script (``detect``) and a sheet's (spreadsheet import)."""
    traditional, simplified = _tables()
    trad = simp = 0
    for ch in chars:
        trad += ch in traditional
        simp += ch in simplified
    return "zh-Hant" if trad > simp else "zh-Hans"


def _code(line: str) -> str:
    """A line without its comment (a ``#`` outside quotes)."""
    if "#" not in line:
        return line
    closing = None
    pairs = {'"': '"', "「": "」", "“": "”"}
    for i, ch in enumerate(line):
        if closing:
            if ch == closing:
                closing = None
        elif ch in pairs:
            closing = pairs[ch]
        elif ch == "#":
            return line[:i]
    return line


def _pack_words() -> list[str]:
    """Every text of the built-in packs (keys and values)."""
    import tomllib

    from planlint.resources import builtin_packs

    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                out.append(k)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for path in builtin_packs():
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return out


def folds_text() -> str:
    """``folds.json`` as it should be for the built-in packs."""
    import json

    return json.dumps(pack_folds(_pack_words()), ensure_ascii=False, indent=0, sort_keys=True) + "\n"


if __name__ == "__main__":
    TABLES.write_text("\n".join(script_tables()) + "\n", encoding="utf-8")
    print(f"wrote {TABLES}")
    FOLDS.write_text(folds_text(), encoding="utf-8")
    print(f"wrote {FOLDS}")
