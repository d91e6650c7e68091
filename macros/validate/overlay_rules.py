"""What a translation may hold: the rules over every written entry of every language's overlays.

Loading (:mod:`macros.load.overlays`) already matched each entry to its English text and refused what has none.
These rules read the entries: the ``source`` is a hash, the ``text`` has the English's shape (text, or a list of as
many texts), uses the Markdown subset every text may use (:mod:`.text_rules`, the same allow-list), keeps the
English's link targets and code spans, and is no placeholder. A stale or missing translation is no problem: it is a
status (:mod:`macros.i18n.status`), which ``make check`` reports as a warning.
"""

from __future__ import annotations

import re

from ..i18n.source import HASH_LENGTH, source_hash
from ..load.context import Context
from ..problems import Problem
from .text_rules import text_problems

_HASH = re.compile(f"[0-9a-f]{{{HASH_LENGTH}}}")
_CODE = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_TARGET = re.compile(r"\]\(([^()\s]*(?:\([^()]*\)[^()\s]*)*)\)")
# Words a translator leaves to come back to; matched as whole words, in capitals, as they are written.
PLACEHOLDERS = ("TODO", "TBD", "XXX", "FIXME")
_PLACEHOLDER = re.compile(r"\b(" + "|".join(PLACEHOLDERS) + r")\b")
# An English text with this many lowercase words or more (prose, not a product name such as "Azure Kubernetes
# Service (AKS)", which a translation keeps), copied unchanged, is untranslated.
COPY_WORDS = 4


def _written(ctx: Context):
    """Every entry that has a ``text``, in every language."""
    for texts in ctx.overlays.values():
        for text in texts:
            if text.text is not None:
                yield text


def _items(text) -> list[tuple[int, object, object]]:
    """(line, English, translation) for a text, item by item for a list (the English items beside them)."""
    node = text.node
    line = node.line_of("text") if hasattr(node, "line_of") else text.line
    if isinstance(text.english, list) and isinstance(text.text, list):
        lines = getattr(text.text, "line_of", lambda i: line)
        return [(lines(i), en, item) for i, (en, item) in enumerate(zip(text.english, text.text, strict=False))]
    return [(line, text.english, text.text)]


def source_hashes(ctx: Context):
    for text in (t for texts in ctx.overlays.values() for t in texts if t.node is not None):
        if not (isinstance(text.source, str) and _HASH.fullmatch(text.source)):
            yield Problem(
                text.overlay,
                text.node.line_of("source") if "source" in text.node else text.line,
                f"source '{text.source}' of '{text.name}' is not a hash of {HASH_LENGTH} hexadecimal digits - keep "
                f"the source the scaffold wrote (the English as it is now has {source_hash(text.english)})",
            )


def shapes(ctx: Context):
    for text in _written(ctx):
        line = text.node.line_of("text")
        if isinstance(text.english, list):
            if not isinstance(text.text, list) or not all(isinstance(item, str) for item in text.text):
                yield Problem(
                    text.overlay,
                    line,
                    f"'{text.name}' must be a list of texts, as its English is, not {_what(text.text)}",
                )
            elif len(text.text) != len(text.english):
                yield Problem(
                    text.overlay,
                    line,
                    f"'{text.name}' lists {len(text.text)} items, its English {len(text.english)} - translate it "
                    "item for item, in the English's order",
                )
        elif not isinstance(text.text, str):
            yield Problem(text.overlay, line, f"'{text.name}' must be text, as its English is, not {_what(text.text)}")


def _what(value) -> str:
    if isinstance(value, list):
        return "a list" if all(isinstance(item, str) for item in value) else "a list holding something else than text"
    return "a mapping" if isinstance(value, dict) else "text" if isinstance(value, str) else type(value).__name__


def _strings(text):
    """(line, English, translation) of each translated string of a text whose shape is right."""
    for line, english, item in _items(text):
        if isinstance(item, str) and isinstance(english, str):
            yield line, english, item


def _markdown(text, line: int, english: str, item: str):
    """The same allow-list as the English (text_rules): a translation publishes what its translator wrote."""
    yield from text_problems(text.overlay, line, item, text.field[-1])


def _kept_spans(text, line: int, english: str, item: str):
    """Link targets and code are the English's: a translation rewords the prose around them only."""
    if "`" not in english and "`" not in item and "](" not in english and "](" not in item:
        return  # most texts have neither: no regular expression to run
    want, got = sorted(_TARGET.findall(english)), sorted(_TARGET.findall(item))
    if want != got:
        targets = ", ".join(want) or "none"
        yield Problem(
            text.overlay,
            line,
            f"the link targets of '{text.name}' differ from the English's - keep each target as the "
            f"English has it (translate the link's text only): {targets}",
        )
    want = sorted(code for _, code in _CODE.findall(english))
    if want != sorted(code for _, code in _CODE.findall(item)):
        spans = ", ".join(f"`{code}`" for code in want) or "none"
        yield Problem(
            text.overlay,
            line,
            f"the code spans of '{text.name}' differ from the English's - keep each one exactly: {spans}",
        )


def _copied(english: str, item: str) -> bool:
    """Whether ``item`` is prose ``english`` copied unchanged (but for line breaks and spaces)."""
    if abs(len(english) - len(item)) > len(english) // 10 + 2:  # a cheap "no" for nearly every translation
        return False
    words = english.split()
    return item.split() == words and sum(w[:1].islower() for w in words) >= COPY_WORDS


def _placeholder(text, line: int, english: str, item: str):
    if not item.strip():
        yield Problem(
            text.overlay,
            line,
            f"'{text.name}' is empty - write the translation, or delete its text to leave it missing",
        )
    elif any(word in item for word in PLACEHOLDERS) and (m := _PLACEHOLDER.search(item)):
        yield Problem(text.overlay, line, f"'{text.name}' still holds the placeholder '{m.group(1)}' - finish the text")
    elif _copied(english, item):
        yield Problem(
            text.overlay,
            line,
            f"'{text.name}' is the English copied unchanged - translate it, or delete its text to leave "
            "it missing (the English is shown then, with a notice)",
        )


def translated_strings(ctx: Context):
    """Each translated string (each item of a list), against the English string it translates: the Markdown
    subset, the English's link targets and code spans, and no placeholder. One pass for the three: at 1,000
    practices a language has tens of thousands of strings."""
    for text in _written(ctx):
        for line, english, item in _strings(text):
            yield from _markdown(text, line, english, item)
            yield from _kept_spans(text, line, english, item)
            yield from _placeholder(text, line, english, item)


def languages(ctx: Context):
    """languages.yml lists each language once, English and the pseudo-locale never."""
    seen = {}
    for lang in ctx.languages:
        if lang.code.split("-")[0] == "en":
            yield Problem(
                lang.file,
                lang.line,
                f"'{lang.code}' is English, the source the guide is written in - list only the languages it is "
                "translated into",
            )
        for value in (lang.code, lang.path):
            if value in seen:
                yield Problem(
                    lang.file,
                    lang.line,
                    f"'{value}' is listed twice (first at line {seen[value]}) - each language's code and path once",
                )
            seen.setdefault(value, lang.line)


RULES = [source_hashes, shapes, translated_strings, languages]
