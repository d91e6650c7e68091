"""The pre-commit hooks, run for real in a throwaway copy of the project: they pass on good files and stop a
commit with the validator's file:line message or yamllint's on bad ones."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import FIXTURES, ROOT

PRE_COMMIT = ROOT / ".venv" / "bin" / "pre-commit"


def test_config_is_valid():
    done = subprocess.run(
        [PRE_COMMIT, "validate-config", ".pre-commit-config.yaml"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def project(tmp_path):
    """A git work tree with the project's hooks, tools and code, and the minimal model as data/."""
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in (".pre-commit-config.yaml", ".yamllint.yml", "pyproject.toml", "CHANGELOG.md"):
        shutil.copy(ROOT / name, repo / name)
    for package in ("macros", "tools"):
        shutil.copytree(ROOT / package, repo / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(FIXTURES / "minimal", repo / "data")
    shutil.copytree(ROOT / "data" / "schema", repo / "data" / "schema")
    (repo / ".venv").symlink_to(ROOT / ".venv")  # the hooks call .venv/bin tools
    git = ["git", "-C", str(repo), "-c", "user.name=Test", "-c", "user.email=test@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    return repo


def _run(repo: Path, *files: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run(
        [PRE_COMMIT, "run", "--color", "never", "--files", *files], cwd=repo, env=env, capture_output=True, text=True
    )


MINE = ["data/practices/ci-cd.yml", "data/levels.yml", "tools/scaffold.py", "tools/versioning.py", "CHANGELOG.md"]


def test_hooks_pass_on_good_files(project):
    done = _run(project, *MINE)
    assert done.returncode == 0, done.stdout
    for hook in ("validate data/ (make check)", "model version and CHANGELOG.md", "yamllint", "ruff"):
        assert f"{hook}..." in done.stdout and "Passed" in done.stdout.split(f"{hook}...", 1)[1].splitlines()[0]


def test_data_hook_stops_a_commit_with_the_file_and_line(project):
    path = project / "data" / "practices" / "ci-cd.yml"
    path.write_text(path.read_text().replace("why: Why ci-cd matters.", "why: TODO write why"))
    done = _run(project, "data/practices/ci-cd.yml")
    assert done.returncode == 1
    assert "data/practices/ci-cd.yml:6: 'why' still holds the template's placeholder \"TODO write why\"" in done.stdout


def test_yamllint_hook_stops_a_commit_on_bad_yaml(project):
    path = project / "data" / "areas.yml"
    path.write_text(path.read_text().replace("    name: Delivery", "    name: Delivery   "))
    done = _run(project, "data/areas.yml")
    assert done.returncode == 1
    assert "data/areas.yml" in done.stdout and "trailing spaces" in done.stdout
