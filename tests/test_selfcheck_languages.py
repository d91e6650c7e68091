"""The self-check in every language keeps one reader's work: answers and notes saved in English are all there in
pt-BR (its own page, the embed with ?lang=, the script embed's lang=), and back, under the one storage key; share
links stay language-neutral (ids only). A language the build does not list falls back to English, with no error.

The pt-BR words are read from the pt-BR JSON the build wrote, never typed here.
"""

from __future__ import annotations

import json

import pytest

from macros.assemble import load_model
from macros.selfcheck.render import embed_parts
from tests.support import LocalSite
from tests.support_widget import answers_for_total, choose, shown
from tools.site import CORSHandler

TOTAL = 17


def _json(site_dir, prefix: str = "") -> dict:
    return json.loads((site_dir / prefix / "assets" / "self-check" / "model.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pt(site_dir) -> dict:
    """The pt-BR build's widget JSON."""
    return _json(site_dir, "pt-br")


def _notes(data) -> dict[str, str]:
    first, last = data["questions"][0]["id"], data["questions"][-1]["id"]
    return {first: "Evidence: the wiki page, owner Ana", last: "Perguntar ao time de plataforma até sexta"}


def _save_work(scope, data):
    scope.locator(".gsc-area").first.wait_for()
    choose(scope, answers_for_total(data, TOTAL))
    for qid, text in _notes(data).items():
        shown(scope.locator(f'textarea[data-note="{qid}"]')).fill(text)


def _shown(scope) -> dict:
    """The widget's language, the answers and notes it shows, and its Copy share link button's label."""
    scope.locator(".gsc-area").first.wait_for()
    return scope.locator(".gsc").evaluate("""el => ({
        lang: el.lang,
        answers: Object.fromEntries([...el.querySelectorAll('input[type=radio]:checked')]
            .map(i => [i.dataset.question, i.value])),
        notes: Object.fromEntries([...el.querySelectorAll('textarea[data-note]')]
            .filter(t => t.value).map(t => [t.dataset.note, t.value])),
        share: el.querySelector('.gsc-actions button').textContent,
    })""")


def _stored(page, data):
    return page.evaluate("key => localStorage.getItem(key)", data["contract"]["storage_key"])


def _expected(data, lang_data) -> dict:
    return {
        "lang": lang_data["lang"],
        "answers": answers_for_total(data, TOTAL),
        "notes": _notes(data),
        "share": lang_data["messages"]["actions.share"],
    }


def test_the_build_writes_each_language_its_json_and_the_way_to_the_others(site_dir, data, pt):
    assert (data["lang"], pt["lang"]) == ("en", "pt-BR")
    assert set(data["languages"]) == set(pt["languages"]) >= {"en", "pt-BR"}
    english_dir = site_dir / "assets" / "self-check"
    assert (english_dir / data["languages"]["pt-BR"]).resolve() == (
        site_dir / "pt-br" / "assets" / "self-check" / "model.json"
    )
    assert (
        site_dir / "pt-br" / "assets" / "self-check" / pt["languages"]["en"]
    ).resolve() == english_dir / "model.json"
    # The same questionnaire: ids, answers and points never depend on the language.
    assert (pt["contract"], pt["scoring"], pt["model"]["version"]) == (
        data["contract"],
        data["scoring"],
        data["model"]["version"],
    )
    assert [q["id"] for q in pt["questions"]] == [q["id"] for q in data["questions"]]
    assert [[o["id"] for o in s["options"]] for s in pt["scales"]] == [
        [o["id"] for o in s["options"]] for s in data["scales"]
    ]
    assert set(pt["messages"]) == set(data["messages"])


def test_switching_language_keeps_every_answer_and_note(page, site_url, data, pt):
    page.goto(site_url + "/self-check/")
    _save_work(page, data)
    english, saved = _expected(data, data), _stored(page, data)
    assert _shown(page) == english and saved

    for url in ("/pt-br/self-check/", "/self-check/embed/?lang=pt-BR", "/self-check/embed/?lang=pt"):
        page.goto(site_url + url)
        assert _shown(page) == _expected(data, pt), url
        assert _stored(page, data) == saved, url  # nothing rewritten: the one key holds ids, not words

    # A note changed in Portuguese is the same note in English.
    qid = data["questions"][0]["id"]
    page.goto(site_url + "/pt-br/self-check/")
    shown(page.locator(f'textarea[data-note="{qid}"]')).fill("Evidência: a página da wiki")
    page.goto(site_url + "/self-check/")
    assert _shown(page) == {**english, "notes": {**_notes(data), qid: "Evidência: a página da wiki"}}
    assert page.js_errors == []


def test_share_links_are_the_same_in_every_language(page, site_url, data):
    answers = answers_for_total(data, TOTAL)
    links = {}
    for url in ("/self-check/", "/pt-br/self-check/"):
        page.goto(site_url + url)
        page.locator(".gsc-area").first.wait_for()
        choose(page, answers)
        page.locator(".gsc-actions button").first.click()
        links[url] = page.locator(".gsc-share-input").input_value()
    fragments = {link.split("#", 1)[1] for link in links.values()}
    assert len(fragments) == 1 and "pt" not in fragments.pop().split("&")[0]
    assert links["/pt-br/self-check/"].startswith(site_url + "/pt-br/self-check/#")  # opens in the reader's language


@pytest.mark.parametrize("asked", ["xx-YY", "klingon", "<b>"])
def test_an_unknown_language_gives_english_without_an_error(page, site_url, data, asked):
    page.goto(f"{site_url}/self-check/embed/?lang={asked}")
    shown = _shown(page)
    assert (shown["lang"], shown["share"]) == ("en", data["messages"]["actions.share"])
    assert page.js_errors == [] and page.locator(".gsc-error").count() == 0


@pytest.fixture(scope="module")
def host(tmp_path_factory, site_dir):
    """The script embed on another origin, with and without lang=, from the snippet the self-check page prints."""
    guide = LocalSite(site_dir, handler=CORSHandler)
    folder = tmp_path_factory.mktemp("lang-host")
    script = embed_parts(load_model(), guide.url + "/")["script"]
    page = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>\n{}\n</body></html>\n'
    (folder / "en.html").write_text(page.format(script), encoding="utf-8")
    (folder / "pt.html").write_text(page.format(script.replace(" theme=", ' lang="pt-BR" theme=')), encoding="utf-8")
    server = LocalSite(folder)
    yield server.url
    server.close()
    guide.close()


def test_the_script_embeds_lang_attribute_keeps_the_readers_work(page, host, data, pt):
    element = page.locator(data["contract"]["embed_element"])
    page.goto(host + "/en.html")
    _save_work(element, data)
    saved = _stored(page, data)
    assert _shown(element) == _expected(data, data)
    page.goto(host + "/pt.html")
    assert _shown(element) == _expected(data, pt) and _stored(page, data) == saved
    # Changing the attribute in place shows the same work in the other language.
    element.evaluate("el => el.setAttribute('lang', 'en')")
    element.locator(f'.gsc[lang="{data["lang"]}"]').wait_for()
    assert _shown(element) == _expected(data, data) and _stored(page, data) == saved
    assert page.js_errors == []
