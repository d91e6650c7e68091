"""Rules for the data of the "In production" pages: the ids they name exist, and no table renders empty.

The records are those of :data:`macros.validate.rules.TOPIC_LISTS`; ``macros.validate`` runs ``RULES`` after the
guide's rules (so placeholder ids are already reported) and before the self-check's.
"""

from __future__ import annotations

from ..load.context import Context
from ..model_topics import STEPS
from ..problems import Problem
from .messages import unknown_id
from .rules import TOPIC_LISTS


def topic_links(ctx: Context):
    """Every practice, reference and level a topic record names exists; refused records are checked field by field."""
    practices, refs = ctx.ids("practice"), ctx.ids("reference")
    numbers = {lv.number for lv in ctx.linkable("levels")}
    for attr, label in TOPIC_LISTS:
        for r in ctx.linkable(attr):
            for pid in r.practices or ():
                if pid not in practices and ctx.can_resolve("practice"):
                    where = f"practices of {label} '{r.id}'"
                    yield r.loc.problem("practices", unknown_id("practice", pid, practices, where))
            for rid in r.references or ():
                if rid not in refs and ctx.can_resolve("reference"):
                    where = f"references of {label} '{r.id}'"
                    yield r.loc.problem("references", unknown_id("reference", rid, refs, where))
            level = r.level if attr == "notes" else None
            if level is not None and numbers and None not in numbers and level not in numbers:
                allowed = ", ".join(map(str, sorted(numbers)))
                yield r.loc.problem(
                    "level",
                    f"level {level} of note '{r.id}' is not a level number in data/levels.yml - expected one of: {allowed}",
                )


def _file(ctx: Context, kind: str):
    return next((src for src in ctx.sources if src.kind == kind), None)


def signs_cover_both_steps(ctx: Context):
    """The moving-up page has one table per step (DevOps to MLOps, MLOps to GenAIOps): none may be empty."""
    src = _file(ctx, "transitions")
    if ctx.incomplete or src is None:
        return
    steps = {s.step for s in ctx.signs}
    for step, (start, end) in STEPS.items():
        if step not in steps:
            yield Problem(
                src.path,
                1,
                f"no sign marks the move from {start} to {end} - add a sign with 'step: {step}' "
                "or the page shows an empty table",
            )


def outcomes_and_risks(ctx: Context):
    """The outcomes page has a table of outcomes and one of risks: each needs an entry."""
    src = _file(ctx, "outcomes")
    if ctx.incomplete or src is None:
        return
    kinds = {o.kind for o in ctx.outcomes}
    for kind in ("outcome", "risk"):
        if kind not in kinds:
            yield Problem(
                src.path, 1, f"no entry has 'kind: {kind}' - the page lists outcomes and risks, so add at least one"
            )


RULES = [topic_links, signs_cover_both_steps, outcomes_and_risks]
