"""UI message catalogs: the fixed words the site's renderers write, in each language, with English as the fallback.

``data/messages/<name>.yml`` holds the English: ``key: text``, or ``key: {one: ..., other: ...}`` for a text that
depends on a count, with ``{name}`` placeholders. ``data/i18n/<lang>/messages/<name>.yml`` holds a language's
overlay, ``key: {source, text}`` as every overlay does: ``source`` is :func:`~.source.source_hash` of the English it
translates. A key without a text, or with a stale source, falls back to the English (and is reported as such), so
a page is never missing a word. The pseudo-locale (:data:`~.pseudo.PSEUDO`) transforms every English text instead.

The catalogs are part of the code's vocabulary, not of a data set: they are read from the project's ``data/``
whichever data folder a build renders (the tests' and the benchmark's data sets have no catalogs of their own).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from ..paths import DATA_DIR
from .pseudo import PSEUDO, pseudo
from .source import source_hash

ENGLISH = "en"
MESSAGES_DIR = "messages"


def plural_form(lang: str, count: int) -> str:
    """CLDR's cardinal category for ``count``: Portuguese (pt) counts 0 and 1 as "one", English only 1."""
    if lang.split("-")[0].lower() == "pt":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


def placeholders(value) -> set[str]:
    """The ``{name}`` placeholders of a catalog value (a text, or the forms of a plural)."""
    texts = value.values() if isinstance(value, dict) else [value]
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(str(text)) if name}


@dataclass(frozen=True)
class Messages:
    """One catalog in one language: ``msg(key, **values)`` is the text, its placeholders filled.

    A plural entry takes its form from ``count``. A key the English catalog lacks is a programming error and
    raises ``KeyError`` naming the catalog, so a renderer cannot print an empty string.
    """

    lang: str
    english: dict
    texts: dict = field(default_factory=dict)  # key -> the language's value, only where translated and current
    stale: frozenset = frozenset()  # keys whose translation was made from an older English text
    source: str = "data/messages/site.yml"

    def __call__(self, key: str, **values) -> str:
        if key not in self.english:
            raise KeyError(f"{self.source} has no message '{key}'")
        value = self.texts.get(key, self.english[key])
        lang = self.lang if key in self.texts else ENGLISH
        if isinstance(value, dict):
            value = value[plural_form(lang, values["count"])]
        return value.format(**values) if values else value

    def fell_back(self, key: str) -> bool:
        """Whether ``key`` shows its English text (missing or stale) in a language other than English."""
        return self.lang != ENGLISH and key not in self.texts

    def keys(self, prefix: str = "") -> list[str]:
        return [k for k in self.english if k.startswith(prefix)]


def _read(path: Path) -> dict:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return loaded if isinstance(loaded, dict) else {}


def _pseudo(value):
    return {form: pseudo(text) for form, text in value.items()} if isinstance(value, dict) else pseudo(value)


def _stamp(path: Path):
    return path.stat().st_mtime_ns if path.is_file() else None


def catalog(name: str, lang: str = ENGLISH, data_dir: Path = DATA_DIR) -> Messages:
    """The catalog ``name`` (``site``) in ``lang``; English where the language has no current translation.

    Read again when either file changes (``make serve`` shows an edited catalog on the next rebuild)."""
    files = (data_dir / MESSAGES_DIR / f"{name}.yml", data_dir / "i18n" / lang / MESSAGES_DIR / f"{name}.yml")
    return _catalog(name, lang, data_dir, tuple(_stamp(f) for f in files))


@cache
def _catalog(name: str, lang: str, data_dir: Path, stamps: tuple) -> Messages:
    source = f"data/{MESSAGES_DIR}/{name}.yml"
    english = _read(data_dir / MESSAGES_DIR / f"{name}.yml")
    if lang == ENGLISH:
        return Messages(lang, english, source=source)
    if lang == PSEUDO:
        return Messages(lang, english, {k: _pseudo(v) for k, v in english.items()}, source=source)
    texts, stale = {}, set()
    for key, entry in _read(data_dir / "i18n" / lang / MESSAGES_DIR / f"{name}.yml").items():
        if key not in english or not isinstance(entry, dict) or entry.get("text") in (None, "", {}):
            continue
        if entry.get("source") != source_hash(english[key]):
            stale.add(key)
        else:
            texts[key] = entry["text"]
    return Messages(lang, english, texts, frozenset(stale), source=source)


def site(lang: str = ENGLISH) -> Messages:
    """The site's catalog, data/messages/site.yml, in ``lang``: what renderers take as ``msg``."""
    return catalog("site", lang)
