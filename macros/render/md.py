"""Small Markdown helpers shared by the page renderers."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote


def rel(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Relative link between two source pages (``docs/``-relative ``.md`` paths), as MkDocs resolves them."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def page_url(page: str) -> str:
    """The served URL of a source page with ``use_directory_urls`` (``levels/initial.md`` -> ``levels/initial/``)."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def rel_url(from_page: str, to_page: str) -> str:
    """Relative URL for links MkDocs does not rewrite (inside mermaid diagrams)."""
    here, there = page_url(from_page), page_url(to_page)
    out = posixpath.relpath(there or ".", posixpath.dirname(here.rstrip("/") + "/x") if here else ".")
    return "./" if out == "." else out + "/"


# What may stand in a link target as written: the characters of the schema's url pattern (data/schema's
# $defs/httpsUrl). Anything else, and a '%' that starts no escape, is percent-encoded, so no URL can close the
# "(...)" around it or open Markdown after it, whatever the schema lets through.
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9._~!$&*+,;=:@/?#%-]|%(?![0-9A-Fa-f]{2})")
# Square brackets in a link's text would end it early ("x](javascript:...)" would become a link of its own).
_LABEL_UNSAFE = re.compile(r"([\\\[\]])")


def link(text: str, url: str) -> str:
    """``[text](url)`` that stays one link whatever the two hold: brackets escaped, unsafe characters encoded."""
    label = _LABEL_UNSAFE.sub(r"\\\1", text)
    target = _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), url)
    return f"[{label}]({target})"


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def section(level: int, title: str, anchor: str, *parts: str) -> str:
    """A heading with its own anchor (``## Title { #id }``), then its parts as paragraphs."""
    return "\n\n".join([f"{'#' * level} {cell(title)} {{ #{anchor} }}", *parts])


def bullets(items, ordered: bool = False) -> str:
    return "\n".join(
        f"{i}. {' '.join(t.split())}" if ordered else f"- {' '.join(t.split())}" for i, t in enumerate(items, 1)
    )


def english():
    """The English site catalog: what a renderer writes when its caller passes no ``msg`` (tests, English builds).

    The catalog holds the renderers' own words, moved out of the code so each language can have them; it is read
    once, from the project's data/messages/site.yml.
    """
    from ..i18n.lookup import site

    return site()


def level_label(level, msg) -> str:
    """ "Level 2 - Managed" in the page's language (the English record's ``label`` is for validator messages)."""
    return msg("level.label", number=level.number, name=level.name)


def band(level) -> str:
    return f"{level.band.min}–{level.band.max}"


def mermaid_label(text: str) -> str:
    """A quoted mermaid label: quotes become entities so data cannot break out of the label."""
    return '"' + " ".join(text.split()).replace('"', "#quot;") + '"'


def front_matter(title: str, description: str, **extra) -> str:
    """Front matter of a generated page.

    ``render_macros: false`` tells mkdocs-macros the page is finished Markdown: its Jinja pass over every
    generated page was the largest share of the generator's build overhead, and data text never reaches Jinja.
    """
    import json  # JSON strings are valid YAML scalars and escape everything that needs it

    lines = [f"title: {json.dumps(title)}", f"description: {json.dumps(' '.join(description.split()))}"]
    lines += [f"{k}: {json.dumps(v)}" for k, v in {"render_macros": False, **extra}.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"
