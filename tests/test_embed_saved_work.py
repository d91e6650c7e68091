"""Embedding without surprises, from a browser that already holds a reader's answers and notes.

The guide is served on one 127.0.0.1 origin with the CORS header the script embed needs, the host pages on a second
and a third: the same site (127.0.0.1) on other ports, which share the frame's storage, as another port or path owner
of a real site would. Every host page is made from the snippets the self-check page prints (``embed_parts``).
"""

from __future__ import annotations

import json

import pytest

from macros.assemble import load_model
from macros.selfcheck.render import embed_parts
from tests.support import LocalSite
from tests.support_widget import answers_for_total, choose, scale_of, shown
from tools.site import CORSHandler

TOTAL = 19  # the saved answers' score
RECORD = """window.received = [];
window.addEventListener('message', function (event) { window.received.push({origin: event.origin, data: event.data}); });
"""


def _page(body: str, style: str = "") -> str:
    head = f"<style>{style}</style>" if style else ""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Host</title>'
        f"{head}</head><body>\n{body}\n</body></html>\n"
    )


@pytest.fixture(scope="module")
def guide(site_dir):
    server = LocalSite(site_dir, handler=CORSHandler)
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory, data):
    """A third origin: a page the frame could be sent to, which posts messages that look like the self-check's."""
    folder = tmp_path_factory.mktemp("elsewhere")
    contract = data["contract"]
    fake = [
        {"type": contract["height_message"], "version": contract["message_version"], "height": 77},
        {"type": contract["result_message"], "version": contract["message_version"], "level": 4, "score": 28},
    ]
    (folder / "post.js").write_text("".join(f"parent.postMessage({json.dumps(m)}, '*');\n" for m in fake))
    (folder / "index.html").write_text(_page('<p>Somewhere else</p><script src="post.js"></script>'))
    server = LocalSite(folder)
    yield server.url
    server.close()


@pytest.fixture(scope="module")
def hosts(tmp_path_factory, guide, data):
    folder = tmp_path_factory.mktemp("hosts")
    parts = embed_parts(load_model(), guide + "/")
    (folder / "record.js").write_text(RECORD)
    (folder / "listen.js").write_text(parts["listener"] + "\n")
    (folder / "frame.html").write_text(
        _page(f'{parts["iframe"]}\n<script src="listen.js"></script>', style="body { background: #111; color: #eee }")
    )
    (folder / "element-listen.js").write_text(parts["element_listener"] + "\n")
    event = data["contract"]["result_event"]
    (folder / "events.js").write_text(
        "window.events = [];\n"
        f"document.querySelector('{data['contract']['embed_element']}').addEventListener('{event}', function (e) {{\n"
        "  window.events.push(e.detail);\n});\n"
    )
    body = f'{parts["script"]}\n<script src="element-listen.js"></script>\n<script src="events.js"></script>'
    (folder / "script.html").write_text(_page(body))
    server = LocalSite(folder)
    yield server.url
    server.close()


def _notes(data) -> dict[str, str]:
    first, last = data["questions"][0]["id"], data["questions"][-1]["id"]
    return {first: "Evidence: the wiki page, owner Ana", last: "Ask the platform team by Friday"}


def _save_work(scope, data):
    """Answers worth TOTAL and two notes, typed into the widget in ``scope`` (a page, frame or element)."""
    scope.locator(".gsc-area").first.wait_for()
    choose(scope, answers_for_total(data, TOTAL))
    for qid, text in _notes(data).items():
        scope.locator(f'textarea[data-note="{qid}"]').fill(text)


def _shown(scope) -> dict:
    """The answers and notes the widget in ``scope`` shows."""
    return scope.locator(".gsc").evaluate("""el => ({
        answers: Object.fromEntries([...el.querySelectorAll('input[type=radio]:checked')]
            .map(i => [i.dataset.question, i.value])),
        notes: Object.fromEntries([...el.querySelectorAll('textarea[data-note]')]
            .filter(t => t.value).map(t => [t.dataset.note, t.value])),
    })""")


def _stored(page, data):
    return page.evaluate("key => localStorage.getItem(key)", data["contract"]["storage_key"])


def _fragment(data, answers: dict[str, str]) -> str:
    """A share link's fragment, as the widget writes it (answers.js encodeFragment)."""
    pairs = ",".join(f"{q['id']}:{answers[q['id']]}" for q in data["questions"] if q["id"] in answers)
    return f"#v={data['model']['version']}&a={pairs}"


# The script embed and the host page's address.


@pytest.mark.parametrize("kind", ["a valid share link", "an empty link", "a malformed link", "answers only"])
def test_the_script_embed_never_reads_or_rewrites_the_hosts_address(page, hosts, data, kind):
    element = page.locator(data["contract"]["embed_element"])
    page.goto(hosts + "/script.html")
    _save_work(element, data)
    saved, before = _shown(element), _stored(page, data)
    assert saved == {"answers": answers_for_total(data, TOTAL), "notes": _notes(data)} and before
    fragment = {
        "a valid share link": _fragment(data, answers_for_total(data, 12)),  # other answers than the saved
        "an empty link": f"#v={data['model']['version']}&a=",
        "a malformed link": "#v=9.9&a=%3Cb%3E:::",
        "answers only": f"#a={data['questions'][0]['id']}:zz",
    }[kind]
    url = f"{hosts}/script.html{fragment}"
    page.goto("about:blank")  # a new document, not a jump within the page
    page.goto(url)
    element.locator(".gsc-area").first.wait_for()
    page.wait_for_timeout(300)  # time for any late notice or address change
    assert page.evaluate("location.href") == url  # no replaceState: the host's fragment stays its own
    assert element.locator(".gsc-notice").count() == 0  # nothing said about a link it must not read
    assert _shown(element) == saved and _stored(page, data) == before

    # The host changes its own fragment: still nothing happens to the widget.
    page.evaluate("f => { location.hash = f; }", f"#v={data['model']['version']}&a=")
    page.wait_for_timeout(300)
    assert page.evaluate("location.hash") == f"#v={data['model']['version']}&a="
    assert _shown(element) == saved and _stored(page, data) == before
    assert page.js_errors == []


def test_the_script_embed_tells_the_host_a_result_only_after_the_reader_acts(page, hosts, data):
    element = page.locator(data["contract"]["embed_element"])
    page.goto(hosts + "/script.html")
    _save_work(element, data)
    logged = []
    page.on("console", lambda message: logged.append(message.text))
    page.reload()
    element.locator(".gsc-area").first.wait_for()
    assert _shown(element)["answers"] == answers_for_total(data, TOTAL)  # the saved result is on screen...
    assert element.locator(".gsc-score strong").inner_text() == f"{TOTAL} / {data['model']['max_score']}"
    page.wait_for_timeout(300)
    assert page.evaluate("window.events") == [] and logged == []  # ...and the host was told nothing of it

    choose(element, answers_for_total(data, 12))  # the reader changes answers: each change that gives a level is told
    events = page.evaluate("window.events")
    assert events and events[-1]["score"] == 12 and events[-1]["level"] == 2
    assert logged[-1] == "Level 2, score 12"


# The iframe on a page of the same site.


def _messages(page, data, kind: str) -> list[dict]:
    return [m for m in page.evaluate("window.received") if m["data"]["type"] == data["contract"][kind]]


def _framed_and_fitted(page, hosts):
    page.add_init_script(RECORD)  # before the host's own scripts, so nothing the frame sends is missed
    page.goto(hosts + "/frame.html")
    frame = page.frame_locator("iframe")
    frame.locator(".gsc-area").first.wait_for()
    page.wait_for_function(
        "() => { const f = document.querySelector('iframe'); return f.style.height && f.clientHeight > 900; }"
    )
    return frame


def test_a_page_framing_the_self_check_learns_no_saved_result_on_load(page, hosts, guide, data):
    # The reader has used the guide's own self-check before, at the address the host's frame shows.
    page.goto(guide + "/self-check/")
    _save_work(page, data)
    logged = []
    page.on("console", lambda message: logged.append(message.text))
    frame = _framed_and_fitted(page, hosts)
    # The frame shares the guide's storage (same site): it shows the reader's saved answers, notes and result.
    assert _shown(frame) == {"answers": answers_for_total(data, TOTAL), "notes": _notes(data)}
    assert frame.locator(".gsc-score strong").inner_text() == f"{TOTAL} / {data['model']['max_score']}"
    page.wait_for_timeout(500)
    assert _messages(page, data, "result_message") == [] and logged == []  # the framing page learned no result
    assert _messages(page, data, "height_message")  # only the height, which it needs

    question = data["questions"][0]
    qid, current = question["id"], _shown(frame)["answers"][question["id"]]
    other = next(o["id"] for o in scale_of(data, question)["options"] if o["id"] != current)
    shown(frame.locator(f'input[data-question="{qid}"][value="{other}"]')).check()  # the reader acts
    page.wait_for_function(f"() => window.received.some(m => m.data.type === '{data['contract']['result_message']}')")
    score = int(frame.locator(".gsc-score strong").inner_text().split(" / ")[0])
    results = [m["data"] for m in _messages(page, data, "result_message")]
    assert [(r["score"], r["version"]) for r in results] == [(score, data["contract"]["message_version"])]
    assert logged == [f"Level {results[0]['level']}, score {score}"]
    assert page.js_errors == []


def test_the_documented_listener_ignores_a_page_the_frame_was_sent_to(page, hosts, elsewhere, data):
    logged = []
    page.on("console", lambda message: logged.append(message.text))
    _framed_and_fitted(page, hosts)
    height = page.evaluate("document.querySelector('iframe').style.height")
    # The frame goes to another site's page, which posts messages shaped like the self-check's; the frame's
    # window is the same object, so only event.origin tells them apart.
    page.evaluate("url => { document.querySelector('iframe').contentWindow.location = url; }", elsewhere + "/")
    page.wait_for_function(f"() => window.received.some(m => m.origin === '{elsewhere}')")
    page.wait_for_function(f"() => window.received.filter(m => m.origin === '{elsewhere}').length === 2")
    assert page.evaluate("document.querySelector('iframe').style.height") == height != "77px"
    assert logged == []  # the fake result never reached the listener's code


def test_the_iframe_has_no_border_on_a_dark_page(page, hosts):
    _framed_and_fitted(page, hosts)
    widths = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('iframe'));
        return [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth]; }""")
    assert widths == ["0px"] * 4
    # On the dark page the frame's edge is its content's (light by default, or ?theme=dark), never an inset border.
    assert page.locator("iframe").evaluate(
        "el => el.clientWidth === el.offsetWidth && el.clientHeight === el.offsetHeight"
    )
