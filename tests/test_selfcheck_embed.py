"""The self-check outside its page: in an iframe on another origin, under a strict CSP, across instant navigation."""

from __future__ import annotations

import re

import pytest

from macros.assemble import load_model
from macros.selfcheck.render import embed_parts, embed_snippet
from tests.support import ROOT, LocalSite, SiteHandler
from tests.support_widget import (
    answers_for_total,
    axe_violations,
    checked,
    choose,
    label,
    open_widget,
    summary,
)

CSP = "default-src 'self'"
HALF = "and you earned at least half of the points of the practices of each level up to it."


@pytest.fixture
def host(tmp_path, site_url):
    """A page on a second local origin that embeds the self-check with the snippet the docs give."""
    parts = embed_parts(load_model(), site_url)
    iframe, listener = parts["iframe"], parts["listener"]
    assert f"```text\n{iframe}\n```" in embed_snippet(load_model(), "self-check/index.md", site_url)
    (tmp_path / "host.html").write_text(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>Our intranet</h1>
{iframe}
<script src="listen.js"></script>
<script src="record.js"></script>
</body></html>
""")
    (tmp_path / "listen.js").write_text(listener + "\n")
    (tmp_path / "record.js").write_text(
        "window.received = [];\n"
        "window.addEventListener('message', function (event) {\n"
        "  window.received.push({origin: event.origin, data: event.data});\n"
        "});\n"
    )
    server = LocalSite(tmp_path)
    yield server.url
    server.close()


def test_embedded_on_another_origin_it_posts_only_level_and_score(page, host, site_url, data):
    assert host != site_url
    logged = []
    page.on("console", lambda message: logged.append(message.text))
    page.goto(host + "/host.html")
    frame = page.frame_locator("iframe")
    frame.locator(".gsc-area").first.wait_for()
    level = data["levels"][2]
    total = level["max"]
    choose(frame, answers_for_total(data, total))
    score = frame.locator(".gsc-score strong").inner_text()
    assert " ".join(frame.locator(".gsc-level").inner_text().split()) == f"Level: {label(level)}"
    contract = data["contract"]
    page.wait_for_function(f"() => window.received.some(m => m.data.type === '{contract['result_message']}')")
    received = page.evaluate("window.received")
    assert {m["origin"] for m in received} == {site_url}
    # Besides the frame's height (tests/test_embed_hosts.py), the one message is the result.
    results = [m["data"] for m in received if m["data"]["type"] != contract["height_message"]]
    assert results == [
        {
            "type": contract["result_message"],
            "version": contract["message_version"],
            "level": level["number"],
            "score": total,
        }
    ]
    assert score == f"{total} / {data['model']['max_score']}" and sorted(results[0]) == [
        "level",
        "score",
        "type",
        "version",
    ]
    assert logged == [f"Level {level['number']}, score {total}"]  # the documented listener received it too
    # Links open outside the frame instead of replacing the embedded self-check.
    link = frame.get_by_role("link", name=f"What {label(level)} means")
    assert (link.get_attribute("target"), link.get_attribute("rel")) == ("_blank", "noopener")


def test_the_embed_page_is_the_widget_alone_and_accessible(page, site_url, data):
    open_widget(page, site_url + "/self-check/embed/")
    assert page.locator("header, nav, .md-header").count() == 0
    assert page.locator("script:not([src])").count() == 0 and page.locator("[style]").count() == 0
    assert axe_violations(page) == []
    total = data["levels"][1]["min"]
    reason, level = _score_level(data, total)
    choose(page, answers_for_total(data, total))
    assert summary(page) == f"Score: {total} / {data['model']['max_score']} Level: {label(level)} {reason}"
    assert axe_violations(page) == []


class _CSPHandler(SiteHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()


@pytest.fixture(scope="module")
def csp_url(site_dir):
    with LocalSite(site_dir, handler=_CSPHandler) as server:
        yield server.url


def _record_violations(page):
    """Every CSP violation, with what it is attributed to: the element that carried the blocked inline code (for an
    inline script, style or event handler), the file whose code was blocked or ran it (for a script file or eval)."""
    page.add_init_script("""window.violations = [];
        document.addEventListener('securitypolicyviolation', e => {
            const el = e.target instanceof Element ? e.target : null;
            window.violations.push({directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
                element: el ? el.tagName.toLowerCase() : null,
                inWidget: !!(el && el.closest('[data-genaiops-self-check]'))});
        }, true);""")


def _by_source(page) -> tuple[list[dict], list[dict]]:
    """The violations split into the widget's and the page's: inline code inside the widget's element counts as the
    widget's, as does anything blocked in, or reported from, its files (inline code it writes elsewhere included)."""
    widget, others = [], []
    for v in page.evaluate("window.violations"):
        mine = v["inWidget"] or any("/assets/self-check/" in (v[k] or "") for k in ("blocked", "source"))
        (widget if mine else others).append(v)
    return widget, others


def _score_level(data, total) -> tuple[str, dict]:
    level = next(lv for lv in data["levels"] if lv["min"] <= total <= lv["max"])
    band = f"Your score of {total} is in the Level {level['number']} band ({level['min']}–{level['max']})"
    return band + (f", {HALF}" if level is not data["levels"][0] else "."), level


@pytest.mark.parametrize(
    ("path", "edge", "theme"),
    [
        # The embed page needs nothing the policy blocks: no violation and no script error at all.
        ("/self-check/embed/", -1, False),
        # The guide page: the theme's own inline scripts are blocked (see the self-check page); the widget's are not.
        ("/self-check/", 0, True),
    ],
    ids=["embed page", "guide page"],
)
def test_the_widget_works_under_a_default_src_self_policy(page, csp_url, data, path, edge, theme):
    total = data["levels"][edge]["min"] + 1  # inside the top band, or the first
    reason, level = _score_level(data, total)
    _record_violations(page)
    open_widget(page, csp_url + path)
    choose(page, answers_for_total(data, total))
    assert summary(page) == f"Score: {total} / {data['model']['max_score']} Level: {label(level)} {reason}"
    assert page.locator(".gsc-fill").first.evaluate("el => el.style.width") != ""
    widget, others = _by_source(page)
    assert widget == []
    if theme:  # only the theme's: inline scripts of the page's HTML, outside the widget, and its bundle's requests
        page_scripts = [v for v in others if v["element"] == "script" and v["blocked"] == "inline"]
        assert page_scripts and {v["source"] for v in page_scripts} == {csp_url + path}
        rest = [v for v in others if v not in page_scripts]
        rest = [v for v in rest if not re.search(r"/assets/javascripts/bundle\.\w+\.min\.js$", v["source"])]
        # A stylesheet's data: icons report no source; the theme's stylesheet is the only one with any (below).
        assert [v for v in rest if not (v["blocked"] == "data" and v["source"] == "")] == []
        assert not [css for css in ROOT.glob("docs/assets/**/*.css") if "url(" in css.read_text()]
    else:
        assert others == []
    # Blocked theme scripts leave the theme's helpers (such as __md_get) undefined; the widget needs none of them.
    assert [e for e in page.js_errors if not theme or "__md_" not in e] == []


def test_inline_code_in_the_widget_on_the_guide_page_is_the_widgets_violation(page, csp_url, data):
    """The attribution above catches what the widget would bring in inline, on the page where the theme's own inline
    scripts are blocked too: a script element, an event handler attribute and a style attribute in its element."""
    _record_violations(page)
    open_widget(page, csp_url + "/self-check/")
    assert _by_source(page)[0] == []
    page.evaluate("""() => {
        const root = document.querySelector('[data-genaiops-self-check] .gsc');
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        root.append(script);
        const button = document.createElement('button');
        button.setAttribute('onclick', 'window.injected = true');
        button.setAttribute('style', 'color: red');
        button.textContent = 'injected';
        root.append(button);
    }""")
    page.get_by_role("button", name="injected").click()
    page.wait_for_function("window.violations.filter(v => v.inWidget).length >= 3")
    widget, _ = _by_source(page)
    assert page.evaluate("window.injected") is None
    assert {(v["directive"], v["element"]) for v in widget} == {
        ("script-src-elem", "script"),
        ("script-src-attr", "button"),
        ("style-src-attr", "button"),
    }


def test_instant_navigation_mounts_the_widget_once_each_visit(page, site_url, data):
    page.goto(site_url + "/about/")
    page.wait_for_load_state("networkidle")  # the sitemap is loaded, so links are intercepted
    page.evaluate("window.sameDocument = true")
    nav = page.locator("nav.md-nav--primary")
    nav.locator("a[href$='self-check/']").first.click()
    page.wait_for_selector(".gsc-area")
    assert page.evaluate("window.sameDocument") is True  # no reload: Material swapped the page in
    first = data["questions"][0]
    answer = {first["id"]: next(sc for sc in data["scales"] if sc["id"] == first["scale"])["options"][-1]["id"]}
    choose(page, answer)

    nav.locator("a[href$='about/']").first.click()
    page.wait_for_url("**/about/")
    page.locator(".gsc").wait_for(state="detached")
    nav.locator("a[href$='self-check/']").first.click()
    page.wait_for_selector(".gsc-area")
    assert page.evaluate("window.sameDocument") is True
    assert page.locator(".gsc").count() == 1
    assert page.locator(".gsc-question").count() == len(data["questions"])
    assert checked(page) == answer
    assert page.js_errors == []
