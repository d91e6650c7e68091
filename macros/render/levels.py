"""One page per maturity level."""

from __future__ import annotations

from ..model import Level, Model
from .md import band, bullets, front_matter, rel, table
from .refs import references_by_kind

SELF_CHECK = "self-check/index.md"


def level_page(model: Model, level: Level) -> str:
    page = level.page
    above = model.level_by_number.get(level.number + 1)
    practices = model.practices_by_level.get(level.number, [])
    out = [front_matter(level.label, level.summary), f"# {level.label}\n", f"{level.summary}\n"]
    out += ["## What this level means\n", f"{level.description}\n"]
    out += [
        "## Score band\n",
        f"A [self-check]({rel(page, SELF_CHECK)}) score from **{level.band.min} to {level.band.max}** out of "
        f"{model.max_score} places an organization at this level ({band(level)}).\n",
    ]
    out += ["## Focus\n", bullets(level.focus) + "\n"]
    if above:
        out += [
            f"## Next steps to reach [{above.label}]({rel(page, above.page)})\n",
            bullets(level.next_steps, ordered=True) + "\n",
        ]
    else:
        out += ["## Next steps to stay at the top\n", bullets(level.next_steps, ordered=True) + "\n"]
    rows = [[f"[{p.title}]({rel(page, p.page)})", model.area_by_id[p.area].name, p.summary] for p in practices]
    out += [
        "## Practices expected at this level\n",
        f"An organization at {level.label} has these {len(practices)} practices in place, "
        f"on top of those of the levels below. The [practice matrix]({rel(page, 'practices/index.md')}) shows all of them.\n",
        table(["Practice", "Area", "What it is"], rows) + "\n",
    ]
    out += ["## Suggested references\n", references_by_kind(model, level.references) + "\n"]
    return "\n".join(out)
