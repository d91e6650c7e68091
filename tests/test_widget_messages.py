"""The self-check's words: every key the widget uses is in the English catalog, every key there is used, and a
translation keeps the English placeholders (a bad one is never shown; `make check` reports it with file:line, as
the bad fixtures tests/fixtures/bad/messages-* show).

The keys are found in the source: the message argument of each ``t(data, ...)``, ``tr(...)`` and ``say(...)``
call of docs/assets/self-check/ (string literals, both sides of a choice; a template literal such as
`undo.${reason}` stands for every key it can match) and each ``messages["..."]`` of the build's Python.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from macros.i18n.messages import catalog, coverage, english, placeholders, problems
from macros.i18n.pseudo import PSEUDO
from macros.i18n.source import source_hash
from tests.support import FIXTURES, ROOT

WIDGET = ROOT / "docs" / "assets" / "self-check"
PYTHON = [ROOT / "macros" / "selfcheck" / "render.py"]
CALL = re.compile(r"\b(t|tr|say|bad)\(")  # bad(): answers.js's one-line wrapper of t() for a link's problems
KEY = re.compile(r"[a-z_][\w.-]*")
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`')
BAD = sorted(
    p for p in (FIXTURES / "bad").glob("messages-*") if (p / "i18n" / "xx" / "messages" / "widget.yml").is_file()
)


def _argument(source: str, start: int) -> str:
    """The text of one call argument from ``start`` to the comma or parenthesis that ends it (strings skipped)."""
    depth, at = 0, start
    while at < len(source):
        char = source[at]
        if char in "\"'`":
            end = source.index(char, at + 1)
            while source[end - 1] == "\\":
                end = source.index(char, end + 1)
            at = end
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif char == "," and depth == 0:
            break
        at += 1
    return source[start:at]


def _top_literals(argument: str) -> list[str]:
    """The string and template literals of an argument outside nested calls (those are read as calls of their own)
    and not compared with (`kept === "newer" ? "a" : "b"` asks for "a" or "b")."""
    out, depth, at = [], 0, 0
    while at < len(argument):
        match = LITERAL.match(argument, at)
        if match:
            compared = re.search(r"[=!]==?\s*$", argument[:at])
            text = match.group(1) if match.group(1) is not None else match.group(2)
            # A key, or a template of one (undo.${reason}); a template of text (`${tr("a")} ${tr("b")}`) is not.
            if depth == 0 and not compared and KEY.fullmatch(re.sub(r"\$\{[^}]*\}", "x", text)):
                out.append(text)
            at = match.end()
            continue
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(argument[at], 0)
        at += 1
    return out


def js_keys(source: str) -> list[str]:
    """Every key (or template of keys) a module asks t(), tr() or say() for."""
    keys = []
    for match in CALL.finditer(source):
        start = match.end()
        if match.group(1) == "t":  # t(data, key, ...): skip the data
            start += len(_argument(source, start)) + 1
        keys += _top_literals(_argument(source, start))
    return keys


def used_keys() -> list[tuple[str, str]]:
    found = [
        (path.relative_to(ROOT).as_posix(), key)
        for path in sorted(WIDGET.rglob("*.js"))
        for key in js_keys(path.read_text(encoding="utf-8"))
    ]
    for path in PYTHON:
        found += [(path.name, k) for k in re.findall(r'messages\["([^"]+)"\]', path.read_text(encoding="utf-8"))]
    return found


def pattern(key: str) -> re.Pattern:
    """A key, or a template literal's keys: each ${...} stands for any text."""
    parts = re.split(r"\$\{[^}]*\}", key)
    return re.compile(".+".join(re.escape(part) for part in parts) + r"\Z")


def test_every_key_the_widget_uses_is_in_the_english_catalog():
    known = english("widget")
    used = used_keys()
    assert used, "no t(data, key) call found: the scanner no longer reads the widget's source"
    missing = [f"{where}: {key}" for where, key in used if not any(pattern(key).match(k) for k in known)]
    assert missing == []


def test_every_key_of_the_english_catalog_is_used():
    patterns = {pattern(key) for _, key in used_keys()}
    unused = [key for key in english("widget") if not any(p.match(key) for p in patterns)]
    assert unused == []


def test_no_string_the_widget_shows_is_written_in_its_code():
    """What reaches the page goes through the catalog: text: "...", button("..."), h(..., "...") with words in it."""
    shown = re.compile(r'(?:\btext: |\bbutton\(|\bsay\(|\.add\()"([^"]*[A-Za-z]{2}[^"]*)"')
    keys = english("widget")
    found = [
        f"{path.relative_to(ROOT)}: {text}"
        for path in sorted(WIDGET.rglob("*.js"))
        for text in shown.findall(path.read_text(encoding="utf-8"))
        if text not in keys
    ]
    assert found == []


def test_the_catalog_is_keys_to_texts_or_plural_forms_with_other():
    for key, value in english("widget").items():
        assert re.fullmatch(r"[a-z_]+(\.[a-z_-]+)*", key), key
        if isinstance(value, dict):
            assert "other" in value and set(value) <= {"zero", "one", "two", "few", "many", "other"}, key
            assert len({frozenset(placeholders(v)) for v in value.values()}) == 1, (
                f"{key}: forms differ in placeholders"
            )
        else:
            assert isinstance(value, str) and value, key


def test_every_translated_catalog_fits_the_english():
    """The real catalogs of every language: no problem (stale and missing texts are statuses, not problems)."""
    for folder in sorted((ROOT / "data" / "i18n").iterdir()):
        if (folder / "messages" / "widget.yml").is_file():
            assert problems("widget", folder.name, root=ROOT) == [], folder.name
            assert problems("site", folder.name, root=ROOT) == [], folder.name


def _data(tmp_path: Path, case: Path | None = None) -> Path:
    data = tmp_path / "data"
    (data / "messages").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "messages" / "widget.yml", data / "messages" / "widget.yml")
    if case:
        shutil.copytree(case, data, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    return data


@pytest.mark.parametrize("case", BAD, ids=lambda p: p.name)
def test_a_bad_translation_is_never_shown(tmp_path, case):
    """Whatever a bad entry holds, the widget gets the English for it, with the placeholders the code fills."""
    data = _data(tmp_path, case)
    source, words = english("widget", data), catalog("widget", "xx", data)
    reported = re.findall(r"message '([^']+)'", (case / "expected.txt").read_text(encoding="utf-8"))
    assert set(words) == set(source) and reported
    for key in reported:
        if key in source:
            assert words[key] == source[key], key


def test_a_good_translation_is_shown_and_a_changed_english_makes_it_stale(tmp_path):
    data = _data(tmp_path)
    source = english("widget", data)
    key = next(k for k, v in source.items() if isinstance(v, str) and placeholders(v))
    text = "Tradução " + " ".join(f"{{{n}}}" for n in sorted(placeholders(source[key])))
    overlay = data / "i18n" / "xx" / "messages" / "widget.yml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(yaml.safe_dump({key: {"source": source_hash(source[key]), "text": text}}), encoding="utf-8")
    assert catalog("widget", "xx", data)[key] == text
    assert coverage("widget", "xx", data) == {"translated": 1, "stale": 0, "missing": len(source) - 1}
    overlay.write_text(yaml.safe_dump({key: {"source": "00000000", "text": text}}), encoding="utf-8")
    assert catalog("widget", "xx", data)[key] == text  # stale: still shown, as it is usually close
    assert coverage("widget", "xx", data)["stale"] == 1


def test_the_pseudo_locale_transforms_every_text_and_keeps_its_placeholders():
    source, pseudo = english("widget"), catalog("widget", PSEUDO)
    assert set(pseudo) == set(source)
    for key, value in source.items():
        texts = value.values() if isinstance(value, dict) else [value]
        forms = pseudo[key].values() if isinstance(value, dict) else [pseudo[key]]
        for english_text, text in zip(texts, forms, strict=True):
            assert text.startswith("⟦") and placeholders(text) == placeholders(english_text), key
            assert not re.search(r"[A-Za-z]{2}", re.sub(r"\{\w+\}", "", text)), key  # no plain letters left
