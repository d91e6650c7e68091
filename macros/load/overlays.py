"""Reading the translations: ``data/i18n/languages.yml`` and each language's overlays, held to the English.

An overlay (``data/i18n/<lang>/<the English file's name>``, see :mod:`macros.i18n.scaffold`) names records by their
keys and fields by their names; :func:`load_overlays` walks every English text (:mod:`macros.i18n.texts` says which
fields are texts) and looks its entry up in the overlay, so each language gets one
:class:`~macros.i18n.status.Text` per English text, translated, stale or missing. What the overlay holds that the
English has no text for is refused here, at its line: a file, a record (a translation cannot add one), a field that
is not translatable, a key an entry does not have. What a translated text may contain is checked by the rules
(:mod:`macros.validate.overlay_rules`).

``pages/`` (translated hand-written pages) and ``messages/`` (the interface's catalogs) of a language folder are the
site's and the widget's; nothing here reads them.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from ..i18n.messages import language_problems as catalog_problems
from ..i18n.pseudo import PSEUDO
from ..i18n.status import SOURCE_LANG, TRANSLATED, Language, Text, make_text
from ..i18n.texts import FILE_TEXTS, POSITION, TEXTS, Texts, record_key
from ..kinds import KINDS, MODEL_FILE, PRACTICES_DIR, SINGLE_FILES
from ..problems import Problem
from .files import Source, _parse, display_path
from .schema import schema_problems
from .yaml_lines import load_texts

I18N_DIR = "i18n"  # data/i18n/
LANGUAGES_FILE = "languages.yml"  # data/i18n/languages.yml: the published languages
LANGUAGES_SCHEMA = "languages"  # data/schema/languages.schema.json
SITE_FOLDERS = ("pages", "messages")  # a language's translated pages and interface catalogs: not overlays
_FILE_OF_SCHEMA = {schema: name for name, schema in SINGLE_FILES.items()}


def _english(sources: list[Source]) -> dict[str, object]:
    """data/-relative name -> parsed English document, for every file that has texts to translate."""
    out = {}
    for src in sources:
        name = f"{PRACTICES_DIR}/{Path(src.path).name}" if src.kind == "practice" else _FILE_OF_SCHEMA[src.kind]
        has_texts = name in FILE_TEXTS or src.kind == "practice"
        has_texts |= any(k.file == name and k.key and TEXTS[k.field] is not None for k in KINDS)
        if has_texts and isinstance(src.doc, dict):
            out[name] = src.doc
    return out


def _type(value) -> str:
    return "a list" if isinstance(value, list) else "nothing" if value is None else "text"


def _expected(kind: str, key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
    hint = f"did you mean '{close[0]}'? " if close else ""
    listed = ", ".join(known) if len(known) <= 12 else f"the {len(known)} {kind} keys of the English"
    return f"{hint}expected one of: {listed}"


def _line(node, key) -> int:
    return node.line_of(key) if hasattr(node, "line_of") else getattr(node, "line", 1)


# The messages, one function each (tests/test_message_sites.py finds them by their Problem(...) calls).
def _not_mapping(path: str, line: int, what: str, value, lang: str) -> Problem:
    return Problem(
        path,
        line,
        f"{what} must be a mapping, not {_type(value)} - keep the layout the scaffold writes "
        f"(python -m macros.i18n.scaffold {lang})",
    )


def _unknown_entry_key(path: str, line: int, extra, key: str, label: str) -> Problem:
    return Problem(
        path,
        line,
        f"unknown key '{extra}' in '{key}' of {label} - an entry holds source (the hash of the English it "
        "translates) and text (the translation)",
    )


def _no_english(path: str, line: int, key: str, label: str) -> Problem:
    return Problem(path, line, f"'{key}' of {label} has no English text to translate - delete it")


def _not_translatable(path: str, line: int, key, label: str, allowed: list) -> Problem:
    return Problem(path, line, f"'{key}' of {label} is not translatable - translatable: {', '.join(allowed)}")


def _unknown_record(path: str, line: int, key: str, listed: str, expected: str) -> Problem:
    return Problem(
        path,
        line,
        f"unknown key '{key}' in {listed} - a translation names the English's records and cannot add one; {expected}",
    )


class _Overlay:
    """One overlay walked along its English file: the texts found, and a problem for whatever does not fit."""

    def __init__(self, name: str, shown: str, lang: str, problems: list[Problem], source: bool = False):
        self.name, self.shown, self.lang, self.problems = name, shown, lang, problems
        self.source = source  # walking the English alone: each text is its own translation
        self.texts: list[Text] = []

    def child(self, node, key, what: str):
        """``node[key]`` when it is a mapping; None when absent, or (with a problem) when it is something else."""
        value = node.get(key) if isinstance(node, dict) else None
        if value is None or isinstance(value, dict):
            return value
        self.problems.append(_not_mapping(self.shown, _line(node, key), what, value, self.lang))
        return None

    def leaf(self, kind: str, record: str, path: tuple, english, node, key: str, label: str) -> None:
        entry = self.child(node, key, f"'{key}' of {label}")
        for extra in entry or ():
            if extra not in ("source", "text"):
                self.problems.append(_unknown_entry_key(self.shown, _line(entry, extra), extra, key, label))
        line = node.line_of(key) if entry is not None else 0
        shown = self.shown if entry is not None else ""
        if self.source:
            self.texts.append(Text(self.name, kind, record, path, english, TRANSLATED))
        else:
            self.texts.append(make_text(self.name, kind, record, path, english, entry, shown, line))

    def fields(self, spec: Texts, raw: dict, node, kind: str, record: str, prefix: tuple, label: str) -> None:
        for name in spec.fields:
            if raw.get(name) not in (None, "", []):
                self.leaf(kind, record, (*prefix, name), raw[name], node, name, label)
        for name, sub in spec.nested.items():
            items = raw.get(name) if isinstance(raw.get(name), list) else []
            inner = self.child(node, name, f"'{name}' of {label}")
            self.records(sub, items, inner, kind, record, (*prefix, name), (f"'{name}' of {label}", name))
        for key in node or ():
            if key in spec.fields and raw.get(key) in (None, "", []):
                self.problems.append(_no_english(self.shown, _line(node, key), key, label))
            elif key not in spec.fields and key not in spec.nested:
                allowed = [*spec.fields, *spec.nested]
                self.problems.append(_not_translatable(self.shown, _line(node, key), key, label, allowed))

    def records(self, spec: Texts, items: list, node, kind: str, record: str | None, prefix: tuple, names: tuple):
        """The records of one English list; ``record`` None: they are the kind's own records (a level), else
        records nested in ``record`` (a level's next steps), named below it. ``names``: what messages call the
        list and one of its records."""
        listed, one = names
        english = {}
        for position, raw in enumerate(items, start=1):
            if isinstance(raw, dict) and all(k in raw for k in spec.key if k != POSITION):
                english[record_key(spec, raw, position)] = raw
        written = {str(k): k for k in node or ()}
        for key, raw in english.items():
            where = f"{one} '{key}'" if record is None else f"{one} '{key}' of {listed.split(' of ', 1)[1]}"
            inner = self.child(node, written[key], where) if key in written else None
            own = record is None
            self.fields(spec, raw, inner, kind, key if own else record, () if own else (*prefix, key), where)
        for shown, key in written.items():
            if shown not in english:
                expected = _expected(one, shown, list(english))
                self.problems.append(_unknown_record(self.shown, _line(node, key), shown, listed, expected))

    def file(self, english: dict, doc) -> None:
        root = doc if isinstance(doc, dict) else None
        if doc is not None and root is None:
            self.problems.append(_not_mapping(self.shown, 1, "the overlay", doc, self.lang))
        if self.name.startswith(f"{PRACTICES_DIR}/"):
            stem = Path(self.name).stem
            self.fields(TEXTS["practices"], english, root, "practices", stem, (), f"practice '{stem}'")
            return
        allowed = []
        for name in FILE_TEXTS.get(self.name, ()):
            allowed.append(name)
            if english.get(name) not in (None, "", []):
                self.leaf(self.name, "", (name,), english[name], root, name, f"data/{self.name}")
        for kind in KINDS:
            if kind.file == self.name and kind.key and TEXTS[kind.field] is not None:
                allowed.append(kind.key)
                items = english.get(kind.key) if isinstance(english.get(kind.key), list) else []
                inner = self.child(root, kind.key, f"'{kind.key}'")
                self.records(TEXTS[kind.field], items, inner, kind.field, None, (), (f"'{kind.key}'", kind.label))
        for key in root or ():
            if key not in allowed:
                self.problems.append(_not_translatable(self.shown, _line(root, key), key, f"data/{self.name}", allowed))


def _language_folder(folder: Path, lang: str, english: dict, root: Path, problems: list[Problem]) -> list[Text]:
    """Every English text with its entry in this language's overlays; a problem for each file that is none."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts):
            continue
        if len(rel.parts) > 1 and rel.parts[0] in SITE_FOLDERS:
            continue
        if rel.as_posix() in english:
            found[rel.as_posix()] = path
            continue
        allowed = ", ".join(name for name in english if not name.startswith(f"{PRACTICES_DIR}/"))
        problems.append(
            Problem(
                display_path(path, root),
                1,
                f"unknown file in data/{I18N_DIR}/{lang}/ - an overlay has the name of the English data file it "
                f"translates: {allowed}, or {PRACTICES_DIR}/<id>.yml of a practice "
                f"({'/, '.join(SITE_FOLDERS)}/ hold pages and interface catalogs)",
            )
        )
    texts, shown = [], display_path(folder, root)
    for name, doc in english.items():
        path = folder / name
        src = _parse("overlay", path, root, problems, load_texts, f"{shown}/{name}") if name in found else None
        walk = _Overlay(name, f"{shown}/{name}", lang, problems)
        walk.file(doc, src.doc if src else None)
        texts += walk.texts
    return texts


def _languages(path: Path, root: Path, problems: list[Problem]) -> list[Language]:
    src = _parse(LANGUAGES_SCHEMA, path, root, problems)
    if src.doc is None:
        return []
    found = schema_problems(LANGUAGES_SCHEMA, src.path, src.doc)
    problems.extend(p for p, _ in found)
    if found:
        return []
    names = ("code", "name", "path", "search", "min_translated")
    return [Language(*(raw[n] for n in names), line=raw.line, file=src.path) for raw in src.doc["languages"]]


def english_texts(sources: list[Source]) -> list[Text]:
    """Every translatable text of the English data, in the data's order, each ``translated`` (it is the source)."""
    texts = []
    for name, doc in _english(sources).items():
        walk = _Overlay(name, "", SOURCE_LANG, [], source=True)
        walk.file(doc, None)
        texts += walk.texts
    return texts


def load_overlays(sources: list[Source], data_dir: Path, root: Path, problems: list[Problem]):
    """(the published languages, language code -> its texts) from data/i18n/, with a problem for everything in
    there that is no overlay of an English text. No data/i18n/ folder: English only."""
    folder = data_dir / I18N_DIR
    if not folder.is_dir():
        return [], {}
    english = _english(sources)
    languages, overlays = [], {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir() and path.name in (SOURCE_LANG, PSEUDO):
            problems.append(
                Problem(
                    display_path(path, root),
                    1,
                    f"'{path.name}' is English, the source, or the test-only pseudo-locale made from it in memory: "
                    "neither has overlays - delete the folder",
                )
            )
        elif path.is_dir():
            overlays[path.name] = _language_folder(path, path.name, english, root, problems)
            problems.extend(catalog_problems(path.name, data_dir, root))  # its interface catalogs, messages/
        elif path.name == LANGUAGES_FILE:
            languages = _languages(path, root, problems)
        else:
            problems.append(
                Problem(
                    display_path(path, root),
                    1,
                    f"unexpected file in data/{I18N_DIR}/ - it holds {LANGUAGES_FILE} and one folder per language, "
                    "named by its code (such as pt-BR)",
                )
            )
    if MODEL_FILE not in english:
        return languages, {}  # without the model's own file there is no model to translate
    return languages, overlays
