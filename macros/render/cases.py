"""The cases page: anonymized engagements, each showing several practices working together."""

from __future__ import annotations

from ..kinds import CASES
from ..model import Model
from ..model_topics import Case
from .md import bullets, english, rel, section
from .topics import practice_links

CASES_PAGE = CASES.page


def case_link(case: Case, page: str) -> str:
    """A link from ``page`` to the case's section of the cases page."""
    return f"[{case.title}]({rel(page, CASES_PAGE, case.id)})"


def _case(model: Model, page: str, c: Case, msg) -> str:
    practices = f"**{msg('cases.practices')}:** {practice_links(model, page, c.practices)}"
    what = [f"### {msg('cases.done')}", bullets(c.approach, ordered=True), f"### {msg('cases.lessons')}"]
    what.append(bullets(c.lessons))
    return section(2, c.title, c.id, f"*{c.summary}*", f"**{msg('cases.setting')}** {c.setting}", *what, practices)


def cases_list(model: Model, page: str, msg=None) -> str:
    """Every case: its setting, what was done, the lessons, and the practices at work (each links back here)."""
    msg = msg or english()
    return "\n\n".join(_case(model, page, c, msg) for c in model.cases)
