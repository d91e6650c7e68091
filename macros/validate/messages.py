"""Message parts several rule modules share."""

from __future__ import annotations

import difflib


def unknown_id(kind: str, value: str, allowed: set[str], where: str) -> str:
    """An unknown id, with the closest known one (when one is close) and what is allowed."""
    close = difflib.get_close_matches(value, sorted(allowed), n=1, cutoff=0.75)
    hint = f" - did you mean '{close[0]}'?" if close else " -"
    if len(allowed) <= 12:
        hint += f" {'E' if close else 'e'}xpected one of: {', '.join(sorted(allowed))}"
    else:
        where_ids = " (the file names in data/practices/)" if kind == "practice" else ""
        hint += f" {'E' if close else 'e'}xpected one of the {len(allowed)} {kind} ids{where_ids}"
    return f"unknown {kind} '{value}' in {where}{hint}"
