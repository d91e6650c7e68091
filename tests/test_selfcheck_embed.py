"""The self-check outside its page: in an iframe on another origin, under a strict CSP, across instant navigation."""

from __future__ import annotations

import pytest

from macros.assemble import load_model
from macros.selfcheck.render import embed_parts, embed_snippet
from tests.support import LocalSite, SiteHandler
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
    frame.locator(".gsc-question").first.wait_for()
    for qid, option in answers_for_total(data, 19).items():
        frame.locator(f'input[data-question="{qid}"][value="{option}"]').check()
    score = frame.locator(".gsc-score strong").inner_text()
    assert " ".join(frame.locator(".gsc-level").inner_text().split()) == "Level: Level 3 – Managed"
    contract = data["contract"]
    page.wait_for_function(f"() => window.received.some(m => m.data.type === '{contract['result_message']}')")
    received = page.evaluate("window.received")
    assert {m["origin"] for m in received} == {site_url}
    # Besides the frame's height (tests/test_embed_hosts.py), the one message is the result.
    results = [m["data"] for m in received if m["data"]["type"] != contract["height_message"]]
    assert results == [
        {"type": contract["result_message"], "version": contract["message_version"], "level": 3, "score": 19}
    ]
    assert score == "19 / 28" and sorted(results[0]) == ["level", "score", "type", "version"]
    assert logged == ["Level 3, score 19"]  # the documented listener received it too
    # Links open outside the frame instead of replacing the embedded self-check.
    link = frame.get_by_role("link", name="What Level 3 – Managed means")
    assert (link.get_attribute("target"), link.get_attribute("rel")) == ("_blank", "noopener")


def test_the_embed_page_is_the_widget_alone_and_accessible(page, site_url, data):
    open_widget(page, site_url + "/self-check/embed/")
    assert page.locator("header, nav, .md-header").count() == 0
    assert page.locator("script:not([src])").count() == 0 and page.locator("[style]").count() == 0
    assert axe_violations(page) == []
    choose(page, answers_for_total(data, 10))
    assert (
        summary(page)
        == f"Score: 10 / 28 Level: {label(data['levels'][1])} Your score of 10 is in the Level 2 band (10–14), {HALF}"
    )
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
    page.add_init_script("""window.violations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));""")


@pytest.mark.parametrize(
    ("path", "total", "level", "reason", "theme"),
    [
        # The embed page needs nothing the policy blocks: no violation and no script error at all.
        ("/self-check/embed/", 23, 3, f"Your score of 23 is in the Level 4 band (20–28), {HALF}", False),
        # The guide page: the theme's own inline scripts are blocked (see the self-check page); the widget's are not.
        ("/self-check/", 5, 0, "Your score of 5 is in the Level 1 band (0–9).", True),
    ],
    ids=["embed page", "guide page"],
)
def test_the_widget_works_under_a_default_src_self_policy(page, csp_url, data, path, total, level, reason, theme):
    _record_violations(page)
    open_widget(page, csp_url + path)
    choose(page, answers_for_total(data, total))
    assert summary(page) == f"Score: {total} / 28 Level: {label(data['levels'][level])} {reason}"
    assert page.locator(".gsc-fill").first.evaluate("el => el.style.width") != ""
    violations = page.evaluate("window.violations")
    assert [v for v in violations if not theme or "/assets/self-check/" in v] == []
    # Blocked theme scripts leave the theme's helpers (such as __md_get) undefined; the widget needs none of them.
    assert [e for e in page.js_errors if not theme or "__md_" not in e] == []


def test_instant_navigation_mounts_the_widget_once_each_visit(page, site_url, data):
    page.goto(site_url + "/about/")
    page.wait_for_load_state("networkidle")  # the sitemap is loaded, so links are intercepted
    page.evaluate("window.sameDocument = true")
    nav = page.locator("nav.md-nav--primary")
    nav.locator("a[href$='self-check/']").first.click()
    page.wait_for_selector(".gsc-question")
    assert page.evaluate("window.sameDocument") is True  # no reload: Material swapped the page in
    choose(page, {"model-comparison": "yes"})

    nav.locator("a[href$='about/']").first.click()
    page.wait_for_url("**/about/")
    page.locator(".gsc").wait_for(state="detached")
    nav.locator("a[href$='self-check/']").first.click()
    page.wait_for_selector(".gsc-question")
    assert page.evaluate("window.sameDocument") is True
    assert page.locator(".gsc").count() == 1
    assert page.locator(".gsc-question").count() == len(data["questions"])
    assert checked(page) == {"model-comparison": "yes"}
    assert page.js_errors == []
