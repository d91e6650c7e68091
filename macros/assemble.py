"""The model stage: the data loaded (:mod:`macros.load`), validated (:mod:`macros.validate`), and assembled.

``load -> validate -> model``: :func:`check` runs the three in that order and returns every problem, or the
complete, typed :class:`~macros.model.Model` that every later stage reads; :func:`load_model` raises instead.
"""

from __future__ import annotations

import functools
import gc
from pathlib import Path

from .kinds import KINDS
from .load.collect import load
from .load.context import Context
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


@_gc_paused
def check(
    root: Path = ROOT, data_dir: Path | None = None, today: str | None = None, look_ahead: int = 0
) -> tuple[Model | None, list[Problem]]:
    """Every problem in the data, and the model when there are none. ``today`` (YYYY-MM-DD) and ``look_ahead``
    (days) move the calendar rules' date from data/model.yml's reviewed ``as_of``; see ARCHITECTURE.md."""
    ctx, problems = load(root, data_dir or root / "data")
    ctx.today, ctx.look_ahead = today, look_ahead
    problems += validate(ctx)
    if problems:
        return None, sorted(set(problems))
    return assemble(ctx), []


def load_model(root: Path = ROOT, data_dir: Path | None = None) -> Model:
    model, problems = check(root, data_dir)
    if problems:
        raise InvalidModel(problems)
    return model
