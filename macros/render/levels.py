"""One page per maturity level, and the sentence that says what a practice's level means.

A page says three things, in this order: what an organization at the level typically does, which practices
it has in place, and what it works on next (the next level's practices and the steps that start them) with
how it knows it is ready to move up. Under the guide's one meaning of a level, a practice of level N is in
place at level N and above, so the two lists of a page never share a practice.
"""

from __future__ import annotations

from math import ceil

from ..model import Level, Model, Practice
from .md import band, bullets, front_matter, rel, table
from .refs import references_by_kind

SELF_CHECK = "self-check/index.md"
MATRIX = "practices/index.md"


def level_meaning(model: Model, page: str = "") -> str:
    """What "a practice of level N" means, written once: the about page and the matrix legend show this."""
    low, second = model.levels[0], model.levels[1]
    return (
        f"A practice of level N is expected to be in place at level N, and stays in place at every level above it. "
        f"{low.label} expects no practice: it is where every organization starts, and what an organization at "
        f"{low.label} works on is the practices of {second.label}."
    )


def gate_points(model: Model, level: Level) -> int:
    """The points of a level's own questions that the self-check asks to be earned before it counts."""
    return ceil(model.self_check.level_gate_percent * model.points_by_level.get(level.number, 0) / 100)


def _rows(page: str, model: Model, practices: list[Practice]) -> list[list[str]]:
    return [[f"[{p.title}]({rel(page, p.page)})", model.area_by_id[p.area].name, p.summary] for p in practices]


def _links(page: str, practices: list[Practice]) -> str:
    return ", ".join(f"[{p.title}]({rel(page, p.page)})" for p in practices)


def _in_place(model: Model, level: Level) -> list[str]:
    page, own = level.page, model.practices_by_level.get(level.number, [])
    below = [p for p in model.practices if p.level < level.number]
    if not own and not below:
        return [
            "## Practices in place\n",
            f"{level.label} expects no practice of this guide: it is where every organization starts. "
            "The practices it works on are listed in the next section.\n",
        ]
    first = f"An organization at {level.label} has these {len(own)} practices in place, expected from this level on"
    if below:
        first = (
            f"An organization at {level.label} has the {len(own) + len(below)} practices of the levels up to it "
            f"in place. These {len(own)} are expected from this level on"
        )
    out = [
        "## Practices in place\n",
        first + ":\n",
        table(["Practice", "Area", "What it is"], _rows(page, model, own)) + "\n",
    ]
    if below:
        out.append(f"It keeps in place the {len(below)} practices of the levels below: {_links(page, below)}.\n")
    return out


def _next(model: Model, level: Level, above: Level) -> list[str]:
    page, wanted = level.page, model.practices_by_level.get(above.number, [])
    by_id = model.practice_by_id
    steps = [f"{s.text} ([{by_id[s.practice].title}]({rel(page, by_id[s.practice].page)}))" for s in level.next_steps]
    top = model.points_by_level.get(above.number, 0)
    return [
        f"## Working towards [{above.label}]({rel(page, above.page)})\n",
        f"{above.label} expects these {len(wanted)} practices, which are not yet in place at {level.label}:\n",
        table(["Practice", "Area", "What it is"], _rows(page, model, wanted)) + "\n",
        "### Next steps\n",
        bullets(steps, ordered=True) + "\n",
        f"### Ready for {above.label}\n",
        f"An organization is ready to move up when every practice listed above is in place, on top of those it has. "
        f"In the [self-check]({rel(page, SELF_CHECK)}) this shows as a score of at least **{above.band.min}** "
        f"out of {model.max_score}, where the band of {above.label} starts, with at least {gate_points(model, above)} "
        f"of the {top} points of the questions about {above.label}'s practices earned "
        f"({model.self_check.level_gate_percent}%).\n",
    ]


def _stay(level: Level) -> list[str]:
    return [
        f"## Staying at {level.label}\n",
        f"{level.label} is the top of the model: there is no level above it, and every practice of the guide is in "
        "place. The work is keeping it that way while models, rules and goals change:\n",
        bullets((s.text for s in level.next_steps), ordered=True) + "\n",
    ]


def level_page(model: Model, level: Level) -> str:
    page = level.page
    above = model.level_by_number.get(level.number + 1)
    out = [front_matter(level.label, level.summary), f"# {level.label}\n", f"{level.summary}\n"]
    out += ["## What an organization at this level does\n", f"{level.description}\n"]
    out += ["Themes of this level:\n", bullets(level.focus) + "\n"]
    gate = ""
    if level.number > model.levels[0].number:
        gate = (
            f", provided that at least {gate_points(model, level)} of the {model.points_by_level.get(level.number, 0)} "
            f"points of the questions about this level's practices are earned (and the same share for each level "
            "below it)"
        )
    out += [
        "## Score band\n",
        f"A [self-check]({rel(page, SELF_CHECK)}) score from **{level.band.min} to {level.band.max}** out of "
        f"{model.max_score} places an organization at this level ({band(level)}){gate}.\n",
    ]
    out += _in_place(model, level)
    out += _next(model, level, above) if above else _stay(level)
    heading = "## Reading for moving up\n" if above else "## Suggested references\n"
    out += [heading, references_by_kind(model, level.references) + "\n"]
    return "\n".join(out)
