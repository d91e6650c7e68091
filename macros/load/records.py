"""Turning schema-valid YAML into typed records, and what is usable of a record the schema refused."""

from __future__ import annotations

from dataclasses import MISSING, fields

from ..kinds import Kind
from ..loc import Loc
from ..model import (
    AnswerOption,
    AnswerScale,
    Band,
    Example,
    Framework,
    FrameworkItem,
    Level,
    MappedPractice,
    Mapping,
    Practice,
    Step,
    ToolUse,
)


def loc(path: str, raw) -> Loc:
    """Where a record starts, with the line of each of its keys, so messages can point at the field."""
    return Loc(path, raw.line, tuple(raw.key_lines.items()))


def _record(cls, raw, at: Loc, **special):
    """A record whose fields are the YAML keys of the same name; lists become tuples. An absent key takes the
    field's default (a topic record's ``references``: none), or None."""
    values = {}
    for f in fields(cls):
        if f.name in special or f.name in ("loc", "line"):
            continue
        if f.name not in raw and f.default is not MISSING:
            continue
        value = raw.get(f.name)
        values[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**values, **special, loc=at)


def _steps(raw_steps) -> tuple[Step, ...]:
    return tuple(Step(s["text"], s.get("practice"), s.line_of("practice")) for s in raw_steps)


def level(raw, at: Loc) -> Level:
    return _record(
        Level, raw, at, band=Band(raw["band"]["min"], raw["band"]["max"]), next_steps=_steps(raw["next_steps"])
    )


def _code_line(raw) -> int:
    """The data file's line of an example's first line of code: the line after ``code: |`` for a block scalar."""
    line = raw.line_of("code")
    return line + 1 if raw.block_keys and "code" in raw.block_keys else line


def practice(raw, at: Loc) -> Practice:
    tools = tuple(ToolUse(t["tool"], t.get("note"), t.line) for t in raw["tools"])
    examples = tuple(
        Example(e["title"], e["language"], e["code"], e.get("note"), e.line, _code_line(e)) for e in raw["examples"]
    )
    return _record(Practice, raw, at, tools=tools, examples=examples)


def scale(raw, at: Loc) -> AnswerScale:
    options = (AnswerOption(o["id"], o["text"], o["points"], o["order"], o.line) for o in raw["options"])
    return _record(AnswerScale, raw, at, options=tuple(sorted(options, key=lambda o: o.order)))


def framework(raw, at: Loc) -> Framework:
    items = tuple(FrameworkItem(i["id"], i["title"], i["source"], i.line) for i in raw["items"])
    return _record(Framework, raw, at, items=items)


def mapping(raw, at: Loc) -> Mapping:
    practices = tuple(MappedPractice(p["id"], p["why"], p.line) for p in raw["practices"])
    return _record(Mapping, raw, at, practices=practices)


# The records with lists of records inside, each built by its own function; any other kind's record is built
# field by field from the keys of the same name (a new kind of flat records needs no builder).
BUILDERS = {Level: level, Practice: practice, AnswerScale: scale, Framework: framework, Mapping: mapping}


def build(kind: Kind, raw, at: Loc):
    """One record of ``kind`` from what the schema accepted."""
    builder = BUILDERS.get(kind.record)
    return builder(raw, at) if builder else _record(kind.record, raw, at)


class Partial:
    """The fields the schema accepted of a record it refused; every other field of its record class reads as None.

    The cross-reference rules read these beside the full records, so a schema error in one field does not hide
    an unknown id in another. Only the fields the rules look up are kept, each exactly as a full record has it.
    A name that is no field of the record class is a mistake in a rule: it raises AttributeError, as on a record.
    """

    def __init__(self, record: type, at: Loc, values: dict):
        self.__dict__.update(values)
        self.loc = at
        self._fields = frozenset(record.__dataclass_fields__)

    def __getattr__(self, name: str):  # only called for the names left out
        if name in self.__dict__.get("_fields", ()):
            return None
        raise AttributeError(name)


# The fields the cross-reference rules read: ids and id lists (as tuples), and the next steps' practices.
_ID_FIELDS = ("id", "area", "level", "number", "related", "references", "practices", "scale", "reference")


def partial(record: type, raw, at: Loc, refused: set, own_id: str | None = None) -> Partial:
    """What the cross-reference rules can read of ``raw``, a refused ``record``: each field no schema problem
    concerns. ``own_id`` names the record in messages instead of its own ``id`` (which may be the refused field).
    """
    values = {} if own_id is None else {"id": own_id}
    for key in (*_ID_FIELDS, "next_steps"):
        if key in refused or key not in raw or key in values:
            continue
        value = _steps(raw[key]) if key == "next_steps" else raw[key]
        values[key] = tuple(value) if isinstance(value, list) else value
    return Partial(record, at, values)
