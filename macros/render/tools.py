"""The tools catalog page, and what a practice page says of a tool it cites."""

from __future__ import annotations

from ..model import Model, Tool
from .md import rel, table

TOOLS_PAGE = "tools.md"

# What each tool kind tells a reader: who makes it, and whether it ties them to a vendor.
TOOL_KINDS = {
    "azure": "Azure service",
    "microsoft": "Microsoft product",
    "github": "GitHub service",
    "open-source": "Open source",
    "open-weight": "Open-weight model",
    "vendor-neutral-standard": "Vendor-neutral standard",
    "commercial": "Commercial product",
}
# The catalog's sections, one per kind, in the order above.
KIND_SECTIONS = {
    "azure": "Azure services",
    "microsoft": "Microsoft products",
    "github": "GitHub services",
    "open-source": "Open source",
    "open-weight": "Open-weight models",
    "vendor-neutral-standard": "Vendor-neutral standards",
    "commercial": "Commercial products",
}


def tool_name(t: Tool) -> str:
    """The tool's name, linked to where readers find it (Azure services may have no address of their own)."""
    return f"[{t.name}]({t.url})" if t.url else t.name


def _successor(model: Model, t: Tool, page: str) -> str:
    s = model.tool_by_id[t.successor]
    return f"[{s.name}]({rel(page, TOOLS_PAGE, s.id)})"


def status_text(model: Model, t: Tool, page: str) -> str:
    """The lifecycle in words: "Current", or since when it is deprecated, when it retires and what succeeds it."""
    if t.status == "current":
        text = "Current"
    elif t.status == "deprecated":
        text = f"Deprecated since {t.deprecated_on}" if t.deprecated_on else "Deprecated"
    else:
        text = "Retired"
    if t.retires_on:
        text += f"; {'retired on' if t.status == 'retired' else 'retires on'} {t.retires_on}"
    if t.successor:
        text += f"; succeeded by {_successor(model, t, page)}"
    if t.source:
        ref = model.reference_by_id[t.source]
        text += f" ([source]({ref.url}))"
    return text


def lifecycle_note(model: Model, t: Tool, page: str) -> str:
    """What a practice page adds to its note on a tool that is not simply current: the status, linked to the
    tool's entry on the Tools page. Empty for a current tool without a successor."""
    if t.status == "current" and not t.successor:
        return ""
    return f"{status_text(model, t, page).split(' ([source]')[0]} ([Tools]({rel(page, TOOLS_PAGE, t.id)}))."


def tools_catalog(model: Model, page: str) -> str:
    """Every tool of data/tools.yml by kind, with its status and the practices that cite it; each row's link
    carries the tool id as its anchor, so practice pages and successors can point at it."""
    blocks = []
    for kind, title in KIND_SECTIONS.items():
        group = sorted((t for t in model.tools if t.kind == kind), key=lambda t: t.name.lower())
        if not group:
            continue
        rows = []
        for t in group:
            name = f"[{t.name}]({t.url or '#' + t.id}){{ #{t.id} }}"
            cited = [f"[{p.title}]({rel(page, p.page)})" for p in model.practices_by_tool[t.id]]
            rows.append([name, status_text(model, t, page), ", ".join(cited) or "no practice", t.last_verified or ""])
        blocks.append(
            f"## {title} {{ #kind-{kind} }}\n\n" + table(["Tool", "Status", "Cited by", "Status checked"], rows)
        )
    return f"The guide names {len(model.tools)} tools.\n\n" + "\n\n".join(blocks)
