"""Which fields of each kind of data a reader reads, and so a translation may replace: one row per kind.

Everything else (ids, levels, points, URLs, dates, code, product names and framework items quoted verbatim)
is not translatable, and an overlay that names it is refused. A new kind of data adds its row here; the check
at the bottom refuses a kind without one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kinds import KINDS, MODEL_FILE

POSITION = "#"  # records with no key of their own (a level's next steps, a practice's examples): 1, 2, 3 ...


@dataclass(frozen=True)
class Texts:
    """The translatable fields of one kind of record, and of the lists of sub-records it holds.

    ``key`` names the fields whose values, joined by "/", name a record in an overlay: ("id",) for most,
    ("framework", "item") for a crosswalk mapping, (POSITION,) for records named by their place, 1 first.
    A field's English value is a string or a list of strings; a list is translated whole, item for item.
    """

    fields: tuple[str, ...]
    key: tuple[str, ...] = ("id",)
    nested: dict[str, Texts] = field(default_factory=dict)


# Kind.field -> its texts; None: nothing in it is read as prose (product names, model versions, citations).
# fmt: off
TEXTS: dict[str, Texts | None] = {
    "levels":             Texts(("name", "summary", "description", "focus", "advance_label"),
                                nested={"next_steps": Texts(("text",), key=(POSITION,))}),
    "areas":              Texts(("name", "summary")),
    "practices":          Texts(("title", "summary", "why", "steps", "signals", "pitfalls"),
                                nested={"tools": Texts(("note",), key=("tool",)),
                                        "examples": Texts(("title", "note"), key=(POSITION,))}),
    # A reference's title is its publisher's; a reader searches for it as written.
    "references":         None,
    "tools":              None,
    "model_versions":     None,
    "stages":             Texts(("name", "summary", "activities")),
    "dimensions":         Texts(("aspect", "mlops", "genaiops")),
    "scales":             Texts(("name",), nested={"options": Texts(("text",))}),
    "questions":          Texts(("text", "help", "not_applicable")),
    # Items are quoted from the framework's own text; only the guide's words about them are translated.
    "frameworks":         Texts(("scope",)),
    "mappings":           Texts((), key=("framework", "item"), nested={"practices": Texts(("why",))}),
    "signs":              Texts(("sign", "tipping_point", "suggests")),
    "concerns":           Texts(("name", "downsides", "mitigations")),
    "outcomes":           Texts(("title", "text")),
    "agent_aspects":      Texts(("aspect", "single", "multi")),
    "deployment_options": Texts(("name", "when", "tradeoffs", "elsewhere")),
    "platform":           Texts(("name", "role")),
    "cases":              Texts(("title", "summary", "setting", "approach", "lessons")),
    "notes":              Texts(("title", "text")),
}
# fmt: on

# Top-level fields of a file that are not in a list of records: data file -> translatable fields.
FILE_TEXTS: dict[str, tuple[str, ...]] = {MODEL_FILE: ("title",), "lifecycle.yml": ("loop_label",)}

_missing = {k.field for k in KINDS} ^ set(TEXTS)
if _missing:  # pragma: no cover - a development error, caught by the first import
    raise RuntimeError(f"macros/i18n/texts.py: no row (or a row too many) for the kinds {sorted(_missing)}")


def record_key(texts: Texts, raw: dict, position: int) -> str:
    """The name of a record in an overlay: its key fields' values joined by "/", or its place, 1 first."""
    if texts.key == (POSITION,):
        return str(position)
    return "/".join(str(raw[name]) for name in texts.key)
