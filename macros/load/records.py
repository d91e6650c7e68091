"""Turning schema-valid YAML into typed records. Only called on values the schema accepted."""

from __future__ import annotations

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
    Tool,
)


def loc(path: str, raw) -> Loc:
    """Where a record starts, with the line of each of its keys, so messages can point at the field."""
    return Loc(path, raw.line, tuple(raw.key_lines.items()))


def _tuple(value) -> tuple:
    return tuple(value or ())


def level(raw, at: Loc) -> Level:
    return Level(
        id=raw["id"],
        number=raw["number"],
        name=raw["name"],
        summary=raw["summary"],
        description=raw["description"],
        focus=_tuple(raw["focus"]),
        band=Band(raw["band"]["min"], raw["band"]["max"]),
        advance_label=raw["advance_label"],
        next_steps=_tuple(raw["next_steps"]),
        references=_tuple(raw["references"]),
        loc=at,
    )


def area(raw, at: Loc) -> Area:
    return Area(id=raw["id"], name=raw["name"], summary=raw["summary"], loc=at)


def practice(raw, at: Loc) -> Practice:
    return Practice(
        id=raw["id"],
        title=raw["title"],
        area=raw["area"],
        level=raw["level"],
        summary=raw["summary"],
        why=raw["why"],
        steps=_tuple(raw["steps"]),
        tools=tuple(Tool(t["name"], t["kind"], t.get("note")) for t in raw["tools"]),
        signals=_tuple(raw["signals"]),
        pitfalls=_tuple(raw["pitfalls"]),
        related=_tuple(raw["related"]),
        references=_tuple(raw["references"]),
        loc=at,
    )


def reference(raw, at: Loc) -> Reference:
    return Reference(
        id=raw["id"],
        title=raw["title"],
        url=raw["url"],
        kind=raw["kind"],
        publisher=raw["publisher"],
        last_verified=raw.get("last_verified"),
        loc=at,
    )


def stage(raw, at: Loc) -> Stage:
    return Stage(
        id=raw["id"],
        name=raw["name"],
        summary=raw["summary"],
        activities=_tuple(raw["activities"]),
        practices=_tuple(raw["practices"]),
        loc=at,
    )


def dimension(raw, at: Loc) -> Dimension:
    return Dimension(id=raw["id"], aspect=raw["aspect"], mlops=raw["mlops"], genaiops=raw["genaiops"], loc=at)


def scale(raw, at: Loc) -> AnswerScale:
    options = (AnswerOption(o["id"], o["text"], o["points"], o["order"], o.line) for o in raw["options"])
    return AnswerScale(raw["id"], raw["name"], tuple(sorted(options, key=lambda o: o.order)), at)


def question(raw, at: Loc) -> Question:
    return Question(raw["id"], raw["practice"], raw["scale"], raw["text"], raw.get("help"), at)


# list file kind -> (top-level key, builder, what one record is called in messages, Context list it fills)
LIST_KINDS = {
    "levels": ("levels", level, "level", "levels"),
    "areas": ("areas", area, "area", "areas"),
    "references": ("references", reference, "reference", "references"),
    "lifecycle": ("stages", stage, "lifecycle stage", "stages"),
    "comparison": ("dimensions", dimension, "comparison row", "dimensions"),
    "answer_scales": ("scales", scale, "answer scale", "scales"),
    "questionnaire": ("questions", question, "question", "questions"),
}
