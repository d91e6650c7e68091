"""Typed records of the self-check: shared answer scales and the questions that use them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Loc, Model

# Keys under Model.extras; validate.summary() counts them ("2 answer scales, 14 self-check questions").
SCALES = "answer scales"
QUESTIONS = "self-check questions"
NOT_APPLICABLE = "na"  # the answer id every question accepts besides its scale's options


@dataclass(frozen=True)
class AnswerOption:
    id: str
    text: str
    points: int
    order: int
    line: int = field(default=0, compare=False)  # where the option starts, for messages


@dataclass(frozen=True)
class AnswerScale:
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
    practice: str
    scale: str
    text: str
    help: str | None
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class SelfCheck:
    scales: tuple[AnswerScale, ...]
    questions: tuple[Question, ...]

    @property
    def scale_by_id(self) -> dict[str, AnswerScale]:
        return {s.id: s for s in self.scales}

    @property
    def max_points(self) -> int:
        by_id = self.scale_by_id
        return sum(by_id[q.scale].top for q in self.questions)


def self_check(model: Model) -> SelfCheck:
    """The validated questionnaire; the validator guarantees it exists whenever a model does."""
    try:
        return SelfCheck(tuple(model.extras[SCALES]), tuple(model.extras[QUESTIONS]))
    except KeyError:
        raise RuntimeError("the model has no self-check: data/questionnaire.yml and data/answer_scales.yml are needed") from None
