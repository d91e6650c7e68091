"""Load and validate the whole model: every problem in one list, or a complete typed :class:`Model`."""
from __future__ import annotations

import functools
import gc
import time
from collections.abc import Callable
from pathlib import Path

from . import build
from .checks import RULES, Context
from .problems import InvalidModel, Problem
from .records import Lifecycle, Loc, Model
from .schema_check import schema_problems
from .sources import SINGLE_FILES, Source, read_sources

ROOT = Path(__file__).resolve().parent.parent

# Optional parts of the model (such as the self-check questionnaire) register a builder for their file
# kind here: builder(ctx, source, bad_paths) stores records in ctx.extras and may report problems.
PART_BUILDERS: dict[str, Callable[[Context, Source, set[tuple]], list[Problem]]] = {}


def _loc(path: str, raw) -> Loc:
    return Loc(path, raw.line, tuple(raw.key_lines.items()))


def _unreadable(ctx: Context, kind: str) -> None:
    """A file that could not be read at all: its ids are unknowable, so dangling-id rules stay quiet about them."""
    ctx.incomplete = True
    if kind in build.LIST_KINDS:
        ctx.unreadable.add(build.LIST_KINDS[kind][2])


def _collect(ctx: Context, src: Source, bad: set[tuple], problems: list[Problem]) -> None:
    doc = src.doc
    if src.kind == "model":
        if () not in bad:
            ctx.extras["model"] = doc
            ctx.max_score = doc["max_score"] if isinstance(doc.get("max_score"), int) else None
        return
    if bad:
        ctx.incomplete = True
    if src.kind == "practice":
        stem = Path(src.path).stem
        if bad:  # any schema problem makes the record unusable
            ctx.known["practice"].add(stem)
            if isinstance(doc, dict) and isinstance(doc.get("id"), str):
                ctx.known["practice"].add(doc["id"])
            return
        ctx.practices.append(build.practice(doc, _loc(src.path, doc)))
        return
    if src.kind in build.LIST_KINDS:
        key, builder, label, attr = build.LIST_KINDS[src.kind]
        if any(len(p) < 2 for p in bad) or not isinstance(doc, dict):
            _unreadable(ctx, src.kind)
            return  # the file's shape is wrong: its records cannot be read one by one
        bad_items = {p[1] for p in bad}
        target = getattr(ctx, attr)
        for i, raw in enumerate(doc[key]):
            if i in bad_items:
                if label in ctx.known and isinstance(raw, dict) and isinstance(raw.get("id"), str):
                    ctx.known[label].add(raw["id"])
                continue
            target.append(builder(raw, _loc(src.path, raw)))
        if src.kind == "lifecycle" and not bad:
            ctx.extras["loop_label"] = doc["loop_label"]
        return
    problems.extend(PART_BUILDERS[src.kind](ctx, src, bad))


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
def check(root: Path = ROOT, data_dir: Path | None = None) -> tuple[Model | None, list[Problem]]:
    """Every problem in the data, and the model when there are none."""
    data_dir = data_dir or root / "data"
    problems: list[Problem] = []
    sources = read_sources(data_dir, root, problems)
    ctx = Context(sources=sources)
    present = {src.kind for src in sources}
    for kind in set(SINGLE_FILES.values()) - present:
        _unreadable(ctx, kind)
    for src in sources:
        if src.doc is None:
            _unreadable(ctx, src.kind)
            if src.kind == "practice":
                ctx.known["practice"].add(Path(src.path).stem)
            continue
        found = schema_problems(src.kind, src.path, src.doc)
        problems.extend(p for p, _ in found)
        _collect(ctx, src, {path for _, path in found}, problems)
    for rule in RULES:
        problems.extend(rule(ctx))
    if problems:
        return None, sorted(set(problems))
    meta = ctx.extras.pop("model")
    model = Model(
        version=meta["version"], title=meta["title"], max_score=meta["max_score"],
        levels=tuple(sorted(ctx.levels, key=lambda lv: lv.number)), areas=tuple(ctx.areas),
        practices=tuple(sorted(ctx.practices, key=lambda p: (p.level, p.title.lower()))),
        references=tuple(sorted(ctx.references, key=lambda r: r.title.lower())),
        lifecycle=Lifecycle(tuple(ctx.stages), ctx.extras.pop("loop_label")), comparison=tuple(ctx.dimensions),
        extras=ctx.extras,
    )
    return model, []


def load_model(root: Path = ROOT, data_dir: Path | None = None) -> Model:
    model, problems = check(root, data_dir)
    if problems:
        raise InvalidModel(problems)
    return model


def summary(model: Model, seconds: float) -> str:
    parts = [f"{len(model.levels)} levels", f"{len(model.areas)} areas", f"{len(model.practices)} practices",
             f"{len(model.references)} references", f"{len(model.lifecycle.stages)} lifecycle stages",
             f"{len(model.comparison)} comparison rows"]
    parts += [f"{len(v)} {k}" for k, v in model.extras.items() if isinstance(v, (list, tuple))]
    return f"OK: model {model.version}: {', '.join(parts)} ({seconds * 1000:.0f} ms)"


def timed_check(root: Path = ROOT, data_dir: Path | None = None):
    start = time.perf_counter()
    model, problems = check(root, data_dir)
    return model, problems, time.perf_counter() - start


from . import selfcheck  # noqa: E402,F401 - registers the self-check part (its files, builders and rules)
