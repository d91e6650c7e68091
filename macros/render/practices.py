"""One page per practice, and the practice-by-level matrix."""

from __future__ import annotations

import re

from ..model import Example, Model, Practice
from .cases import case_link
from .crosswalk import standards_section
from .levels import level_meaning
from .md import bullets, cell, english, front_matter, level_label, rel, table
from .refs import reference_list
from .tools import TOOLS_PAGE, lifecycle_note, tool_kinds, tool_name


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


def practice_page(model: Model, p: Practice, msg=None) -> str:
    msg = msg or english()
    page = p.page
    area = model.area_by_id[p.area]
    level = model.level_by_number[p.level]
    out = [front_matter(p.title, p.summary), f"# {p.title}\n", f"{p.summary}\n"]
    out.append(
        f"**{msg('practice.area')}:** [{area.name}]({rel(page, 'practices/index.md', p.area)}) · "
        f"**{msg('practice.expected_from')}:** [{level_label(level, msg)}]({rel(page, level.page)}) · "
        f"**{msg('practice.in_self_check')}:** {_asked(model, p, page)}\n"
    )
    out += [f"## {msg('practice.why')}\n", f"{p.why}\n"]
    out += [f"## {msg('practice.steps')}\n", bullets(p.steps, ordered=True) + "\n"]
    cited = [(model.tool_by_id[u.tool], u.note) for u in p.tools]
    kinds = tool_kinds(msg)
    tools = [
        [tool_name(t), kinds[t.kind], " ".join(x for x in (note, lifecycle_note(model, t, page, msg)) if x)]
        for t, note in cited
    ]
    headers = [msg("practice.col_tool"), msg("practice.col_kind"), msg("practice.col_notes")]
    out += [f"## {msg('practice.tools')}\n", table(headers, tools) + "\n"]
    out.append(msg("practice.tools_page", tools=rel(page, TOOLS_PAGE)) + "\n")
    out += [f"## {msg('practice.example')}\n", *(example_block(ex) for ex in p.examples)]
    out += [f"## {msg('practice.signals')}\n", bullets(p.signals) + "\n"]
    out += [f"## {msg('practice.pitfalls')}\n", bullets(p.pitfalls) + "\n"]
    out += [f"## {msg('practice.related')}\n", related_list(model, p, page) + "\n"]
    if cases := model.cases_by_practice.get(p.id):
        out += [f"## {msg('practice.cases')}\n", bullets(f"{case_link(c, page)}: {c.summary}" for c in cases) + "\n"]
    out += [s for s in [standards_section(model, p, page, msg)] if s]  # from data/frameworks.yml, by reverse lookup
    out += [f"## {msg('practice.references')}\n", reference_list(model, p.references, msg) + "\n"]
    return "\n".join(out)


def practice_matrix(model: Model, page: str, msg=None) -> str:
    """All practices at a glance: one table per area, one column per level that expects any practice."""
    msg = msg or english()
    levels = [lv for lv in model.levels if model.practices_by_level.get(lv.number)]
    headers = [msg("matrix.col_practice"), *(msg("matrix.col_level", number=lv.number, name=lv.name) for lv in levels)]
    expected, in_place = msg("matrix.expected"), msg("matrix.in_place")
    blocks = []
    for area in model.areas:
        rows = []
        for p in sorted(model.practices_by_area[area.id], key=lambda q: (q.level, q.title.lower())):
            marks = [expected if lv.number == p.level else (in_place if lv.number > p.level else "") for lv in levels]
            rows.append([f"[{p.title}]({rel(page, p.page)})", *marks])
        blocks.append(f"## {cell(area.name)} {{ #{area.id} }}\n\n{area.summary}\n\n" + table(headers, rows))
    legend = f"{level_meaning(model, page, msg)} {msg('matrix.legend', expected=expected, in_place=in_place)}"
    return legend + "\n\n" + "\n\n".join(blocks)
