"""What changed since the approved version: ``planlint diff`` and ``planlint report --since``,
against a git repository with two committed versions."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_run import run as planlint
from conftest import GOOD, variant

from planlint.driver import revisions
from planlint.driver.files import InputError

GIT = shutil.which("git")
pytestmark = pytest.mark.skipif(GIT is None, reason="git is not installed")
SETS = Path(__file__).parent / "sets" / "group"

EXTRA = """
举措 EXTRA "老用户推荐裂变"
  支撑: SALES
  策略: 转化优化
  预算: 30万元
  时间: 2024-09-01 .. 2024-09-30
  衡量指标: 推荐下单数
"""
APPROVED = GOOD + """
举措 EVENT "线下体验活动"
  支撑: SALES
  策略: 转化优化
  负责人: 李娜
  预算: 10万元
  时间: 2024-05-01 .. 2024-05-31
  衡量指标: 活动留资量
"""
# the revision: PROMO up 20万, a new initiative (with no owner), EVENT dropped, a target, a deadline and an owner moved
REVISED = variant(("  预算: 60万元", "  预算: 80万元"), ("  目标值: 650", "  目标值: 700"),
                  ("  截止: 2024年Q4\n  负责人: 张伟", "  截止: 2024-11-30\n  负责人: 李娜"),
                  ("    2024-Q4: 250", "    2024-Q4: 300")) + EXTRA


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True,
                          timeout=30).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plan.plan").write_text(APPROVED, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "approved by finance")
    git(tmp_path, "tag", "approved")
    (tmp_path / "plan.plan").write_text(REVISED, encoding="utf-8")
    git(tmp_path, "commit", "-qam", "revised")
    return tmp_path


def lines_of(out: str) -> list[str]:
    return [" ".join(x.split()) for x in out.splitlines()]


def test_diff_against_a_git_revision_is_a_compact_table(repo):
    r = planlint("diff", "approved", "plan.plan", cwd=repo)
    assert r.returncode == 1, r.stderr
    rows = lines_of(r.stdout)
    assert rows[0] == "自 approved 以来的变化"
    for row in ("预算 PROMO 60万元 80万元 +20万元", "部门预算 营销部 70万元 110万元 +40万元", "目标值 SALES 650 700",
                "截止 SALES 2024年Q4 2024-11-30", "负责人 SALES 张伟 李娜", "新增 举措 EXTRA 老用户推荐裂变 30万元",
                "删除 举措 EVENT 线下体验活动 10万元"):
        assert row in rows, row
    new = [x for x in rows if x.startswith("新问题")]
    assert any(x.startswith("新问题 OW001 EXTRA (plan.plan:") for x in new)
    assert any(x.startswith("新问题 RS001 EXTRA") and "超出计划预算 100万元 达 10万元" in x for x in new)
    assert not any("PL011" in x or "TR0" in x for x in new)  # nothing that was there then
    # the working tree is as it was: git was only asked to read
    assert git(repo, "status", "--porcelain") == "" and (repo / "plan.plan").read_text(encoding="utf-8") == REVISED
    same = planlint("diff", "HEAD", "plan.plan", cwd=repo)
    assert same.returncode == 0 and same.stdout.strip() == "与 HEAD 相比没有变化"


def test_diff_of_two_files_in_english(repo, tmp_path):
    old = tmp_path / "approved.plan"
    old.write_text(APPROVED, encoding="utf-8")
    r = planlint("diff", "--lang", "en", str(old), str(repo / "plan.plan"))
    rows = lines_of(r.stdout)
    assert r.returncode == 1 and rows[0] == f"Changes since {old}"
    assert "budget PROMO 600k CNY 800k CNY +200k CNY" in rows and "owner SALES 张伟 李娜" in rows
    assert "removed initiative EVENT 线下体验活动 100k CNY" in rows


def test_report_since_opens_with_the_changes(repo):
    md = planlint("report", "--format", "md", "--since", "HEAD~1", "plan.plan", cwd=repo).stdout
    md = "\n".join(" ".join(x.split()) for x in md.splitlines())
    changes = md.index("## 自 HEAD\\~1 以来的变化")
    assert changes < md.index("## 目标对齐表")
    section = md[changes:md.index("## 目标对齐表")]
    assert "| 预算 | PROMO | 60万元 | 80万元 | +20万元 |" in section
    assert "| 删除 | 举措 EVENT 线下体验活动 | 10万元 | | |" in section
    assert "### 新问题" in section and "`RS001` (55:7)" not in section.split("### 新问题")[0]
    html = repo / "review.html"
    assert planlint("report", "--since", "approved", "plan.plan", "-o", str(html), cwd=repo).returncode == 0
    page = html.read_text(encoding="utf-8")
    assert "自 approved 以来的变化" in page and page.index("自 approved 以来的变化") < page.index("目标对齐表")
    assert git(repo, "status", "--porcelain") == "?? review.html\n"


def test_since_a_file_too(repo, tmp_path):
    old = tmp_path / "approved.plan"
    old.write_text(APPROVED, encoding="utf-8")
    md = planlint("report", "--format", "md", "--since", str(old), str(repo / "plan.plan")).stdout
    md = "\n".join(" ".join(x.split()) for x in md.splitlines())
    assert "| 负责人 | SALES | 张伟 | 李娜 | |" in md


@pytest.mark.parametrize("rev, says", [("nosuch", "no such revision"), ("-n1", "is not a file or a git revision"),
                                       ("HEAD~5", "no such revision")])
def test_a_bad_revision_is_one_line(repo, rev, says):
    r = planlint("report", "--since", rev, "plan.plan", cwd=repo)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and says in r.stderr, r.stderr


def test_outside_a_repository_a_revision_is_one_line(tmp_path):
    (tmp_path / "plan.plan").write_text(GOOD, encoding="utf-8")
    r = planlint("diff", "main", "plan.plan", cwd=tmp_path)
    assert r.returncode == 2 and "is not a file, and not a git repository" in r.stderr


def test_the_files_of_a_set_are_read_at_the_revision(tmp_path):
    root = tmp_path / "plans"
    shutil.copytree(SETS, root)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "approved")
    mkt = root / "marketing.plan"
    mkt.write_text(mkt.read_text(encoding="utf-8").replace("  预算: 35万元", "  预算: 50万元"), encoding="utf-8")
    (root / "events.plan").write_text('举措 EXPO "行业展会"\n  支撑: MQL\n  策略: 品牌曝光\n  负责人: 李娜\n  预算: 5万元\n'
                                      "  时间: 2025-05-01 .. 2025-05-31\n  衡量指标: 展会线索数\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "revised")
    r = planlint("diff", "HEAD~1", "plans/company.plan", cwd=tmp_path)
    rows = lines_of(r.stdout)
    assert "预算 SEM 35万元 50万元 +15万元" in rows and "部门预算 营销部 35万元 55万元 +20万元" in rows
    assert "新增 举措 EXPO 行业展会 5万元" in rows  # a file that did not exist then


def test_reading_at_a_revision_is_bounded(repo, monkeypatch, tmp_path):
    commit = revisions.commit_of("approved", repo)
    assert revisions.read_at(commit, repo / "plan.plan") == APPROVED
    assert revisions.read_at(commit, repo / "other.plan") is None
    monkeypatch.setattr(revisions, "MAX_BYTES", 100)
    with pytest.raises(InputError, match="too large for a plan"):
        revisions.read_at(commit, repo / "plan.plan")
    # a git that never answers is stopped
    slow = tmp_path / "bin"
    slow.mkdir()
    (slow / "git").write_text("#!/bin/sh\nexec sleep 30\n", encoding="utf-8")
    (slow / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{slow}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(revisions, "GIT_SECONDS", 0.3)
    with pytest.raises(InputError, match="did not answer"):
        revisions.commit_of("approved", repo)
