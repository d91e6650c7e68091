"""What ``make check`` says about the translations: a line per language, warnings (each stale text, and the missing
texts of each overlay), and the gate.

A stale or missing translation never stops the build: the reader gets the previous translation or the English,
with a notice. What fails ``make check`` (and so CI) is a published language whose share of current translations
falls below its ``min_translated`` in data/i18n/languages.yml: :func:`threshold_problems`.
"""

from __future__ import annotations

from ..model import Model
from ..problems import Problem
from .pseudo import PSEUDO
from .source import source_hash
from .status import MISSING, SOURCE_LANG, Summary, Text

CONTRIBUTING = "see CONTRIBUTING.md, Translating"


def _summary(model: Model, code: str) -> Summary:
    """A language's counts; a language with no folder has every English text missing."""
    translation = model.translations.get(code)
    if translation is None:
        return Summary(missing=len(model.translations[SOURCE_LANG].texts))
    return Summary.of(translation.texts)


def summary_lines(model: Model) -> list[str]:
    """One line per language: ``pt-BR: 700 translated, 20 stale, 16 missing (95%)``, and whether it is published
    (listed in data/i18n/languages.yml) with its threshold."""
    published = {lang.code: lang for lang in model.languages}
    codes = [*published, *(c for c in model.translations if c not in published and c not in (SOURCE_LANG, PSEUDO))]
    lines = []
    for code in codes:
        lang = published.get(code)
        if lang is None:
            lines.append(f"{code}: {_summary(model, code)} - not published: list it in data/i18n/languages.yml")
        else:
            lines.append(
                f"{code}: {_summary(model, code)}, published at /{lang.path}/ (min_translated {lang.min_translated}%)"
            )
    return lines


def _english(text: Text) -> str:
    value = text.english if isinstance(text.english, str) else " / ".join(text.english)
    value = " ".join(value.split())
    return value if len(value) <= 100 else value[:97] + "..."


def stale_warnings(model: Model) -> list[Problem]:
    """Each stale translation at its overlay line, with the English it should now say."""
    return [
        Problem(
            text.overlay,
            text.line,
            f"stale: '{text.name}' translates an older English text - update the translation and its source to "
            f"{source_hash(text.english)} ({CONTRIBUTING}); the English now reads: {_english(text)}",
        )
        for code, translation in model.translations.items()
        if code != SOURCE_LANG
        for text in translation.stale()
    ]


def missing_warnings(model: Model, shown: int = 5) -> list[Problem]:
    """One warning per overlay with missing texts, at the line of the first, naming the first few."""
    found = []
    for code, translation in model.translations.items():
        if code in (SOURCE_LANG, PSEUDO):
            continue
        files: dict[str, list[Text]] = {}
        for text in translation.texts:
            if text.status == MISSING:
                files.setdefault(text.file, []).append(text)
        for name, texts in files.items():
            lines = [t.line for t in texts if t.line]
            names = ", ".join(t.name for t in texts[:shown]) + (
                f" and {len(texts) - shown} more" if len(texts) > shown else ""
            )
            found.append(
                Problem(
                    f"{_folder(model, code)}/{name}",
                    min(lines, default=1),
                    f"{len(texts)} missing: {names} - readers see the English there, with a notice",
                )
            )
    return found


def _folder(model: Model, code: str) -> str:
    """The language's folder as messages name it: beside the overlays it has, else data/i18n/<code>."""
    for text in model.translations[code].texts:
        if text.overlay:
            return text.overlay[: -len(text.file) - 1]
    return f"data/i18n/{code}"


def threshold_problems(model: Model) -> list[Problem]:
    """A problem for each published language whose current translations fall below its ``min_translated``."""
    problems = []
    for lang in model.languages:
        total = _summary(model, lang.code)
        if total.percent < lang.min_translated:
            problems.append(
                Problem(
                    lang.file,
                    lang.line,
                    f"{lang.code}: {total} - below its min_translated of {lang.min_translated}%: translate the "
                    f"missing texts and update the stale ones, or stop publishing it ({CONTRIBUTING})",
                )
            )
    return problems
