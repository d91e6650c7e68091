"""Turning schema-valid YAML into typed records. Only called on values the schema accepted."""

from __future__ import annotations

from dataclasses import fields

from ..model import (
    AnswerOption,
    AnswerScale,
    Area,
    Band,
    Dimension,
    Level,
    Loc,
    Practice,
    Question,
    Reference,
    Stage,
    Step,
    Tool,
)


def loc(path: str, raw) -> Loc:
    """Where a record starts, with the line of each of its keys, so messages can point at the field."""
    return Loc(path, raw.line, tuple(raw.key_lines.items()))


def _record(cls, raw, at: Loc, **special):
    """A record whose fields are the YAML keys of the same name; lists become tuples, absent keys None."""
    values = {}
    for f in fields(cls):
        if f.name in special or f.name in ("loc", "line"):
            continue
        value = raw.get(f.name)
        values[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**values, **special, loc=at)


def level(raw, at: Loc) -> Level:
    steps = tuple(Step(s["text"], s.get("practice"), s.line_of("practice")) for s in raw["next_steps"])
    return _record(Level, raw, at, band=Band(raw["band"]["min"], raw["band"]["max"]), next_steps=steps)


def practice(raw, at: Loc) -> Practice:
    return _record(Practice, raw, at, tools=tuple(Tool(t["name"], t["kind"], t.get("note")) for t in raw["tools"]))


def scale(raw, at: Loc) -> AnswerScale:
    options = (AnswerOption(o["id"], o["text"], o["points"], o["order"], o.line) for o in raw["options"])
    return _record(AnswerScale, raw, at, options=tuple(sorted(options, key=lambda o: o.order)))


def _plain(cls):
    return lambda raw, at: _record(cls, raw, at)


# list file kind -> (top-level key, builder, what one record is called in messages, Context list it fills)
LIST_KINDS = {
    "levels": ("levels", level, "level", "levels"),
    "areas": ("areas", _plain(Area), "area", "areas"),
    "references": ("references", _plain(Reference), "reference", "references"),
    "lifecycle": ("stages", _plain(Stage), "lifecycle stage", "stages"),
    "comparison": ("dimensions", _plain(Dimension), "comparison row", "dimensions"),
    "answer_scales": ("scales", scale, "answer scale", "scales"),
    "questionnaire": ("questions", _plain(Question), "question", "questions"),
}
