"""Helpers the tests share: paths, data directories made from fixtures, the site build and a request guard.

Tests import these from here, never from one another or from conftest, so each file reads on its own.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from macros.paths import ROOT
from tools.site import CHROMIUM, CHROMIUM_ARGS, LocalSite, SiteHandler, build_languages, build_site

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "FIXTURES",
    "ROOT",
    "LocalSite",
    "Offsite",
    "SiteHandler",
    "build_languages",
    "build_site",
    "fill_practice",
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


def fill_practice(text: str, title: str, related: str, reference: str, tools=("tool-a", "tool-b")) -> str:
    """What a contributor does to a scaffolded practice: replace every TODO with real text and pick real ids."""
    text = re.sub(r'title: "TODO:[^"]*"', f"title: {title}", text)
    # the template cites two tools by the placeholder id (default: the minimal data's catalog's two tools)
    text = text.replace("tool: todo", f"tool: {tools[0]}", 1).replace("tool: todo", f"tool: {tools[1]}", 1)
    text = re.sub(r'"TODO:[^"]*"', '"Written by the contributor."', text)
    text = re.sub(r"^(\s+)TODO:.*$", r"\1Written by the contributor.", text, flags=re.M)
    return text.replace("related: [todo]", f"related: [{related}]").replace(
        "references: [todo]", f"references: [{reference}]"
    )
