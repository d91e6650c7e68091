"""site/ opened from disk: the self-check cannot run from file://, and says so and what to do instead."""

from __future__ import annotations

import pytest

MESSAGE = (
    "The self-check needs to be served by a web server: run 'make serve' and open "
    "http://127.0.0.1:8000/self-check/, or publish the site."
)


@pytest.mark.build
@pytest.mark.parametrize("page_path", ["self-check/index.html", "self-check/embed/index.html"], ids=["page", "embed"])
def test_the_self_check_opened_from_disk_says_it_needs_a_web_server(site_dir, browser, page_path):
    context = browser.new_context()
    offsite: list[str] = []

    def route(r):
        if r.request.url.startswith(("file://", "data:", "blob:", "about:")):
            r.continue_()
        else:
            offsite.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto((site_dir / page_path).as_uri())
        alert = page.locator("[data-genaiops-self-check] [role=alert]")
        alert.wait_for(timeout=10_000)
        assert alert.inner_text() == MESSAGE
        page.wait_for_timeout(500)  # a late failure of the widget's own load must not replace the message
        assert alert.inner_text() == MESSAGE
        assert errors == []
    finally:
        context.close()
    assert offsite == []
