"""One page per maturity level, and the sentence that says what a practice's level means.

A page says three things, in this order: what an organization at the level typically does, which practices
it has in place, and what it works on next (the next level's practices and the steps that start them) with
how it knows it is ready to move up. Under the guide's one meaning of a level, a practice of level N is in
place at level N and above, so the two lists of a page never share a practice. Every fixed word comes from the
site catalog (``msg``, data/messages/site.yml) in the page's language.
"""

from __future__ import annotations

from math import ceil

from ..model import Level, Model, Practice
from .md import bullets, english, front_matter, level_label, rel, table
from .refs import references_by_kind

SELF_CHECK = "self-check/index.md"
MATRIX = "practices/index.md"


def level_meaning(model: Model, page: str = "", msg=None) -> str:
    """What "a practice of level N" means, written once: the about page and the matrix legend show this."""
    msg = msg or english()
    low, second = model.levels[0], model.levels[1]
    return msg("levels.meaning", low=level_label(low, msg), second=level_label(second, msg))


def gate_points(model: Model, level: Level) -> int:
    """The points of a level's own questions that the self-check asks to be earned before it counts."""
    return ceil(model.self_check.level_gate_percent * model.points_by_level.get(level.number, 0) / 100)


def practice_headers(msg) -> list[str]:
    return [msg("levels.col_practice"), msg("levels.col_area"), msg("levels.col_what")]


def _rows(page: str, model: Model, practices: list[Practice]) -> list[list[str]]:
    return [[f"[{p.title}]({rel(page, p.page)})", model.area_by_id[p.area].name, p.summary] for p in practices]


def _links(page: str, practices: list[Practice]) -> str:
    return ", ".join(f"[{p.title}]({rel(page, p.page)})" for p in practices)


def _in_place(model: Model, level: Level, msg) -> list[str]:
    page, own = level.page, model.practices_by_level.get(level.number, [])
    below = [p for p in model.practices if p.level < level.number]
    label = level_label(level, msg)
    if not own and not below:
        return [f"## {msg('levels.in_place')}\n", msg("levels.in_place_none", level=label) + "\n"]
    first = msg("levels.in_place_own", level=label, count=len(own))
    if below:
        first = msg("levels.in_place_all", level=label, count=len(own) + len(below), own=len(own))
    out = [
        f"## {msg('levels.in_place')}\n",
        first + ":\n",
        table(practice_headers(msg), _rows(page, model, own)) + "\n",
    ]
    if below:
        out.append(msg("levels.keeps_below", count=len(below), links=_links(page, below)) + "\n")
    return out


def _next(model: Model, level: Level, above: Level, msg) -> list[str]:
    page, wanted = level.page, model.practices_by_level.get(above.number, [])
    by_id = model.practice_by_id
    steps = [f"{s.text} ([{by_id[s.practice].title}]({rel(page, by_id[s.practice].page)}))" for s in level.next_steps]
    top = model.points_by_level.get(above.number, 0)
    here, there = level_label(level, msg), level_label(above, msg)
    return [
        f"## {msg('levels.towards', level=f'[{there}]({rel(page, above.page)})')}\n",
        msg("levels.expects", level=there, count=len(wanted), here=here) + ":\n",
        table(practice_headers(msg), _rows(page, model, wanted)) + "\n",
        f"### {msg('levels.next_steps')}\n",
        bullets(steps, ordered=True) + "\n",
        f"### {msg('levels.ready_for', level=there)}\n",
        msg(
            "levels.ready",
            level=there,
            self_check=rel(page, SELF_CHECK),
            min=above.band.min,
            max_score=model.max_score,
            gate=gate_points(model, above),
            top=top,
            percent=model.self_check.level_gate_percent,
        )
        + "\n",
    ]


def _stay(level: Level, msg) -> list[str]:
    label = level_label(level, msg)
    return [
        f"## {msg('levels.staying', level=label)}\n",
        msg("levels.top", level=label) + "\n",
        bullets((s.text for s in level.next_steps), ordered=True) + "\n",
    ]


def level_page(model: Model, level: Level, msg=None) -> str:
    msg = msg or english()
    page, label = level.page, level_label(level, msg)
    above = model.level_by_number.get(level.number + 1)
    out = [front_matter(label, level.summary), f"# {label}\n", f"{level.summary}\n"]
    out += [f"## {msg('levels.does')}\n", f"{level.description}\n"]
    out += [msg("levels.themes") + "\n", bullets(level.focus) + "\n"]
    gate = ""
    if level.number > model.levels[0].number:
        gate = msg("levels.gate", gate=gate_points(model, level), points=model.points_by_level.get(level.number, 0))
    out += [
        f"## {msg('levels.band')}\n",
        msg(
            "levels.band_text",
            self_check=rel(page, SELF_CHECK),
            min=level.band.min,
            max=level.band.max,
            max_score=model.max_score,
            gate=gate,
        )
        + "\n",
    ]
    out += _in_place(model, level, msg)
    out += _next(model, level, above, msg) if above else _stay(level, msg)
    heading = msg("levels.reading_up") if above else msg("levels.suggested")
    out += [f"## {heading}\n", references_by_kind(model, level.references, msg) + "\n"]
    return "\n".join(out)
