"""Plans saved in other encodings: UTF-16 (with or without a BOM) and UTF-32 are read as the
same plan; GBK / GB18030, Big5 and Windows-1252 are named, with the line, in the user's
language; binary stays binary."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys

import pytest
from conftest import GOOD

from planlint.driver.encoding import Decoded, Undecodable, decode
from planlint.driver.files import InputError, read_plan
from planlint.language.script import to_hant

PLAN = GOOD.replace("  复盘: 每月\n", "", 1)  # TR001 on a Chinese goal: message and columns in Chinese text


def run(*args: str, cwd, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


def seen(r: subprocess.CompletedProcess) -> list[tuple]:
    return [(f["code"], f["line"], f["column"], f["end_column"], f["message"], f["fix"]) for f in json.loads(r.stdout)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_utf16_and_utf32_plans_read_as_the_same_plan(tmp_path, encoding):
    (tmp_path / "utf8.plan").write_bytes(PLAN.encode("utf-8"))
    (tmp_path / "other.plan").write_bytes(PLAN.encode(encoding))
    want = run("check", "--no-cache", "--format", "json", "utf8.plan", cwd=tmp_path)
    got = run("check", "--no-cache", "--format", "json", "other.plan", cwd=tmp_path)
    assert (got.returncode, got.stderr) == (1, "")
    assert seen(got) == seen(want) and any(code == "TR001" for code, *_ in seen(got))


def test_a_utf16_plan_in_english_without_a_bom_is_not_called_binary(tmp_path):
    from conftest import EN_GOAL

    path = tmp_path / "en.plan"
    path.write_bytes(EN_GOAL.encode("utf-16-le"))
    assert read_plan(path) == EN_GOAL
    path.write_bytes(EN_GOAL.encode("utf-16-be"))
    assert read_plan(path) == EN_GOAL


NAMED = [
    ("gbk", PLAN, "GBK"),
    ("gb18030", PLAN.replace("营销部", "营销部𠮷", 1), "GB18030"),  # a character GBK does not have
    ("big5", to_hant(PLAN), "Big5"),
    ("cp950", to_hant(PLAN), "Big5"),
]


@pytest.mark.parametrize(("codec", "text", "name"), NAMED, ids=[n[0] for n in NAMED])
def test_chinese_legacy_encodings_are_named_with_their_line(tmp_path, codec, text, name):
    path = tmp_path / "p.plan"
    path.write_bytes(("# exported from the old system\n\n" + text).encode(codec))
    first = next(i for i, line in enumerate(("# exported from the old system\n\n" + text).splitlines(), 1)
                 if not line.isascii())
    en = run("check", "--no-cache", "--lang", "en", "p.plan", cwd=tmp_path)
    assert (en.returncode, en.stdout) == (2, "")
    assert en.stderr == (f"planlint: p.plan:{first}: this is {name} text, not UTF-8; save the file as UTF-8 "
                         "(in most editors: Save with encoding, UTF-8)\n")
    # no --lang: said in the file's own language, as its findings would be (a Big5 file is
    # written in Traditional Chinese), whatever the environment's
    simplified = f"planlint: p.plan:{first}: 这是 {name} 编码的文本, 不是 UTF-8; 请把文件另存为 UTF-8"
    traditional = f"planlint: p.plan:{first}: 這是 {name} 編碼的文字, 不是 UTF-8; 請把檔案另存為 UTF-8"
    own = run("check", "--no-cache", "p.plan", cwd=tmp_path)
    assert own.stderr.startswith(traditional if name == "Big5" else simplified)
    hant = run("report", "p.plan", "-o", "r.html", "--lang", "zh-Hant", cwd=tmp_path)
    assert hant.returncode == 2 and not (tmp_path / "r.html").exists()
    assert hant.stderr.startswith(traditional)


def test_the_configs_lang_chooses_the_language_of_a_refusal(tmp_path):
    (tmp_path / "p.plan").write_bytes(to_hant(PLAN).encode("big5"))
    (tmp_path / ".planlint.toml").write_text('lang = "en"\n', encoding="utf-8")
    en = run("check", "--no-cache", "p.plan", cwd=tmp_path, lang="zh_TW.UTF-8")
    assert en.returncode == 2 and en.stderr.startswith("planlint: p.plan:") and "this is Big5 text, not UTF-8" in en.stderr
    (tmp_path / ".planlint.toml").write_text('lang = "zh"\n', encoding="utf-8")
    zh = run("check", "--no-cache", "p.plan", cwd=tmp_path)
    assert "这是 Big5 编码的文本, 不是 UTF-8; 请把文件另存为 UTF-8" in zh.stderr and len(zh.stderr.splitlines()) == 1
    ours = run("check", "--no-cache", "--lang", "zh-Hant", "p.plan", cwd=tmp_path)  # the option over the config
    assert "這是 Big5 編碼的文字" in ours.stderr


def test_a_western_windows_file_is_named(tmp_path):
    from conftest import EN_GOAL

    path = tmp_path / "p.plan"
    path.write_bytes(EN_GOAL.replace('"Sign-ups"', "\u201cSign-ups\u201d").replace("Li Na", "Zoë Li").encode("cp1252"))
    with pytest.raises(InputError) as exc:
        read_plan(path)
    assert str(exc.value).startswith(f"{path}:1: this is Windows-1252 text, not UTF-8")


def test_text_that_is_not_utf8_and_not_a_known_encoding_says_so(tmp_path):
    path = tmp_path / "p.plan"
    path.write_bytes(b'goal G "x"\n  owner: \xff\xfe\xfd\n')
    with pytest.raises(InputError) as exc:
        read_plan(path)
    assert str(exc.value) == f"{path}:2: not UTF-8 text; save the file as UTF-8 (in most editors: Save with encoding, UTF-8)"
    assert exc.value.text("zh-Hans").startswith(f"{path}:2: 不是 UTF-8 文本")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 4,
    bytes(range(256)) * 16,
    b"\x00" * 1000,
    "负责人: 王芳\n".encode() + b"\x00\x00\x00\x01" * 50,
])
def test_binary_files_stay_binary(tmp_path, data):
    path = tmp_path / "p.plan"
    path.write_bytes(data)
    with pytest.raises(InputError, match="this is a binary file, not a plan"):
        read_plan(path)


def test_a_damaged_utf16_file_names_the_line(tmp_path):
    text = 'goal G "x"\n  owner: Li\n  note: '
    path = tmp_path / "p.plan"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00\xd8" + "ok\n".encode("utf-16-le"))
    with pytest.raises(InputError) as exc:
        read_plan(path)
    assert str(exc.value).startswith(f"{path}:3: this UTF-16 file is damaged from this line on")


def test_decoded_writes_a_text_back_the_way_it_was_read():
    for data in (PLAN.encode("utf-16"), codecs.BOM_UTF8 + PLAN.encode(), PLAN.encode("utf-16-be"), PLAN.encode()):
        decoded = decode(data)
        assert isinstance(decoded, Decoded) and decoded.encode(decoded.text) == data
    assert decode(PLAN.encode("utf-16-be")).name == "UTF-16 BE"
    with pytest.raises(Undecodable):
        decode(PLAN.encode("gbk"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-8"])
def test_a_fix_is_written_back_in_the_files_own_encoding(tmp_path, encoding):
    from conftest import EN_GOAL

    from planlint.driver.fixes import write_fixed

    slip = EN_GOAL.replace("  owner: Li Na", "  ownr: Li Na")
    path = tmp_path / "p.plan"
    path.write_bytes(slip.encode(encoding))
    assert write_fixed(path, path.read_bytes(), EN_GOAL) is True
    assert path.read_bytes() == EN_GOAL.encode(encoding)  # UTF-16 stays UTF-16, a BOM stays
    r = run("fix", "--unsafe-fixes", "--no-cache", "p.plan", cwd=tmp_path)  # through the command
    assert r.returncode in (0, 1) and "internal error" not in r.stderr, r.stderr
    assert decode(path.read_bytes()).codec == decode(EN_GOAL.encode(encoding)).codec
