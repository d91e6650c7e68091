"""The pseudo-locale site: built with every data text, the site catalog and every hand-written page transformed
(``qps-ploc``), it must show no run of plain English words a reader could see, outside what the guide quotes as
written (tool names, reference titles, framework items: :func:`tests.support_pseudo.allowed_phrases`).

A run of English is a string some template, renderer or page wrote by hand instead of taking it from the data or
the catalog. The build is test-only (``GENAIOPS_LANG=qps-ploc``, into a temporary folder): never published.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from macros.assemble import load_model
from macros.i18n.pseudo import OPEN, PSEUDO
from tests.support import ROOT, LocalSite
from tests.support_pseudo import VISIBLE_TEXT_JS, allowed_phrases, english_runs
from tools.site import engine_command

# What a reader reads: the page's content, the navigation, and the header's title (Material's own words, such as
# "Skip to content", come from its language support and are not the guide's strings).
SCANNED = "article, .md-sidebar--primary .md-nav, .md-header__topic"
MODEL = load_model()


def _walk() -> dict[str, str]:
    """The pages the walk opens, derived from the data: home, a level, a practice, an "In production" page, the
    crosswalk, the references and the self-check page (its prose, its tables and the widget)."""
    return {
        "home": "/",
        "level": f"/levels/{MODEL.levels[1].id}/",
        "practice": f"/practices/{MODEL.practices[0].id}/",
        "topic page": "/production/moving-up/",
        "crosswalk": "/crosswalk/",
        "references": "/references/",
        "self-check": "/self-check/",
    }


def build_pseudo(dest) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GENAIOPS_LANG": PSEUDO}
    env.pop("GENAIOPS_DATA", None)
    return subprocess.run(
        [*engine_command(), "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory):
    dest = tmp_path_factory.mktemp("pseudo")
    done = build_pseudo(dest)
    assert done.returncode == 0, done.stderr[-4000:]
    with LocalSite(dest) as server:
        yield server.url, dest


def _english_left(page, url: str) -> list[str]:
    page.goto(url)
    page.wait_for_selector("article")
    text = page.evaluate(VISIBLE_TEXT_JS, SCANNED)
    assert OPEN in text, f"{url} shows no pseudo-locale text at all: was it built in {PSEUDO}?"
    return english_runs(text, allowed_phrases(MODEL))


@pytest.mark.build
@pytest.mark.parametrize("name", _walk())
def test_the_pseudo_locale_page_shows_no_english(page, pseudo_site, name):
    url, _ = pseudo_site
    assert _english_left(page, url + _walk()[name]) == []


@pytest.mark.build
def test_the_walk_fails_on_a_hard_coded_string(page, pseudo_site, tmp_path):
    """Guards the guard: the built practice page with one English phrase written into it is caught."""
    url, site = pseudo_site
    path = site / "practices" / MODEL.practices[0].id / "index.html"
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original.replace("</h1>", "</h1><p>Signals that it is working</p>", 1), encoding="utf-8")
        assert _english_left(page, f"{url}/practices/{MODEL.practices[0].id}/") == ["Signals that it is working"]
    finally:
        path.write_text(original, encoding="utf-8")


def test_the_pseudo_locale_is_never_published():
    """No language config builds it, and data/i18n/languages.yml cannot list it (the validator refuses it)."""
    configs = [p.name for p in ROOT.glob("mkdocs*.yml")]
    assert all(PSEUDO not in (ROOT / name).read_text(encoding="utf-8") for name in configs)
    assert PSEUDO not in [language.code for language in MODEL.languages]
