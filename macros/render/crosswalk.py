"""Crosswalks: which practices address the items of the frameworks governance teams report against.

The mappings live in data/frameworks.yml, never in the practices: a practice page finds its items by reverse
lookup (:attr:`Model.standards_of`), and the crosswalk page lists every framework item, addressed or not.
"""

from __future__ import annotations

from ..model import Framework, Model, Practice
from .md import bullets, cell, link, rel, table

PAGE = "crosswalk.md"

DISCLAIMER = (
    '!!! warning "The guide\'s reading, not a certification"\n'
    "    These mappings are this guide's own reading of where its practices address each item. They are not an\n"
    "    official or certified mapping, no framework's publisher has reviewed them, and they do not make anyone\n"
    "    compliant with any law or standard. Read each framework's own text, and ask the people you report to.\n"
)


def standards_section(model: Model, p: Practice, page: str) -> str:
    """The practice page's "Standards" section: the framework items it addresses, or "" when it maps to none."""
    found = model.standards_of.get(p.id, [])
    if not found:
        return ""
    lines = [f"[{fw.name}]({rel(page, PAGE, fw.id)}) **{item.id}**: {item.title}" for fw, item, _ in found]
    intro = (
        f"This guide reads the practice as addressing these items of the frameworks in its "
        f"[crosswalk]({rel(page, PAGE)}), which says why for each. The reading is not an official or certified "
        "mapping, and it makes no one compliant."
    )
    return f"## Standards\n\n{intro}\n\n{bullets(lines)}\n"


def _practice_cell(model: Model, page: str, mapped) -> str:
    return "; ".join(
        f"[{model.practice_by_id[mp.id].title}]({rel(page, model.practice_by_id[mp.id].page)}): {mp.why}"
        for mp in mapped
    )


def _framework_block(model: Model, fw: Framework, page: str) -> str:
    ref = model.reference_by_id[fw.reference]
    addressed = [
        (item, model.addressed_by[(fw.id, item.id)]) for item in fw.items if (fw.id, item.id) in model.addressed_by
    ]
    missing = [item for item in fw.items if (fw.id, item.id) not in model.addressed_by]
    out = [
        f"## {cell(fw.name)} {{ #{fw.id} }}\n",
        f"**Version:** {fw.version} · **Official text:** {link(ref.title, ref.url)} · "
        f"**Addressed:** {len(addressed)} of {len(fw.items)} items\n",
        f"**Items listed:** {fw.scope} **Checked against:** {fw.verified_from}\n",
    ]
    if addressed:
        rows = [[item.id, item.title, _practice_cell(model, page, mapped)] for item, mapped in addressed]
        out.append(table(["Item", "Title", "Practices that address it, and why"], rows) + "\n")
    out.append(f"### Not yet addressed {{ #{fw.id}-not-yet }}\n")
    if missing:
        out.append(
            "No practice of the guide addresses these items yet. A practice that does can be mapped in "
            "`data/frameworks.yml`.\n"
        )
        out.append(bullets(f"{item.id}: {item.title}" for item in missing) + "\n")
    else:
        out.append("Every listed item is addressed by at least one practice.\n")
    return "\n".join(out)


def crosswalk_tables(model: Model, page: str) -> str:
    """The crosswalk page: the disclaimer, then one section per framework with its table and unaddressed items."""
    counts = ", ".join(
        f"{fw.name} ({sum(len(model.addressed_by.get((fw.id, i.id), ())) for i in fw.items)} mappings)"
        for fw in model.frameworks
    )
    intro = f"The crosswalk covers {len(model.frameworks)} frameworks: {counts}."
    return "\n".join([DISCLAIMER, intro + "\n", *(_framework_block(model, fw, page) for fw in model.frameworks)])
