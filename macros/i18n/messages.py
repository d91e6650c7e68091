"""Message catalogs: the fixed words of the site and the self-check widget, in English and in each language.

The English catalog ``data/messages/<name>.yml`` maps a key to a text, or to ``{one:, other:}`` for a text that
depends on a number (``{count}``), with ``{name}`` placeholders the code fills in. A language's catalog,
``data/i18n/<lang>/messages/<name>.yml``, holds ``key: {source, text}`` in the overlays' form: ``source`` is the
:func:`~.source.source_hash` of the English it translates, ``text`` the translation (for a plural entry, a mapping
of the language's plural categories, ``other`` required). :func:`catalog` gives the words a build shows: each
translation where one is written and fits (a stale one too: it is usually close), else the English. A translation
whose placeholders differ from the English, or of the wrong shape, is never shown: :func:`problems` reports it.
The pseudo-locale ``qps-ploc`` is made from the English through :func:`~.pseudo.pseudo`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from ..paths import DATA_DIR
from ..problems import Problem
from .pseudo import PSEUDO, pseudo
from .source import source_hash

MESSAGES_DIR = "messages"  # under data/ (English) and under data/i18n/<lang>/
I18N_DIR = "i18n"
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")  # CLDR's categories, which Intl.PluralRules returns


def english_path(name: str, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / MESSAGES_DIR / f"{name}.yml"


def overlay_path(name: str, lang: str, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / I18N_DIR / lang / MESSAGES_DIR / f"{name}.yml"


def _read(path: Path) -> dict:
    if not path.is_file():
        return {}
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def english(name: str, data_dir: Path = DATA_DIR) -> dict:
    """The English catalog as written: key -> text or {one:, other:}."""
    return _read(english_path(name, data_dir))


def placeholders(value) -> set[str]:
    """The {names} a text (or every form of a plural entry) uses."""
    texts = value.values() if isinstance(value, dict) else [value]
    return {name for text in texts if isinstance(text, str) for name in PLACEHOLDER.findall(text)}


def _fits(source, text) -> bool:
    """Whether a translation can stand in for its English: same shape, same placeholders."""
    if isinstance(source, str):
        return isinstance(text, str) and bool(text.strip()) and placeholders(text) == placeholders(source)
    return (
        isinstance(text, dict)
        and "other" in text
        and set(text) <= set(PLURAL_FORMS)
        and all(isinstance(v, str) and v.strip() and placeholders(v) == placeholders(source) for v in text.values())
    )


def status(source, entry) -> str:
    """ "translated", "stale" (made from another English text) or "missing" for one overlay entry."""
    if not isinstance(entry, dict) or not _fits(source, entry.get("text")):
        return "missing"
    return "translated" if entry.get("source") == source_hash(source) else "stale"


def catalog(name: str, lang: str | None = None, data_dir: Path = DATA_DIR) -> dict:
    """The words a build in ``lang`` shows (None or "en": the English), every English key present."""
    source = english(name, data_dir)
    if lang in (None, "en"):
        return source
    if lang == PSEUDO:
        return {key: ({k: pseudo(v) for k, v in value.items()} if isinstance(value, dict) else pseudo(value))
                for key, value in source.items()}  # fmt: skip
    overlay = _read(overlay_path(name, lang, data_dir))
    return {key: overlay[key]["text"] if status(value, overlay.get(key)) != "missing" else value
            for key, value in source.items()}  # fmt: skip


def coverage(name: str, lang: str, data_dir: Path = DATA_DIR) -> dict[str, int]:
    """How many of a catalog's texts are translated, stale and missing in ``lang``."""
    source, overlay = english(name, data_dir), _read(overlay_path(name, lang, data_dir))
    counts = dict.fromkeys(("translated", "stale", "missing"), 0)
    for key, value in source.items():
        counts[status(value, overlay.get(key))] += 1
    return counts


def _lines(path: Path) -> dict[str, int]:
    """The line of each top-level key of a YAML mapping (1-based)."""
    node = yaml.compose(path.read_text(encoding="utf-8"))
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}


def _english_of(name: str, data_dir: Path) -> dict:
    """A catalog's English from ``data_dir`` when it has one, else the project's: the catalogs belong to the code,
    so a data set without them (the tests' minimal data, the benchmark's) is checked against the project's."""
    path = english_path(name, data_dir)
    return english(name, data_dir if path.is_file() else DATA_DIR)


def problems(name: str, lang: str, data_dir: Path = DATA_DIR, root: Path | None = None) -> list[Problem]:
    """Every problem of a language's catalog; a stale or missing text is none. ``root``: paths are relative to it."""
    path = overlay_path(name, lang, data_dir)
    if not path.is_file():
        return []
    where = (path.relative_to(root) if root else path).as_posix()
    source, overlay, lines = _english_of(name, data_dir), _read(path), _lines(path)
    out = []
    for key, entry in overlay.items():
        line = lines.get(str(key), 1)
        if key not in source:
            out.append(_unknown_message(where, line, name, key))
            continue
        if not isinstance(entry, dict) or set(entry) - {"source", "text"}:
            out.append(Problem(where, line, f"message '{key}' must be a mapping of source and text"))
            continue
        text, english_value = entry.get("text"), source[key]
        if text in (None, ""):
            continue  # missing: a status, not an error
        if isinstance(english_value, dict) and not (
            isinstance(text, dict) and "other" in text and set(text) <= set(PLURAL_FORMS)
        ):
            out.append(_not_plural(where, line, key))
        elif isinstance(english_value, str) and not isinstance(text, str):
            out.append(Problem(where, line, f"message '{key}' must be a text"))
        elif placeholders(text) != placeholders(english_value):
            out.append(_other_placeholders(where, line, key, placeholders(text), placeholders(english_value)))
    return out


def _unknown_message(where: str, line: int, name: str, key) -> Problem:
    return Problem(
        where, line, f"unknown message '{key}' - the English catalog data/{MESSAGES_DIR}/{name}.yml has no such key"
    )


def _not_plural(where: str, line: int, key: str) -> Problem:
    return Problem(
        where,
        line,
        f"message '{key}' depends on a number: its text must be a mapping of plural forms "
        f"({', '.join(PLURAL_FORMS)}) with at least 'other'",
    )


def _other_placeholders(where: str, line: int, key: str, found: set, expected: set) -> Problem:
    def names(found: set) -> str:
        return ", ".join(f"{{{n}}}" for n in sorted(found)) or "none"

    return Problem(
        where,
        line,
        f"message '{key}' has the placeholders {names(found)} - the English has {names(expected)}, keep exactly those",
    )


def language_problems(lang: str, data_dir: Path = DATA_DIR, root: Path | None = None) -> list[Problem]:
    """Every problem of every catalog of ``lang`` (data/i18n/<lang>/messages/), a file no catalog's included."""
    folder = data_dir / I18N_DIR / lang / MESSAGES_DIR
    out = []
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        name = path.name.removesuffix(".yml")
        if path.suffix == ".yml" and (english_path(name, data_dir).is_file() or english_path(name).is_file()):
            out += problems(name, lang, data_dir, root)
        elif not path.name.startswith("."):
            known = ", ".join(sorted(p.name for p in (DATA_DIR / MESSAGES_DIR).glob("*.yml")))
            where = (path.relative_to(root) if root else path).as_posix()
            out.append(
                Problem(
                    where, 1, f"unknown catalog - a language's catalogs have the names of the English ones: {known}"
                )
            )
    return out


HEADER = (
    "# {lang} words of data/messages/{name}.yml. Each: source (the English it translates, as a hash; keep it when you\n"
    "# translate) and text (yours: keep every {{placeholder}}; a plural entry gets one text per plural form of the\n"
    "# language, 'other' required). No text: missing, the English is shown. See CONTRIBUTING.md, Translating.\n"
)


def scaffold(name: str, lang: str, data_dir: Path = DATA_DIR) -> tuple[int, int]:
    """(Re)write a language's catalog: every English key, with the English as a comment; written texts and their
    ``source`` are kept (so a changed English shows as stale), keys the English dropped are dropped. (texts, done)."""
    source, path = english(name, data_dir), overlay_path(name, lang, data_dir)
    old = _read(path)
    lines, done = [], 0
    for key, value in source.items():
        entry = old.get(key) if isinstance(old.get(key), dict) else {}
        written = entry.get("text") not in (None, "")
        done += written
        forms = value.items() if isinstance(value, dict) else [(None, value)]
        lines.append(f"{key}:")
        shown = [(form, text if text == text.strip() else json.dumps(text, ensure_ascii=False)) for form, text in forms]
        lines += [f"  # {form}: {text}" if form else f"  # {text}" for form, text in shown]  # spaces at an end: quoted
        kept = (
            {"source": entry.get("source", source_hash(value)), "text": entry["text"]}
            if written
            else {"source": source_hash(value)}
        )
        dumped = yaml.safe_dump(kept, allow_unicode=True, width=10**9, sort_keys=False).rstrip("\n")
        lines += [f"  {line}" for line in dumped.split("\n")]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(lang=lang, name=name) + "\n".join(lines) + "\n", encoding="utf-8")
    return len(source), done


if __name__ == "__main__":
    import sys

    for lang in sys.argv[1:] or ["pt-BR"]:
        total, done = scaffold("widget", lang)
        print(
            f"data/{I18N_DIR}/{lang}/{MESSAGES_DIR}/widget.yml: {total} texts, {done} translated, {total - done} missing"
        )
