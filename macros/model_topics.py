"""Typed records of the "In production" pages (when to move up, downsides, outcomes, agents, deployment, the
shared platform, cases and notes), kept apart from the guide's core records in :mod:`macros.model`.

Which page shows each kind, and its data file, are rows of :data:`macros.kinds.KINDS`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .loc import Loc

# The two moves of data/transitions.yml: step id -> what it moves from and to.
STEPS = {"mlops": ("DevOps", "MLOps"), "genaiops": ("MLOps", "GenAIOps")}


@dataclass(frozen=True)
class Sign:
    """A sign that an organization has outgrown its way of operating (data/transitions.yml)."""

    id: str
    step: str  # a key of STEPS
    sign: str
    tipping_point: str
    suggests: str
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concern:
    """One kind of downside of running these processes, with what softens it (data/tradeoffs.yml)."""

    id: str
    name: str
    downsides: tuple[str, ...]
    mitigations: tuple[str, ...]
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """An expected outcome of production readiness, or a risk of going without it (data/outcomes.yml)."""

    id: str
    kind: str  # "outcome" or "risk"
    title: str
    text: str
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgentAspect:
    """What changes for one aspect of operations when the application is an agent, or several (data/agents.yml)."""

    id: str
    aspect: str
    single: str
    multi: str
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeploymentOption:
    """A place to run a model or an application, and when to choose it (data/deployment.yml)."""

    id: str
    name: str
    when: str
    tradeoffs: str
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    elsewhere: str | None = None  # an open-source or vendor-neutral counterpart
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlatformComponent:
    """One part of a platform that many teams share (data/platform.yml)."""

    id: str
    name: str
    role: str
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    """An anonymized engagement that shows several practices working together (data/cases.yml)."""

    id: str
    title: str
    summary: str
    setting: str
    approach: tuple[str, ...]
    lessons: tuple[str, ...]
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """An item the level descriptions mention that is no practice of its own, placed on a topic page
    (data/notes.yml)."""

    id: str
    topic: str  # the id of a page of the section (macros.kinds.TOPICS), where the note is shown
    level: int  # the level whose description mentions it
    title: str
    text: str
    practices: tuple[str, ...]
    loc: Loc = field(compare=False)
    references: tuple[str, ...] = ()
