"""Helpers the tests share: paths, data directories made from fixtures, the site build and a request guard.

Tests import these from here, never from one another or from conftest, so each file reads on its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from macros.paths import ROOT
from tools.site import CHROMIUM, CHROMIUM_ARGS, LocalSite, SiteHandler, build_site

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "FIXTURES",
    "ROOT",
    "LocalSite",
    "Offsite",
    "SiteHandler",
    "build_site",
    "make_data",
]

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_data(tmp: Path, *overlays: Path) -> Path:
    """A data directory: the minimal good fixture with the given overlay folders copied on top."""
    shutil.copytree(FIXTURES / "minimal", tmp / "data")
    for overlay in overlays:
        shutil.copytree(overlay, tmp / "data", dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    return tmp / "data"


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
