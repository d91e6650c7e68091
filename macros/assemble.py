"""The model stage: the data loaded (:mod:`macros.load`), validated (:mod:`macros.validate`), and assembled.

``load -> validate -> model``: :func:`check` runs the three in that order and returns every problem, or the
complete, typed :class:`~macros.model.Model` that every later stage reads; :func:`load_model` raises instead.
"""

from __future__ import annotations

import functools
import gc
from dataclasses import replace
from pathlib import Path

from .i18n.localize import localize, pseudo_translation
from .i18n.pseudo import PSEUDO
from .i18n.status import SOURCE_LANG, TRANSLATED, Text, Translation
from .kinds import KINDS
from .load.collect import load
from .load.context import Context
from .load.overlays import english_texts
from .model import Lifecycle, Model, SelfCheck
from .paths import ROOT
from .problems import InvalidModel, Problem
from .validate import validate

# The lists that Model's own fields are assembled from; every other kind's records go to Model.lists as they are.
_ASSEMBLED = {"levels", "areas", "practices", "references", "stages", "dimensions", "scales", "questions"}
_ASSEMBLED |= {"frameworks", "mappings"}


def assemble(ctx: Context) -> Model:
    """The model, from a context the rules found no problem in."""
    meta = ctx.meta
    return Model(
        version=meta["version"],
        title=meta["title"],
        max_score=meta["max_score"],
        source_article=meta["source_article"],
        as_of=meta["as_of"],
        levels=tuple(sorted(ctx.levels, key=lambda lv: lv.number)),
        areas=tuple(ctx.areas),
        practices=tuple(sorted(ctx.practices, key=lambda p: (p.level, p.title.lower()))),
        references=tuple(sorted(ctx.references, key=lambda r: r.title.lower())),
        lifecycle=Lifecycle(tuple(ctx.stages), ctx.loop_label),
        comparison=tuple(ctx.dimensions),
        self_check=SelfCheck(tuple(ctx.scales), tuple(ctx.questions), meta["official_assessment"], **meta["scoring"]),
        frameworks=tuple(ctx.frameworks),
        mappings=tuple(ctx.mappings),
        lists=tuple((k.field, tuple(getattr(ctx, k.field))) for k in KINDS if k.field not in _ASSEMBLED),
    )


def _gc_paused(func):
    """Run ``func`` with Python's cyclic garbage collector paused.

    Loading allocates hundreds of thousands of small objects that all stay alive, and each collection
    re-walks them: with 1,000 practices that was 0.35 s of a 1.1 s check. Nothing here makes cyclic garbage.
    """

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper


def translated(model: Model, ctx: Context, lang: str | None = None) -> Model:
    """The model with its translations attached (``model.translations``, ``model.languages``), in ``lang``:
    None or "en" for English, a language folder of data/i18n/ (published or not), or the pseudo-locale."""
    # English's own texts, made when first asked for: from a language's (the same English, in the same order),
    # else by walking the English files.
    sources, some = ctx.sources, next(iter(ctx.overlays.values()), None)
    if some:
        english = lambda: [Text(t.file, t.kind, t.record, t.field, t.english, TRANSLATED) for t in some]  # noqa: E731
    else:
        english = lambda: english_texts(sources)  # noqa: E731
    translations = {SOURCE_LANG: Translation(SOURCE_LANG, english)}
    translations |= {code: Translation(code, texts) for code, texts in ctx.overlays.items()}
    if lang == PSEUDO:
        translations[PSEUDO] = pseudo_translation(translations[SOURCE_LANG].texts)
    model = replace(model, languages=tuple(ctx.languages), translations=translations)
    if lang in (None, SOURCE_LANG):
        return model
    if lang not in translations:
        known = ", ".join(sorted(set(translations) - {SOURCE_LANG}) + [PSEUDO])
        raise ValueError(f"no translation into '{lang}' in data/i18n/ - expected one of: {SOURCE_LANG}, {known}")
    return localize(model, translations[lang])


@_gc_paused
def check(
    root: Path = ROOT,
    data_dir: Path | None = None,
    today: str | None = None,
    look_ahead: int = 0,
    lang: str | None = None,
) -> tuple[Model | None, list[Problem]]:
    """Every problem in the data (translations included), and the model when there are none. ``today``
    (YYYY-MM-DD) and ``look_ahead`` (days) move the calendar rules' date from data/model.yml's reviewed ``as_of``;
    see ARCHITECTURE.md. ``lang`` gives the model in that language (:func:`translated`)."""
    ctx, problems = load(root, data_dir or root / "data")
    ctx.today, ctx.look_ahead = today, look_ahead
    problems += validate(ctx)
    if problems:
        return None, sorted(set(problems))
    return translated(assemble(ctx), ctx, lang), []


def load_model(root: Path = ROOT, data_dir: Path | None = None, lang: str | None = None) -> Model:
    """The validated model, in ``lang`` when given (see :func:`check`); raises :class:`InvalidModel` instead."""
    model, problems = check(root, data_dir, lang=lang)
    if problems:
        raise InvalidModel(problems)
    return model
