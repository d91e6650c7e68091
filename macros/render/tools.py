"""The tools catalog page, and what a practice page says of a tool it cites."""

from __future__ import annotations

from ..model import Model, Tool
from .md import english, rel, table

TOOLS_PAGE = "tools.md"

# The tool kinds, in the catalog's order. What each tells a reader (who makes it, whether it ties them to a vendor)
# is "tools.kind.<kind>" in the site catalog, and its section's heading "tools.section.<kind>".
KINDS = ("azure", "microsoft", "github", "open-source", "open-weight", "vendor-neutral-standard", "commercial")


def tool_kinds(msg=None) -> dict[str, str]:
    msg = msg or english()
    return {kind: msg(f"tools.kind.{kind}") for kind in KINDS}


def tool_name(t: Tool) -> str:
    """The tool's name, linked to where readers find it (Azure services may have no address of their own)."""
    return f"[{t.name}]({t.url})" if t.url else t.name


def _successor(model: Model, t: Tool, page: str) -> str:
    s = model.tool_by_id[t.successor]
    return f"[{s.name}]({rel(page, TOOLS_PAGE, s.id)})"


def status_text(model: Model, t: Tool, page: str, msg=None, *, source: bool = True) -> str:
    """The lifecycle in words: "Current", or since when it is deprecated, when it retires and what succeeds it."""
    msg = msg or english()
    if t.status == "current":
        text = msg("tools.current")
    elif t.status == "deprecated":
        text = msg("tools.deprecated_since", date=t.deprecated_on) if t.deprecated_on else msg("tools.deprecated")
    else:
        text = msg("tools.retired")
    if t.retires_on:
        text += "; " + msg("tools.retired_on" if t.status == "retired" else "tools.retires_on", date=t.retires_on)
    if t.successor:
        text += "; " + msg("tools.succeeded_by", successor=_successor(model, t, page))
    if t.source and source:
        ref = model.reference_by_id[t.source]
        text += f" ([{msg('tools.source')}]({ref.url}))"
    return text


def lifecycle_note(model: Model, t: Tool, page: str, msg=None) -> str:
    """What a practice page adds to its note on a tool that is not simply current: the status, linked to the
    tool's entry on the Tools page. Empty for a current tool without a successor."""
    msg = msg or english()
    if t.status == "current" and not t.successor:
        return ""
    status = status_text(model, t, page, msg, source=False)
    return f"{status} ([{msg('tools.tools')}]({rel(page, TOOLS_PAGE, t.id)}))."


def tools_catalog(model: Model, page: str, msg=None) -> str:
    """Every tool of data/tools.yml by kind, with its status and the practices that cite it; each row's link
    carries the tool id as its anchor, so practice pages and successors can point at it."""
    msg = msg or english()
    blocks = []
    for kind in KINDS:
        title = msg(f"tools.section.{kind}")
        group = sorted((t for t in model.tools if t.kind == kind), key=lambda t: t.name.lower())
        if not group:
            continue
        rows = []
        for t in group:
            name = f"[{t.name}]({t.url or '#' + t.id}){{ #{t.id} }}"
            cited = [f"[{p.title}]({rel(page, p.page)})" for p in model.practices_by_tool[t.id]]
            used = ", ".join(cited) or msg("tools.no_practice")
            rows.append([name, status_text(model, t, page, msg), used, t.last_verified or ""])
        headers = [msg("tools.col_tool"), msg("tools.col_status"), msg("tools.col_cited"), msg("tools.col_checked")]
        blocks.append(f"## {title} {{ #kind-{kind} }}\n\n" + table(headers, rows))
    return msg("tools.count", count=len(model.tools)) + "\n\n" + "\n\n".join(blocks)
