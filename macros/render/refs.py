"""Reference lists and the references catalog."""

from __future__ import annotations

from ..kinds import TOPIC_FIELDS, TOPICS, record_topic
from ..model import Model, Reference
from .md import rel, table

KIND_TITLES = {
    "documentation": "Documentation",
    "course": "Courses",
    "workshop": "Workshops",
    "video": "Videos",
    "repository": "Repositories",
    "article": "Articles",
    "paper": "Papers",
    "assessment": "Assessments",
}


def title_link(ref: Reference) -> str:
    """The reference's title as a link, followed by the page's language when it is not English."""
    language = f" (in {ref.language})" if ref.language else ""
    return f"[{ref.title}]({ref.url}){language}"


def _item(ref: Reference) -> str:
    return f"- {title_link(ref)} ({ref.publisher})"


def references_by_kind(model: Model, ids) -> str:
    """References grouped under a heading per kind, in the catalog's kind order."""
    refs = [model.reference_by_id[i] for i in ids]
    blocks = []
    for kind, title in KIND_TITLES.items():
        group = [r for r in refs if r.kind == kind]
        if group:
            blocks.append(f"### {title}\n\n" + "\n".join(_item(r) for r in group))
    return "\n\n".join(blocks)


def reference_list(model: Model, ids) -> str:
    return "\n".join(_item(model.reference_by_id[i]) for i in ids)


def _topic_citations(model: Model) -> dict[str, list[str]]:
    """For each reference id, the topic ids (keys of TOPICS) of the "In production" pages that cite it."""
    out: dict[str, list[str]] = {r.id: [] for r in model.references}
    for name in TOPIC_FIELDS:
        for record in getattr(model, name):
            for rid in record.references:
                if record_topic(record) not in out.setdefault(rid, []):
                    out[rid].append(record_topic(record))
    return out


def references_catalog(model: Model, page: str) -> str:
    blocks = []
    topic_citations = _topic_citations(model)
    for kind, title in KIND_TITLES.items():
        group = [r for r in model.references if r.kind == kind]
        if not group:
            continue
        rows = []
        for r in group:
            levels, practices = model.citations[r.id]
            cited = [f"[{lv.label}]({rel(page, lv.page)})" for lv in levels]
            cited += [f"[{p.title}]({rel(page, p.page)})" for p in practices]
            cited += [
                f"[Crosswalk: {fw.name}]({rel(page, 'crosswalk.md', fw.id)})"
                for fw in model.frameworks
                if fw.reference == r.id
            ]
            cited += [f"[{TOPICS[t][0]}]({rel(page, TOPICS[t][1])})" for t in topic_citations.get(r.id, [])]
            rows.append([title_link(r), r.publisher, ", ".join(cited), r.last_verified or "not yet"])
        blocks.append(f"## {title}\n\n" + table(["Reference", "Publisher", "Cited by", "Last verified"], rows))
    return f"The guide cites {len(model.references)} references.\n\n" + "\n\n".join(blocks)


def source_article(model: Model, page: str) -> str:
    """The published article the model follows, linked as references.yml cites it (home and about pages)."""
    ref = model.reference_by_id[model.source_article]
    return f"[{ref.title}]({ref.url})"
