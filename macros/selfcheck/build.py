"""Turning the two self-check files into records; bad records are left out and their ids kept as known."""
from __future__ import annotations

from ..checks import Context
from ..problems import Problem
from ..records import Loc
from ..sources import Source
from .records import QUESTIONS, SCALES, AnswerOption, AnswerScale, Question

# Kinds of record, as ctx.known and ctx.unreadable name them in messages.
SCALE_KIND = "answer scale"
QUESTION_KIND = "question"


def _loc(path: str, raw) -> Loc:
    return Loc(path, raw.line, tuple(raw.key_lines.items()))


def _records(ctx: Context, src: Source, bad: set[tuple], key: str, kind: str):
    """(index, raw) for each record the schema accepted; the ids of the others stay known."""
    ctx.known.setdefault(kind, set())
    doc = src.doc
    if any(len(p) < 2 for p in bad) or not isinstance(doc, dict):
        ctx.unreadable.add(kind)  # the file's shape is wrong: its records cannot be read one by one
        return
    bad_items = {p[1] for p in bad}
    for i, raw in enumerate(doc[key]):
        if i in bad_items:
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                ctx.known[kind].add(raw["id"])
            continue
        yield raw


def build_scales(ctx: Context, src: Source, bad: set[tuple]) -> list[Problem]:
    scales = []
    for raw in _records(ctx, src, bad, "scales", SCALE_KIND):
        options = sorted((AnswerOption(o["id"], o["text"], o["points"], o["order"], o.line) for o in raw["options"]), key=lambda o: o.order)
        scales.append(AnswerScale(raw["id"], raw["name"], tuple(options), _loc(src.path, raw)))
    ctx.extras[SCALES] = tuple(scales)
    return []


def build_questions(ctx: Context, src: Source, bad: set[tuple]) -> list[Problem]:
    questions = [
        Question(raw["id"], raw["practice"], raw["scale"], raw["text"], raw.get("help"), _loc(src.path, raw))
        for raw in _records(ctx, src, bad, "questions", QUESTION_KIND)
    ]
    ctx.extras[QUESTIONS] = tuple(questions)
    return []
