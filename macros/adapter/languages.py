"""One build per language: what the adapter does differently when a build's config names another language.

English is built by ``mkdocs.yml`` at the site's root; each language of data/i18n/languages.yml by its own config
(``mkdocs.pt-br.yml``: ``INHERIT: mkdocs.yml`` plus the theme's language and ``extra.lang``) into ``site/<path>``. A
language's build gets the localized model and the site catalog in that language, its navigation titles from the
catalog, the language switcher's links for the same page in every language, and each hand-written page from
``data/i18n/<lang>/pages/<path>`` (or the English page with a notice, so no page is ever missing). Nothing here
imports MkDocs: the hooks and the staged build both use it.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path

import yaml

from ..i18n.pseudo import PSEUDO, pseudo_text
from ..i18n.source import source_hash
from .cache import data_dir

ENGLISH = "en"
PAGES = "pages"  # data/i18n/<lang>/pages/<docs-relative path>: a hand-written page's translation
NAV_KEYS = ("nav.", "topic.")  # the catalog's keys whose English text a configured nav title is matched against


class LanguageError(Exception):
    """A language's build cannot go on; the message says what to add or fix."""


PSEUDO_ENV = "GENAIOPS_LANG"  # GENAIOPS_LANG=qps-ploc: the test-only pseudo-locale build (never published)


def lang_of(config) -> str:
    """The build's language: ``extra.lang`` of its config (English when none), or the pseudo-locale when the
    environment asks for it (tests/test_pseudo_site.py builds mkdocs.yml so, into a folder of its own)."""
    asked = os.environ.get(PSEUDO_ENV)
    if asked:
        if asked != PSEUDO:
            raise LanguageError(
                f"{PSEUDO_ENV}={asked}: only the test-only pseudo-locale {PSEUDO} is built from the environment - "
                "a language is built with its own mkdocs.<path>.yml"
            )
        return PSEUDO
    return (config.get("extra") or {}).get("lang") or ENGLISH


def prefix_of(lang: str, model) -> str:
    """Where ``lang`` is served under the English site's address: "" for English (and for the test-only
    pseudo-locale, built on its own), else its ``path`` in data/i18n/languages.yml with a slash (``pt-br/``)."""
    if lang in (ENGLISH, PSEUDO):
        return ""
    for language in model.languages:
        if language.code == lang:
            return language.path.strip("/") + "/"
    listed = ", ".join(language.code for language in model.languages) or "none"
    raise LanguageError(
        f"the config's extra.lang is '{lang}', which data/i18n/languages.yml does not list (listed: {listed}) - "
        "list the language there to publish it"
    )


def search_lang(lang: str, model) -> str | None:
    """The lunr language of the build's search index, as data/i18n/languages.yml gives it (None: Material's
    default from ``theme.language``, English for English)."""
    return next((lg.search for lg in model.languages if lg.code == lang), None)


def site_url(url: str | None, prefix: str) -> str | None:
    """The build's own address: the English site's, with the language's prefix."""
    if not url or not prefix:
        return url
    return (url if url.endswith("/") else url + "/") + prefix


ENGLISH_NAME = "English"


def alternates(here: str, model, english_url: str | None) -> list[dict]:
    """Material's ``extra.alternate`` for the build served at ``here`` (its prefix): English and each language of
    data/i18n/languages.yml, by its own name, with its root relative to this build's root (``link``: the selector
    and the head use it) and absolute when the address is known (``url``, for ``hreflang``)."""
    languages = [(ENGLISH_NAME, ENGLISH, "")] + [(lg.name, lg.code, lg.path.strip("/") + "/") for lg in model.languages]
    out = []
    for name, code, there in languages:
        link = posixpath.relpath(there or ".", here or ".") + "/"
        entry = {"name": name, "lang": code, "link": link}
        if english_url:
            entry["url"] = site_url(english_url, there)
        out.append(entry)
    return out


def translate_nav(items, msg) -> list:
    """The configured navigation with each title in the build's language, matched by its English text."""
    by_english = {msg.english[k]: k for k in msg.english if k.startswith(NAV_KEYS)}
    out = []
    for item in items or []:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if title not in by_english:
                raise LanguageError(
                    f"mkdocs.yml: the nav title '{title}' has no entry in data/messages/site.yml - add "
                    f"'nav.<name>: {title}' there, so every language can translate it"
                )
            title = msg(by_english[title])
            item = {title: translate_nav(value, msg) if isinstance(value, list) else value}
        out.append(item)
    return out


def translate_chrome(config, msg) -> None:
    """The page chrome mkdocs.yml writes in English (site name and description, copyright, the palette toggles'
    names), in the build's language: each matched by its English text among the catalog's ``chrome.*`` keys."""
    by_english = {" ".join(msg.english[k].split()): k for k in msg.keys("chrome.")}

    def local(text):
        key = by_english.get(" ".join(str(text).split())) if text else None
        return msg(key) if key else text

    for name in ("site_name", "site_description", "copyright"):
        config[name] = local(config.get(name))
    for scheme in config["theme"].get("palette") or []:
        toggle = scheme.get("toggle") or {}
        if "name" in toggle:
            toggle["name"] = local(toggle["name"])


def _front_matter(text: str) -> tuple[dict, str, str]:
    """(meta, front matter block with its fences, body) of a Markdown page."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            meta = yaml.safe_load(text[4:end]) or {}
            return (meta if isinstance(meta, dict) else {}), text[: end + 5], text[end + 5 :]
    return {}, "", text


def translated_path(lang: str, page: str) -> Path:
    return data_dir() / "i18n" / lang / PAGES / page


def page_status(lang: str, page: str, english: str) -> tuple[str, str]:
    """(status, Markdown) of a hand-written page in ``lang``: its translation when there is one (``translated``
    or ``stale``, by the ``source`` its front matter records), else the English page (``missing``)."""
    path = translated_path(lang, page)
    if not path.is_file():
        return "missing", english
    text = path.read_text(encoding="utf-8")
    meta, _, _ = _front_matter(text)
    return ("translated" if meta.get("source") == source_hash(english) else "stale"), text


# What a hand-written page keeps as written in the pseudo-locale, besides what pseudo_text keeps: attribute lists
# and heading anchors, an admonition's type, and reference-style link definitions.
_PAGE_KEEP = re.compile(r"(\{\s*[#.:][^}]*\}|^!!!\s+\w+|^\[[^\]]+\]:\s*\S+)", re.M)


PROSE_META = ("title", "description")  # the front matter a reader reads; the rest (template, hide...) is settings


def pseudo_page(text: str) -> str:
    """A hand-written page in the pseudo-locale: prose and front matter values transformed; code blocks, front
    matter keys, macros, link targets, attribute lists and HTML kept."""
    meta, head, body = _front_matter(text)
    if head:
        lines = ["---"]
        for key, value in meta.items():
            value = pseudo_text(value) if key in PROSE_META and isinstance(value, str) else value
            lines.append(yaml.safe_dump({key: value}, allow_unicode=True, width=10**9).rstrip("\n"))
        head = "\n".join(lines) + "\n---\n"
    out, fence = [], None
    for line in body.split("\n"):
        stripped = line.lstrip()
        if fence:
            out.append(line)
            if stripped.startswith(fence):
                fence = None
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            out.append(line)
            continue
        parts = _PAGE_KEEP.split(line)
        out.append("".join(p if i % 2 else pseudo_text(p) for i, p in enumerate(parts)))
    return head + "\n".join(out)


WORST = ("missing", "stale", "translated")


def localized_page(lang: str, page: str, english: str, prefix: str, msg, notice, data: str = "translated") -> str:
    """The Markdown of a hand-written page in ``lang``, with the notice (``notice``: macros.render.notice) its
    worst text needs: of the page's own text, or of the data it renders (``data``: that data's worst status)."""
    if lang == PSEUDO:
        return pseudo_page(english)
    own, text = page_status(lang, page, english)
    block = notice.notice(min(own, data, key=WORST.index), page, prefix, msg)
    return notice.with_notice(text, block, english=own == "missing")
