"""What data text may contain: plain text and a small, explicit subset of inline Markdown.

Text reaches the page through the site's Markdown, whose extensions can do far more than a contributor needs
(``attr_list`` turns ``{: onclick=... }`` into attributes; a link may point anywhere, ``javascript:`` too). So
this is an allow-list: emphasis (``*em*``, ``**strong**``), code spans, and links ``[text](target)`` whose
target is an ``https://`` address or a page of the guide. Everything else that Markdown or HTML would act on is
refused with a message saying what is allowed: raw HTML, Jinja delimiters, braces outside code, images, link
definitions and reference links, square brackets that are no link, HTML character references, and the
bidirectional control characters that make text read other than it is written.
"""

from __future__ import annotations

import re
from functools import cache

from ..load.context import Context
from ..load.yaml_lines import field_of, walk
from ..paths import https_url_pattern
from ..problems import Problem

# A whole tag, or a '<' that starts one: Material writes titles into the page unescaped, so even "x <y" with no
# closing '>' would open a tag there. A '<' before a digit or a space ("< 1 s") is plain text.
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|<!--|<[A-Za-z/!]")
_JINJA = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
# U+061C, U+200E/U+200F, U+202A-U+202E and U+2066-U+2069: they reorder what a reader sees ("Trojan Source").
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Python-Markdown's code span: a run of backticks, the code, the same run again. Inside one, nothing is markup.
_CODE = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()>#+\-.!]")  # a backslash escape: the character is shown, never acted on
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_BRACE = re.compile(r"[{}]")
_BRACKET = re.compile(r"!?\[")
_LABEL = re.compile(r"!?\[([^\[\]]*)\]")
# A page of the guide, as a relative path to its Markdown source (MkDocs checks it exists), or an anchor.
_PAGE = re.compile(r"(?:\.\./|\./)*(?:[a-z0-9_-]+/)*[a-z0-9_-]+\.md(?:#[a-z0-9_-]+)?|#[a-z0-9_-]+")
# Only the characters that start Markdown or HTML make a text worth a closer look; most text has none.
_ACTIVE = re.compile("[<{}\\[\\]&\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

ALLOWED_TARGETS = "an https:// address or a page of the guide (such as ../practices/tracing.md)"


@cache
def _https_url() -> re.Pattern:
    return re.compile(https_url_pattern())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _inert(text: str) -> str:
    """``text`` with escapes and code spans blanked out (same length), leaving only what Markdown acts on."""
    text = _ESCAPE.sub("  ", text)
    return _CODE.sub(lambda m: " " * len(m.group(0)), text)


def _target(text: str, start: int) -> tuple[str, int]:
    """The link target that opens at ``text[start] == '('``, up to its matching ')' as Markdown finds it."""
    depth, i = 0, start
    while i < len(text):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1 : i], i + 1
        i += 1
    return text[start + 1 :], len(text)


def _bracket_problem(text: str, key: str) -> str | None:
    """The first square bracket that is not the text of an allowed link, with what to write instead."""
    labels = []  # where the links' texts are: a ']' anywhere else closes no link
    for m in _BRACKET.finditer(text):
        label = _LABEL.match(text, m.start())
        shown = _short(label.group(0) if label else text[m.start() : m.start() + 20])
        if m.group(0) == "![":
            return f"image '{shown}' in '{key}' - text shows no images; link to it instead: [text](https://...)"
        if label is None:
            return (
                f"'[' that opens no link in '{key}' - square brackets only enclose a link's text: [text](https://...)"
            )
        after = text[label.end() : label.end() + 1]
        if after == ":":
            return f"link definition '{shown}:' in '{key}' - write each link inline: [text](https://...)"
        if after == "[":
            return f"reference link '{shown}[' in '{key}' - write each link inline: [text](https://...)"
        if after != "(":
            return (
                f"'{shown}' in '{key}' is not a link - square brackets only enclose a link's text: [text](https://...)"
            )
        target, _ = _target(text, label.end())
        if not (_https_url().fullmatch(target) or _PAGE.fullmatch(target)):
            return f"link to '{_short(target)}' in '{key}' - a link's target must be {ALLOWED_TARGETS}"
        labels.append(label.end() - 1)
    stray = next((i for i, c in enumerate(text) if c == "]" and i not in labels), None)
    if stray is not None:
        shown = _short(text[max(0, stray - 20) : stray + 20])
        return f"']' that closes no link in '{key}' ('{shown}') - square brackets only enclose a link's text: [text](https://...)"
    return None


def text_problems(path: str, line: int, text: str, key: str):
    """Why ``text``, the value of a field named ``key``, is not allowed: one problem per kind."""
    if not _ACTIVE.search(text):
        return
    if m := _BIDI.search(text):
        yield Problem(
            path,
            line,
            f"bidirectional control character U+{ord(m.group(0)):04X} in '{key}' - it makes text read "
            "in another order than it is written; delete it",
        )
    if m := _HTML.search(text):
        yield Problem(path, line, f"raw HTML '{m.group(0)}' in '{key}' - write plain text or inline Markdown instead")
    jinja = _JINJA.search(text)
    if jinja:
        yield Problem(
            path,
            line,
            f"template delimiter '{jinja.group(0)}' in '{key}' - text may not contain {{{{, }}}}, {{%, %}}, {{# or #}}",
        )
    active = _inert(text)
    if (m := _BRACE.search(active)) and not jinja:
        yield Problem(
            path,
            line,
            f"'{m.group(0)}' in '{key}' outside a code span - braces can set HTML attributes; "
            "put them in `backticks` or leave them out",
        )
    if m := _ENTITY.search(active):
        yield Problem(
            path,
            line,
            f"character reference '{m.group(0)}' in '{key}' - write the character itself (no '<' or '>'), "
            "or put it in `backticks` to show it as code",
        )
    if message := _bracket_problem(active, key):
        yield Problem(path, line, message)


def safe_text(ctx: Context):
    """Every text value of every file, against the allow-list above. URLs are checked by the schema's pattern."""
    for src in ctx.sources:
        # Only a file whose text has a character that starts Markdown or HTML can hold a text with one.
        if src.doc is None or not _ACTIVE.search(src.text):
            continue
        for name, text, line, _ in walk(src.doc):
            key = field_of(name)
            if key == "url" or (key == "code" and ".examples[" in f".{name}"):
                continue  # example code is shown in a fenced block, never as Markdown, and never reaches Jinja
            yield from text_problems(src.path, line, text, key)


def site_url_problem(url: str | None) -> str | None:
    """Why the site's own address (``SITE_URL``, mkdocs.yml's ``site_url``) cannot be used, or None.

    Material writes it into every page's canonical ``<link>`` unescaped, so it is held to the data's URL pattern;
    plain http:// only for this machine (the tests build for a local server).
    """
    local = re.match(r"http://(?:127\.0\.0\.1|localhost)(?=[:/]|$)", url or "")
    if not url or _https_url().fullmatch("https://" + url[len("http://") :] if local else url):
        return None
    return (
        f"SITE_URL (site_url in mkdocs.yml) is '{_short(url, 80)}' - expected the guide's https:// address "
        "(http:// only for 127.0.0.1), such as https://example.github.io/guide/: a host with no user name "
        "before it (no @), and no spaces, quotes, parentheses, braces or brackets unless percent-encoded"
    )


RULES = [safe_text]
