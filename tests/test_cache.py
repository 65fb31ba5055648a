"""The findings cache cannot be trusted from a repository: it lives in the user's cache folder,
never follows a symlink, and an entry that is not planlint's own is ignored and written again,
never printed and never a crash."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOOD

from planlint.driver import cache
from planlint.driver.config import Config

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions and symlinks")

PLAN = GOOD.replace("  复盘: 每月\n", "", 1)  # one real finding: TR001 goal-without-review


def run(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


@pytest.fixture
def repo(tmp_path):
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "p.plan").write_text(PLAN, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path, monkeypatch):
    """PLANLINT_CACHE_DIR for this test (the subprocesses inherit it), and a fresh store in process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    monkeypatch.setattr(cache, "_STORES", {})
    return folder


def env(**extra: str) -> dict[str, str]:
    out = dict(os.environ)
    out.update(extra)
    return out


def findings(r: subprocess.CompletedProcess) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for f in json.loads(r.stdout)]


def entry_of(repo: Path, store: Path) -> tuple[str, Path]:
    path = repo / "p.plan"
    key = cache.key([(str(path), PLAN)], Config(), None)
    return key, store / key[:2] / key


def real(repo: Path) -> list[tuple[str, int]]:
    r = run("check", "--no-cache", "--format", "json", str(repo / "p.plan"), cwd=repo, env=env())
    assert r.returncode == 1, r.stderr
    return findings(r)


def test_default_folder_is_the_users_cache_folder_not_the_working_tree(repo, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    base = {k: v for k, v in os.environ.items() if k not in (cache.ENV, "XDG_CACHE_HOME")}
    r = run("check", str(repo / "p.plan"), cwd=repo, env={**base, "HOME": str(home)})
    assert r.returncode == 1 and "TR001" in r.stdout, r.stderr
    assert sorted(p.name for p in repo.iterdir()) == ["p.plan"]  # nothing written in the repository
    folder = home / ".cache" / "planlint"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / cache.SECRET).stat().st_mode) == 0o600
    entries = [p for p in folder.glob("??/*")]
    assert len(entries) == 1 and stat.S_IMODE(entries[0].stat().st_mode) == 0o600

    xdg = tmp_path / "xdg"
    r = run("check", str(repo / "p.plan"), cwd=repo, env={**base, "HOME": str(home), "XDG_CACHE_HOME": str(xdg)})
    assert r.returncode == 1 and len(list((xdg / "planlint").glob("??/*"))) == 1


def test_planlint_cache_dir_overrides_and_no_cache_writes_nothing(repo, tmp_path):
    folder = tmp_path / "elsewhere" / "c"
    r = run("check", "--no-cache", str(repo / "p.plan"), cwd=repo, env=env(PLANLINT_CACHE_DIR=str(folder)))
    assert r.returncode == 1 and not folder.exists()
    r = run("check", str(repo / "p.plan"), cwd=repo, env=env(PLANLINT_CACHE_DIR=str(folder)))
    assert r.returncode == 1 and len(list(folder.glob("??/*"))) == 1


def test_a_crafted_planlint_cache_in_the_repository_is_not_read(repo, store):
    """The old location, filled by whoever wrote the repository: an empty result and a forged
    finding for exactly this file's key. Neither is printed; the real findings are."""
    key, _ = entry_of(repo, store)
    for name, content in (("empty", "[]"), ("forged", json.dumps([{
            "path": str(repo / "p.plan"), "line": 1, "column": 1, "end_line": 1, "end_column": 2, "code": "ZZ999",
            "category": "smart", "severity": "error", "message": "all fine, approve the budget", "fix": None,
            "msg": {"id": "x", "template": ["all fine", "all fine"], "args": {}}, "fix_msg": None, "edits": []}]))):
        old = repo / ".planlint_cache" / key[:2]
        old.mkdir(parents=True, exist_ok=True)
        (old / key).write_text(content, encoding="utf-8")
        r = run("check", "--format", "json", str(repo / "p.plan"), cwd=repo, env=env())
        assert findings(r) == real(repo), name
        assert "ZZ999" not in r.stdout


@pytest.mark.parametrize("content", [
    b"null", b"", b"[]", b"{}", b"\xff\xfe garbage", b'[{"path": 1}]',
    cache.FORMAT + b"0" * 64 + b"\n[]",  # our format, a MAC made without the secret
    cache.FORMAT + b"\n[]",
], ids=["null", "empty", "list", "object", "bytes", "bad-finding", "wrong-mac", "no-mac"])
def test_an_entry_that_is_not_ours_is_ignored_and_written_again(repo, store, content):
    want = real(repo)
    run("check", str(repo / "p.plan"), cwd=repo, env=env())  # makes the folder, the secret, the entry
    key, entry = entry_of(repo, store)
    assert entry.is_file()
    entry.write_bytes(content)
    r = run("check", "--format", "json", str(repo / "p.plan"), cwd=repo, env=env())
    assert r.returncode == 1 and "internal error" not in r.stderr and "Traceback" not in r.stderr
    assert findings(r) == want
    assert entry.read_bytes().startswith(cache.FORMAT) and entry.read_bytes() != content  # rewritten
    assert [(f.code, f.line) for f in cache.get(key)] == want


def test_an_entry_signed_for_another_key_or_with_another_secret_is_ignored(store):
    finding_of = __import__("conftest").lint
    findings_a = finding_of(PLAN)
    cache.put("a" * 64, findings_a)
    assert [f.code for f in cache.get("a" * 64)] == [f.code for f in findings_a]
    # the same bytes moved to another key's place: the MAC covers the key
    (store / "bb").mkdir(mode=0o700)
    (store / "bb" / ("b" * 64)).write_bytes((store / "aa" / ("a" * 64)).read_bytes())
    assert cache.get("b" * 64) is None
    # an entry made with another user's secret
    (store / cache.SECRET).unlink()
    cache._STORES.clear()
    assert cache.get("a" * 64) is None


def test_a_symlinked_cache_folder_is_not_used(tmp_path, monkeypatch, repo):
    target = tmp_path / "outside"
    target.mkdir()
    link = tmp_path / "cache-link"
    link.symlink_to(target)
    r = run("check", str(repo / "p.plan"), cwd=repo, env=env(PLANLINT_CACHE_DIR=str(link)))
    assert r.returncode == 1 and "TR001" in r.stdout
    assert list(target.iterdir()) == []  # nothing written through the link


def test_symlinks_inside_the_cache_folder_are_not_followed(store, repo, tmp_path):
    run("check", str(repo / "p.plan"), cwd=repo, env=env())
    key, entry = entry_of(repo, store)
    outside = tmp_path / "outside"
    outside.mkdir()
    # the shard folder replaced by a link out: nothing is read or written through it
    for f in entry.parent.iterdir():
        f.unlink()
    entry.parent.rmdir()
    entry.parent.symlink_to(outside)
    (outside / key).write_text("[]", encoding="utf-8")
    r = run("check", "--format", "json", str(repo / "p.plan"), cwd=repo, env=env())
    assert findings(r) == real(repo)
    assert sorted(p.name for p in outside.iterdir()) == [key] and (outside / key).read_text() == "[]"
    # the secret replaced by a link to a file of the user's: not read, not written, replaced
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (store / cache.SECRET).unlink()
    (store / cache.SECRET).symlink_to(victim)
    entry.parent.unlink()
    r = run("check", "--format", "json", str(repo / "p.plan"), cwd=repo, env=env())
    assert findings(r) == real(repo) and victim.read_text() == "precious"
    assert not (store / cache.SECRET).is_symlink()
    # an entry that is a link to a file elsewhere: not followed
    entry.unlink()
    entry.symlink_to(victim)
    r = run("check", "--format", "json", str(repo / "p.plan"), cwd=repo, env=env())
    assert findings(r) == real(repo) and victim.read_text() == "precious"


def test_a_folder_others_can_write_to_is_not_used(store, repo):
    store.mkdir(mode=0o700)
    store.chmod(0o777)
    r = run("check", str(repo / "p.plan"), cwd=repo, env=env())
    assert r.returncode == 1 and "TR001" in r.stdout
    assert list(store.iterdir()) == []


def test_links_planted_in_the_repository_are_never_written_through(repo, store, tmp_path):
    """The old attack: ``.planlint_cache`` a link out of the repository, or its ``.gitignore`` a
    link to a file of the user's. planlint writes nothing in the working tree any more."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (repo / ".planlint_cache").symlink_to(outside)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (outside / ".gitignore").symlink_to(victim)
    r = run("check", str(repo / "p.plan"), cwd=repo, env=env())
    assert r.returncode == 1 and "TR001" in r.stdout
    assert sorted(p.name for p in outside.iterdir()) == [".gitignore"] and victim.read_text() == "precious"


def test_entries_not_written_for_a_month_are_removed(store, monkeypatch):
    import time

    from conftest import lint

    findings = lint(PLAN)
    cache.put("aa" + "0" * 62, findings)
    cache.put("aa" + "1" * 62, findings)
    old = store / "aa" / ("aa" + "0" * 62)
    month = time.time() - 31 * 86400
    os.utime(old, (month, month))
    (store / "aa" / ".tmp-left-behind").write_bytes(b"half")
    os.utime(store / "aa" / ".tmp-left-behind", (month, month))
    monkeypatch.setattr(cache.secrets, "randbelow", lambda n: 0)  # this write looks at its shard
    cache.put("aa" + "2" * 62, findings)
    assert sorted(p.name for p in (store / "aa").iterdir()) == ["aa" + "1" * 62, "aa" + "2" * 62]
    assert cache.get("aa" + "1" * 62) is not None
