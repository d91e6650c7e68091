"""The self-check in the pseudo-locale: every word it shows comes through a translation, so none is plain English.

The built site is copied and its widget JSON replaced by the one a qps-ploc build writes (the model through
macros.i18n.localize, the catalog through macros.i18n.pseudo), never published. The walk goes through the
self-check before and after a result (and in print), a share link over saved answers, the reset question, the
history and its comparison, the team view, the embed page and the script embed, and fails on any run of
plain-ASCII words in the widget (tests/support_pseudo.py) outside what the guide quotes as written (product and
reference names, from the data) and what the reader typed (notes, file names). A hard-coded string is caught:
the last test puts one in the page and sees it reported.
"""

from __future__ import annotations

import json
import shutil

import pytest

from macros.assemble import load_model
from macros.i18n.messages import catalog
from macros.i18n.pseudo import PSEUDO
from macros.selfcheck.export import CROSSWALK_PATH, JSON_PATH, crosswalk_json, widget_json
from macros.selfcheck.render import embed_parts
from tests.support import LocalSite
from tests.support_pseudo import allowed_phrases, english_runs
from tests.support_widget import answers_for_total, choose, highest_answers, lowest_answers, shown
from tools.site import CORSHandler

NOTES = ("Evidence: the wiki page, owner Ana", "Ask the platform team by Friday")
TEAM_FILES = ("team north.json", "team south.json", "not json.json")

# The widget's text as a reader meets it: visible text nodes (no code, nothing hidden) and the names assistive
# technology reads out (aria-label), under one element, also inside the script embed's shadow root.
WIDGET_TEXT_JS = """(root) => {
  const skip = 'code, pre, kbd, samp, script, style, [hidden], [aria-hidden="true"]';
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(skip) || el.closest('textarea')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (node.textContent.trim()) out.push(node.textContent);
  }
  for (const el of root.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label'));
  return out.join('\\n');
}"""


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory, site_dir):
    """The built site with the widget's JSON of a qps-ploc build, served with the CORS header the script embed needs."""
    dest = tmp_path_factory.mktemp("pseudo") / "site"
    shutil.copytree(site_dir, dest)
    model = load_model(lang=PSEUDO)
    (dest / JSON_PATH).write_text(widget_json(model, catalog("widget", PSEUDO)), encoding="utf-8")
    (dest / CROSSWALK_PATH).write_text(crosswalk_json(model), encoding="utf-8")  # the frameworks view's, alike
    server = LocalSite(dest, handler=CORSHandler)
    yield server.url, json.loads((dest / JSON_PATH).read_text(encoding="utf-8"))
    server.close()


@pytest.fixture(scope="module")
def allowed() -> set[str]:
    return allowed_phrases(load_model()) | set(NOTES) | {name.removesuffix(".json") for name in TEAM_FILES}


def english(scope, allowed) -> list[str]:
    """The runs of plain English in the widget shown in ``scope`` (a page, or the script embed's element)."""
    text = scope.locator(".gsc").first.evaluate(WIDGET_TEXT_JS)
    assert len(text) > 200, "the walk read (almost) nothing: the widget is not shown"
    return english_runs(text, allowed)


def _buttons(page, group: int):
    return page.locator(".gsc-actions").nth(group).locator("button")


def _export(data, answers, path):
    body = {"format": data["contract"]["file_format"], "model": data["model"]["version"], "answers": answers}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_the_pseudo_widget_is_one_a_build_writes(pseudo, data):
    _, pdata = pseudo
    assert pdata["lang"] == PSEUDO and pdata["format"] == data["format"]
    assert [q["id"] for q in pdata["questions"]] == [q["id"] for q in data["questions"]]
    assert all(q["text"].startswith("⟦") for q in pdata["questions"])
    assert "notice" not in {k for q in pdata["questions"] for k in q}  # every text translated: no notice


def test_the_self_check_shows_no_english_before_and_after_a_result(page, pseudo, data, allowed, tmp_path):
    url, pdata = pseudo
    page.goto(url + "/self-check/")
    page.locator(".gsc-area").first.wait_for()
    assert english(page, allowed) == []

    # A result with a plan, something in place, a question not applicable, notes and a target level.
    optional = next(q["id"] for q in data["questions"] if q.get("not_applicable"))
    choose(
        page, {**answers_for_total(data, data["levels"][1]["min"] + 1), optional: data["contract"]["not_applicable"]}
    )
    for question, note in zip(data["questions"], NOTES, strict=False):
        shown(page.locator(f'textarea[data-note="{question["id"]}"]')).fill(note)
    page.locator(".gsc-plan li").first.wait_for()
    if page.locator(".gsc-target select").is_visible():
        page.locator(".gsc-target select").select_option(index=1)
    page.locator(".gsc-fw summary").first.click()  # the frameworks view, one framework open
    page.locator(".gsc-fw[open] .gsc-fw-items li").first.wait_for()
    assert english(page, allowed) == []
    page.emulate_media(media="print")  # the date, the version and the notes, shown only in print; frameworks open
    assert page.locator(".gsc-stamp").is_visible() and english(page, allowed) == []
    page.emulate_media(media="screen")

    _buttons(page, 0).nth(0).click()  # copy share link
    page.locator(".gsc-share-input").wait_for()
    _buttons(page, 0).nth(4).click()  # reset: the question in the page
    page.locator(".gsc-confirm").wait_for()
    assert english(page, allowed) == []
    page.keyboard.press("Escape")

    # A share link with other answers over the saved ones: the choice, with every difference listed.
    low = lowest_answers(data)
    pairs = ",".join(f"{q['id']}:{low[q['id']]}" for q in data["questions"])
    page.goto(f"{url}/self-check/#v={data['model']['version']}&a={pairs}")
    page.locator(".gsc-notice .gsc-controls button").first.wait_for()
    assert english(page, allowed) == []
    page.locator(".gsc-notice .gsc-controls button").first.click()  # use the link's answers: the undo appears
    assert english(page, allowed) == []
    assert page.js_errors == []


def test_history_and_teams_show_no_english(page, pseudo, data, allowed, tmp_path):
    url, _ = pseudo
    page.goto(url + "/self-check/")
    page.locator(".gsc-area").first.wait_for()
    tools = _buttons(page, 1)
    tools.nth(2).click()  # save snapshot, before a result: it says why not
    assert english(page, allowed) == []
    choose(page, answers_for_total(data, data["levels"][1]["min"] + 1))
    tools.nth(2).click()
    choose(page, highest_answers(data))
    tools.nth(2).click()
    tools.nth(3).click()  # show history
    history = page.locator(".gsc-section").first
    history.locator(".gsc-snapshots li").nth(1).wait_for()
    history.locator(".gsc-controls button").last.click()  # compare
    history.locator(".gsc-basis").wait_for()
    assert english(page, allowed) == []

    north, south, bad = (tmp_path / name for name in TEAM_FILES)
    _export(data, highest_answers(data), north)
    _export(data, answers_for_total(data, data["levels"][2]["min"]), south)
    bad.write_text("{oops", encoding="utf-8")
    page.locator(".gsc-actions").nth(1).locator("input[type=file]").set_input_files([str(north), str(south), str(bad)])
    page.locator(".gsc-team-count").wait_for()
    page.locator(".gsc-team-report li").first.wait_for()
    assert english(page, allowed) == []
    assert page.js_errors == []


def test_the_embeds_show_no_english(page, pseudo, data, allowed, tmp_path):
    url, _ = pseudo
    page.goto(url + "/self-check/embed/")
    page.locator(".gsc-area").first.wait_for()
    choose(page, answers_for_total(data, data["levels"][2]["min"] + 1))
    assert english(page, allowed) == []

    host = tmp_path / "host"
    host.mkdir()
    script = embed_parts(load_model(), url + "/")["script"]
    (host / "index.html").write_text(f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>'
                                     f"<body>{script}</body></html>", encoding="utf-8")  # fmt: skip
    server = LocalSite(host)
    try:
        page.goto(server.url + "/")
        element = page.locator(data["contract"]["embed_element"])
        element.locator(".gsc-area").first.wait_for()
        choose(element, answers_for_total(data, data["levels"][1]["min"] + 1))
        assert english(element, allowed) == []
    finally:
        server.close()
    assert page.js_errors == []


def test_a_hard_coded_string_in_the_widget_is_caught(page, pseudo, allowed):
    """The walk's proof: the same check, on the same page, with one English string written in by hand."""
    url, _ = pseudo
    page.goto(url + "/self-check/")
    page.locator(".gsc-area").first.wait_for()
    assert english(page, allowed) == []
    page.locator(".gsc-actions button").first.evaluate("b => { b.textContent = 'Copy share link'; }")
    page.locator(".gsc-progress").evaluate("p => p.setAttribute('aria-label', 'Questions answered')")
    assert english(page, allowed) == ["Copy share link", "Questions answered"]
