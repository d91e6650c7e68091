"""Content health: how many of the guide's dated facts were checked recently, judged against the model's as_of.

A dated fact is a reference (its page opened and found right), a tool's lifecycle (status, dates and successor
compared with its source) or a model version's retirement date. Each records ``last_verified``; the counts here
say how many are current, due for a check or past due, so stale facts show before a reader finds them.
"""

from __future__ import annotations

from datetime import date

from ..model import Model
from .md import english, table

# A fact checked within DUE_AFTER_DAYS of as_of is current; then due for a check; after PAST_DUE_AFTER_DAYS past due.
DUE_AFTER_DAYS = 180
PAST_DUE_AFTER_DAYS = 365
STATES = ("current", "due", "past due", "never checked")


def state(last_verified: str | None, as_of: date) -> str:
    """Which of STATES a fact last checked on ``last_verified`` is in, on ``as_of``."""
    if not last_verified:
        return "never checked"
    age = (as_of - date.fromisoformat(last_verified)).days
    return "current" if age <= DUE_AFTER_DAYS else "due" if age <= PAST_DUE_AFTER_DAYS else "past due"


def health_counts(model: Model, msg=None) -> dict[str, dict[str, int]]:
    """For each kind of dated fact, how many are in each state."""
    msg = msg or english()
    as_of = date.fromisoformat(model.as_of)
    groups = {
        msg("health.references"): model.references,
        msg("health.tools"): model.tools,
        msg("health.versions"): model.model_versions,
    }
    out = {}
    for name, records in groups.items():
        counts = dict.fromkeys(STATES, 0)
        for r in records:
            counts[state(r.last_verified, as_of)] += 1
        out[name] = counts
    return out


def content_health(model: Model, page: str, msg=None) -> str:
    msg = msg or english()
    counts = health_counts(model, msg)
    rows = [[name, *(str(c[s]) for s in STATES), str(sum(c.values()))] for name, c in counts.items()]
    headers = [msg("health.col_facts"), *(msg(f"health.state.{s.replace(' ', '_')}") for s in STATES)]
    headers.append(msg("health.col_total"))
    intro = msg("health.intro", as_of=model.as_of, due=DUE_AFTER_DAYS, past_due=PAST_DUE_AFTER_DAYS)
    return intro + "\n\n" + table(headers, rows)
