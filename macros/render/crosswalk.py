"""Crosswalks: which practices address the items of the frameworks governance teams report against.

The mappings live in data/frameworks.yml, never in the practices: a practice page finds its items by reverse
lookup (:attr:`Model.standards_of`), and the crosswalk page lists every framework item, addressed or not. An item's
id and title are the framework's own words and stay as written in every language; the guide's words are the
site catalog's ("crosswalk.*").
"""

from __future__ import annotations

from ..model import Framework, Model, Practice
from .md import bullets, cell, english, link, rel, table

PAGE = "crosswalk.md"


def disclaimer(msg) -> str:
    body = "\n".join("    " + line for line in msg("crosswalk.disclaimer").split("\n"))
    title = msg("crosswalk.disclaimer_title").replace('"', "'")
    return f'!!! warning "{title}"\n{body}\n'


def standards_section(model: Model, p: Practice, page: str, msg=None) -> str:
    """The practice page's "Standards" section: the framework items it addresses, or "" when it maps to none."""
    msg = msg or english()
    found = model.standards_of.get(p.id, [])
    if not found:
        return ""
    lines = [f"[{fw.name}]({rel(page, PAGE, fw.id)}) **{item.id}**: {item.title}" for fw, item, _ in found]
    intro = msg("crosswalk.standards_intro", crosswalk=rel(page, PAGE))
    return f"## {msg('crosswalk.standards')}\n\n{intro}\n\n{bullets(lines)}\n"


def _practice_cell(model: Model, page: str, mapped) -> str:
    return "; ".join(
        f"[{model.practice_by_id[mp.id].title}]({rel(page, model.practice_by_id[mp.id].page)}): {mp.why}"
        for mp in mapped
    )


def _framework_block(model: Model, fw: Framework, page: str, msg) -> str:
    ref = model.reference_by_id[fw.reference]
    addressed = [
        (item, model.addressed_by[(fw.id, item.id)]) for item in fw.items if (fw.id, item.id) in model.addressed_by
    ]
    missing = [item for item in fw.items if (fw.id, item.id) not in model.addressed_by]
    facts = msg(
        "crosswalk.facts",
        version=fw.version,
        official=link(ref.title, ref.url),
        addressed=len(addressed),
        count=len(fw.items),
    )
    out = [
        f"## {cell(fw.name)} {{ #{fw.id} }}\n",
        facts + "\n",
        msg("crosswalk.scope", scope=fw.scope, verified=fw.verified_from) + "\n",
    ]
    if addressed:
        rows = [[item.id, item.title, _practice_cell(model, page, mapped)] for item, mapped in addressed]
        headers = [msg("crosswalk.col_item"), msg("crosswalk.col_title"), msg("crosswalk.col_practices")]
        out.append(table(headers, rows) + "\n")
    out.append(f"### {msg('crosswalk.not_yet')} {{ #{fw.id}-not-yet }}\n")
    if missing:
        out.append(msg("crosswalk.not_yet_intro") + "\n")
        out.append(bullets(f"{item.id}: {item.title}" for item in missing) + "\n")
    else:
        out.append(msg("crosswalk.all_addressed") + "\n")
    return "\n".join(out)


def crosswalk_tables(model: Model, page: str, msg=None) -> str:
    """The crosswalk page: the disclaimer, then one section per framework with its table and unaddressed items."""
    msg = msg or english()
    counts = ", ".join(
        msg(
            "crosswalk.mappings",
            name=fw.name,
            count=sum(len(model.addressed_by.get((fw.id, i.id), ())) for i in fw.items),
        )
        for fw in model.frameworks
    )
    intro = msg("crosswalk.intro", count=len(model.frameworks), counts=counts)
    blocks = (_framework_block(model, fw, page, msg) for fw in model.frameworks)
    return "\n".join([disclaimer(msg), intro + "\n", *blocks])
