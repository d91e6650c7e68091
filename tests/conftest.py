"""Shared fixtures: the built site (once per run), a local HTTP server for it, and Debian's Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import CHROMIUM, CHROMIUM_ARGS, LocalSite, Offsite, build_languages
from tests.support_widget import widget_data


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The real guide in every language (English at the root, pt-BR under /pt-br/), built once with --strict from
    data/ and served on 127.0.0.1, as ``make site`` builds it.

    The server starts first so the build can know its address: Material navigates instantly only to pages
    listed in the sitemap, which needs ``site_url``, so the tests see the site as it is published.
    """
    dest = tmp_path_factory.mktemp("site")
    server = LocalSite(dest)
    result = build_languages(dest, site_url=server.url + "/")
    assert result.returncode == 0, result.stderr[-4000:]
    yield server, dest
    server.close()


@pytest.fixture(scope="session")
def data(site_server) -> dict:
    """The self-check widget's JSON, as the build wrote it (the browser tests' questions, scales and practices)."""
    return widget_data(site_server[1])


@pytest.fixture(scope="session")
def site_dir(site_server) -> Path:
    return site_server[1]


@pytest.fixture(scope="session")
def site_url(site_server) -> str:
    return site_server[0].url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run 'make browser' (Debian package 'chromium')")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser context whose requests may not leave 127.0.0.1; a test fails if any tried."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    offsite = Offsite()
    context.route("**/*", offsite.route)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.offsite = offsite
    pg.js_errors = errors
    yield pg
    context.close()
    assert offsite.requests == [], f"requests left 127.0.0.1: {offsite.requests}"


def pytest_collection_modifyitems(items):
    """Mark what the fast tier leaves out by the fixtures a test uses; tests that build by themselves say so."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & {"site_server", "site_dir", "site_url", "model_site"}:
            item.add_marker(pytest.mark.build)
        if used & {"browser", "page"}:
            item.add_marker(pytest.mark.browser)
