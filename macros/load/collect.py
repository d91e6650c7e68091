"""The load stage as a whole: every data file read, checked against its schema and built into typed records.

:func:`load` reads each file (:mod:`.files`, with the line-aware YAML of :mod:`.yaml_lines`), checks it against
its JSON Schema (:mod:`.schema`) and builds the records of what the schema accepted (:mod:`.records`), kind by
kind as :data:`macros.kinds.KINDS` lists them. A record the schema refused is left out; its id stays known and
what the schema accepted of it is kept as a :class:`~.records.Partial`, so the rules that come next
(:mod:`macros.validate`) still check what can be checked, and one bad file does not cascade into errors elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from ..kinds import LISTS_OF_FILE, SINGLE_FILES
from ..model import Practice
from ..problems import Problem
from . import records
from .context import Context
from .files import Source, read_sources
from .overlays import load_overlays
from .schema import schema_problems


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


def load(root: Path, data_dir: Path) -> tuple[Context, list[Problem]]:
    """The records of every data file, and the problems found while reading them (files that could not be read,
    values their schema refused)."""
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
    ctx.languages, ctx.overlays = load_overlays(sources, data_dir, root, problems)
    return ctx, problems
