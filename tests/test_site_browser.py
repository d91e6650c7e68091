"""The built site in headless Chromium: diagrams really render, from this origin only."""

from __future__ import annotations

import html
import re

import pytest

MERMAID = "/assets/javascripts/vendor/mermaid/"
DIAGRAM_PAGES = ["/", "/lifecycle/"]


def _wait_for_diagrams(page, count: int):
    # Material swaps each <pre class="mermaid"> for a <div class="mermaid"> holding the rendered SVG.
    page.wait_for_function(f"document.querySelectorAll('div.mermaid').length === {count}", timeout=20000)


@pytest.mark.parametrize("path", DIAGRAM_PAGES)
def test_diagrams_render_from_this_origin(page, site_url, path):
    mermaid_requests = []
    page.on("request", lambda r: mermaid_requests.append(r.url) if MERMAID in r.url else None)
    page.goto(site_url + path)
    _wait_for_diagrams(page, 1)
    assert page.locator("pre.mermaid").count() == 0
    box = page.locator("div.mermaid").first.bounding_box()
    assert box["width"] > 300 and box["height"] > 30, box
    assert mermaid_requests and all(u.startswith(site_url) for u in mermaid_requests)
    assert page.js_errors == []


def test_every_diagram_source_parses(page, site_url, site_dir):
    """A syntax error would still draw an error box; parse each generated diagram with the same library."""
    sources = []
    for name in ("index.html", "lifecycle/index.html"):
        for block in re.findall(r'<pre class="mermaid"><code>(.*?)</code></pre>', (site_dir / name).read_text(), re.S):
            sources.append(html.unescape(block))
    assert len(sources) == 2
    page.goto(site_url + "/about/")
    results = page.evaluate(
        """async ([entry, sources]) => {
        const mermaid = (await import(entry)).default;
        const out = [];
        for (const text of sources) {
            try { await mermaid.parse(text); out.push("ok"); } catch (e) { out.push(String(e.message || e)); }
        }
        return out;
    }""",
        [site_url + MERMAID + "mermaid.esm.min.mjs", sources],
    )
    assert results == ["ok", "ok"]


def test_pages_without_a_diagram_do_not_load_mermaid(page, site_url):
    loaded = []
    page.on("request", lambda r: loaded.append(r.url) if MERMAID in r.url else None)
    page.goto(site_url + "/references/")
    page.wait_for_load_state("networkidle")
    assert loaded == []


def test_diagram_renders_after_instant_navigation(page, site_url):
    page.goto(site_url + "/about/")
    page.wait_for_load_state("networkidle")
    page.locator(
        "nav.md-nav--primary a[href$='/lifecycle/'], nav.md-nav--primary a[href='../lifecycle/']"
    ).first.click()
    page.wait_for_url("**/lifecycle/")
    _wait_for_diagrams(page, 1)
    assert page.js_errors == []


def test_overview_diagram_nodes_link_to_level_pages(site_dir):
    source = html.unescape((site_dir / "index.html").read_text())
    targets = re.findall(r'click L\d href "([^"]+)"', source)
    assert targets == ["levels/initial/", "levels/defined/", "levels/managed/", "levels/optimized/"]
    assert all((site_dir / t / "index.html").is_file() for t in targets)
