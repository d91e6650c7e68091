"""The cases page: anonymized engagements, each showing several practices working together."""

from __future__ import annotations

from ..kinds import CASES
from ..model import Model
from ..model_topics import Case
from .md import bullets, rel, section
from .topics import practice_links

CASES_PAGE = CASES.page


def case_link(case: Case, page: str) -> str:
    """A link from ``page`` to the case's section of the cases page."""
    return f"[{case.title}]({rel(page, CASES_PAGE, case.id)})"


def _case(model: Model, page: str, c: Case) -> str:
    practices = f"**Practices at work:** {practice_links(model, page, c.practices)}"
    what = ["### What was done", bullets(c.approach, ordered=True), "### Lessons", bullets(c.lessons)]
    return section(2, c.title, c.id, f"*{c.summary}*", f"**The setting.** {c.setting}", *what, practices)


def cases_list(model: Model, page: str) -> str:
    """Every case: its setting, what was done, the lessons, and the practices at work (each links back here)."""
    return "\n\n".join(_case(model, page, c) for c in model.cases)
