"""Write or refresh the overlays of one language: ``python -m macros.i18n.scaffold pt-BR`` (``make new-language``).

Scaffolding never publishes a language: a new one is listed in data/i18n/languages.yml by hand, once its
translation passes the threshold; until then ``make check`` validates and counts it but gates nothing. The command
prints the entry to add.

Every translatable text of the English data gets an entry ``{source, text}`` in ``data/i18n/<lang>/``, with the
English above it as a comment for the translator. An entry without ``text`` is missing. A translation already
written keeps its text and the ``source`` it was made from, so refreshing never makes a stale text look current;
entries whose English record is gone are dropped. Comments in an overlay are rewritten on each refresh.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

import yaml

from ..kinds import KINDS, MODEL_FILE, PRACTICES_DIR
from ..load.yaml_lines import Refused, load_text, load_texts
from ..paths import DATA_DIR
from .pseudo import PSEUDO
from .source import source_hash
from .status import SOURCE_LANG
from .texts import FILE_TEXTS, TEXTS, Texts, record_key

I18N_DIR = "i18n"
HEADER = (
    "# {lang} text of data/{name}, keyed by the English records' ids. Each text: source (the English it translates,\n"
    "# as a hash; keep it when you translate) and text (yours). No text: missing. See CONTRIBUTING.md, Translating.\n"
)


class Unreadable(Exception):
    """A data file or overlay the scaffold cannot read: it writes nothing rather than drop what it could not see."""


def _plain(value):
    """A parsed value as plain dicts, lists and strings (the line-aware loader's subclasses do not dump)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _load(path: Path, texts: bool = True):
    """A file as the checks read it (the project's loader: dates stay text, anchors are refused); an overlay
    (``texts``) with every scalar as text, so a source such as 01234567 stays as written. None when absent."""
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
        return _plain((load_texts if texts else load_text)(text))
    except (yaml.YAMLError, Refused, UnicodeDecodeError, RecursionError) as exc:
        raise Unreadable(f"{path}: cannot be read ({type(exc).__name__}) - run make check and fix it first") from None


def _entry(english, old) -> dict:
    if isinstance(old, dict) and old.get("text") not in (None, "", []):
        return {"source": old.get("source", ""), "text": old["text"], "_en": english}
    return {"source": source_hash(english), "_en": english}


def _fields(texts: Texts, raw: dict, old) -> dict:
    old = old if isinstance(old, dict) else {}
    out = {}
    for name in texts.fields:
        if raw.get(name) not in (None, "", []):
            out[name] = _entry(raw[name], old.get(name))
    for name, sub in texts.nested.items():
        children = _records(sub, raw.get(name) or [], old.get(name))
        if children:
            out[name] = children
    return out


def _records(texts: Texts, items: list, old) -> dict:
    old = {str(k): v for k, v in old.items()} if isinstance(old, dict) else {}
    out = {}
    for position, raw in enumerate(items, start=1):
        key = record_key(texts, raw, position)
        fields = _fields(texts, raw, old.get(key))
        if fields:
            out[key] = fields
    return out


def overlay_of(name: str, english: dict, old) -> dict:
    """The overlay of one English data file (its loaded YAML), keeping the translations in ``old``."""
    old = old if isinstance(old, dict) else {}
    if name.startswith(f"{PRACTICES_DIR}/"):
        return _fields(TEXTS["practices"], english, old)
    out = {f: _entry(english[f], old.get(f)) for f in FILE_TEXTS.get(name, ()) if english.get(f)}
    for kind in KINDS:
        if kind.file == name and kind.key and TEXTS[kind.field] is not None:
            records = _records(TEXTS[kind.field], english.get(kind.key) or [], old.get(kind.key))
            if records:
                out[kind.key] = records
    return out


def _scalar(key, value, indent: int) -> list[str]:
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, width=10**9, sort_keys=False).rstrip("\n")
    return [" " * indent + line for line in dumped.split("\n")]


def _comment(english, indent: int) -> list[str]:
    lines = english if isinstance(english, list) else [english]
    prefix = "# - " if isinstance(english, list) else "# "
    return [" " * indent + prefix + " ".join(str(line).split()) for line in lines]


def emit(node: dict, indent: int = 0) -> list[str]:
    """YAML for an overlay, with the English of each entry as a comment above it."""
    lines = []
    for key, value in node.items():
        head = _scalar(key, None, indent)[0].removesuffix(" null")
        if "_en" in value:
            lines += [head, *_comment(value["_en"], indent + 2)]
            lines += _scalar("source", value["source"], indent + 2)
            if "text" in value:
                lines += _scalar("text", value["text"], indent + 2)
        else:
            lines += [head, *emit(value, indent + 2)]
    return lines


def english_files(data_dir: Path) -> dict[str, dict]:
    """Every English data file that has something to translate: data/-relative name -> its loaded YAML."""
    names = [MODEL_FILE, *dict.fromkeys(k.file for k in KINDS if k.key)]
    files = {name: _load(data_dir / name, texts=False) for name in names}
    for path in sorted((data_dir / PRACTICES_DIR).glob("*.yml")):
        files[f"{PRACTICES_DIR}/{path.name}"] = _load(path, texts=False)
    return {name: doc for name, doc in files.items() if isinstance(doc, dict)}


def count(node) -> tuple[int, int]:
    """(texts, texts with a translation) in an overlay as :func:`overlay_of` returns it."""
    if "_en" in node:
        return 1, int("text" in node)
    pairs = [count(v) for v in node.values()]
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def scaffold(lang: str, data_dir: Path = DATA_DIR) -> tuple[int, int]:
    """Write every overlay of ``lang``; return (texts, translated). The overlay of a practice whose English file
    is gone is deleted, as its records would be."""
    total = done = 0
    files = english_files(data_dir)
    old = {name: _load(data_dir / I18N_DIR / lang / name) for name in files}  # every file read before one is written
    for path in sorted((data_dir / I18N_DIR / lang / PRACTICES_DIR).glob("*.yml")):
        if not (data_dir / PRACTICES_DIR / path.name).is_file():
            path.unlink()
    for name, english in files.items():
        path = data_dir / I18N_DIR / lang / name
        overlay = overlay_of(name, english, old[name])
        if not overlay:
            continue
        texts, translated = count(overlay)
        total, done = total + texts, done + translated
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HEADER.format(lang=lang, name=name) + "\n".join(emit(overlay)) + "\n", encoding="utf-8")
    return total, done


# A language and an optional region or script, as data/schema/genaiops.schema.json's language code allows.
CODE = re.compile(r"[a-z]{2,3}(-[A-Z]{2}|-[A-Z][a-z]{3})?")


def _languages_entry(lang: str) -> str:
    """The lines of data/i18n/languages.yml that publish ``lang``, for its maintainer to complete."""
    return (
        f"  - code: {lang}\n    name: <the language's own name for itself>\n    path: {lang.lower()}\n"
        "    search: <the lunr language of Material's search, such as es; see data/schema/genaiops.schema.json>\n"
        "    min_translated: 90\n"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", help="a BCP 47 language tag, such as pt-BR")
    default = Path(os.environ["GENAIOPS_DATA"]) if os.environ.get("GENAIOPS_DATA") else DATA_DIR
    parser.add_argument("--data", type=Path, default=default, help="the data folder (default: $GENAIOPS_DATA or data/)")
    args = parser.parse_args(argv)
    if not CODE.fullmatch(args.lang) or args.lang.split("-")[0] == SOURCE_LANG or args.lang == PSEUDO:
        print(
            f"'{args.lang}' is not a language to translate into - give a BCP 47 tag such as es or pt-BR (English is "
            f"the source, and {PSEUDO} the test-only pseudo-locale, made in memory)",
            file=sys.stderr,
        )
        return 2
    try:
        total, done = scaffold(args.lang, args.data)
    except Unreadable as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{args.data / I18N_DIR / args.lang}/: {total} texts, {done} translated, {total - done} missing")
    listed = _load(args.data / I18N_DIR / "languages.yml", texts=False) or {}
    if args.lang not in {lang.get("code") for lang in listed.get("languages") or [] if isinstance(lang, dict)}:
        print(
            f"Not published yet: translate (see CONTRIBUTING.md, Translating), run make check, and once it passes "
            f"the threshold add {args.lang} to data/{I18N_DIR}/languages.yml:\n{_languages_entry(args.lang)}",
            end="",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
