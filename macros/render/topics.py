"""The "In production" pages: when to move up, downsides, outcomes and risks, agents, deployment, a shared platform.

Each page is hand-written in ``docs/production/`` and calls the macro of its table, then ``topic_notes`` and
``topic_references``, which find the page's topic from its path (``macros.kinds.TOPICS``).
"""

from __future__ import annotations

from ..kinds import TOPIC_FIELDS, TOPICS, record_topic
from ..model import Model
from ..model_topics import STEPS
from .md import bullets, english, level_label, rel, section, table
from .refs import reference_list

_TOPIC_OF_PAGE = {page: topic for topic, (_, page) in TOPICS.items()}


def topic_of(page: str) -> str:
    """The topic id of a page of the section; a page outside it is a mistake in docs/, so the build stops."""
    if page not in _TOPIC_OF_PAGE:
        raise ValueError(f"{page} is not a page of the In production section: {', '.join(sorted(_TOPIC_OF_PAGE))}")
    return _TOPIC_OF_PAGE[page]


def practice_links(model: Model, page: str, ids) -> str:
    """The practices' titles, each linked to its page; a dash when there are none."""
    links = [f"[{model.practice_by_id[i].title}]({rel(page, model.practice_by_id[i].page)})" for i in ids]
    return ", ".join(links) or "–"


def moving_up_signs(model: Model, page: str, msg=None) -> str:
    """One table per move (DevOps to MLOps, MLOps to GenAIOps): the more rows that describe you, the nearer the move."""
    msg = msg or english()
    blocks = []
    for step, (start, end) in STEPS.items():
        rows = [
            [s.sign, s.tipping_point, s.suggests, practice_links(model, page, s.practices)]
            for s in model.signs
            if s.step == step
        ]
        headers = [msg(f"signs.col_{c}") for c in ("sign", "tipping_point", "suggests", "practices")]
        heading = msg("signs.from_to", start=start, end=end)
        blocks.append(f"## {heading} {{ #{step} }}\n\n" + table(headers, rows))
    return "\n\n".join(blocks)


def downsides(model: Model, page: str, msg=None) -> str:
    """Each concern with what can go wrong, how to soften it, and the practices that do."""
    msg = msg or english()
    return "\n\n".join(
        section(
            2,
            c.name,
            c.id,
            f"**{msg('downsides.wrong')}**",
            bullets(c.downsides),
            f"**{msg('downsides.soften')}**",
            bullets(c.mitigations),
            f"**{msg('topics.practices')}:** {practice_links(model, page, c.practices)}",
        )
        for c in model.concerns
    )


def outcomes_and_risks(model: Model, page: str, msg=None) -> str:
    """What production readiness brings, and what going without monitoring, tracing and automation costs."""
    msg = msg or english()
    outcomes = [o for o in model.outcomes if o.kind == "outcome"]
    risks = [o for o in model.outcomes if o.kind == "risk"]
    out = table(
        [msg("outcomes.col_outcome"), msg("outcomes.col_looks"), msg("outcomes.col_bring")],
        [[f"**{o.title}**", o.text, practice_links(model, page, o.practices)] for o in outcomes],
    )
    risk_rows = [[f"**{o.title}**", o.text, practice_links(model, page, o.practices)] for o in risks]
    return (
        f"## {msg('outcomes.expected')} {{ #outcomes }}\n\n"
        + out
        + f"\n\n## {msg('outcomes.risks')} {{ #risks }}\n\n"
        + table([msg("outcomes.col_risk"), msg("outcomes.col_leads"), msg("outcomes.col_guard")], risk_rows)
    )


def agent_aspects(model: Model, page: str, msg=None) -> str:
    """What changes for each aspect of operations with one agent, and with several working together."""
    rows = [
        [f"**{a.aspect}**", a.single, a.multi, practice_links(model, page, a.practices)] for a in model.agent_aspects
    ]
    msg = msg or english()
    headers = [msg("agents.col_aspect"), msg("agents.col_one"), msg("agents.col_several"), msg("topics.practices")]
    return table(headers, rows)


def deployment_options(model: Model, page: str, msg=None) -> str:
    """Option, when to choose it, its trade-offs, a counterpart outside Azure, and the practices it leans on."""
    rows = [
        [f"**{o.name}**", o.when, o.tradeoffs, o.elsewhere or "–", practice_links(model, page, o.practices)]
        for o in model.deployment_options
    ]
    msg = msg or english()
    keys = ("deployment.col_option", "deployment.col_when", "deployment.col_tradeoffs", "deployment.col_elsewhere")
    return table([*(msg(k) for k in keys), msg("topics.practices")], rows)


def platform_components(model: Model, page: str, msg=None) -> str:
    """The parts of a platform many teams share, what each does, and the practices behind it."""
    rows = [[f"**{c.name}**", c.role, practice_links(model, page, c.practices)] for c in model.platform]
    msg = msg or english()
    return table([msg("platform.col_component"), msg("platform.col_does"), msg("topics.practices")], rows)


def topic_notes(model: Model, page: str, msg=None) -> str:
    """Items a level mentions that are no practice of their own, shown on the page whose topic they belong to."""
    notes = [n for n in model.notes if n.topic == topic_of(page)]
    if not notes:
        return ""
    msg = msg or english()
    blocks = [f"## {msg('notes.beyond')}\n\n{msg('notes.beyond_intro')}"]
    for n in notes:
        level = model.level_by_number[n.level]
        mentioned = "*" + msg("notes.mentioned", level=f"[{level_label(level, msg)}]({rel(page, level.page)})") + "* "
        blocks.append(section(3, n.title, n.id, n.text, mentioned + practice_links(model, page, n.practices)))
    return "\n\n".join(blocks)


def topic_references(model: Model, page: str, msg=None) -> str:
    """Every reference the page's records cite, in the order they are first cited."""
    topic = topic_of(page)
    records = [r for name in TOPIC_FIELDS for r in getattr(model, name)]
    ids = [rid for r in records if record_topic(r) == topic for rid in r.references]
    ids = list(dict.fromkeys(ids))
    msg = msg or english()
    return f"## {msg('topics.references')}\n\n{reference_list(model, ids, msg)}" if ids else ""
