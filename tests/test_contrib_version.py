"""Model version enforcement: a change to how scores are read needs a version bump after a release tag."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, make_data
from tools.__main__ import main
from tools.versioning import latest_release, version_problems

CHANGELOG = "# Changelog\n\n## 1.0.0 - 2026-11-23\n\nFirst release.\n"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        [
            "git",
            "-C",
            str(repo),
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "tag.gpgsign=false",
            *args,
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def repo(tmp_path):
    """A project with the minimal model, released as v1.0.0."""
    make_data(tmp_path)
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG)
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "model 1.0.0")
    _git(tmp_path, "tag", "v1.0.0")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _messages(repo: Path) -> list[str]:
    return [str(p) for p in version_problems(repo)]


def test_unchanged_release_passes(repo):
    assert latest_release(repo) == "v1.0.0"
    assert _messages(repo) == []


def test_changed_band_without_bump_is_refused_at_the_version_line(repo):
    _edit(repo / "data" / "levels.yml", "band: {min: 10, max: 14}", "band: {min: 10, max: 15}")
    _edit(repo / "data" / "levels.yml", "band: {min: 15, max: 19}", "band: {min: 16, max: 19}")
    assert _messages(repo) == [
        "data/model.yml:1: version is still 1.0.0, as released in v1.0.0, but band of level 2 changed from 10-14 to 10-15 "
        "(data/levels.yml); band of level 3 changed from 15-19 to 16-19 (data/levels.yml) - bump version (scores read under "
        "1.0.0 would change meaning) and add a CHANGELOG.md section for it"
    ]


def test_bump_with_changelog_section_passes(repo):
    _edit(repo / "data" / "levels.yml", "band: {min: 20, max: 28}", "band: {min: 20, max: 30}")
    _edit(repo / "data" / "model.yml", "max_score: 28", "max_score: 30")
    _edit(repo / "data" / "model.yml", "version: 1.0.0", "version: 2.0.0")
    assert _messages(repo) == [
        "data/model.yml:1: version 2.0.0 has no '## 2.0.0 - YYYY-MM-DD' section in CHANGELOG.md"
        " - say there what changed for readers"
    ]
    _edit(repo / "CHANGELOG.md", "## 1.0.0", "## 2.0.0 - 2026-12-01\n\nScores now run to 30.\n\n## 1.0.0")
    assert _messages(repo) == []


def test_changed_question_or_answer_points_need_a_bump(repo):
    questionnaire = repo / "data" / "questionnaire.yml"
    scales = repo / "data" / "answer_scales.yml"
    assert questionnaire.is_file() and scales.is_file(), "the minimal model has a self-check"
    original = questionnaire.read_text()
    _edit(questionnaire, "text: ", "text: Really, ")
    assert [m.split(" but ")[1].split(" - ")[0] for m in _messages(repo)] == [
        "the questionnaire changed (data/questionnaire.yml)"
    ]
    questionnaire.write_text(original)
    assert _messages(repo) == []
    _edit(scales, "points: 3", "points: 4")
    assert "the answer scales changed (data/answer_scales.yml)" in _messages(repo)[0]


def test_wording_and_comments_need_no_bump(repo):
    _edit(repo / "data" / "levels.yml", "summary: Exploring.", "summary: Exploring what generative AI can do.")
    _edit(repo / "data" / "levels.yml", "levels:", "# The four levels.\nlevels:")
    assert _messages(repo) == []


def test_version_may_not_go_down(repo):
    _edit(repo / "data" / "model.yml", "version: 1.0.0", "version: 0.9.0")
    _edit(repo / "CHANGELOG.md", "## 1.0.0", "## 0.9.0 - 2026-12-01\n\n## 1.0.0")
    assert _messages(repo) == [
        "data/model.yml:1: version 0.9.0 is lower than 1.0.0, released as v1.0.0 - versions only go up"
    ]


def test_the_highest_reachable_release_is_the_reference(repo):
    _edit(repo / "data" / "levels.yml", "band: {min: 20, max: 28}", "band: {min: 20, max: 30}")
    _edit(repo / "data" / "model.yml", "max_score: 28", "max_score: 30")
    _edit(repo / "data" / "model.yml", "version: 1.0.0", "version: 1.10.0")
    _edit(repo / "CHANGELOG.md", "## 1.0.0", "## 1.10.0 - 2026-12-01\n\n## 1.0.0")
    _git(repo, "commit", "-q", "-am", "model 1.10.0")
    _git(repo, "tag", "v1.10.0")
    _git(repo, "tag", "v1.9.0", "HEAD~1")  # lower, although its name sorts after 1.10.0 as text
    _git(repo, "tag", "not-a-release")
    assert latest_release(repo) == "v1.10.0"
    assert _messages(repo) == []
    _edit(repo / "data" / "levels.yml", "band: {min: 0, max: 9}", "band: {min: 0, max: 8}")
    assert "as released in v1.10.0, but band of level 1 changed from 0-9 to 0-8" in _messages(repo)[0]


def test_without_release_tag_or_git_only_the_changelog_counts(tmp_path):
    make_data(tmp_path)
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG)
    assert latest_release(tmp_path) is None  # not a git work tree
    assert _messages(tmp_path) == []
    _git(tmp_path, "init", "-q")
    assert latest_release(tmp_path) is None  # no commit, no tag
    _edit(tmp_path / "data" / "levels.yml", "band: {min: 10, max: 14}", "band: {min: 10, max: 15}")
    assert _messages(tmp_path) == []


def test_cli_github_format_annotates_the_version_line(repo, monkeypatch, capsys):
    _edit(repo / "data" / "levels.yml", "band: {min: 10, max: 14}", "band: {min: 10, max: 15}")
    monkeypatch.setattr("tools.versioning.ROOT", repo)  # the command checks the project it is run in
    assert main(["check-version", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=data/model.yml,line=1::version is still 1.0.0, as released in v1.0.0")
    assert len(out.splitlines()) == 1


def test_the_project_itself_passes():
    done = subprocess.run([sys.executable, "-m", "tools", "check-version"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("OK: ")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the repository to another user")
def test_a_repository_git_refuses_to_read_fails_the_check_instead_of_passing(repo, monkeypatch):
    # As in a CI container whose checkout belongs to another user: git will not list the tags.
    nobody = pwd.getpwnam("nobody").pw_uid
    for path in [repo, *repo.rglob("*")]:
        os.chown(path, nobody, -1, follow_symlinks=False)
    monkeypatch.setenv("HOME", str(repo.parent))  # no safe.directory exception from this machine's config
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    assert [str(p) for p in version_problems(repo)] == [
        "data/model.yml:1: cannot compare version 1.0.0 with the last release tag - git says: fatal: detected dubious "
        f"ownership in repository at '{repo}' To add an exception for this directory, call: git config --global --add "
        f"safe.directory {repo}"
    ]
