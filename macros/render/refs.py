"""Reference lists and the references catalog."""

from __future__ import annotations

from ..kinds import TOPIC_FIELDS, TOPICS, record_topic
from ..model import Model, Reference
from .md import english, level_label, link, rel, table

# The kinds of reference, in the order lists show them; each heading is "refs.kind.<kind>" in the site catalog.
KINDS = ("documentation", "course", "workshop", "video", "repository", "article", "paper", "assessment")


def kind_titles(msg) -> dict[str, str]:
    return {kind: msg(f"refs.kind.{kind}") for kind in KINDS}


def title_link(ref: Reference, msg=None) -> str:
    """The reference's title as a link, followed by the page's language when it is not English."""
    msg = msg or english()
    language = " " + msg("refs.in_language", language=ref.language) if ref.language else ""
    return link(ref.title, ref.url) + language


def _item(ref: Reference, msg) -> str:
    return f"- {title_link(ref, msg)} ({ref.publisher})"


def references_by_kind(model: Model, ids, msg=None) -> str:
    """References grouped under a heading per kind, in the catalog's kind order."""
    msg = msg or english()
    refs = [model.reference_by_id[i] for i in ids]
    blocks = []
    for kind, title in kind_titles(msg).items():
        group = [r for r in refs if r.kind == kind]
        if group:
            blocks.append(f"### {title}\n\n" + "\n".join(_item(r, msg) for r in group))
    return "\n\n".join(blocks)


def reference_list(model: Model, ids, msg=None) -> str:
    msg = msg or english()
    return "\n".join(_item(model.reference_by_id[i], msg) for i in ids)


def _topic_citations(model: Model) -> dict[str, list[str]]:
    """For each reference id, the topic ids (keys of TOPICS) of the "In production" pages that cite it."""
    out: dict[str, list[str]] = {r.id: [] for r in model.references}
    for name in TOPIC_FIELDS:
        for record in getattr(model, name):
            for rid in record.references:
                if record_topic(record) not in out.setdefault(rid, []):
                    out[rid].append(record_topic(record))
    return out


def references_catalog(model: Model, page: str, msg=None) -> str:
    msg = msg or english()
    blocks = []
    topic_citations = _topic_citations(model)
    for kind, title in kind_titles(msg).items():
        group = [r for r in model.references if r.kind == kind]
        if not group:
            continue
        rows = []
        for r in group:
            levels, practices = model.citations[r.id]
            cited = [f"[{level_label(lv, msg)}]({rel(page, lv.page)})" for lv in levels]
            cited += [f"[{p.title}]({rel(page, p.page)})" for p in practices]
            cited += [
                f"[{msg('refs.crosswalk', name=fw.name)}]({rel(page, 'crosswalk.md', fw.id)})"
                for fw in model.frameworks
                if fw.reference == r.id
            ]
            cited += [f"[{msg(f'topic.{t}')}]({rel(page, TOPICS[t][1])})" for t in topic_citations.get(r.id, [])]
            rows.append([title_link(r, msg), r.publisher, ", ".join(cited), r.last_verified or msg("refs.not_yet")])
        headers = [
            msg("refs.col_reference"),
            msg("refs.col_publisher"),
            msg("refs.col_cited"),
            msg("refs.col_verified"),
        ]
        blocks.append(f"## {title}\n\n" + table(headers, rows))
    return msg("refs.count", count=len(model.references)) + "\n\n" + "\n\n".join(blocks)


def source_article(model: Model, page: str, msg=None) -> str:
    """The published article the model follows, linked as references.yml cites it (home and about pages)."""
    ref = model.reference_by_id[model.source_article]
    return link(ref.title, ref.url)
