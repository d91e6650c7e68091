"""One page per practice, and the practice-by-level matrix."""

from __future__ import annotations

import re

from ..model import Example, Model, Practice
from .cases import case_link
from .crosswalk import standards_section
from .levels import level_meaning
from .md import bullets, cell, front_matter, rel, table
from .refs import reference_list
from .tools import TOOL_KINDS, TOOLS_PAGE, lifecycle_note, tool_name


def _asked(model: Model, p: Practice, page: str) -> str:
    """The self-check questions that assess this practice (the validator makes sure there is one)."""
    texts = [f"“{q.text}”" for q in model.self_check.questions if p.id in q.practices]
    return f"[{' '.join(texts)}]({rel(page, 'self-check/index.md')})"


def _fence(code: str) -> str:
    """A backtick fence longer than any run of backticks in the code, so no line of it can close the block."""
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def example_block(ex: Example) -> str:
    """One worked example: its title, the code as a fenced block in its language, and its note."""
    fence = _fence(ex.code)
    parts = [f"### {' '.join(ex.title.split())}\n", f"{fence}{ex.language}\n{ex.code.rstrip()}\n{fence}\n"]
    if ex.note:
        parts.append(f"{' '.join(ex.note.split())}\n")
    return "\n".join(parts)


def related_list(model: Model, p: Practice, page: str) -> str:
    """The practices this one lists and those that list it, as one line of title links."""
    related = list(dict.fromkeys([*p.related, *(q.id for q in model.related_from.get(p.id, []))]))
    return ", ".join(f"[{model.practice_by_id[r].title}]({rel(page, model.practice_by_id[r].page)})" for r in related)


def practice_page(model: Model, p: Practice) -> str:
    page = p.page
    area = model.area_by_id[p.area]
    level = model.level_by_number[p.level]
    out = [front_matter(p.title, p.summary), f"# {p.title}\n", f"{p.summary}\n"]
    out.append(
        f"**Area:** [{area.name}]({rel(page, 'practices/index.md', p.area)}) · "
        f"**Expected from:** [{level.label}]({rel(page, level.page)}) · "
        f"**In the self-check:** {_asked(model, p, page)}\n"
    )
    out += ["## Why it matters\n", f"{p.why}\n"]
    out += ["## Steps\n", bullets(p.steps, ordered=True) + "\n"]
    cited = [(model.tool_by_id[u.tool], u.note) for u in p.tools]
    tools = [
        [tool_name(t), TOOL_KINDS[t.kind], " ".join(x for x in (note, lifecycle_note(model, t, page)) if x)]
        for t, note in cited
    ]
    out += ["## Tools\n", table(["Tool", "Kind", "Notes"], tools) + "\n"]
    out.append(f"Each tool's status, and the other practices that use it: [Tools]({rel(page, TOOLS_PAGE)}).\n")
    out += ["## Example\n", *(example_block(ex) for ex in p.examples)]
    out += ["## Signals that it is working\n", bullets(p.signals) + "\n"]
    out += ["## Pitfalls\n", bullets(p.pitfalls) + "\n"]
    out += ["## Related practices\n", related_list(model, p, page) + "\n"]
    if cases := model.cases_by_practice.get(p.id):
        out += ["## Cases\n", bullets(f"{case_link(c, page)}: {c.summary}" for c in cases) + "\n"]
    out += [s for s in [standards_section(model, p, page)] if s]  # from data/frameworks.yml, by reverse lookup
    out += ["## References\n", reference_list(model, p.references) + "\n"]
    return "\n".join(out)


def practice_matrix(model: Model, page: str) -> str:
    """All practices at a glance: one table per area, one column per level that expects any practice."""
    levels = [lv for lv in model.levels if model.practices_by_level.get(lv.number)]
    headers = ["Practice", *(f"L{lv.number} {lv.name}" for lv in levels)]
    blocks = []
    for area in model.areas:
        rows = []
        for p in sorted(model.practices_by_area[area.id], key=lambda q: (q.level, q.title.lower())):
            marks = [
                "expected" if lv.number == p.level else ("in place" if lv.number > p.level else "") for lv in levels
            ]
            rows.append([f"[{p.title}]({rel(page, p.page)})", *marks])
        blocks.append(f"## {cell(area.name)} {{ #{area.id} }}\n\n{area.summary}\n\n" + table(headers, rows))
    legend = (
        f"{level_meaning(model)} Each row is a practice: *expected* marks the level from which it is in place, "
        "*in place* the levels above, where it is kept up."
    )
    return legend + "\n\n" + "\n\n".join(blocks)
