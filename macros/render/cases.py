"""The cases page: anonymized engagements, each showing several practices working together."""

from __future__ import annotations

from ..model import TOPICS, Case, Model
from .md import bullets, cell, rel
from .topics import practice_links

CASES_PAGE = TOPICS["cases"][1]


def case_link(case: Case, page: str) -> str:
    """A link from ``page`` to the case's section of the cases page."""
    return f"[{case.title}]({rel(page, CASES_PAGE, case.id)})"


def cases_list(model: Model, page: str) -> str:
    """Every case: its setting, what was done, the lessons, and the practices at work (each links back here)."""
    blocks = []
    for c in model.cases:
        blocks.append(
            f"## {cell(c.title)} {{ #{c.id} }}\n\n*{c.summary}*\n\n**The setting.** {c.setting}\n\n"
            f"### What was done\n\n{bullets(c.approach, ordered=True)}\n\n### Lessons\n\n{bullets(c.lessons)}\n\n"
            f"**Practices at work:** {practice_links(model, page, c.practices)}"
        )
    return "\n\n".join(blocks)
