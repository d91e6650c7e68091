"""The real guide built with --strict: every page exists, and broken links or anchors fail the build."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from macros.assemble import load_model
from tests.support import FIXTURES, ROOT, build_site, make_data

MODEL = load_model()


def test_every_level_and_practice_has_a_page(site_dir):
    for lv in MODEL.levels:
        html = (site_dir / "levels" / lv.id / "index.html").read_text()
        assert "<h1" in html and lv.label in html and f"{lv.band.min} to {lv.band.max}" in html
    for p in MODEL.practices:
        html = (site_dir / "practices" / p.id / "index.html").read_text()
        for heading in (
            "Why it matters",
            "Steps",
            "Tools",
            "Example",
            "Signals that it is working",
            "Pitfalls",
            "Related practices",
            "References",
        ):
            assert f">{heading}<" in html or f">{heading}</" in html, f"{p.id}: missing {heading}"


def test_hand_written_pages_exist_and_macros_were_expanded(site_dir):
    for page in [
        "index.html",
        "levels/index.html",
        "practices/index.html",
        "lifecycle/index.html",
        "comparison/index.html",
        "references/index.html",
        "about/index.html",
        "self-check/index.html",
    ]:
        html = (site_dir / page).read_text()
        assert "{{" not in html and "{%" not in html, page
    assert MODEL.version in (site_dir / "about" / "index.html").read_text()


def test_overview_has_the_progression_diagram_and_a_card_per_level(site_dir):
    html = (site_dir / "index.html").read_text()
    assert '<pre class="mermaid"><code>graph TD' in html
    cards = html[html.index('<div class="grid cards">') :]
    for lv in MODEL.levels:
        assert f'href="levels/{lv.id}/"' in cards
        assert f"{lv.band.min}–{lv.band.max} of {MODEL.max_score}" in cards


def test_references_catalog_lists_every_reference(site_dir):
    html = (site_dir / "references" / "index.html").read_text()
    for ref in MODEL.references:
        assert f'href="{ref.url.replace("&", "&amp;")}"' in html, ref.id


def _parts(html: str) -> tuple[str, str]:
    """(the primary navigation, the page's own content): a link found in one is not taken for a link in the other."""
    nav_start = html.index('class="md-nav md-nav--primary"')
    main_start = html.index('<article class="md-content__inner md-typeset">')
    return html[nav_start : html.index('<div class="md-content"', nav_start)], html[
        main_start : html.index("</article>", main_start)
    ]


def _in_order(text: str, hrefs: list[str]) -> bool:
    positions = [text.find(f'href="{href}"') for href in hrefs]
    return -1 not in positions and positions == sorted(positions)


def test_navigation_and_pages_list_generated_pages_in_order(site_dir):
    nav, main = _parts((site_dir / "levels" / "index.html").read_text())
    assert _in_order(nav, [f"{lv.id}/" for lv in MODEL.levels]), "the sidebar lists the levels in order"
    assert _in_order(main, [f"{lv.id}/" for lv in MODEL.levels]), "the levels page lists them in order"
    nav, main = _parts((site_dir / "practices" / "index.html").read_text())
    for p in MODEL.practices:
        assert f'href="{p.id}/"' in main, f"the practice matrix misses {p.id}"
    headings = [main.find(f'id="{area.id}"') for area in MODEL.areas]  # the matrix goes area by area, in order
    assert -1 not in headings and headings == sorted(headings)


def test_no_page_loads_anything_from_another_origin(site_dir):
    # Anything the browser fetches: scripts, styles, icons, images, frames (a canonical link is not fetched).
    pattern = re.compile(
        r'<(?:script|img|iframe|source)[^>]+src="(https?:)?//'
        r'|<link(?![^>]*rel="(?:canonical|alternate)")[^>]+href="(https?:)?//',
        re.I,
    )
    offenders = [str(p.relative_to(site_dir)) for p in site_dir.rglob("*.html") if pattern.search(p.read_text())]
    assert offenders == []
    assert "fonts.googleapis" not in (site_dir / "index.html").read_text()


def _project_copy(tmp_path: Path) -> Path:
    """mkdocs.yml and docs/ copied, the code and data linked: a page can be broken without touching the repo."""
    tmp_path.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    for name in ("macros", "data", "node_modules", "overrides"):
        os.symlink(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    ("link", "named"),
    [("levels/nowhere.md", "levels/nowhere.md"), ("levels/index.md#no-such-section", "no-such-section")],
    ids=["missing page", "missing anchor"],
)
@pytest.mark.build
def test_a_broken_internal_link_or_anchor_fails_the_build(tmp_path, link, named):
    project = _project_copy(tmp_path / "p")
    (project / "docs" / "about.md").write_text(f"# About\n\nSee [this]({link}).\n")
    result = build_site(tmp_path / "out", config=project / "mkdocs.yml")
    assert result.returncode != 0
    assert named in result.stderr


@pytest.mark.build
def test_invalid_data_stops_the_build_with_every_problem(tmp_path):
    data = make_data(tmp_path, FIXTURES / "bad" / "dangling", FIXTURES / "bad" / "http-url")
    result = build_site(tmp_path / "out", data_dir=data)
    assert result.returncode != 0
    for line in (FIXTURES / "bad" / "dangling" / "expected.txt").read_text().splitlines():
        assert line in result.stderr
    assert not (tmp_path / "out" / "index.html").exists()  # nothing half-written


@pytest.mark.build
def test_a_hand_written_page_may_not_shadow_a_generated_one(tmp_path):
    project = _project_copy(tmp_path / "p")
    first = MODEL.practices[0]
    (project / "docs" / "practices" / f"{first.id}.md").write_text("# Stale copy\n")
    result = build_site(tmp_path / "out", config=project / "mkdocs.yml")
    assert result.returncode != 0
    assert f"docs/practices/{first.id}.md would hide the page generated from data" in result.stderr
