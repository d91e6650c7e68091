"""The built site's second wall (tools/html_guard.py), both ways: today's site passes, injected script fails."""

from __future__ import annotations

import shutil

import pytest

from tools.html_guard import check_page, check_site, script_hash

PAGE = "practices/x/index.html"


def _one(html: str) -> str:
    found = check_page(html, PAGE)
    assert len(found) == 1, found
    return found[0]


def test_the_built_site_runs_only_known_script(site_dir):
    assert check_site(site_dir) == []


def test_injected_script_in_a_built_page_is_found_at_its_line(site_dir, tmp_path):
    """The real page with three injections: each is reported with its file and line, and nothing else is."""
    site = tmp_path / "site"
    shutil.copytree(site_dir, site, ignore=shutil.ignore_patterns("*.js", "*.mjs", "*.json", "*.css", "*.gz"))
    page = site / "index.html"
    lines = page.read_text(encoding="utf-8").splitlines()
    body = next(i for i, line in enumerate(lines) if "<body" in line)
    lines[body + 1 : body + 1] = [
        '<a href="https://ok.example/" onclick="alert(4)">x</a>',
        '<a href="javascript:alert(3)">P3</a>',
        "<script>alert(1)</script>",
    ]
    page.write_text("\n".join(lines), encoding="utf-8")
    assert check_site(site) == [
        f"index.html:{body + 2}: <a> has the event handler attribute 'onclick' - the site runs no inline handlers",
        f"index.html:{body + 3}: <a href='javascript:alert(3)'> uses the scheme 'javascript:' - expected http(s) "
        "or a relative URL",
        f"index.html:{body + 4}: inline <script> {script_hash('alert(1)')} is not a known script "
        "- add its hash to INLINE_SCRIPTS on purpose",
    ]


@pytest.mark.parametrize(
    "html",
    [
        '<img src="x.png" onerror="alert(5)">',
        '<svg><a xlink:href="#" ONMOUSEOVER="alert(1)">x</a></svg>',
        '<body onload="alert(1)">',
    ],
)
def test_every_event_handler_attribute_is_refused(html):
    assert "has the event handler attribute" in _one(html)


@pytest.mark.parametrize(
    ("html", "scheme"),
    [
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "javascript"),
        ('<a href="  java\tscript:alert(1)">x</a>', "javascript"),
        ('<a href="&#106;avascript:alert(1)">x</a>', "javascript"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data"),
        ('<iframe src="vbscript:msgbox(1)"></iframe>', "vbscript"),
        ('<form action="javascript:alert(1)"></form>', "javascript"),
        ('<button formaction="javascript:alert(1)">x</button>', "javascript"),
        ('<img srcset="a.png 1x, javascript:alert(1) 2x">', "javascript"),
        ('<a href="file:///etc/passwd">x</a>', "file"),
        ('<a href="mailto:someone@example.org">x</a>', "mailto"),
        ('<meta http-equiv="refresh" content="0; url=javascript:alert(1)">', "javascript"),
    ],
)
def test_a_url_with_another_scheme_than_http_is_refused(html, scheme):
    assert f"uses the scheme '{scheme}:'" in _one(html)


def test_what_pages_link_to_today_passes():
    html = (
        '<a href="../tracing/#steps">t</a><a href="https://learn.microsoft.com/x">m</a><a href="#top">t</a>'
        '<img src="/assets/logo.svg"><link rel="canonical" href="http://127.0.0.1:8000/x/">'
        '<script id="__config" type="application/json">{"base": ".."}</script>'
        '<script src="../../assets/javascripts/bundle.0123abcd.min.js"></script>'
        '<script type="module" src="../../assets/javascripts/self-check-loader.js"></script>'
    )
    assert check_page(html, PAGE) == []


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ('<script src="https://cdn.example/x.js"></script>', "loads script from another site"),
        ('<script src="//cdn.example/x.js"></script>', "loads script from another site"),
        ('<script src="../../assets/javascripts/new.js"></script>', "is not a known script"),
        ('<script type="module">import("./x.js")</script>', "is not a known script"),
        ('<script type="text/javascript">alert(1)</script>', "is not a known script"),
        ('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', "has a srcdoc attribute"),
    ],
)
def test_a_script_nobody_listed_is_refused(html, message):
    assert message in _one(html)


def test_the_theme_bootstrap_is_one_script_whatever_the_depth_of_the_page():
    """Material writes the path to the site root into it: '.', '..', '../..', '/' give one hash."""
    texts = [f'__md_scope=new URL("{base}",location),__md_hash=1' for base in (".", "..", "../..", "/")]
    assert len({script_hash(t) for t in texts}) == 1
    assert script_hash('__md_scope=new URL(".",location);alert(1)') != script_hash(texts[0])
