"""The Zensical canary's own code (tools/canary): every check passes on the MkDocs site and fails on a copy that
lacks what it checks; the run reports each check and tells a blocker from a canary that could not run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.adapter.state import Build
from tests.support import ROOT
from tools.canary import checks
from tools.canary.run import BROWSER, STATIC, Outcome, newer_releases, pinned_version, report, run_checks

ALL = [*STATIC, *BROWSER]


def test_the_report_says_per_check_whether_it_passes_and_what_fails():
    text = report("Zensical 0.1.2: exit 0", [Outcome("pages", "the pages", []), Outcome("axe", "axe", ["/: x"])], [])
    assert text.splitlines()[0] == "# Zensical canary: 1 of 2 checks pass"
    assert "| pages | pass | the pages |" in text and "| axe | FAIL | axe |" in text
    assert "- **axe**: /: x" in text


FAKE_PIP = """#!/bin/sh
if [ "$1" = index ]; then echo "zensical (9.0.1)"; echo "Available versions: 9.0.1, 9.0.0, {pinned}, 0.0.1"; exit 0; fi
case "$*" in
  *zensical==9.0.1*) echo "ERROR: No matching distribution found for zensical-ui==9.9.9" >&2; exit 1;;
  *) exit 0;;
esac
"""


def test_newer_releases_say_which_install(tmp_path):
    pip = tmp_path / "pip"
    pip.write_text(FAKE_PIP.format(pinned=pinned_version()))
    pip.chmod(0o755)
    assert newer_releases(pip) == [
        "zensical 9.0.1: not installable - ERROR: No matching distribution found for zensical-ui==9.9.9",
        "zensical 9.0.0: installs - raise the pin in requirements-zensical.txt",
    ]


def test_the_expected_pages_follow_the_model():
    build = Build()
    model = build.model()
    want = checks.expected_pages(model, build.core)
    assert {f"practices/{p.id}/index.html" for p in model.practices} <= want
    assert {"index.html", "404.html", "self-check/embed/index.html"} <= want


def test_the_pages_check_passes_on_the_mkdocs_site(site_dir):
    build = Build()
    assert checks.pages(site_dir, build.model(), build.core) == []


def test_every_check_passes_on_the_mkdocs_site_and_fails_on_a_broken_copy(site_dir, browser, tmp_path):
    build = Build()
    model = build.model()
    good = {o.name: o.problems for o in run_checks(site_dir, model, build.core, browser)}
    assert good == {name: [] for name in ALL}

    broken = tmp_path / "broken"
    shutil.copytree(site_dir, broken)
    practice = model.practices[0]
    shutil.rmtree(broken / "practices" / practice.id)  # a short build
    (broken / "assets" / "self-check" / "model.json").write_text("{}")  # the widget cannot load its questions
    about = broken / "about" / "index.html"  # a macro left unrendered, and an image without text
    about.write_text(about.read_text().replace("</h1>", "</h1><p>{{ levels_table() }}</p>", 1))
    home = broken / "index.html"
    home.write_text(
        home.read_text().replace('class="mermaid"', 'class="diagram"').replace("</h1>", '</h1><img src="x.png">', 1)
    )
    found = {o.name: o.problems for o in run_checks(broken, model, build.core, browser)}
    assert found["pages"] == [f"missing: practices/{practice.id}/index.html"]
    assert found["model-json"] == ["assets/self-check/model.json differs from what the model gives"]
    assert found["no-template"] == ["about/index.html: '{{ levels_table() }}</p>'"]
    assert found["mermaid"] == ["/: no mermaid diagram"]
    assert found["diagrams-render"] == ["/: the diagram did not render"]
    assert found["self-check"] and found["self-check"][0].startswith("/self-check/: ")
    assert [p for p in found["axe"] if p.startswith("/: image-alt")]


def _canary(tmp_path: Path, zensical: str, *args: str) -> subprocess.CompletedProcess:
    fake = tmp_path / "zensical"
    fake.write_text(f"#!/bin/sh\n{zensical}\n")
    fake.chmod(0o755)
    return subprocess.run(
        [sys.executable, "-m", "tools", "zensical-canary", "--zensical", str(fake), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


@pytest.mark.build
def test_a_failed_build_is_reported_and_gates_only_when_asked(tmp_path):
    done = _canary(tmp_path, "echo 'Error: unsupported' >&2; exit 3", "--report", str(tmp_path / "r.md"))
    assert done.returncode == 1, done.stderr
    text = (tmp_path / "r.md").read_text()
    assert "exit 3" in text and "| build | FAIL | the build exits 0 |" in text and "Error: unsupported" in text
    assert "| site | FAIL |" in text
    assert _canary(tmp_path, "exit 3", "--fail-on", "crash").returncode == 0  # a blocker is reported, not gated


def test_a_canary_that_cannot_run_fails_whatever_is_asked(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "tools", "zensical-canary", "--zensical", str(tmp_path / "none"), "--fail-on", "crash"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "is not installed: run 'make zensical' first" in done.stdout
