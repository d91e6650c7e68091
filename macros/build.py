"""Turning schema-valid YAML into typed records. Only called on values the schema accepted."""
from __future__ import annotations

from .records import Area, Band, Dimension, Level, Loc, Practice, Reference, Stage, Tool


def _tuple(value) -> tuple:
    return tuple(value or ())


def level(raw, loc: Loc) -> Level:
    return Level(
        id=raw["id"], number=raw["number"], name=raw["name"], summary=raw["summary"], description=raw["description"],
        focus=_tuple(raw["focus"]), band=Band(raw["band"]["min"], raw["band"]["max"]), advance_label=raw["advance_label"],
        next_steps=_tuple(raw["next_steps"]), references=_tuple(raw["references"]), loc=loc,
    )


def area(raw, loc: Loc) -> Area:
    return Area(id=raw["id"], name=raw["name"], summary=raw["summary"], loc=loc)


def practice(raw, loc: Loc) -> Practice:
    return Practice(
        id=raw["id"], title=raw["title"], area=raw["area"], level=raw["level"], summary=raw["summary"], why=raw["why"],
        steps=_tuple(raw["steps"]), tools=tuple(Tool(t["name"], t["kind"], t.get("note")) for t in raw["tools"]),
        signals=_tuple(raw["signals"]), pitfalls=_tuple(raw["pitfalls"]), related=_tuple(raw["related"]),
        references=_tuple(raw["references"]), loc=loc,
    )


def reference(raw, loc: Loc) -> Reference:
    return Reference(
        id=raw["id"], title=raw["title"], url=raw["url"], kind=raw["kind"], publisher=raw["publisher"],
        last_verified=raw.get("last_verified"), loc=loc,
    )


def stage(raw, loc: Loc) -> Stage:
    return Stage(id=raw["id"], name=raw["name"], summary=raw["summary"], activities=_tuple(raw["activities"]),
                 practices=_tuple(raw["practices"]), loc=loc)


def dimension(raw, loc: Loc) -> Dimension:
    return Dimension(id=raw["id"], aspect=raw["aspect"], mlops=raw["mlops"], genaiops=raw["genaiops"], loc=loc)


# list file kind -> (top-level key, builder, what one record is called in messages, Context list it fills)
LIST_KINDS = {
    "levels": ("levels", level, "level", "levels"),
    "areas": ("areas", area, "area", "areas"),
    "references": ("references", reference, "reference", "references"),
    "lifecycle": ("stages", stage, "lifecycle stage", "stages"),
    "comparison": ("dimensions", dimension, "comparison row", "dimensions"),
}
