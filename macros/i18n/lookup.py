"""The site catalog as the renderers use it: ``msg(key, **values)`` is a text in the build's language, filled in.

:mod:`.messages` reads the catalogs (English, a language's overlay, the pseudo-locale) and decides which text a
build shows; this wraps one catalog in a lookup a renderer can call: a plural entry takes its form from ``count``
by the language's rule, and a key the English catalog lacks raises ``KeyError`` naming the catalog, so a page can
never print an empty string. It is read again when either file changes (``make serve`` shows an edited catalog).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..paths import DATA_DIR
from . import messages

ENGLISH = "en"
SITE = "site"


def plural_form(lang: str, count: int) -> str:
    """CLDR's cardinal category: Portuguese (pt) counts 0 and 1 as "one", English only 1; "other" otherwise."""
    if lang.split("-")[0].lower() == "pt":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


@dataclass(frozen=True)
class Messages:
    """One catalog in one language; ``english`` as written, ``texts`` what the build shows for every key."""

    lang: str
    english: dict
    texts: dict
    fallback: frozenset = field(default_factory=frozenset)  # keys shown in English (no translation that fits)
    name: str = SITE

    def __call__(self, key: str, **values) -> str:
        if key not in self.english:
            raise KeyError(f"data/{messages.MESSAGES_DIR}/{self.name}.yml has no message '{key}'")
        value = self.texts.get(key, self.english[key])
        if isinstance(value, dict):
            lang = ENGLISH if key in self.fallback else self.lang
            value = value.get(plural_form(lang, values["count"]), value["other"])
        return value.format(**values) if values else value

    def keys(self, prefix: str = "") -> list[str]:
        return [k for k in self.english if k.startswith(prefix)]


def _stamp(path: Path):
    return path.stat().st_mtime_ns if path.is_file() else None


@cache
def _load(name: str, lang: str, data_dir: Path, stamps: tuple) -> Messages:
    english = messages.english(name, data_dir)
    texts = messages.catalog(name, lang, data_dir)
    fallback = frozenset()
    if lang not in (ENGLISH, messages.PSEUDO):  # the pseudo-locale transforms every English text
        overlay = messages._read(messages.overlay_path(name, lang, data_dir))
        fallback = frozenset(k for k, v in english.items() if messages.status(v, overlay.get(k)) == "missing")
    return Messages(lang, english, texts, fallback, name)


def catalog(name: str = SITE, lang: str = ENGLISH, data_dir: Path = DATA_DIR) -> Messages:
    """The catalog ``name`` in ``lang`` as a lookup (English for ``en``)."""
    files = (messages.english_path(name, data_dir), messages.overlay_path(name, lang, data_dir))
    return _load(name, lang, data_dir, tuple(_stamp(f) for f in files))


def site(lang: str = ENGLISH) -> Messages:
    """The site's catalog, data/messages/site.yml, in ``lang``: what renderers take as ``msg``."""
    return catalog(SITE, lang)
