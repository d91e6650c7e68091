"""Load and validate the whole model: every problem in one list, or a complete typed :class:`Model`.

The stage's parts, in the order they run: :mod:`macros.load.files` parses every file, :mod:`.schema` checks
each against its JSON Schema, :mod:`macros.load.records` builds typed records from what the schema accepted,
then every rule in :data:`RULES` looks at the whole: :mod:`.rules` for the guide (with the rules of
:mod:`.crosswalk_rules` and :mod:`.example_rules`), :mod:`.topic_rules` for the "In production" pages and
:mod:`.selfcheck_rules` for the questionnaire. A new rule is a function in the module of its data, listed in
that module's ``RULES``.
"""

from __future__ import annotations

import functools
import gc
import time
from pathlib import Path

from ..kinds import KINDS, LISTS_OF_FILE, SINGLE_FILES
from ..load import records
from ..load.files import Source, read_sources
from ..model import Lifecycle, Model, Practice, SelfCheck
from ..paths import ROOT
from ..problems import InvalidModel, Problem
from . import rules, selfcheck_rules, topic_rules
from .context import Context
from .schema import schema_problems

RULES = [*rules.RULES, *topic_rules.RULES, *selfcheck_rules.RULES]
# The lists that Model's own fields are assembled from; every other kind's records go to Model.lists as they are.
_ASSEMBLED = {"levels", "areas", "practices", "references", "stages", "dimensions", "scales", "questions"}
_ASSEMBLED |= {"frameworks", "mappings"}


def _unreadable(ctx: Context, kind: str) -> None:
    """A file that could not be read at all: its ids are unknowable, so dangling-id rules stay quiet about them."""
    ctx.incomplete = True
    ctx.unreadable.update(k.label for k in LISTS_OF_FILE.get(kind, ()))


def _refused_fields(bad: set[tuple], at: tuple) -> set | None:
    """The fields of the record at JSON path ``at`` that schema problems concern, or None when a problem
    concerns the record itself (it is not a mapping, say), so none of it can be read."""
    refused = set()
    for path in bad:
        if path[: len(at)] == at:
            if len(path) == len(at):
                return None
            refused.add(path[len(at)])
    return refused


def _collect_model(ctx: Context, doc, bad: set[tuple]) -> None:
    refused = _refused_fields(bad, ())
    if refused is None:
        return
    fields = {k: v for k, v in doc.items() if k not in refused}
    if bad:
        ctx.meta_partial = fields  # enough to check the references it names; the model itself is never built
    else:
        ctx.meta = doc
    ctx.max_score = fields.get("max_score")


def _collect_practice(ctx: Context, src: Source, bad: set[tuple]) -> None:
    doc, stem = src.doc, Path(src.path).stem
    if not bad:
        ctx.practices.append(records.practice(doc, records.loc(src.path, doc)))
        return
    # A refused practice's ids stay known, so what links to it reports nothing more.
    ctx.known["practice"].add(stem)
    if isinstance(doc, dict) and isinstance(doc.get("id"), str):
        ctx.known["practice"].add(doc["id"])
    refused = _refused_fields(bad, ())
    if refused is not None:
        # With its id refused it is named by its file name, which the file-name rule then finds equal.
        own_id = stem if "id" in refused or "id" not in doc else None
        ctx.partial.setdefault("practices", []).append(
            records.partial(Practice, doc, records.loc(src.path, doc), refused, own_id)
        )


def _collect_list(ctx: Context, src: Source, bad: set[tuple]) -> None:
    kinds = LISTS_OF_FILE[src.kind]
    if () in bad or not all(isinstance(src.doc, dict) and isinstance(src.doc.get(k.key), list) for k in kinds):
        _unreadable(ctx, src.kind)
        return  # the file's shape is wrong: its records cannot be read one by one
    for kind in kinds:
        if (kind.key,) in bad:
            _unreadable(ctx, src.kind)
            continue
        for i, raw in enumerate(src.doc[kind.key]):
            refused = _refused_fields(bad, (kind.key, i))
            if refused == set():
                getattr(ctx, kind.field).append(records.build(kind, raw, records.loc(src.path, raw)))
                continue
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                ctx.known[kind.label].add(raw["id"])
                if refused is not None:  # named in messages by the id written, even one the schema refused
                    ctx.partial.setdefault(kind.field, []).append(
                        records.partial(kind.record, raw, records.loc(src.path, raw), refused, raw["id"])
                    )
    if src.kind == "lifecycle" and not bad:
        ctx.loop_label = src.doc["loop_label"]


def _collect(ctx: Context, src: Source, bad: set[tuple]) -> None:
    """Build the records of one file. A record the schema refused is left out of the model, its id is kept as
    known, and what the schema accepted of it goes to ``ctx.partial`` for the cross-reference rules."""
    if src.kind == "model":
        _collect_model(ctx, src.doc, bad)
        return
    if bad:
        ctx.incomplete = True
    if src.kind == "practice":
        _collect_practice(ctx, src, bad)
    else:
        _collect_list(ctx, src, bad)


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
        _collect(ctx, src, {path for _, path in found})
    for rule in RULES:
        problems.extend(rule(ctx))
    if problems:
        return None, sorted(set(problems))
    meta = ctx.meta
    model = Model(
        version=meta["version"],
        title=meta["title"],
        max_score=meta["max_score"],
        source_article=meta["source_article"],
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
    return model, []


def load_model(root: Path = ROOT, data_dir: Path | None = None) -> Model:
    model, problems = check(root, data_dir)
    if problems:
        raise InvalidModel(problems)
    return model


def summary(model: Model, seconds: float) -> str:
    parts = [
        f"{len(model.levels)} levels",
        f"{len(model.areas)} areas",
        f"{len(model.practices)} practices",
        f"{len(model.references)} references",
        f"{len(model.lifecycle.stages)} lifecycle stages",
        f"{len(model.comparison)} comparison rows",
        f"{len(model.self_check.scales)} answer scales",
        f"{len(model.self_check.questions)} self-check questions",
        f"{len(model.frameworks)} frameworks",
        f"{sum(len(m.practices) for m in model.mappings)} crosswalk mappings",
    ]
    return f"OK: model {model.version}: {', '.join(parts)} ({seconds * 1000:.0f} ms)"


def timed_check(root: Path = ROOT, data_dir: Path | None = None):
    start = time.perf_counter()
    model, problems = check(root, data_dir)
    return model, problems, time.perf_counter() - start
