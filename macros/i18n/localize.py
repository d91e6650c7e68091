"""The model in another language: every translatable text replaced by its translation where there is one.

:func:`localize` is pure: an English :class:`~macros.model.Model` and a
:class:`~macros.i18n.status.Translation` in, a Model out that differs only in text. The fallback rule: a
``translated`` or ``stale`` text shows its translation (a stale one is usually close, and flagged by its status),
a ``missing`` one shows the English. Nothing else can change: an overlay holds no level, point, URL or id, and the
records keep the English's order (a practice list sorted by English title stays in that order), so the navigation,
the self-check's scoring and every link are the same in every language.

:func:`pseudo_translation` makes the test-only pseudo-locale (:mod:`.pseudo`): every English text translated,
current, in memory; nothing of it is ever written to ``data/``.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Model
from .pseudo import PSEUDO, pseudo
from .source import source_hash
from .status import TRANSLATED, Text, Translation
from .texts import POSITION, TEXTS, Texts

# Where the records of a kind sit in the model, when not in the model field of the kind's name.
_PLACES = {
    "stages": ("lifecycle", "stages"),
    "dimensions": ("comparison",),
    "scales": ("self_check", "scales"),
    "questions": ("self_check", "questions"),
}
_OWN_FIELDS = {"levels", "areas", "practices", "references", "frameworks", "mappings"}
# A text outside any record: data file -> (the model's path to it).
_FILE_PLACES = {("model.yml", "title"): ("title",), ("lifecycle.yml", "loop_label"): ("lifecycle", "loop_label")}


def _key(spec: Texts, record, position: int) -> str:
    if spec.key == (POSITION,):
        return str(position)
    return "/".join(str(getattr(record, name)) for name in spec.key)


def _record(record, spec: Texts, values: dict[tuple, object], prefix: tuple = ()):
    """``record`` with the translated values of its fields (and of its nested records'), keyed by field path."""
    changes = {}
    for name in spec.fields:
        value = values.get((*prefix, name))
        if value is not None:
            changes[name] = tuple(value) if isinstance(value, list) else value
    for name, sub in spec.nested.items():
        items = getattr(record, name)
        new = tuple(
            _record(item, sub, values, (*prefix, name, _key(sub, item, position)))
            for position, item in enumerate(items, start=1)
        )
        if any(a is not b for a, b in zip(new, items, strict=True)):
            changes[name] = new
    return replace(record, **changes) if changes else record


def _get(model: Model, path: tuple):
    node = model
    for name in path:
        node = getattr(node, name)
    return node


def _set(node, path: tuple, value):
    """``node`` with the value at ``path`` (attribute names) replaced, every container on the way copied."""
    if len(path) == 1:
        return replace(node, **{path[0]: value})
    return replace(node, **{path[0]: _set(getattr(node, path[0]), path[1:], value)})


def localize(model: Model, translation: Translation) -> Model:
    """The model with the translation's texts in place (see the module's docstring for the fallback rule)."""
    by_record: dict[tuple[str, str], dict[tuple, object]] = {}
    for text in translation.texts:
        if text.text is not None:
            by_record.setdefault((text.kind, text.record), {})[text.field] = text.text
    out = model
    for (kind, _), values in by_record.items():
        if kind in TEXTS:
            continue
        for (name,), value in values.items():
            out = _set(out, _FILE_PLACES[(kind, name)], value)
    lists = dict(out.lists)
    for kind, spec in TEXTS.items():
        if spec is None or not any(k == kind for k, _ in by_record):
            continue
        path = _PLACES.get(kind, (kind,))
        records = lists[kind] if kind in lists else _get(out, path)
        new = tuple(_record(r, spec, by_record.get((kind, _key(spec, r, 0)), {})) for r in records)
        if kind in lists:
            lists[kind] = new
        else:
            out = _set(out, path, new)
    if lists != dict(out.lists):
        out = replace(out, lists=tuple(lists.items()))
    return replace(out, lang=translation.lang)


def pseudo_translation(english: list[Text]) -> Translation:
    """The pseudo-locale: every English text translated through :func:`.pseudo.pseudo`, and current."""
    texts = [replace(t, text=pseudo(t.english), source=source_hash(t.english), status=TRANSLATED) for t in english]
    return Translation(PSEUDO, texts)
