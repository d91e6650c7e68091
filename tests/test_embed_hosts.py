"""The self-check on other sites, as embedders meet it: a host page on one 127.0.0.1 origin, the guide on another.

The guide is served with ``Access-Control-Allow-Origin: *``, as GitHub Pages serves public sites, and every host
page is made from the snippets the self-check page prints (``embed_parts``), so the tests check the documented code.
"""

from __future__ import annotations

import re
import time

import pytest

from macros.assemble import load_model
from macros.selfcheck.export import JSON_PATH
from macros.selfcheck.render import EMBED_SCRIPT, embed_parts
from tests.support import ROOT, LocalSite
from tests.support_widget import AXE, WCAG, answers_for_total, choose
from tools.site import CORSHandler

FIT = 3  # pixels: the frame's height may differ from its content's by rounding, never by a scrollbar's worth
HOST_CSS = "* { color: red !important; font-size: 40px; letter-spacing: 3px } h2 { margin: 0 }"


@pytest.fixture(scope="module")
def guide(site_dir):
    """The built guide on its own origin, with the CORS header the script embed needs."""
    server = LocalSite(site_dir, handler=CORSHandler)
    yield server.url
    server.close()


def _page(body: str) -> str:
    return f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>\n{body}\n</body></html>\n'


@pytest.fixture(scope="module")
def hosts(tmp_path_factory, guide, site_url, data):
    """One host page per embedding mode (and theme), on a second origin."""
    folder = tmp_path_factory.mktemp("hosts")
    parts = embed_parts(load_model(), guide + "/")
    event = data["contract"]["result_event"]
    (folder / "listen.js").write_text(parts["listener"] + "\n")
    for name, query in {"frame": "", "frame-dark": "?theme=dark", "frame-auto": "?theme=auto"}.items():
        iframe = re.sub(r'src="([^"]*)"', lambda m, q=query: f'src="{m[1]}{q}"', parts["iframe"], count=1)
        (folder / f"{name}.html").write_text(
            _page(f'<h1>Our intranet</h1>\n{iframe}\n<script src="listen.js"></script>')
        )
    (folder / "host.css").write_text(HOST_CSS + "\n")
    (folder / "element-listen.js").write_text(parts["element_listener"] + "\n")
    (folder / "record.js").write_text(
        f"window.events = [];\n"
        f"document.querySelector('{data['contract']['embed_element']}').addEventListener('{event}', function (e) {{\n"
        "  window.events.push({target: e.target.localName, detail: e.detail});\n"
        "});\n"
    )
    script_page = (
        '<link rel="stylesheet" href="host.css">\n<h2 class="gsc-button gsc-question" id="own">Our own heading</h2>\n'
        '<p class="gsc-scope" id="own-text">Our own text</p>\n'
        f'{parts["script"]}\n<script src="element-listen.js"></script>\n<script src="record.js"></script>'
    )
    (folder / "script.html").write_text(_page(script_page))
    # The same page against the guide's session server, which sends no CORS header.
    (folder / "script-no-cors.html").write_text(_page(embed_parts(load_model(), site_url + "/")["script"]))
    server = LocalSite(folder)
    yield server.url
    server.close()


def _frame(page):
    return page.locator("iframe").element_handle().content_frame()


def _fitted(page) -> dict:
    """Waits until the iframe has taken its content's height and kept it, then returns both and the scroll sizes.

    The frame is on another origin, so the host page cannot look inside: each side is read on its own.
    """
    inner = _frame(page)
    inner.wait_for_selector(".gsc-area")
    sizes, steady = None, 0
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        now = {
            "frame": page.evaluate("document.querySelector('iframe').clientHeight"),
            **inner.evaluate("""() => ({content: document.body.getBoundingClientRect().height,
                scroll: document.scrollingElement.scrollHeight, client: document.scrollingElement.clientHeight})"""),
        }
        fits = abs(now["frame"] - now["content"]) <= FIT
        steady = steady + 1 if fits and now == sizes else 0
        if steady >= 3:  # the same for three reads: no late message, no loop of growing frames
            return now
        sizes = now
        page.wait_for_timeout(100)
    raise AssertionError(f"the frame never settled at its content's height: {sizes}")


def _luminance(css_color: str) -> float:
    r, g, b = (int(v) / 255 for v in re.findall(r"\d+(?:\.\d+)?", css_color)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_the_frame_takes_its_contents_height_before_and_after_a_result(page, hosts, data):
    page.goto(hosts + "/frame.html")
    before = _fitted(page)
    assert before["frame"] > 2000, before  # not the snippet's 900 pixels: the listener sized it
    assert before["scroll"] <= before["client"] + 1, before  # nothing to scroll inside the frame
    frame = _frame(page)
    choose(frame, answers_for_total(data, data["levels"][2]["max"]))
    frame.locator(".gsc-plan li").first.wait_for()
    after = _fitted(page)
    assert after["frame"] > before["frame"] + 200, (before, after)  # the result and plan made it taller
    assert after["scroll"] <= after["client"] + 1, after
    frame.get_by_role("button", name="Reset answers").click()
    frame.get_by_role("button", name="Clear answers").click()  # Reset asks first (tests/test_selfcheck_saved_work.py)
    again = _fitted(page)
    # It shrinks back, but for the status line and the Undo the reset button (a row of its own in a narrow frame).
    assert abs(again["frame"] - before["frame"]) <= FIT + 90, (before, again)
    print(f"\nframe vs content: before {before}, after {after}, after reset {again}")


def test_messages_keep_their_versioned_shape(page, hosts, data):
    contract = data["contract"]
    page.add_init_script("""window.received = [];
        window.addEventListener('message', e => window.received.push(e.data));""")
    page.goto(hosts + "/frame.html")
    _fitted(page)
    frame = _frame(page)
    choose(frame, answers_for_total(data, 12))
    page.wait_for_function(f"window.received.some(m => m.type === '{contract['result_message']}')")
    received = page.evaluate("window.received")
    version = contract["message_version"]
    heights = [m for m in received if m["type"] == contract["height_message"]]
    results = [m for m in received if m["type"] == contract["result_message"]]
    assert heights and results and len(heights) + len(results) == len(received)
    assert all(list(m) == ["type", "version", "height"] and m["version"] == version for m in heights)
    assert all(isinstance(m["height"], int) and m["height"] > 0 for m in heights)
    assert results == [{"type": contract["result_message"], "version": version, "level": 2, "score": 12}]
    assert list(results[0]) == ["type", "version", "level", "score"]


@pytest.mark.parametrize(
    ("host", "scheme", "dark"),
    [
        ("frame", "dark", False),
        ("frame-dark", "light", True),
        ("frame-auto", "dark", True),
        ("frame-auto", "light", False),
    ],
    ids=["default is light", "dark", "auto on a dark system", "auto on a light system"],
)
def test_the_frame_follows_the_hosts_theme(page, hosts, host, scheme, dark):
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{hosts}/{host}.html")
    _fitted(page)
    frame = _frame(page)
    background = frame.evaluate("getComputedStyle(document.body).backgroundColor")
    text = frame.evaluate("getComputedStyle(document.querySelector('.gsc-question legend')).color")
    assert (_luminance(background) < 0.05) is dark, background
    assert (_luminance(text) > 0.5) is dark, text
    assert frame.locator(".headerlink").first.is_hidden()  # no stray permalink mark next to the title


@pytest.mark.parametrize("query", ["?theme=dark&accent=ff0", "?theme=light&accent=%230a7ea4", "?theme=auto&accent=fff"])
def test_any_theme_and_accent_keep_aa_contrast(page, site_url, data, query):
    page.emulate_media(color_scheme="dark")
    page.goto(site_url + "/self-check/embed/" + query)
    page.wait_for_selector(".gsc-area")
    choose(page, answers_for_total(data, data["levels"][1]["min"] + 1))
    page.locator(".gsc-plan li").first.wait_for()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []


@pytest.mark.parametrize(
    ("accent", "fill"),
    [("0a7", "rgb(0, 170, 119)"), ("%230a7ea4", "rgb(10, 126, 164)"), ("red", None), ("0a7e", None), ("<b>", None)],
)
def test_only_a_hex_accent_is_taken(page, site_url, data, accent, fill):
    page.goto(f"{site_url}/self-check/embed/?accent={accent}")
    page.wait_for_selector(".gsc-area")
    page.locator(".gsc-question input").first.check()
    colors = page.evaluate("""() => {
        const style = getComputedStyle(document.querySelector('.gsc-result'));
        const button = getComputedStyle(document.querySelector('.gsc-button'));
        return {border: style.borderTopColor, text: button.color};
    }""")
    assert colors["border"] == (fill or "rgb(57, 73, 171)")  # anything else keeps the theme's own colour
    assert colors["text"] == "rgb(57, 73, 171)"  # text never takes the accent
    assert page.js_errors == []


def test_the_script_embed_mounts_scores_and_keeps_its_styles_to_itself(page, hosts, guide, data):
    contract = data["contract"]
    logged = []
    page.on("console", lambda message: logged.append(message.text))
    page.goto(hosts + "/script.html")
    element = page.locator(contract["embed_element"])
    element.locator(".gsc-area").first.wait_for()  # Playwright's CSS reaches into the open shadow root
    assert element.locator(".gsc-question").count() == len(data["questions"])
    assert page.get_by_role("link", name=re.compile("^Take the ")).is_hidden()  # the fallback gave way
    level, full = data["levels"][2], data["model"]["max_score"]
    total = level["max"]
    choose(element, answers_for_total(data, total))
    assert element.locator(".gsc-score strong").inner_text() == f"{total} / {full}"
    assert " ".join(element.locator(".gsc-level").inner_text().split()) == (
        f"Level: Level {level['number']} – {level['name']}"
    )
    events = page.evaluate("window.events")
    detail = {"score": total, "max": full, "level": level["number"], "name": level["name"]}
    assert events == [{"target": contract["embed_element"], "detail": detail}]
    assert logged == [f"Level {level['number']}, score {total}"]  # the documented listener heard it too

    inside = element.locator(".gsc-question legend").first.evaluate(
        "el => { const s = getComputedStyle(el); return [s.color, s.fontSize, s.letterSpacing]; }"
    )
    assert inside == ["rgb(31, 35, 40)", "16px", "normal"]  # the host's `*` rule and inherited styles stay out
    own = page.locator("#own").evaluate(
        "el => { const s = getComputedStyle(el); return [s.borderTopStyle, s.paddingTop, s.fontSize, s.color]; }"
    )
    assert own == ["none", "0px", "40px", "rgb(255, 0, 0)"]  # the widget's .gsc-button and .gsc-question stay in
    text = page.locator("#own-text").evaluate("el => getComputedStyle(el).fontFamily")
    assert "Helvetica" not in text  # nor does .gsc-scope reach the host's element of that class
    assert page.evaluate("[document.styleSheets.length, document.adoptedStyleSheets.length]") == [1, 0]
    assert page.js_errors == []


def test_the_script_embed_takes_theme_and_accent_attributes(page, hosts, data):
    page.goto(hosts + "/script.html")
    element = page.locator(data["contract"]["embed_element"])
    element.locator(".gsc-area").first.wait_for()
    scope = element.locator(".gsc-scope")

    def look():
        return scope.evaluate("""el => [getComputedStyle(el).backgroundColor,
            getComputedStyle(el.querySelector('.gsc-result')).borderTopColor]""")

    light = look()
    element.evaluate("el => { el.setAttribute('theme', 'dark'); el.setAttribute('accent', '#0a7'); }")
    dark = look()
    assert _luminance(light[0]) > 0.9 and _luminance(dark[0]) < 0.05
    assert dark[1] == "rgb(0, 170, 119)"
    element.evaluate("el => el.setAttribute('theme', 'javascript:alert(1)')")  # unknown: the default theme
    assert _luminance(look()[0]) > 0.9


def test_without_cors_the_script_embed_leaves_the_hosts_fallback(page, hosts, data):
    page.goto(hosts + "/script-no-cors.html")
    page.wait_for_load_state("networkidle")
    link = page.get_by_role("link", name=re.compile("^Take the "))
    assert link.is_visible()
    assert page.locator(f"{data['contract']['embed_element']} .gsc").count() == 0


def test_the_script_embed_finds_the_json_the_build_writes():
    # embed.js knows the JSON only by its name next to itself: keep it where the build writes it.
    assert EMBED_SCRIPT.rsplit("/", 1)[0] == JSON_PATH.rsplit("/", 1)[0]
    source = (ROOT / "docs" / EMBED_SCRIPT).read_text()
    assert f'new URL("{JSON_PATH.rsplit("/", 1)[1]}", import.meta.url)' in source
