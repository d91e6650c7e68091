"""The notice a page shows in a language other than English when some of its text is not (or no longer) translated.

``missing``: the page shows English where its translation is missing; ``stale``: its translation was made from an
older English text, which has changed since. Either way the notice, in the page's language, links to the English
original: the same page at the English site's address. It is plain HTML (MkDocs checks Markdown links against the
pages of the build, and the English page belongs to another build).
"""

from __future__ import annotations

import posixpath
from html import escape

from .md import page_url

NOTICE_STATUSES = ("missing", "stale")


def english_url(page: str, prefix: str) -> str:
    """The English original of ``page`` (``docs/``-relative), relative to the same page under ``prefix`` (``pt-br/``)."""
    depth = (prefix + page_url(page)).count("/")  # directory URLs: one "../" per folder of the served address
    return posixpath.join(*([".."] * depth), page_url(page)) if depth else page_url(page) or "./"


def notice(status: str, page: str, prefix: str, msg) -> str:
    """The notice for a page whose worst text is ``status``; "" for a page fully translated."""
    if status not in NOTICE_STATUSES:
        return ""
    href = english_url(page, prefix)
    title, text = msg(f"notice.{status}.title"), msg(f"notice.{status}.text")
    link = f'<a href="{escape(href)}" hreflang="en">{escape(msg("notice.english"))}</a>'  # the text is in the page's language
    return (
        f'<div class="admonition info genaiops-translation-notice" data-translation="{status}">\n'
        f'<p class="admonition-title">{escape(title)}</p>\n'
        f"<p>{escape(text)} {link}</p>\n"
        "</div>\n"
    )


def with_notice(markdown: str, block: str, english: bool = False) -> str:
    """``markdown`` with ``block`` after its front matter and first heading (or after the front matter alone).

    ``english``: the page is the English one, untranslated. The notice then comes first, in the page's language,
    and the page follows inside ``lang="en"``, so a screen reader reads it with English pronunciation (WCAG 3.1.2).
    """
    if not block:
        return markdown
    body_at = 0
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        body_at = end + 5 if end != -1 else 0
    head, body = markdown[:body_at], markdown[body_at:]
    if english:
        return f'{head}\n{block}\n<div lang="en" markdown="1">\n\n{body.strip()}\n\n</div>\n'
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return head + "\n".join([*lines[: i + 1], "", block, *lines[i + 1 :]])
        if line.strip():
            break
    return head + "\n" + block + "\n" + body
