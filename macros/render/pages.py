"""The generated part of the site: which pages exist, their Markdown, and where they sit in the navigation."""

from __future__ import annotations

from ..model import Model
from .levels import level_page
from .md import english, level_label
from .practices import practice_page


def generated_pages(model: Model, msg=None) -> dict[str, str]:
    """``docs/``-relative path -> Markdown, for every level and practice page."""
    msg = msg or english()
    pages = {lv.page: level_page(model, lv, msg) for lv in model.levels}
    pages.update({p.page: practice_page(model, p, msg) for p in model.practices})
    return pages


def levels_nav(model: Model, msg=None) -> list:
    msg = msg or english()
    return [{level_label(lv, msg): lv.page} for lv in model.levels]


def practices_nav(model: Model) -> list:
    return [
        {
            area.name: [
                {p.title: p.page}
                for p in sorted(model.practices_by_area[area.id], key=lambda q: (q.level, q.title.lower()))
            ]
        }
        for area in model.areas
    ]
