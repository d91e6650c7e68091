"""The overview: the progression diagram and the levels table, both drawn from data/levels.yml."""

from __future__ import annotations

from ..model import Model
from .md import band, english, level_label, mermaid_label, rel, rel_url, table


def progression_diagram(model: Model, page: str, msg=None) -> str:
    """Level 1 -> 2 -> 3 -> 4, each edge labelled with what moves an organization up; nodes link to level pages."""
    msg = msg or english()
    levels = model.levels
    # Top-down: a left-to-right chart of four labelled steps is scaled down to unreadable text in the content column.
    lines = ["```mermaid", "graph TD"]
    for lv in levels:
        lines.append(f"    L{lv.number}[{mermaid_label(level_label(lv, msg))}]")
    for lower, upper in zip(levels, levels[1:], strict=False):
        lines.append(f"    L{lower.number} -->|{mermaid_label(lower.advance_label)}| L{upper.number}")
    top = levels[-1]
    lines.append(f"    L{top.number} -->|{mermaid_label(top.advance_label)}| L{top.number}")
    for lv in levels:
        tip = mermaid_label(msg("overview.open_level", level=level_label(lv, msg)))
        lines.append(f'    click L{lv.number} href "{rel_url(page, lv.page)}" {tip}')
    lines.append("```")
    return "\n".join(lines)


def levels_table(model: Model, page: str, msg=None) -> str:
    msg = msg or english()
    rows = [
        [
            f"[{level_label(lv, msg)}]({rel(page, lv.page)})",
            lv.summary,
            "; ".join(lv.focus),
            msg("overview.band", band=band(lv), max_score=model.max_score),
        ]
        for lv in model.levels
    ]
    keys = ("overview.col_level", "overview.col_description", "overview.col_focus", "overview.col_score")
    return table([msg(k) for k in keys], rows)
