"""The Makefile's first-hour behaviour: which set each target installs, what `make site` says at the end, and
`make new-practice` without arguments. Only the site test builds; the others read what make would run."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT

USAGE = "usage: make new-practice ID=<id> AREA=<area> LEVEL=<2-4>"
BUILD_STAMPS = [".venv/.installed-build", "node_modules/.installed-build"]
DEV_STAMPS = [".venv/.installed-dev", "node_modules/.installed-dev"]
INPUTS = [
    "Makefile",
    "requirements-build.txt",
    "requirements-dev.txt",
    "requirements-properdocs.txt",
    "requirements-zensical.txt",
    "package.json",
    "package-lock.json",
]


def _make(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("args", [[], ["ID=canary"], ["AREA=delivery", "LEVEL=3"]])
def test_new_practice_without_its_values_prints_the_usage_and_exits_2(args):
    done = _make("-s", "-o", BUILD_STAMPS[0], "new-practice", *args)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == USAGE
    assert "slug" not in done.stderr and "unknown area" not in done.stderr  # not the tool's complaint
    assert "Traceback" not in done.stderr


NEW_LANGUAGE_USAGE = "usage: make new-language LANG=<BCP 47 tag, such as es or pt-BR>"


def test_new_language_without_a_language_prints_the_usage_and_exits_2():
    """LANG is also the locale's variable, set in most shells: only one given on make's command line counts."""
    done = _make("-s", "-o", BUILD_STAMPS[0], "new-language")
    assert (done.returncode, done.stderr.splitlines()[0]) == (2, NEW_LANGUAGE_USAGE)
    assert "Traceback" not in done.stderr


def test_new_language_scaffolds_the_language_it_is_given():
    done = _make("-n", "-o", BUILD_STAMPS[0], "new-language", "LANG=es")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].endswith('-m macros.i18n.scaffold "es"')


@pytest.fixture
def project(tmp_path) -> Path:
    """The files that decide what make installs, with a stand-in interpreter, and no stamp yet."""
    for name in INPUTS:
        shutil.copy(ROOT / name, tmp_path / name)
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    (tmp_path / "node_modules").mkdir()
    return tmp_path


def _installs(project: Path, *targets: str) -> list[str]:
    """The install commands `make TARGETS` would run (dry run: nothing is installed, nothing built)."""
    done = _make("-n", *targets, cwd=project)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if "pip install" in line or line.startswith("npm ci")]


def _stamp(project: Path, *stamps: str) -> None:
    for stamp in stamps:
        (project / stamp).touch()


@pytest.mark.parametrize("target", ["site", "serve", "check", "new-practice", "new-language"])
def test_building_installs_the_build_set_only(project, target):
    installs = _installs(project, target, "ID=x", "AREA=y", "LEVEL=2", "PORT=0", "LANG=es")
    assert all("requirements-dev.txt" not in line for line in installs)
    assert any("-r requirements-build.txt" in line for line in installs)
    npm = [line for line in installs if line.startswith("npm ci")]
    assert all("--omit=dev" in line for line in npm) and (npm or target in ("check", "new-practice", "new-language"))


@pytest.mark.parametrize("target", ["setup", "test", "test-fast", "lint", "bench"])
def test_testing_installs_the_dev_set(project, target):
    installs = _installs(project, target)
    assert any("-r requirements-dev.txt" in line for line in installs)
    assert any(line.startswith("npm ci") and "--omit" not in line for line in installs)


def test_the_build_stamp_is_not_taken_for_the_dev_set(project):
    _stamp(project, *BUILD_STAMPS)
    assert _installs(project, "site") == []  # a second `make site` installs nothing
    assert len(_installs(project, "test-fast")) == 2  # the build set is there, the test tools are not


def test_installing_the_dev_set_also_serves_the_build(project):
    _stamp(project, *DEV_STAMPS, *BUILD_STAMPS)
    assert _installs(project, "test-fast") == []
    assert _installs(project, "site") == []


def test_a_changed_pin_reinstalls_both_sets(project):
    _stamp(project, *DEV_STAMPS, *BUILD_STAMPS)
    later = (project / BUILD_STAMPS[0]).stat().st_mtime + 10
    os.utime(project / "requirements-build.txt", (later, later))
    assert [line for line in _installs(project, "site") if "pip" in line]
    assert [line for line in _installs(project, "test-fast") if "pip" in line]


@pytest.mark.build
def test_site_ends_with_one_line_saying_where_it_is_and_how_to_look_at_it(tmp_path):
    site = tmp_path / "out"
    done = _make("-s", *(f"-o{s}" for s in BUILD_STAMPS), "site", f"SITE_DIR={site}")
    assert done.returncode == 0, done.stderr[-3000:]
    assert (site / "index.html").is_file()
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith(f"Site built in {site}/: run 'make serve'")
    assert f"open {site}/index.html" in last
    assert "the self-check needs 'make serve' or another web server" in last  # it cannot load from file://
