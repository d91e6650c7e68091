"""What a build says: only what a person should read, and a home page whose title names the guide once."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.support import ROOT, build_site

# MkDocs' closing line: short, and tools/bench reads MkDocs' own build time from it.
KEPT_INFO = re.compile(r"^INFO\s+-\s+Documentation built in [0-9.]+ seconds$")


@pytest.mark.build
def test_a_clean_build_prints_no_info_line_but_its_closing_one(tmp_path):
    result = build_site(tmp_path / "site")
    assert result.returncode == 0, result.stderr[-4000:]
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert [line for line in lines if not KEPT_INFO.match(line)] == []
    assert len(lines) == 1


@pytest.mark.build
def test_warnings_still_show_and_still_fail_the_build(tmp_path):
    project = tmp_path / "p"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    for name in ("macros", "node_modules", "overrides", "data"):
        os.symlink(ROOT / name, project / name)
    about = project / "docs" / "about.md"
    about.write_text(about.read_text() + "\nSee [the missing page](missing.md).\n")
    result = build_site(tmp_path / "site", config=project / "mkdocs.yml")
    assert result.returncode != 0
    assert re.search(r"^WARNING\s+-\s+.*about\.md.*missing\.md", result.stderr, re.MULTILINE), result.stderr[-2000:]
    assert "Aborted with 1 warnings in strict mode!" in result.stdout


def test_the_home_page_title_names_the_site_once(site_dir):
    title = re.search(r"<title>(.*?)</title>", (site_dir / "index.html").read_text(encoding="utf-8")).group(1)
    assert title == "GenAIOps Maturity Guide"
    levels = re.search(r"<title>(.*?)</title>", (site_dir / "levels" / "index.html").read_text(encoding="utf-8"))
    assert levels.group(1) == "Maturity levels - GenAIOps Maturity Guide"  # other pages keep "page - site"
