"""The built site in every language: what each language's build writes, and the selector in Chromium.

English is at the site's root and each language of data/i18n/languages.yml under its path (the session's build,
as ``make site`` makes it). Counts and ids come from the data, never from today's pages.
"""

from __future__ import annotations

import json
import re

import pytest

from macros.assemble import load_model
from macros.i18n.lookup import site

MODEL = load_model()
LANGUAGES = MODEL.languages


def _pages(root) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("index.html") if "pt-br" not in p.parts[:1])


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_every_english_page_exists_in_the_language_and_each_sitemap_links_every_language(site_dir, site_url, language):
    """hreflang: each sitemap gives every page's address in each language; each page's head names each language's
    site (Material's JavaScript reads those links as the languages' roots, so they must not name pages)."""
    here = site_dir / language.path
    english = [p for p in _pages(site_dir) if not p.startswith(f"{language.path}/")]
    assert english and all((here / p).is_file() for p in english)  # an untranslated page is built from English
    for root, prefix in ((site_dir, ""), (here, f"{language.path}/")):
        sitemap = (root / "sitemap.xml").read_text(encoding="utf-8")
        for url in re.findall(r"<url>(.*?)</url>", sitemap, re.S):
            loc = re.search(r"<loc>([^<]+)</loc>", url).group(1)
            path = loc.removeprefix(f"{site_url}/{prefix}")
            found = dict((lg, href) for lg, href in re.findall(r'hreflang="([^"]+)" href="([^"]+)"', url))
            assert found == {
                "en": f"{site_url}/{path}",
                "x-default": f"{site_url}/{path}",
                language.code: f"{site_url}/{language.path}/{path}",
            }, loc
        head = (root / "index.html").read_text(encoding="utf-8").split("</head>")[0]
        links = {lg: href for href, lg in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', head)}
        assert links == {
            "en": f"{site_url}/",
            "x-default": f"{site_url}/",
            language.code: f"{site_url}/{language.path}/",
        }


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_each_language_has_its_sitemap_search_stemmer_and_interface(site_dir, site_url, language):
    here = site_dir / language.path
    locs = re.findall(r"<loc>([^<]+)</loc>", (here / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs and all(loc.startswith(f"{site_url}/{language.path}/") for loc in locs)
    english = re.findall(r"<loc>([^<]+)</loc>", (site_dir / "sitemap.xml").read_text(encoding="utf-8"))
    assert not [loc for loc in english if f"/{language.path}/" in loc]
    index = json.loads((here / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [language.search]
    home = (here / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{language.code}"' in home  # the language's own tag, as the hreflang links give it
    assert 'placeholder="Search"' not in home  # Material's own strings (its search box) are in the language


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_the_navigation_and_notices_follow_the_data(site_dir, language):
    msg = site(language.code)
    home = (site_dir / language.path / "index.html").read_text(encoding="utf-8")
    nav = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", home.split('class="md-nav md-nav--primary"')[1]))
    for key in ("nav.levels", "nav.practices", "nav.about"):
        assert f" {msg(key)} " in nav, key
    localized = load_model(lang=language.code)
    for record in (localized.levels[0], localized.practices[0]):
        html = (site_dir / language.path / record.page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        status = localized.translation.of(record).worst
        if status == "translated":
            assert "genaiops-translation-notice" not in html
        else:
            assert f'data-translation="{status}"' in html
            depth = 1 + record.page.count("/") + 1
            assert f'href="{"../" * depth}{record.page.removesuffix(".md")}/" hreflang="en"' in html


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES, ids=lambda lg: lg.code)
def test_the_selector_keeps_the_reader_on_the_page_also_after_instant_navigation(page, site_url, language):
    level = MODEL.levels[1]
    page.goto(f"{site_url}/{level.page.removesuffix('.md')}/")
    page.locator(f'.md-select__link[hreflang="{language.code}"]').evaluate("link => link.click()")
    page.wait_for_url(f"{site_url}/{language.path}/{level.page.removesuffix('.md')}/")
    # an instant navigation inside the language keeps the header: the selector must follow the new page
    practice = page.locator('article a[href*="practices/"]:not([href*="#"])').first
    practice.click()
    page.wait_for_url(re.compile(rf"/{language.path}/practices/[a-z0-9-]+/$"))
    path = page.url.removeprefix(f"{site_url}/{language.path}/")
    assert page.locator("article h1").first.is_visible()
    page.locator('.md-select__link[hreflang="en"]').evaluate("link => link.click()")
    page.wait_for_url(f"{site_url}/{path}")
    assert page.js_errors == []
