"""What the generator adds to the hand-written docs/, as plain paths and strings: the one list both entry points use.

The MkDocs hooks (``hooks.py``) turn each :class:`Output` into a MkDocs ``File``; the staged build (``stage.py``)
writes each into a folder that MkDocs, ProperDocs or Zensical build with an ordinary config. Neither adds, renders
or minifies anything of its own, so the two paths cannot drift apart. Nothing here imports MkDocs.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..kinds import TOPIC_FIELDS, TOPICS, record_topic
from ..paths import ROOT
from . import languages

MERMAID_DIST = ROOT / "node_modules" / "mermaid" / "dist" / "chunks" / "mermaid.esm.min"
MERMAID_ENTRY = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.esm.min.mjs"
MERMAID_DEST = "assets/javascripts/vendor/mermaid"
WIDGET = "assets/self-check/"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


class AdapterError(Exception):
    """A build cannot go on (a missing tool, a hand-written page in the way); the message says what to do."""


@dataclass(frozen=True)
class Output:
    """One file of the site's source: ``docs/``-relative ``path``, and either its ``content`` or a ``source`` file."""

    path: str
    content: str | None = None
    source: Path | None = None


def nav(configured, model, pages, msg=None) -> list:
    """The configured nav (its titles in ``msg``'s language) with the generated pages appended to the sections
    whose first entry is their index."""
    if msg is not None:
        configured = languages.translate_nav(configured, msg)
    return _expand(
        configured,
        {"levels/index.md": pages.levels_nav(model, msg), "practices/index.md": pages.practices_nav(model)},
    )


def _expand(items, generated: dict[str, list]) -> list:
    out = []
    for item in items or []:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, list):
                value = _expand(value, generated)
                if value and isinstance(value[0], str) and value[0] in generated:
                    value = [*value, *generated[value[0]]]
            item = {title: value}
        out.append(item)
    return out


def widget_messages(build, lang: str | None = None) -> dict:
    """The self-check's words for a build in ``lang`` (None: English): its JSON and its page's mount carry them."""
    return build.core("macros.i18n.messages").catalog("widget", lang)


def generated(
    build,
    model,
    site_url: str | None,
    hand_written: set[str],
    lang: str = "en",
    prefix: str = "",
    *,
    repo_url: str | None = None,
) -> list:
    """Every level and practice page (in ``lang``, with a notice where its text falls back to English or is
    stale), the widget's JSON (with the configured ``repo_url``, where feedback on a question goes) and its schema,
    and self-hosted mermaid."""
    out = []
    msg = build.messages(lang)
    notice = build.core("macros.render.notice")
    for path, markdown in build.core("macros.render.pages").generated_pages(model, msg).items():
        if path in hand_written:
            raise AdapterError(f"docs/{path} would hide the page generated from data - delete the hand-written file")
        if lang != languages.ENGLISH:
            block = notice.notice(page_status(model, path), path, prefix, msg)
            markdown = notice.with_notice(markdown, block, english=english_only(model, path))
        out.append(Output(path, content=markdown))
    # The self-check widget's only input, written from the validated model (never copied by hand).
    export = build.core("macros.selfcheck.export")
    out.append(Output(export.JSON_PATH, content=export.widget_json(model, widget_messages(build, lang), repo_url)))
    out.append(Output(export.CROSSWALK_PATH, content=export.crosswalk_json(model)))  # the frameworks view's, lazily
    schema = build.core(
        "macros.selfcheck.file_schema"
    )  # the export file's JSON Schema, which import checks files against
    out.append(Output(schema.SCHEMA_PATH, content=schema.schema_json(site_url)))
    if not MERMAID_ENTRY.is_file():
        raise AdapterError("mermaid is not installed: run 'make site' (or 'npm ci') first")
    # Self-hosted mermaid, straight from node_modules: never committed, never fetched from a CDN.
    out.append(Output(f"{MERMAID_DEST}/mermaid.esm.min.mjs", source=MERMAID_ENTRY))
    for chunk in sorted(MERMAID_DIST.glob("*.mjs")):
        out.append(Output(f"{MERMAID_DEST}/chunks/mermaid.esm.min/{chunk.name}", source=chunk))
    return out


def page_records(model, path: str) -> list:
    """The records whose text a page shows (its own, for a generated page; the section's, for a hand-written page
    that renders data), so its notice can say whether any of it falls back to English."""
    by_page = {lv.page: [lv] for lv in model.levels} | {p.page: [p] for p in model.practices}
    topics = {page: topic for topic, (_, page) in TOPICS.items()}
    if path in by_page:
        return by_page[path]
    if path in topics:
        return [r for name in TOPIC_FIELDS for r in getattr(model, name) if record_topic(r) == topics[path]]
    return {
        "index.md": list(model.levels),
        "levels/index.md": list(model.levels),
        "practices/index.md": [*model.areas, *model.practices],
        "lifecycle.md": list(model.lifecycle.stages),
        "comparison.md": list(model.comparison),
        "crosswalk.md": [*model.frameworks, *model.mappings],
    }.get(path, [])


def english_only(model, path: str) -> bool:
    """Whether every text of the data a page shows is English in a language's build (none translated yet)."""
    if model.lang == languages.ENGLISH:
        return False
    shown = model.translation.page(page_records(model, path))
    return shown.total > 0 and shown.missing == shown.total


def page_status(model, path: str) -> str:
    """The worst status of the texts a page shows from data: translated, stale or missing."""
    return model.translation.page(page_records(model, path)).worst


def localized_pages(build, model, docs: dict[str, str], lang: str, prefix: str) -> list[Output]:
    """The hand-written pages (``docs/``-relative path -> English Markdown) in ``lang``: each translation, or the
    English page, with a notice when its text or the data it shows falls back to English or is stale."""
    if lang == languages.ENGLISH:
        return []
    msg, notice = build.messages(lang), build.core("macros.render.notice")
    return [
        Output(p, content=languages.localized_page(lang, p, text, prefix, msg, notice, page_status(model, p)))
        for p, text in docs.items()
    ]


def is_widget_source(path: str) -> bool:
    return path.startswith(WIDGET) and path.endswith((".js", ".css"))


def minified_widget(docs_dir: Path, paths: list[str]) -> list[Output]:
    """The widget's JS and CSS (``docs/``-relative ``paths``), each minified by esbuild at the same address.

    The sources in docs/assets/self-check/ keep their comments (they say why); served as written they took a first
    visit past the widget's 22 KB budget. esbuild (pinned in package.json) only minifies: no bundling, so every
    module keeps its own address and its exports, and the site's module graph is the source's.
    """
    if not paths:
        return []
    if not ESBUILD.is_file():
        raise AdapterError("esbuild is not installed: run 'make site' (or 'npm ci --omit=dev') first")
    base = Path(docs_dir) / WIDGET
    with tempfile.TemporaryDirectory(prefix="genaiops-widget-") as out:
        done = subprocess.run(
            [
                str(ESBUILD),
                *(str(Path(docs_dir) / p) for p in paths),
                "--minify",
                "--target=es2022",
                "--log-level=warning",
                f"--outbase={base}",
                f"--outdir={out}",
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise AdapterError(f"esbuild could not minify the self-check widget:\n{done.stderr.strip()}")
        return [Output(p, content=(Path(out) / Path(p).relative_to(WIDGET)).read_text(encoding="utf-8")) for p in paths]
