"""``packs`` in a repository's config read only what they should: files inside the repository
(the config's folder and below) or the user's config folder, regular files of at most 1 MB,
refused in one line that names the config file and key and shows nothing of the refused file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOOD

from planlint.language.packfile import MAX_PACK_BYTES, PackFileError, read_pack_bytes

HEDGE = '[[hedges]]\nmatch = ["双11限时"]\n'  # a word GOOD contains once it is added to the plan
PLAN = GOOD.replace("  复盘: 每月\n", "  复盘: 每月\n  备注: 双11限时\n", 1)
SECRET = 'api_token = "s3cr3t-value"\n[database]\npassword = "hunter2"\n'


def run(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "XDG_CONFIG_HOME"}
    env["HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "planlint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=60)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "work" / "repo"
    root.mkdir(parents=True)
    (root / "p.plan").write_text(PLAN, encoding="utf-8")
    (tmp_path / "home").mkdir()
    return root


def check(repo: Path, *packs: str) -> subprocess.CompletedProcess:
    (repo / ".planlint.toml").write_text("packs = [" + ", ".join(f'"{p}"' for p in packs) + "]\n", encoding="utf-8")
    return run("check", "--no-cache", "p.plan", cwd=repo, home=repo.parent.parent / "home")


def refused(r: subprocess.CompletedProcess, repo: Path) -> str:
    assert r.returncode == 2 and r.stdout == "", (r.stdout, r.stderr)
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    assert lines[0].startswith(f"planlint: {repo / '.planlint.toml'}: packs: "), lines[0]
    return lines[0]


def test_a_pack_inside_the_repository_is_read(repo):
    (repo / "words").mkdir()
    (repo / "words" / "team.toml").write_text(HEDGE, encoding="utf-8")
    r = check(repo, "words/team.toml")
    assert r.returncode == 1 and "VG002" in r.stdout, r.stderr


def test_a_pack_in_the_users_config_folder_is_read(repo):
    own = repo.parent.parent / "home" / ".config" / "planlint"
    own.mkdir(parents=True)
    (own / "words.toml").write_text(HEDGE, encoding="utf-8")
    r = check(repo, "~/.config/planlint/words.toml")
    assert r.returncode == 1 and "VG002" in r.stdout, r.stderr


@pytest.mark.parametrize("entry", ["/etc/shadow", "/etc/passwd", "/dev/zero", "../secrets.toml", "../../secrets.toml",
                                   "words/../../secrets.toml", "~/.ssh/config.toml"])
def test_a_pack_outside_the_repository_is_refused_unread(repo, entry):
    (repo.parent / "secrets.toml").write_text(SECRET, encoding="utf-8")
    (repo.parent.parent / "secrets.toml").write_text(SECRET, encoding="utf-8")
    line = refused(check(repo, entry), repo)
    assert f"'{entry}' is outside this repository" in line
    for leaked in ("api_token", "database", "s3cr3t", "hunter2", "root:"):
        assert leaked not in line


def test_a_link_inside_the_repository_is_judged_by_where_it_leads(repo):
    (repo.parent / "secrets.toml").write_text(SECRET, encoding="utf-8")
    (repo / "words.toml").symlink_to(repo.parent / "secrets.toml")
    (repo / "zero.toml").symlink_to("/dev/zero")
    for entry in ("words.toml", "zero.toml"):
        line = refused(check(repo, entry), repo)
        assert "outside this repository" in line and "api_token" not in line
    (repo / "a.toml").symlink_to(repo / "b.toml")
    (repo / "b.toml").symlink_to(repo / "a.toml")
    assert "cannot be resolved" in refused(check(repo, "a.toml"), repo)


def test_a_device_a_pipe_or_a_huge_file_inside_the_repository_is_refused(repo):
    os.mkfifo(repo / "pipe.toml")  # opening it for reading would wait for a writer forever
    assert "'pipe.toml' is not a regular file" in refused(check(repo, "pipe.toml"), repo)
    (repo / "big.toml").write_bytes(b"# " + b"x" * MAX_PACK_BYTES + b"\n")
    assert "'big.toml' is larger than 1 MB" in refused(check(repo, "big.toml"), repo)
    (repo / "words").mkdir()
    assert "'words' is not a regular file" in refused(check(repo, "words"), repo)
    assert "'missing.toml': No such file or directory" in refused(check(repo, "missing.toml"), repo)


def test_a_file_of_the_repository_that_is_not_a_pack_is_not_quoted(repo):
    (repo / "settings.toml").write_text(SECRET, encoding="utf-8")
    r = check(repo, "settings.toml")
    assert r.returncode == 2 and "not a planlint pack" in r.stderr and len(r.stderr.splitlines()) == 1
    for leaked in ("api_token", "database", "s3cr3t", "hunter2"):
        assert leaked not in r.stderr


def test_the_reader_never_reads_past_the_limit():
    """A file whose size the system does not know (procfs says 0) is still read no further."""
    if not Path("/proc/self/maps").exists():
        pytest.skip("no /proc")
    with pytest.raises(PackFileError, match="larger than 10 bytes"):
        read_pack_bytes(Path("/proc/self/maps"), limit=10)
    with pytest.raises(PackFileError, match="not a regular file"):
        read_pack_bytes(Path("/dev/zero"))


def test_the_refusal_is_in_the_users_language(repo):
    (repo / ".planlint.toml").write_text('packs = ["/etc/shadow"]\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "XDG_CONFIG_HOME")}
    home = repo.parent.parent / "home"
    r = subprocess.run([sys.executable, "-m", "planlint", "check", "--no-cache", "p.plan"], capture_output=True,
                       text=True, cwd=repo, env={**env, "HOME": str(home), "LANG": "zh_CN.UTF-8"}, timeout=60)
    assert r.returncode == 2
    assert r.stderr == (f"planlint: {repo / '.planlint.toml'}: packs: 「/etc/shadow」在这个仓库之外; "
                        f"规则包只能放在 {repo} 或 {home / '.config' / 'planlint'} 之下\n")
