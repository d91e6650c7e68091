"""What a first visit to a page costs: every request Chromium makes, its gzipped size, and where it went.

Each page gets a fresh browser context (an empty cache), is loaded from the gzip-serving local server, and
is left until the network is idle and every diagram has rendered; lazy loads (mermaid's chunks, the search
index) are counted too. Requests that would leave 127.0.0.1 are blocked and counted as third-party.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tools.site import CHROMIUM, CHROMIUM_ARGS

MERMAID = "/assets/javascripts/vendor/mermaid/"
SELF_CHECK_ASSETS = "assets/self-check"
KINDS = ("HTML", "JS", "CSS", "other")


@dataclass
class Weight:
    page: str
    path: str
    requests: int = 0
    third_party: list[str] = field(default_factory=list)
    body: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))  # gzipped bytes per kind
    headers: int = 0
    mermaid_requests: int = 0
    mermaid_bytes: int = 0

    @property
    def total(self) -> int:
        """Bytes on the wire: compressed bodies plus response headers."""
        return sum(self.body.values()) + self.headers


def _kind(content_type: str, url: str) -> str:
    if "html" in content_type:
        return "HTML"
    if "javascript" in content_type or url.endswith((".js", ".mjs")):
        return "JS"
    if "css" in content_type:
        return "CSS"
    return "other"  # the search index, the sitemap, images, fonts


def _settle(page) -> None:
    # Diagrams render when they come near the viewport: bring each one there, as a reader scrolling down
    # would, so their cost is counted. Material swaps each <pre class="mermaid"> for a rendered <div>.
    page.evaluate("document.querySelectorAll('pre.mermaid').forEach(block => block.scrollIntoView())")
    page.wait_for_function("document.querySelectorAll('pre.mermaid').length === 0", timeout=30000)
    page.wait_for_load_state("networkidle")


def measure(browser, base_url: str, pages: dict[str, str]) -> list[Weight]:
    """``pages``: label -> path below ``base_url``."""
    results = []
    origin = urlsplit(base_url).netloc
    for label, path in pages.items():
        weight = Weight(label, path)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        finished = []

        def route(route, weight=weight):
            url = route.request.url
            if url.startswith(("data:", "blob:", "about:")) or urlsplit(url).netloc == origin:
                route.continue_()
            else:
                weight.third_party.append(url)
                route.abort()

        context.route("**/*", route)
        context.on("requestfinished", lambda request, finished=finished: finished.append(request))
        page = context.new_page()
        response = page.goto(base_url + path, wait_until="load")
        if response is None or response.status != 200:
            raise RuntimeError(f"{base_url + path} answered {response.status if response else 'nothing'}")
        _settle(page)
        for request in finished:
            if request.url.startswith(("data:", "blob:")):
                continue
            resp = request.response()
            sizes = request.sizes()
            headers = resp.headers if resp else {}
            kind = _kind(headers.get("content-type", ""), request.url)
            # Chromium reports 0 body bytes for a worker's script; the server's Content-Length is the gzipped size.
            body = int(headers.get("content-length") or sizes["responseBodySize"])
            weight.requests += 1
            weight.body[kind] += body
            weight.headers += sizes["responseHeadersSize"]
            if MERMAID in request.url:
                weight.mermaid_requests += 1
                weight.mermaid_bytes += body
        context.close()
        results.append(weight)
    return results


# A static import (or side-effect import) in served, minified ES modules; import("...") is dynamic and not matched.
_STATIC_IMPORT = re.compile(r"(?:import|export)\s*(?:[^;(\"']*?from\s*)?[\"']([^\"']+)[\"']")
WIDGET_ENTRIES = {"guide and iframe": "self-check.js", "script embed": "embed.js"}


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def first_visit(site: Path, entry: str) -> list[Path]:
    """The widget files a first visit loads from ``entry``: its static import closure, and the stylesheet."""
    folder = site / SELF_CHECK_ASSETS
    seen: set[Path] = set()
    todo = [folder / entry]
    while todo:
        path = todo.pop().resolve()
        if path not in seen:
            seen.add(path)
            todo += [path.parent / t for t in _STATIC_IMPORT.findall(path.read_text()) if t.startswith(".")]
    return sorted(seen | {(folder / "self-check.css").resolve()})


def self_check_assets(site: Path) -> dict[str, int] | None:
    """Gzipped (-9) bytes of the widget as served: what a first visit loads per entry, and what loads on first use
    (lazy/), as the 22 KB budget counts them (tests/test_selfcheck_widget.py); None when the site has no widget."""
    folder = site / SELF_CHECK_ASSETS
    if not (folder / "self-check.js").is_file():
        return None
    sizes = {label: sum(_gz(p) for p in first_visit(site, entry)) for label, entry in WIDGET_ENTRIES.items()}
    sizes["loaded on first use"] = sum(_gz(p) for p in sorted((folder / "lazy").glob("*.js")))
    return sizes


def launch(playwright):
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: run 'make browser' (Debian package 'chromium')")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
