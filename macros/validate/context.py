"""What the rules look at: the records built so far, and what is known of the ones that could not be built."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import model as m
from .. import model_topics as t

# What one record is called in messages -> the Context list that holds the records of that kind.
KINDS = {
    "level": "levels",
    "area": "areas",
    "practice": "practices",
    "reference": "references",
    "answer scale": "scales",
    "question": "questions",
    "framework": "frameworks",
}


@dataclass
class Context:
    max_score: int | None = None
    levels: list[m.Level] = field(default_factory=list)
    areas: list[m.Area] = field(default_factory=list)
    practices: list[m.Practice] = field(default_factory=list)
    references: list[m.Reference] = field(default_factory=list)
    stages: list[m.Stage] = field(default_factory=list)
    dimensions: list[m.Dimension] = field(default_factory=list)
    scales: list[m.AnswerScale] = field(default_factory=list)
    questions: list[m.Question] = field(default_factory=list)
    frameworks: list[m.Framework] = field(default_factory=list)
    mappings: list[m.Mapping] = field(default_factory=list)
    # The "In production" pages' records (macros.model.TOPIC_FIELDS), each list named as the Model field.
    signs: list[t.Sign] = field(default_factory=list)
    concerns: list[t.Concern] = field(default_factory=list)
    outcomes: list[t.Outcome] = field(default_factory=list)
    agent_aspects: list[t.AgentAspect] = field(default_factory=list)
    deployment_options: list[t.DeploymentOption] = field(default_factory=list)
    platform: list[t.PlatformComponent] = field(default_factory=list)
    cases: list[t.Case] = field(default_factory=list)
    notes: list[t.Note] = field(default_factory=list)
    meta: dict | None = None  # data/model.yml, when the schema accepted it
    loop_label: str | None = None  # data/lifecycle.yml's label of the loop back to the first stage
    # Ids of records that failed the schema: still "known", so one bad file does not cascade into
    # dangling-reference errors everywhere else.
    known: dict[str, set[str]] = field(default_factory=lambda: {kind: set() for kind in KINDS})
    sources: list = field(default_factory=list)  # parsed files, for rules that read raw text
    incomplete: bool = False  # some file or record was unreadable: skip rules that need the whole model
    unreadable: set[str] = field(default_factory=set)  # record kinds whose whole file could not be read
    # What the schema accepted of the records it refused (macros.load.records.Partial), by the name of the list
    # above they would be in: the cross-reference rules check their ids too, and skip the fields left out.
    partial: dict[str, list] = field(default_factory=dict)
    meta_partial: dict = field(default_factory=dict)  # the fields of a refused data/model.yml the schema accepted

    def can_resolve(self, kind: str) -> bool:
        """Whether a dangling id of this kind is really dangling, or its file just could not be read."""
        return kind not in self.unreadable

    def linkable(self, attr: str) -> list:
        """The records of one list (``"practices"``) and the partial ones: the records whose ids can be checked."""
        return [*getattr(self, attr), *self.partial.get(attr, ())]

    def ids(self, kind: str) -> set[str]:
        return {r.id for r in getattr(self, KINDS[kind])} | self.known[kind]
