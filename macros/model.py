"""Typed, immutable records of the maturity model: what the renderer and the widget export read."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .loc import Loc
from .model_topics import Case


@dataclass(frozen=True)
class Band:
    min: int
    max: int


@dataclass(frozen=True)
class Step:
    """One next step of a level: what to do, and the practice of the next level it starts or completes."""

    text: str
    practice: str | None = None  # None only at the top level, whose steps keep it there
    line: int = field(default=0, compare=False)  # where the step is written, for messages


@dataclass(frozen=True)
class Level:
    id: str
    number: int
    name: str
    summary: str
    description: str
    focus: tuple[str, ...]
    band: Band
    advance_label: str
    next_steps: tuple[Step, ...]
    references: tuple[str, ...]
    loc: Loc = field(compare=False)

    @property
    def page(self) -> str:
        return f"levels/{self.id}.md"

    @property
    def label(self) -> str:
        return f"Level {self.number} - {self.name}"


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    summary: str
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class ToolUse:
    """A practice's citation of a catalog tool (data/tools.yml), with what the tool does in that practice."""

    tool: str  # a tool id of data/tools.yml
    note: str | None = None
    line: int = field(default=0, compare=False)  # where the citation starts, for messages


@dataclass(frozen=True)
class Tool:
    """One product, service or standard the practices cite, written once with its lifecycle (data/tools.yml)."""

    id: str
    name: str
    kind: str
    status: str  # current, deprecated or retired
    loc: Loc = field(compare=False)
    url: str | None = None  # required (by a rule) for every tool that is not an Azure service
    deprecated_on: str | None = None  # YYYY-MM-DD: development or support ended, the product still runs
    retires_on: str | None = None  # YYYY-MM-DD: from this day on the product is gone; citing it is refused
    successor: str | None = None  # the tool id to move to
    source: str | None = None  # the reference id that states the lifecycle
    last_verified: str | None = None  # YYYY-MM-DD: when someone last checked the lifecycle against its source


@dataclass(frozen=True)
class ModelVersion:
    """A model version the worked examples pin, with its retirement date (data/model_versions.yml)."""

    id: str
    family: str  # the model name as examples write it, such as gpt-5.5
    version: str  # YYYY-MM-DD, as Azure writes model versions
    retires_on: str  # YYYY-MM-DD
    source: str  # the reference id that gives the dates
    loc: Loc = field(compare=False)
    successor: str | None = None  # the model version id to pin instead
    last_verified: str | None = None


@dataclass(frozen=True)
class Example:
    """A worked example on a practice page: code a team can copy and adapt."""

    title: str
    language: str  # one of the schema's languages; it names the fenced block's highlighting
    code: str
    note: str | None = None
    line: int = field(default=0, compare=False)  # where the example starts, for messages
    code_line: int = field(default=0, compare=False)  # the data file's line of the code's first line


@dataclass(frozen=True)
class Practice:
    id: str
    title: str
    area: str
    level: int
    summary: str
    why: str
    steps: tuple[str, ...]
    tools: tuple[ToolUse, ...]
    signals: tuple[str, ...]
    pitfalls: tuple[str, ...]
    related: tuple[str, ...]
    references: tuple[str, ...]
    loc: Loc = field(compare=False)
    examples: tuple[Example, ...] = ()

    @property
    def page(self) -> str:
        return f"practices/{self.id}.md"


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    url: str
    kind: str
    publisher: str
    loc: Loc = field(compare=False)
    last_verified: str | None = None
    language: str | None = None  # the page's language when it is not English, such as "Portuguese"


@dataclass(frozen=True)
class FrameworkItem:
    """One item of a framework (a NIST AI RMF subcategory, an EU AI Act article...), as the framework writes it."""

    id: str
    title: str
    source: str  # where in the framework's text the id and title were checked
    line: int = field(default=0, compare=False)  # where the item is written, for messages


@dataclass(frozen=True)
class Framework:
    """A standard or framework that governance teams report against, with the items the crosswalk lists."""

    id: str
    name: str
    version: str
    reference: str
    scope: str
    verified_from: str
    items: tuple[FrameworkItem, ...]
    loc: Loc = field(compare=False)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.version})"


@dataclass(frozen=True)
class MappedPractice:
    id: str  # practice id
    why: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Mapping:
    """The practices that address one framework item: the guide's reading, not an official mapping."""

    framework: str
    item: str
    practices: tuple[MappedPractice, ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    summary: str
    activities: tuple[str, ...]
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Dimension:
    id: str
    aspect: str
    mlops: str
    genaiops: str
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Lifecycle:
    stages: tuple[Stage, ...]
    loop_label: str


@dataclass(frozen=True)
class AnswerOption:
    id: str
    text: str
    points: int
    order: int
    line: int = field(default=0, compare=False)  # where the option starts, for messages


@dataclass(frozen=True)
class AnswerScale:
    """A shared answer set, as OWASP SAMM's: questions name a scale instead of repeating options."""

    id: str
    name: str
    options: tuple[AnswerOption, ...]  # in display order
    loc: Loc = field(compare=False)

    @property
    def top(self) -> int:
        """The most points one answer on this scale can give."""
        return max(o.points for o in self.options)


@dataclass(frozen=True)
class Question:
    id: str
    practices: tuple[str, ...]  # all of one level: the question's points count towards that level
    scale: str
    text: str
    help: str | None
    not_applicable: str | None  # the reason shown beside "Not applicable"; None: the question always applies
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class SelfCheck:
    scales: tuple[AnswerScale, ...]
    questions: tuple[Question, ...]
    official_assessment: str  # reference id of the published assessment whose bands the levels use
    applicable_min_percent: int  # a level only when questions worth this share of max_score apply
    level_gate_percent: int  # a level counts only when this share of its own questions' points is earned

    @property
    def scale_by_id(self) -> dict[str, AnswerScale]:
        return {s.id: s for s in self.scales}


def _index(records: str, key: str = "id") -> cached_property:
    """A model property mapping each record of a kind by its key, computed once per model."""
    return cached_property(lambda self: {getattr(r, key): r for r in getattr(self, records)})


@dataclass(frozen=True)
class Model:
    version: str
    title: str
    max_score: int
    source_article: str  # reference id of the published article the model's facts come from
    as_of: str  # YYYY-MM-DD: the reviewed date the calendar rules and the content health count judge against
    levels: tuple[Level, ...]
    areas: tuple[Area, ...]
    practices: tuple[Practice, ...]
    references: tuple[Reference, ...]
    lifecycle: Lifecycle
    comparison: tuple[Dimension, ...]
    self_check: SelfCheck
    frameworks: tuple[Framework, ...] = ()
    mappings: tuple[Mapping, ...] = ()
    # The records of every other kind of macros.kinds.KINDS (the "In production" pages' signs, concerns, cases...),
    # as (field, records) pairs in the data's order. Read them as attributes: ``model.cases``.
    lists: tuple[tuple[str, tuple], ...] = ()
    # The language of the model's text (macros.i18n.localize): "en", the source, or a code of data/i18n/.
    lang: str = "en"
    # The published languages besides English (data/i18n/languages.yml), as macros.i18n.status.Language records.
    languages: tuple = ()
    # Language code -> macros.i18n.status.Translation, for English (every text "translated"), each language folder
    # of data/i18n/ and the pseudo-locale when it was asked for: statuses for notices, coverage for the about page.
    translations: dict = field(default_factory=dict, compare=False)

    @property
    def translation(self):
        """The :class:`~macros.i18n.status.Translation` of this model's own language."""
        return self.translations[self.lang]

    def __getattr__(self, name: str):
        """Only reached for a name that is no field or property: the records of one of the kinds in ``lists``."""
        for field_name, records in self.__dict__.get("lists", ()):
            if field_name == name:
                return records
        raise AttributeError(f"the model has no {name!r} - see its fields and macros.kinds.KINDS for the lists")

    # Cross-links are computed once per model, never per page: pages look them up.
    level_by_number = _index("levels", "number")  # dict[int, Level]
    area_by_id = _index("areas")  # dict[str, Area]
    practice_by_id = _index("practices")  # dict[str, Practice]
    reference_by_id = _index("references")  # dict[str, Reference]
    tool_by_id = _index("tools")  # dict[str, Tool]

    framework_by_id = _index("frameworks")  # dict[str, Framework]

    @cached_property
    def addressed_by(self) -> dict[tuple[str, str], list[MappedPractice]]:
        """For each (framework id, item id), the practices that address it, in the order the data lists them."""
        out: dict[tuple[str, str], list[MappedPractice]] = {}
        for m in self.mappings:
            out.setdefault((m.framework, m.item), []).extend(m.practices)
        return out

    @cached_property
    def standards_of(self) -> dict[str, list[tuple[Framework, FrameworkItem, str]]]:
        """Reverse lookup: for each practice id, the framework items it addresses and why, in framework order."""
        out: dict[str, list[tuple[Framework, FrameworkItem, str]]] = {p.id: [] for p in self.practices}
        for fw in self.frameworks:
            for item in fw.items:
                for mp in self.addressed_by.get((fw.id, item.id), ()):
                    out.setdefault(mp.id, []).append((fw, item, mp.why))
        return out

    @cached_property
    def points_by_level(self) -> dict[int, int]:
        """Self-check points that the questions about each level's practices can give."""
        return points_by_level(
            self.self_check.questions, self.self_check.scales, {p.id: p.level for p in self.practices}
        )

    @cached_property
    def practices_by_level(self) -> dict[int, list[Practice]]:
        return _group(self.practices, [lv.number for lv in self.levels], lambda p: [p.level])

    @cached_property
    def practices_by_area(self) -> dict[str, list[Practice]]:
        return _group(self.practices, [a.id for a in self.areas], lambda p: [p.area])

    @cached_property
    def related_from(self) -> dict[str, list[Practice]]:
        """Back-links: for each practice, the practices that list it as related."""
        return _group(self.practices, [p.id for p in self.practices], lambda p: p.related)

    @cached_property
    def citations(self) -> dict[str, tuple[list[Level], list[Practice]]]:
        """For each reference id, the levels and practices that cite it."""
        out: dict[str, tuple[list[Level], list[Practice]]] = {r.id: ([], []) for r in self.references}
        for lv in self.levels:
            for rid in lv.references:
                out.setdefault(rid, ([], []))[0].append(lv)
        for p in self.practices:
            for rid in p.references:
                out.setdefault(rid, ([], []))[1].append(p)
        return out

    @cached_property
    def practices_by_tool(self) -> dict[str, list[Practice]]:
        """For each catalog tool, the practices that cite it."""
        return _group(self.practices, [t.id for t in self.tools], lambda p: [u.tool for u in p.tools])

    @cached_property
    def cases_by_practice(self) -> dict[str, list[Case]]:
        """For each practice, the cases that show it at work."""
        return _group(self.cases, [p.id for p in self.practices], lambda c: c.practices)


def points_by_level(questions, scales, level_of: dict[str, int]) -> dict[int, int]:
    """The most points the questions about each level's practices can give (a question counts at its first
    practice's level; the validator makes a question's practices share one)."""
    top = {s.id: s.top for s in scales}
    out: dict[int, int] = {}
    for q in questions:
        if q.practices and q.practices[0] in level_of and q.scale in top:
            level = level_of[q.practices[0]]
            out[level] = out.get(level, 0) + top[q.scale]
    return out


def _group(records, keys, keys_of) -> dict:
    """Records under each of their keys, every key in ``keys`` present (empty when nothing has it)."""
    out: dict = {k: [] for k in keys}
    for record in records:
        for key in keys_of(record):
            out.setdefault(key, []).append(record)
    return out
