"""What loading hands the rules: the records built, and what is known of the ones that could not be built."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..kinds import BY_LABEL, KINDS
from .yaml_lines import field_of

# The id the practice template (`make new-practice`) writes where a contributor must name a real one, and the
# kind of id each list it is written in takes. The placeholders rule reports every one; to the id rules it is a
# known id, so it is reported once, as a placeholder, and never also as unknown.
PLACEHOLDER_ID = "todo"
PLACEHOLDER_KINDS = {"related": "practice", "references": "reference", "practices": "practice", "tool": "tool"}


@dataclass
class Context:
    """The records built so far, one list per kind of :data:`macros.kinds.KINDS` under the kind's field name
    (``ctx.levels``, ``ctx.agent_aspects``), and what is known of the records that could not be built."""

    max_score: int | None = None
    meta: dict | None = None  # data/model.yml, when the schema accepted it
    loop_label: str | None = None  # data/lifecycle.yml's label of the loop back to the first stage
    # Ids of records that failed the schema: still "known", so one bad file does not cascade into
    # dangling-reference errors everywhere else.
    known: dict[str, set[str]] = field(default_factory=lambda: {k.label: set() for k in KINDS})
    sources: list = field(default_factory=list)  # parsed files, for rules that read raw text
    incomplete: bool = False  # some file or record was unreadable: skip rules that need the whole model
    unreadable: set[str] = field(default_factory=set)  # record kinds whose whole file could not be read
    # What the schema accepted of the records it refused (macros.load.records.Partial), by the name of the list
    # above they would be in: the cross-reference rules check their ids too, and skip the fields left out.
    partial: dict[str, list] = field(default_factory=dict)
    meta_partial: dict = field(default_factory=dict)  # the fields of a refused data/model.yml the schema accepted
    # The calendar rules' date (YYYY-MM-DD): None means data/model.yml's reviewed as_of; the scheduled check
    # passes the day it runs, and look_ahead days are added so a date is reported before it passes.
    today: str | None = None
    look_ahead: int = 0
    # The translations (macros.load.overlays): the languages data/i18n/languages.yml publishes, and for each
    # language folder of data/i18n/ every English text with its translation (macros.i18n.status.Text).
    languages: list = field(default_factory=list)
    overlays: dict[str, list] = field(default_factory=dict)

    def __post_init__(self):
        for kind in KINDS:
            setattr(self, kind.field, [])

    def can_resolve(self, kind: str) -> bool:
        """Whether a dangling id of this kind is really dangling, or its file just could not be read."""
        return kind not in self.unreadable

    def linkable(self, attr: str) -> list:
        """The records of one list (``"practices"``) and the partial ones: the records whose ids can be checked."""
        return [*getattr(self, attr), *self.partial.get(attr, ())]

    def ids(self, kind: str) -> set[str]:
        """The ids of every record of a kind (``"practice"``, as messages call one), refused records' included,
        and the template's placeholder where the data names one in place of such an id."""
        return (
            {r.id for r in getattr(self, BY_LABEL[kind].field)} | self.known[kind] | self.placeholders.get(kind, set())
        )

    @cached_property
    def placeholders(self) -> dict[str, set[str]]:
        """Kind -> {PLACEHOLDER_ID} for each kind of id the data writes the template's placeholder for."""
        return {PLACEHOLDER_KINDS[key]: {PLACEHOLDER_ID} for key in _placeholder_keys(self.sources)}


def _placeholder_keys(sources) -> set[str]:
    """The keys that hold a placeholder id and name a kind of id, as the placeholders rule finds them (the key a
    text is written under, through any lists): a leaner walk than ``yaml_lines.walk``, which also builds every
    value's name and line."""
    # Only files whose text holds the placeholder at all are walked: a clean catalog costs a substring search.
    found, stack = set(), [(src.doc, "") for src in sources if PLACEHOLDER_ID in src.text]
    while stack:
        node, key = stack.pop()
        if isinstance(node, dict):
            stack.extend((v, k) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, key) for v in node)
        elif node == PLACEHOLDER_ID and field_of(str(key)) in PLACEHOLDER_KINDS:
            found.add(field_of(str(key)))
    return found
