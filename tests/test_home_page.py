"""The front door, in Chromium: a first-time reader is led to the self-check, sees the four levels at a glance
(each linked, drawn from data/levels.yml), and the progression diagram; axe's whole default rule set finds nothing
on the home page or the self-check page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from macros.assemble import load_model
from macros.render import overview
from tests.support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
MODEL = load_model()


def test_the_call_to_action_is_the_first_thing_to_do_and_opens_the_self_check(page, site_url):
    page.goto(site_url + "/")
    cta = page.locator("article a.md-button.md-button--primary")
    assert cta.count() == 1
    minutes = overview.self_check_minutes(MODEL)
    assert cta.inner_text().strip() == f"Take the self-check (about {minutes} minutes)"
    box = cta.bounding_box()
    assert box["y"] + box["height"] < page.viewport_size["height"], "the call to action is below the first screen"
    # It comes before the levels and the diagram: the first link a reader meets that asks them to act.
    assert page.evaluate(
        "([a, b]) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)",
        [cta.element_handle(), page.locator(".grid.cards").element_handle()],
    )
    cta.click()
    page.wait_for_url("**/self-check/")
    page.locator("form.gsc-form").wait_for()
    assert page.js_errors == []


def test_every_level_has_a_card_that_links_to_its_page(page, site_url):
    page.goto(site_url + "/")
    cards = page.locator(".md-typeset .grid.cards > ul > li")
    assert cards.count() == len(MODEL.levels)
    for card, lv in zip(cards.all(), MODEL.levels, strict=True):
        text = card.inner_text()
        assert lv.summary in text
        assert f"{lv.band.min}–{lv.band.max} of {MODEL.max_score}" in text
        link = card.get_by_role("link", name=lv.label)
        assert link.get_attribute("href").rstrip("/").endswith(f"levels/{lv.id}")
    # Material lays the cards out as a grid: at a desktop width, more than one card sits on a row.
    tops = {round(card.bounding_box()["y"]) for card in cards.all()}
    assert len(tops) < len(MODEL.levels)
    cards.nth(len(MODEL.levels) - 1).get_by_role("link").click()
    page.wait_for_url(f"**/levels/{MODEL.levels[-1].id}/")
    expect(page.locator("article h1")).to_contain_text(MODEL.levels[-1].label)  # instant navigation swaps it in


def test_the_progression_diagram_is_drawn_below_the_cards(page, site_url):
    page.goto(site_url + "/")
    page.evaluate("document.querySelectorAll('pre.mermaid').forEach(block => block.scrollIntoView())")
    page.wait_for_function("document.querySelectorAll('pre.mermaid').length === 0", timeout=30000)
    # Material draws it in a closed shadow root: its size says it was drawn, test_site_browser parses its source.
    diagram = page.locator("article div.mermaid")
    assert diagram.count() == 1
    box = diagram.bounding_box()
    assert box["width"] > 300 and box["height"] > 200, box
    assert box["y"] > page.locator(".grid.cards").bounding_box()["y"]
    assert page.js_errors == []


def test_the_call_to_action_and_the_cards_work_from_the_keyboard(page, site_url):
    page.goto(site_url + "/")
    reached = []  # the text of each link or button Tab reaches inside the page's content, in order
    for _ in range(200):
        page.keyboard.press("Tab")
        text = page.evaluate("document.activeElement.closest('article') && document.activeElement.textContent.trim()")
        if text:
            reached.append(text)
        if text == MODEL.levels[-1].label:
            break
    labels = [lv.label for lv in MODEL.levels]
    cta = next(i for i, text in enumerate(reached) if text.startswith("Take the self-check"))
    assert [text for text in reached[cta:] if text in labels] == labels
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/levels/{MODEL.levels[-1].id}/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/", "/self-check/"])
def test_axe_default_rule_set_finds_nothing(page, site_url, path, scheme):
    """Every rule axe runs by default (WCAG A/AA, best practices and the rest it ships enabled), not a tag subset."""
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + path)
    page.evaluate("document.querySelectorAll('pre.mermaid').forEach(block => block.scrollIntoView())")
    page.wait_for_function("document.querySelectorAll('pre.mermaid').length === 0", timeout=30000)
    if path == "/self-check/":
        page.locator("form.gsc-form").wait_for()
    page.wait_for_load_state("networkidle")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations.map(v =>
            `${v.id}: ${v.help}\\n` + v.nodes.slice(0, 5).map(n => `    ${n.target.join(" ")}`).join("\\n"))"""
    )
    assert found == [], "\n".join(found)
