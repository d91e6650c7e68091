"""Self-check rules beyond the schema: ids, links to practices and scales, area coverage, the top score."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..contract import NOT_APPLICABLE
from ..kinds import BY_RECORD, KINDS
from ..load.context import Context
from ..model import AnswerScale, Question, points_by_level
from ..problems import Problem
from .messages import unknown_id

FILES = {k.schema: k.file for k in KINDS if k.record in (AnswerScale, Question)}
SCALE_KIND, QUESTION_KIND = BY_RECORD[AnswerScale].label, BY_RECORD[Question].label  # as messages name them
# The widget shows question and answer text with textContent: Markdown would appear as typed.
_MARKDOWN = re.compile(r"\*\*|__|`|\[[^\]]*\]\(")


def _data_dir(ctx: Context) -> PurePosixPath:
    for src in ctx.sources:
        if src.kind == "model":
            return PurePosixPath(src.path).parent
    return PurePosixPath("data")


def _src(ctx: Context, kind: str):
    return next((s for s in ctx.sources if s.kind == kind), None)


def _line(ctx: Context, kind: str, key: str) -> int:
    src = _src(ctx, kind)
    return src.doc.line_of(key) if src is not None and hasattr(src.doc, "line_of") else 1


def scales_are_sound(ctx: Context):
    for scale in ctx.scales:  # a scale id used twice is reported by rules.duplicate_ids, as every kind's
        where, line = scale.loc.path, scale.loc.at("options")
        first: dict[tuple, object] = {}
        for o in sorted(scale.options, key=lambda o: o.line):  # the file's order, so 'first' is the earlier line
            for what, value in (("id", o.id), ("order", o.order)):
                if (what, value) in first:
                    yield Problem(
                        where,
                        o.line,
                        f"answer scale '{scale.id}' has two options with {what} {value!r} - the option at "
                        f"line {first[what, value].line} has it already; each option needs its own {what}",
                    )
                first.setdefault((what, value), o)
            if o.id == NOT_APPLICABLE:
                yield Problem(
                    where,
                    o.line,
                    f"answer scale '{scale.id}' uses the option id '{NOT_APPLICABLE}' - it is reserved for "
                    "'Not applicable', which every question offers",
                )
        lowest = min(o.points for o in scale.options)
        if lowest != 0:
            yield Problem(
                where,
                line,
                f"the lowest answer of scale '{scale.id}' gives {lowest} point{'s' if lowest != 1 else ''} - "
                "expected one option with points: 0, so the lowest answers score 0",
            )
        if scale.top == 0:
            yield Problem(
                where,
                line,
                f"every answer of scale '{scale.id}' gives 0 points - expected at least one option with more",
            )


def questions_link_up(ctx: Context):
    practices = ctx.ids("practice")
    scales = {s.id for s in ctx.scales} | ctx.known[SCALE_KIND]
    used: set[str] = set()
    # A missing or unreadable scales file is reported on its own; its scales are not "unknown".
    src = _src(ctx, "answer_scales")
    scales_known = src is not None and src.doc is not None and ctx.can_resolve(SCALE_KIND)
    for q in ctx.linkable("questions"):  # with what the schema accepted of refused questions
        for pid in q.practices or ():
            if pid not in practices and ctx.can_resolve("practice"):
                yield q.loc.problem("practices", unknown_id("practice", pid, practices, f"question '{q.id}'"))
        used.add(q.scale)
        if q.scale is not None and q.scale not in scales and scales_known:
            yield q.loc.problem("scale", unknown_id("answer scale", q.scale, scales, f"question '{q.id}'"))
    if ctx.can_resolve(QUESTION_KIND) and not ctx.known[QUESTION_KIND]:
        for scale in ctx.scales:
            if scale.id not in used:
                yield scale.loc.problem(
                    None,
                    f"answer scale '{scale.id}' is used by no question - use it in data/questionnaire.yml or remove it",
                )


def _resolved(ctx: Context) -> bool:
    """Every question names known practices and a known scale: sums over questions mean something only then."""
    practices, scales = {p.id for p in ctx.practices}, {s.id for s in ctx.scales}
    return all(q.scale in scales and all(pid in practices for pid in q.practices) for q in ctx.questions)


def _complete(ctx: Context) -> bool:
    """Rules over the whole questionnaire need every record; a bad one is reported on its own."""
    return not ctx.incomplete


def every_practice_assessed(ctx: Context):
    """A practice no question asks about could never appear in a reader's plan, so the plan would under-report."""
    if not _complete(ctx) or not _resolved(ctx):
        return  # a question's unknown practice id is reported with a "did you mean"; it may be the missing one
    asked = {pid for q in ctx.questions for pid in q.practices}
    for p in ctx.practices:
        if p.id not in asked:
            yield p.loc.problem(
                "id",
                f"practice '{p.id}' is assessed by no self-check question - add '{p.id}' to the practices of a "
                f"question in {_data_dir(ctx) / FILES['questionnaire']}",
            )


def one_level_per_question(ctx: Context):
    """A question's points count towards one level's share, so its practices must share that level."""
    level_of = {p.id: p.level for p in ctx.practices}
    for q in ctx.questions:
        levels = sorted({level_of[pid] for pid in q.practices if pid in level_of})
        if len(levels) > 1:
            named = ", ".join(f"{pid} (level {level_of[pid]})" for pid in q.practices if pid in level_of)
            yield q.loc.problem(
                "practices",
                f"question '{q.id}' assesses practices of levels {' and '.join(map(str, levels))}: {named} - a "
                "question's practices must share one level, as its points count towards that level",
            )


def levels_are_reachable(ctx: Context):
    """Every practice up to level N in place must be enough for level N's band, or the level pages' promise
    ("ready to move up when these are in place") would be false."""
    if not _complete(ctx) or not _resolved(ctx):
        return
    points = points_by_level(ctx.questions, ctx.scales, {p.id: p.level for p in ctx.practices})
    levels = sorted(ctx.levels, key=lambda lv: lv.number)
    total = points.get(levels[0].number, 0) if levels else 0  # a practice put there is reported on its own
    for lv in levels[1:]:
        total += points.get(lv.number, 0)
        if total < lv.band.min:
            yield lv.loc.problem(
                "band",
                f"the questions about practices of levels {levels[1].number}-{lv.number} give at most {total} points, "
                f"below {lv.band.min}, where the band of level {lv.number} ('{lv.id}') starts - a team with all of "
                "them in place could not reach the level; give those questions more points or lower the band",
            )


def top_score_matches(ctx: Context):
    """The bands are published for max_score points: the questionnaire must add up to exactly that."""
    if not _complete(ctx) or ctx.max_score is None:
        return
    top = {s.id: s.top for s in ctx.scales}
    questions = ctx.questions
    if any(q.scale not in top for q in questions):
        return
    total = sum(top[q.scale] for q in questions)
    if total != ctx.max_score:
        path = str(_data_dir(ctx) / FILES["questionnaire"])
        yield Problem(
            path,
            _line(ctx, "questionnaire", "questions"),
            f"the questionnaire's maximum is {total} points ({len(questions)} questions, each counted at its scale's top answer) "
            f"- it must equal max_score {ctx.max_score} in data/model.yml so the level bands apply",
        )


def plain_text(ctx: Context):
    for q in ctx.questions:
        for key in ("text", "help", "not_applicable"):
            value = getattr(q, key)
            if value and (m := _MARKDOWN.search(value)):
                yield q.loc.problem(
                    key,
                    f"Markdown '{m.group(0)}' in '{key}' of question '{q.id}' - "
                    "the self-check shows text exactly as written; write plain text",
                )
    for scale in ctx.scales:
        for o in scale.options:
            if m := _MARKDOWN.search(o.text):
                yield Problem(
                    scale.loc.path,
                    o.line,
                    f"Markdown '{m.group(0)}' in answer '{o.id}' of scale '{scale.id}' - write plain text",
                )


RULES = [
    scales_are_sound,
    questions_link_up,
    every_practice_assessed,
    one_level_per_question,
    levels_are_reachable,
    top_score_matches,
    plain_text,
]
