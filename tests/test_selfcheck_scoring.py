"""The widget's modules as the built site serves them; their rules are unit-tested in node (tests/js/).

``answers_by_points`` is shared with the browser tests of the widget and its embedding.
"""
from __future__ import annotations

import pytest

from tests.support import ROOT, Offsite

WIDGET = ROOT / "docs" / "assets" / "self-check"


def answers_by_points(data, points: dict[str, int | str]) -> dict[str, str]:
    """Answer ids for {question id: points or 'na'}; questions not named get their lowest answer."""
    scales = {s["id"]: s for s in data["scales"]}
    out = {}
    for q in data["questions"]:
        want = points.get(q["id"], 0)
        out[q["id"]] = "na" if want == "na" else next(o["id"] for o in scales[q["scale"]]["options"] if o["points"] == want)
    return out


@pytest.fixture(scope="module")
def page(browser, site_url):
    """One page of the built site for the whole module; a test fails if any request left 127.0.0.1."""
    context = browser.new_context()
    offsite = Offsite()
    context.route("**/*", offsite.route)
    pg = context.new_page()
    pg.js_errors = []
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))
    pg.goto(site_url + "/404.html")
    yield pg
    context.close()
    assert offsite.requests == []


@pytest.mark.parametrize("module", sorted(p.name for p in WIDGET.glob("*.js")))
def test_every_widget_module_is_served_and_imports_in_a_page(page, module):
    """The entry imports the others by relative path, so each must reach the built site as an ES module."""
    exported = page.evaluate("async path => Object.keys(await import(path))", f"/assets/self-check/{module}")
    assert page.js_errors == []
    assert exported or module == "self-check.js"  # the entry exports nothing: it mounts
