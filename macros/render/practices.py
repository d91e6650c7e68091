"""One page per practice, and the practice-by-level matrix."""

from __future__ import annotations

from ..model import Model, Practice
from .cases import case_link
from .levels import level_meaning
from .md import bullets, cell, front_matter, rel, table
from .refs import reference_list

TOOL_KINDS = {"azure": "Azure", "open-source": "Open source", "vendor-neutral": "Vendor-neutral"}


def _asked(model: Model, p: Practice, page: str) -> str:
    """The self-check questions that assess this practice (the validator makes sure there is one)."""
    texts = [f"“{q.text}”" for q in model.self_check.questions if p.id in q.practices]
    return f"[{' '.join(texts)}]({rel(page, 'self-check/index.md')})"


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
    tools = [[t.name, TOOL_KINDS[t.kind], t.note or ""] for t in p.tools]
    out += ["## Tools\n", table(["Tool", "Kind", "Notes"], tools) + "\n"]
    out += ["## Signals that it is working\n", bullets(p.signals) + "\n"]
    out += ["## Pitfalls\n", bullets(p.pitfalls) + "\n"]
    related = list(dict.fromkeys([*p.related, *(q.id for q in model.related_from.get(p.id, []))]))
    links = [model.practice_by_id[r] for r in related]
    out += ["## Related practices\n", bullets(f"[{q.title}]({rel(page, q.page)}): {q.summary}" for q in links) + "\n"]
    if cases := model.cases_by_practice.get(p.id):
        out += ["## Cases\n", bullets(f"{case_link(c, page)}: {c.summary}" for c in cases) + "\n"]
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
