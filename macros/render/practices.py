"""One page per practice, and the practice-by-level matrix."""

from __future__ import annotations

from ..model import Model, Practice
from .md import bullets, cell, front_matter, rel, table
from .refs import reference_list

TOOL_KINDS = {"azure": "Azure", "open-source": "Open source", "vendor-neutral": "Vendor-neutral"}


def practice_page(model: Model, p: Practice) -> str:
    page = p.page
    area = model.area_by_id[p.area]
    level = model.level_by_number[p.level]
    out = [front_matter(p.title, p.summary), f"# {p.title}\n", f"{p.summary}\n"]
    out.append(
        f"**Area:** [{area.name}]({rel(page, 'practices/index.md', p.area)}) · "
        f"**Expected from:** [{level.label}]({rel(page, level.page)})\n"
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
    out += ["## References\n", reference_list(model, p.references) + "\n"]
    return "\n".join(out)


def practice_matrix(model: Model, page: str) -> str:
    """All practices at a glance: one table per area, one column per level."""
    headers = ["Practice", *(f"L{lv.number} {lv.name}" for lv in model.levels)]
    blocks = []
    for area in model.areas:
        rows = []
        for p in sorted(model.practices_by_area[area.id], key=lambda q: (q.level, q.title.lower())):
            marks = [
                "introduced" if lv.number == p.level else ("in place" if lv.number > p.level else "")
                for lv in model.levels
            ]
            rows.append([f"[{p.title}]({rel(page, p.page)})", *marks])
        blocks.append(f"## {cell(area.name)} {{ #{area.id} }}\n\n{area.summary}\n\n" + table(headers, rows))
    legend = (
        "Each row is a practice. *introduced* marks the level at which an organization is expected to have it; "
        "*in place* marks the levels above, where it is kept up."
    )
    return legend + "\n\n" + "\n\n".join(blocks)
