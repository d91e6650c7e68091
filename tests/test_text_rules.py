"""The text allow-list, both ways: each allowed form passes untouched, and each way around it is refused.

The bad fixtures (text-markdown, text-fields, url-pattern) pin the exact messages at their lines; these tests
pin the boundary itself, one form at a time, through the same function the validator runs on every text field.
"""

from __future__ import annotations

import pytest

from macros.validate.text_rules import site_url_problem, text_problems
from tests.support import FIXTURES, build_site, make_data


def _messages(text: str) -> list[str]:
    return [p.message for p in text_problems("data/x.yml", 1, text, "summary")]


@pytest.mark.parametrize(
    "text",
    [
        "Plain text, with 50% and #1 and R&D and a < 2 s latency.",
        "*emphasis*, **strong**, _emphasis_ and __strong__",
        '`code`, ``code with a ` backtick``, and `{"role": "user"}` with braces in code',
        "[a page](https://learn.microsoft.com/en-us/azure/?view=azureml-api-2#section)",
        "[a percent-encoded path](https://example.org/a%20b%28c%29)",
        "[another practice](../practices/tracing.md) and [its steps](../practices/tracing.md#steps)",
        "[this page's section](#steps)",
        "escaped \\[brackets\\] and \\{braces\\}",
    ],
)
def test_allowed_inline_markdown_passes(text):
    assert _messages(text) == []


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ('![x](https://ok.example/a.png){: onerror="alert(5)" }', "image '![x]'"),
        ('[x](https://ok.example/){: onclick="alert(4)" }', "'{' in 'summary' outside a code span"),
        ("*x*{ onclick=alert(1) }", "'{' in 'summary' outside a code span"),
        ("a paragraph\n{: onclick=alert(1) }", "'{' in 'summary' outside a code span"),
        ("[P3](javascript:alert(3))", "link to 'javascript:alert(3)'"),
        ("Read it.\n\n[x]: javascript:alert(17)", "link definition '[x]:'"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "link to 'data:text/html;base64,PHNjcmlwdD4='"),
        ("[x](vbscript:msgbox(1))", "link to 'vbscript:msgbox(1)'"),
        ("[x](file:///etc/passwd)", "link to 'file:///etc/passwd'"),
        ("[x](JavaScript:alert(1))", "link to 'JavaScript:alert(1)'"),
        ("[x](HTTPS://example.org/)", "link to 'HTTPS://example.org/'"),
        ("[x](  javascript:alert(1))", "link to 'javascript:alert(1)'"),
        ("[x](java\nscript:alert(1))", "link to 'java script:alert(1)'"),
        ("[x](%6Aavascript:alert(1))", "link to '%6Aavascript:alert(1)'"),
        ("[x](&#106;avascript:alert(1))", "character reference '&#106;'"),
        ("[x](//evil.example/)", "link to '//evil.example/'"),
        ("[x](https://learn.microsoft.com@evil.example/)", "link to 'https://learn.microsoft.com@evil.example/'"),
        ("[x](<javascript:alert(1)>)", "raw HTML '<j'"),
        ("<https://example.org>", "raw HTML '<h'"),
        ("[x][ref]", "reference link '[x]['"),
        ("[x]", "'[x]' in 'summary' is not a link"),
        ("x](javascript:alert(1))", "']' that closes no link in 'summary'"),
        ("&#60;img src=x onerror=alert(1)&#62;", "character reference '&#60;'"),
        ("&lt;b&gt;", "character reference '&lt;'"),
        ("Title \u202e txet", "bidirectional control character U+202E"),
        ("\u200fTitle", "bidirectional control character U+200F"),
        ("Title \u061c", "bidirectional control character U+061C"),
        ("{{ config }}", "template delimiter '{{'"),
    ],
)
def test_each_way_around_the_subset_is_refused(text, refused):
    assert any(m.startswith(refused) for m in _messages(text)), _messages(text)


@pytest.mark.build
@pytest.mark.parametrize("name", ["text-markdown", "text-fields", "url-pattern"])
def test_the_strict_build_refuses_the_payloads_with_file_and_line(tmp_path, name):
    """The build validates the data first: every payload the check refuses stops `make site` too, at its line."""
    case = FIXTURES / "bad" / name
    data = make_data(tmp_path, case)
    result = build_site(tmp_path / "site", data)
    assert result.returncode != 0
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in expected if line not in result.stderr] == []
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.build
@pytest.mark.parametrize("site_url", ['https://example.org/"><script>alert(1)</script>/', "https://user@evil.example/"])
def test_the_build_refuses_a_site_url_with_markup(tmp_path, site_url):
    """Material writes the address into each page's canonical <link> unescaped: it must be a plain https URL."""
    result = build_site(tmp_path / "site", make_data(tmp_path), site_url=site_url)
    assert result.returncode != 0
    assert f"SITE_URL (site_url in mkdocs.yml) is '{site_url}' - expected the guide's https:// address" in result.stderr


def test_the_address_of_a_local_preview_or_a_published_site_is_accepted():
    assert site_url_problem("https://example.github.io/guide/") is None
    assert site_url_problem("http://127.0.0.1:8123/") is None
    assert site_url_problem("http://127.0.0.1.evil.example/") is not None
    assert site_url_problem("https://user@example.github.io/") is not None
