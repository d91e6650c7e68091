"""How complete a language is: each English text with its translation and status, and summaries of them.

A text is one translatable field of one record (a list field, such as a practice's steps, is one text, translated
whole). Its status in a language:

- ``translated``: the overlay has a ``text`` and its ``source`` is the hash of the English as it is now;
- ``stale``: the overlay has a ``text`` made from another version of the English (``source`` differs). It is still
  shown, flagged: a translation of the previous wording is usually closer than English for a reader of the language;
- ``missing``: no ``text``; the English is shown.

:class:`Translation` answers for any record (by its kind's field and its key, or the record itself) and for a page's
records, with a :class:`Summary` whose ``worst`` is the status a notice reports; :meth:`Translation.coverage`
counts a language's texts per data file. The English model carries a Translation of its own in which every text is
``translated``, so the site and the widget ask the same question in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..kinds import BY_RECORD, KINDS
from .pseudo import PSEUDO
from .source import source_hash
from .texts import POSITION, TEXTS

TRANSLATED, STALE, MISSING = "translated", "stale", "missing"
STATUSES = (TRANSLATED, STALE, MISSING)  # from best to worst
SOURCE_LANG = "en"
_LIST_KEYS = {k.field: k.key for k in KINDS if k.key}  # a kind's field -> the key of its list in the data file


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs 3x, and a language has 10,000s of texts
class Text:
    """One English text and its translation into one language (never changed once made).

    ``kind`` is the field of the record's kind in :data:`macros.kinds.KINDS` (``"levels"``), or the data file's
    name for a text outside any record (``"model.yml"``'s title); ``record`` is the record's key in an overlay
    (:func:`macros.i18n.texts.record_key`, "" outside any record); ``field`` the keys below it, so a level's third
    next step is ``("next_steps", "3", "text")``.
    """

    file: str  # the English data file, data/-relative: "levels.yml", "practices/ab-testing.yml"
    kind: str
    record: str
    field: tuple[str, ...]
    english: str | list  # as loaded
    status: str = MISSING
    text: object = None  # the translation as written (a string, or a list of strings), None when missing
    source: object = None  # the hash the overlay records
    overlay: str = ""  # the overlay file as messages name it ("data/i18n/pt-BR/levels.yml"), "" when there is none
    line: int = 0  # the overlay's line of this text's entry, 0 when it has none
    node: object = field(default=None, compare=False, repr=False)  # the entry as parsed, with its lines

    @property
    def name(self) -> str:
        """The text as its overlay nests it, for messages: ``levels.initial.next_steps.3.text``; in a practice's
        overlay (one record a file) and for a file's own text (model.yml's title), its fields alone."""
        list_key = _LIST_KEYS.get(self.kind)
        return ".".join(([list_key, self.record] if list_key else []) + list(self.field))

    @property
    def value(self):
        """What a reader of the language sees: the translation (current or stale), else the English."""
        return self.english if self.text is None else self.text


def make_text(file: str, kind: str, record: str, path: tuple, english, entry=None, overlay="", line=0) -> Text:
    """A Text from the overlay's entry (a mapping of ``source`` and ``text``, or None), its status computed."""
    text = entry.get("text") if isinstance(entry, dict) else None
    source = entry.get("source") if isinstance(entry, dict) else None
    if text is None:
        status = MISSING
    else:
        status = TRANSLATED if source == source_hash(english) else STALE
    return Text(file, kind, record, path, english, status, text, source, overlay, line, entry)


@dataclass(frozen=True)
class Summary:
    """How many texts of a record, a page, a file or a language are translated, stale and missing."""

    translated: int = 0
    stale: int = 0
    missing: int = 0

    @classmethod
    def of(cls, texts: Iterable[Text]) -> Summary:
        counts = dict.fromkeys(STATUSES, 0)
        for text in texts:
            counts[text.status] += 1
        return cls(**counts)

    def __add__(self, other: Summary) -> Summary:
        return Summary(self.translated + other.translated, self.stale + other.stale, self.missing + other.missing)

    @property
    def total(self) -> int:
        return self.translated + self.stale + self.missing

    @property
    def worst(self) -> str:
        """The status a notice reports: ``missing`` if any text falls back to English, else ``stale`` if any
        translation is out of date, else ``translated`` (also for nothing to translate)."""
        return MISSING if self.missing else STALE if self.stale else TRANSLATED

    @property
    def percent(self) -> int:
        """The share of current translations, rounded down (99.9 is not 100); 100 when there is nothing to
        translate."""
        return 100 * self.translated // self.total if self.total else 100

    def __str__(self) -> str:
        return f"{self.translated} translated, {self.stale} stale, {self.missing} missing ({self.percent}%)"


@dataclass(frozen=True)
class Coverage:
    """A language's summary, overall and per English data file (data/-relative names, in the data's order)."""

    lang: str
    total: Summary
    files: dict[str, Summary]


def key_of(record) -> tuple[str, str]:
    """(kind field, key) of a record of the model, as an overlay names it: ``("practices", "ab-testing")``."""
    kind = BY_RECORD[type(record)].field
    texts = TEXTS[kind]
    if texts is None or texts.key == (POSITION,):
        raise ValueError(f"a {type(record).__name__} has no translatable text of its own")
    return kind, "/".join(str(getattr(record, name)) for name in texts.key)


class Translation:
    """Every English text with its translation into ``lang`` and its status (see the module's docstring)."""

    def __init__(self, lang: str, texts: Iterable[Text] | Callable[[], Iterable[Text]]):
        """``texts``, or a function that makes them when first asked for (English's, which a check of the data
        alone never reads: walking the English for them cost a sixth of a second at 1,000 practices)."""
        self.lang = lang
        self._make = texts if callable(texts) else lambda: texts

    @cached_property
    def texts(self) -> tuple[Text, ...]:
        texts, self._make = tuple(self._make()), None  # what the function held (parsed files) can go
        return texts

    @cached_property
    def _by_record(self) -> dict[tuple[str, str], list[Text]]:
        out: dict[tuple[str, str], list[Text]] = {}
        for text in self.texts:
            out.setdefault((text.kind, text.record), []).append(text)
        return out

    def __repr__(self) -> str:
        return f"Translation({self.lang!r}: {Summary.of(self.texts)})"

    def texts_of(self, kind: str, key: str) -> list[Text]:
        """The texts of one record (its nested records' too: a practice's tools and examples), in data order."""
        return self._by_record.get((kind, key), [])

    def record(self, kind: str, key: str) -> Summary:
        """The summary of one record by its kind's field and key: ``record("questions", "q-eval")``."""
        return Summary.of(self.texts_of(kind, key))

    def statuses(self, kind: str, key: str) -> dict[str, str]:
        """Each text of one record -> its status, named by its fields joined with "/": ``next_steps/3/text``."""
        return {"/".join(t.field): t.status for t in self.texts_of(kind, key)}

    def of(self, record) -> Summary:
        """The summary of a record of the model (a Level, a Practice, a Question, a Case...)."""
        return self.record(*key_of(record))

    def page(self, records: Iterable) -> Summary:
        """The summary of every record a page shows; its ``worst`` says which notice the page needs."""
        total = Summary()
        for record in records:
            total += self.of(record)
        return total

    def file(self, name: str) -> Summary:
        """The summary of one English data file's texts (``"model.yml"``, ``"practices/ab-testing.yml"``)."""
        return Summary.of(t for t in self.texts if t.file == name)

    def stale(self) -> list[Text]:
        return [t for t in self.texts if t.status == STALE]

    def coverage(self) -> Coverage:
        files: dict[str, list[Text]] = {}
        for text in self.texts:
            files.setdefault(text.file, []).append(text)
        return Coverage(self.lang, Summary.of(self.texts), {name: Summary.of(ts) for name, ts in files.items()})


@dataclass(frozen=True)
class Language:
    """A published language besides English, as data/i18n/languages.yml lists it."""

    code: str  # BCP 47, such as pt-BR: data/i18n/<code>/ holds its overlays
    name: str  # its own name for itself: Português (Brasil)
    path: str  # the URL prefix of its site: pt-br
    search: str  # the lunr language of Material's search plugin: pt
    min_translated: int  # percent: `make check` fails when fewer texts have a current translation
    line: int = field(default=0, compare=False)  # where languages.yml lists it, for messages
    file: str = field(default="data/i18n/languages.yml", compare=False)  # languages.yml as messages name it


def coverage(translations: dict[str, Translation]) -> dict[str, Coverage]:
    """Each translation's coverage (``model.translations``), English and the pseudo-locale left out: the about
    page's table and ``make check``'s lines count these."""
    return {code: t.coverage() for code, t in translations.items() if code not in (SOURCE_LANG, PSEUDO)}
