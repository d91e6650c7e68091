"""The kinds of data, one row each: everything else that names a kind is derived from :data:`KINDS`.

A row says where a kind's records are written (the data file and the key of their list), the record class each
entry becomes, what messages call one record, the attribute of the model (and of the rules' context) that holds
them, the JSON Schema that checks the file, and for the "In production" section the page that shows them.
A new kind of data is one row here, its schema in ``data/schema/``, its record class and its renderer.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import (
    AnswerScale,
    Area,
    Dimension,
    Framework,
    Level,
    Mapping,
    ModelVersion,
    Practice,
    Question,
    Reference,
    Stage,
    Tool,
)
from .model_topics import AgentAspect, Case, Concern, DeploymentOption, Note, Outcome, PlatformComponent, Sign


@dataclass(frozen=True)
class Topic:
    """A hand-written page of the "In production" section (``docs/production/``), named by its topic id."""

    id: str
    title: str
    page: str  # relative to docs/


@dataclass(frozen=True)
class Kind:
    file: str  # relative to data/; the practices folder holds one record per file
    key: str | None  # the top-level key whose list holds the records; None: each file is one record
    record: type  # the class of one record (macros.model, macros.model_topics)
    label: str  # what messages call one record: "unknown agent aspect 'x'", "duplicate level id"
    field: str  # the attribute of Model and of the rules' Context that holds the records
    topic: Topic | None = None  # the "In production" page that shows every record of the kind
    schema: str = ""  # data/schema/<schema>.schema.json checks the file; by default the file's name

    def __post_init__(self):
        if not self.schema:
            object.__setattr__(self, "schema", self.file.removesuffix(".yml"))

    @property
    def production(self) -> bool:
        """A kind of the "In production" section: shown on its own page, or (notes) on the page each names."""
        return self.topic is not None or "topic" in self.record.__dataclass_fields__

    @property
    def has_ids(self) -> bool:
        """Whether records are named by an ``id`` (a mapping is named by its framework and item)."""
        return "id" in self.record.__dataclass_fields__


MODEL_FILE = "model.yml"  # the model's own facts (version, title, max score): one mapping, no records
PRACTICES_DIR = "practices"


# The pages of the "In production" section.
MOVING_UP = Topic("moving-up", "When to move up", "production/moving-up.md")
DOWNSIDES = Topic("downsides", "Downsides and how to soften them", "production/downsides.md")
OUTCOMES = Topic("outcomes", "Outcomes and risks", "production/outcomes-and-risks.md")
AGENTS = Topic("agents", "Operating AI agents", "production/agents.md")
DEPLOYMENT = Topic("deployment", "Deployment options", "production/deployment-options.md")
PLATFORM = Topic("platform", "A shared multi-model platform", "production/shared-platform.md")
CASES = Topic("cases", "Cases", "production/cases.md")

# In the order the data files are read; the "In production" kinds in the order of their pages.
# fmt: off
KINDS = (
    #    file                 key           record             label                 field                 page
    Kind("levels.yml",        "levels",     Level,             "level",              "levels"),
    Kind("areas.yml",         "areas",      Area,              "area",               "areas"),
    Kind(f"{PRACTICES_DIR}/", None,         Practice,          "practice",           "practices", schema="practice"),
    Kind("references.yml",    "references", Reference,         "reference",          "references"),
    Kind("tools.yml",         "tools",      Tool,              "tool",               "tools"),
    Kind("model_versions.yml", "versions",  ModelVersion,      "model version",      "model_versions"),
    Kind("lifecycle.yml",     "stages",     Stage,             "lifecycle stage",    "stages"),
    Kind("comparison.yml",    "dimensions", Dimension,         "comparison row",     "dimensions"),
    Kind("answer_scales.yml", "scales",     AnswerScale,       "answer scale",       "scales"),
    Kind("questionnaire.yml", "questions",  Question,          "question",           "questions"),
    Kind("frameworks.yml",    "frameworks", Framework,         "framework",          "frameworks"),
    Kind("frameworks.yml",    "mappings",   Mapping,           "mapping",            "mappings"),
    Kind("transitions.yml",   "signs",      Sign,              "sign",               "signs",              MOVING_UP),
    Kind("tradeoffs.yml",     "concerns",   Concern,           "concern",            "concerns",           DOWNSIDES),
    Kind("outcomes.yml",      "entries",    Outcome,           "outcome",            "outcomes",           OUTCOMES),
    Kind("agents.yml",        "aspects",    AgentAspect,       "agent aspect",       "agent_aspects",      AGENTS),
    Kind("deployment.yml",    "options",    DeploymentOption,  "deployment option",  "deployment_options", DEPLOYMENT),
    Kind("platform.yml",      "components", PlatformComponent, "platform component", "platform",           PLATFORM),
    Kind("cases.yml",         "cases",      Case,              "case",               "cases",              CASES),
    # Notes have no page of their own: each names the topic page it is shown on.
    Kind("notes.yml",         "notes",      Note,              "note",               "notes"),
)
# fmt: on

# --- Derived: nothing below names a kind. ---

# Every data file -> the schema that checks it (the practices folder's files are checked as "practice").
SINGLE_FILES = {MODEL_FILE: "model", **{k.file: k.schema for k in KINDS if k.key is not None}}
# Data file's schema kind -> the kinds whose lists it holds, in the file's order.
LISTS_OF_FILE = {s: tuple(k for k in KINDS if k.key and k.schema == s) for s in SINGLE_FILES.values() if s != "model"}
BY_LABEL = {k.label: k for k in KINDS}
BY_RECORD = {k.record: k for k in KINDS}
# The "In production" section: its pages (topic id -> title and page), and the fields of its kinds' records.
TOPICS = {k.topic.id: (k.topic.title, k.topic.page) for k in KINDS if k.topic}
TOPIC_FIELDS = tuple(k.field for k in KINDS if k.production)


def record_topic(record) -> str:
    """The topic id of the "In production" page a record is shown on: its kind's page, or the one it names."""
    kind = BY_RECORD[type(record)]
    return kind.topic.id if kind.topic else record.topic
