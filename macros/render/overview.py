"""The overview: the progression diagram, the levels table and the home page's level cards, all drawn from
data/levels.yml, and how long the self-check takes, from the questionnaire."""

from __future__ import annotations

import math

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


def level_cards(model: Model, page: str, msg=None) -> str:
    """The four levels at a glance for the home page, as Material's grid cards (md_in_html): each card names its
    level with a link to its page, says what it is in one line, and gives its self-check band."""
    msg = msg or english()
    cards = [
        f"-   __[{level_label(lv, msg)}]({rel(page, lv.page)})__\n\n"
        "    ---\n\n"
        f"    {lv.summary}\n\n"
        f"    {msg('overview.card_score', band=band(lv), max_score=model.max_score)}\n"
        for lv in model.levels
    ]
    return '<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>"


# How long the self-check takes, estimated from what a reader reads and decides. Adults read non-fiction silently
# at about 238 words a minute (Brysbaert 2019, a meta-analysis of 190 studies); on top of reading, each question
# asks the reader to recall how their organization does one thing, which we allow 20 seconds for. The figure is
# rounded to the nearest 5 minutes: it is an "about", and should not move with every reworded question.
READING_WORDS_PER_MINUTE = 238
DECIDING_SECONDS_PER_QUESTION = 20
MINUTES_STEP = 5


def minutes_for(words: int, questions: int) -> int:
    """Reading ``words`` and deciding ``questions``, in minutes, to the nearest step (never less than one step)."""
    minutes = words / READING_WORDS_PER_MINUTE + questions * DECIDING_SECONDS_PER_QUESTION / 60
    return max(MINUTES_STEP, MINUTES_STEP * math.floor(minutes / MINUTES_STEP + 0.5))


def self_check_minutes(model: Model, page: str = "", msg=None) -> str:
    """About how many minutes the self-check takes: reading its questions, help and answers, and deciding each."""
    sc = model.self_check
    words = 0
    for q in sc.questions:
        texts = [q.text, q.help or "", q.not_applicable or "", *(o.text for o in sc.scale_by_id[q.scale].options)]
        words += sum(len(t.split()) for t in texts)
    return str(minutes_for(words, len(sc.questions)))
