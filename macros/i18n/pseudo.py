"""The pseudo-locale: every translatable string, transformed so that anything left in plain English stands out.

Used only by tests (never published): a page or widget built in ``qps-ploc`` shows ``⟦Ŝḗŀƒ-ƈħḗƈķ⟧`` wherever
the text came through a translation, so a run of plain ASCII words is a string some code wrote by hand.
What a reader or a machine must read unchanged is kept: ``{placeholders}``, ``{{ macros }}``, `code`, a link's
target, HTML tags and entities, and URLs.
"""

from __future__ import annotations

import re

PSEUDO = "qps-ploc"  # the pseudo-locale's tag, as Windows and ICU name it
OPEN, CLOSE = "⟦", "⟧"

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"
_TABLE = str.maketrans(_PLAIN, _ACCENTED)
# Spans kept as they are, tried in this order at each position.
KEEP = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}"  # Jinja macros and tags (hand-written pages)
    r"|\{[A-Za-z_][A-Za-z0-9_]*\}"  # message placeholders
    r"|`[^`]*`"  # code spans
    r"|\]\([^)]*\)"  # a Markdown link's target (its text is translated)
    r"|<[^>]*>|&[A-Za-z#0-9]+;"  # HTML tags and entities
    r"|https?://\S+"
)


def pseudo_text(text: str) -> str:
    """``text`` with its letters accented and its kept spans unchanged (no brackets: see :func:`pseudo`)."""
    out, at = [], 0
    for match in KEEP.finditer(text):
        out += [text[at : match.start()].translate(_TABLE), match.group()]
        at = match.end()
    out.append(text[at:].translate(_TABLE))
    return "".join(out)


def pseudo(value):
    """A translatable value (a string or a list of strings) in the pseudo-locale, each string bracketed."""
    if isinstance(value, list):
        return [pseudo(item) for item in value]
    return f"{OPEN}{pseudo_text(value)}{CLOSE}"
