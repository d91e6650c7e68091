"""Shared fixtures: the built site (once per run), a local HTTP server for it, and Debian's Chromium."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.links.crawl import LocalSite, SiteHandler

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Chromium's background services try to reach Google; this machine (and CI) has no such network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-default-apps"]


def build_site(dest: Path, data_dir: Path | None = None, config: Path = ROOT / "mkdocs.yml",
               site_url: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    if data_dir:
        env["GENAIOPS_DATA"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(dest)],
                          cwd=ROOT, env=env, capture_output=True, text=True)


def make_data(tmp: Path, *overlays: Path) -> Path:
    """A data directory: the minimal good fixture with the given overlay folders copied on top."""
    shutil.copytree(FIXTURES / "minimal", tmp / "data")
    for overlay in overlays:
        shutil.copytree(overlay, tmp / "data", dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    return tmp / "data"


# The link checker's own local server: quiet, and exempt from LinkChecker's 10-requests-a-second limit.
LocalServer = LocalSite
_QuietHandler = SiteHandler


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The real guide, built once with --strict from data/ and served on 127.0.0.1.

    The server starts first so the build can know its address: Material navigates instantly only to pages
    listed in the sitemap, which needs ``site_url``, so the tests see the site as it is published.
    """
    dest = tmp_path_factory.mktemp("site")
    server = LocalServer(dest)
    result = build_site(dest, site_url=server.url + "/")
    assert result.returncode == 0, result.stderr[-4000:]
    yield server, dest
    server.close()


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


class Offsite:
    """Records (and blocks) every request that would leave 127.0.0.1."""

    def __init__(self):
        self.requests: list[str] = []

    def route(self, route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()


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
