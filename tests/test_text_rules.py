"""The text allow-list, both ways: each allowed form passes untouched, and each way around it is refused.

The bad fixtures (text-markdown, text-fields, url-pattern) pin the exact messages at their lines; these tests
pin the boundary itself, one form at a time, through the same function the validator runs on every text field.
"""

from __future__ import annotations

import pytest

from macros.validate.text_rules import text_problems


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
