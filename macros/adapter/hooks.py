"""MkDocs hooks: the generated pages, their navigation, the self-check's JSON and self-hosted mermaid."""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads hooks by file path, not as part of the package: make the package importable first.
_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros.adapter import cache  # noqa: E402
from macros.adapter.reload import core  # noqa: E402
from macros.paths import ROOT  # noqa: E402

MERMAID_DIST = ROOT / "node_modules" / "mermaid" / "dist" / "chunks" / "mermaid.esm.min"
MERMAID_ENTRY = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.esm.min.mjs"
MERMAID_DEST = "assets/javascripts/vendor/mermaid"


def model():
    try:
        return cache.current_model()
    except core("macros.problems").InvalidModel as exc:
        raise PluginError(f"the data in {cache.data_dir()} is invalid:\n{exc}") from None


def _expand(nav, generated: dict[str, list]):
    """Append the generated pages to the nav sections whose first entry is their index page."""
    out = []
    for item in nav or []:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, list):
                value = _expand(value, generated)
                if value and isinstance(value[0], str) and value[0] in generated:
                    value = [*value, *generated[value[0]]]
            item = {title: value}
        out.append(item)
    return out


def on_config(config):
    m, pages = model(), core("macros.render.pages")
    config.nav = _expand(
        config.nav, {"levels/index.md": pages.levels_nav(m), "practices/index.md": pages.practices_nav(m)}
    )
    return config


def on_files(files, config):
    m, pages = model(), core("macros.render.pages")
    for path, markdown in pages.generated_pages(m).items():
        if files.get_file_from_path(path):
            raise PluginError(f"docs/{path} would hide the page generated from data - delete the hand-written file")
        files.append(File.generated(config, path, content=markdown))
    # The self-check widget's only input, written from the validated model (never copied by hand).
    export = core("macros.selfcheck.export")
    files.append(File.generated(config, export.JSON_PATH, content=export.widget_json(m)))
    schema = core("macros.selfcheck.file_schema")  # the export file's JSON Schema, which import checks files against
    files.append(File.generated(config, schema.SCHEMA_PATH, content=schema.schema_json(config.site_url)))
    if not MERMAID_ENTRY.is_file():
        raise PluginError("mermaid is not installed: run 'make site' (or 'npm ci') first")
    # Self-hosted mermaid, straight from node_modules: never committed, never fetched from a CDN.
    files.append(File.generated(config, f"{MERMAID_DEST}/mermaid.esm.min.mjs", abs_src_path=str(MERMAID_ENTRY)))
    for chunk in sorted(MERMAID_DIST.glob("*.mjs")):
        files.append(
            File.generated(config, f"{MERMAID_DEST}/chunks/mermaid.esm.min/{chunk.name}", abs_src_path=str(chunk))
        )
    return files
