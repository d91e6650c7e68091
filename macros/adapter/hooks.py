"""MkDocs hooks: the generated pages, their navigation, the self-check's JSON and self-hosted mermaid.

Under ``mkdocs serve``, invalid data gives a preview that lists every problem (``preview``) instead of a build
error, which would leave the server without a build to serve; ``mkdocs build`` fails on any problem.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# MkDocs loads hooks by file path, not as part of the package: make the package importable first.
_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from macros.adapter import cache, console, preview  # noqa: E402
from macros.adapter.minify import minify_widget  # noqa: E402
from macros.adapter.reload import core  # noqa: E402
from macros.paths import ROOT  # noqa: E402

MERMAID_DIST = ROOT / "node_modules" / "mermaid" / "dist" / "chunks" / "mermaid.esm.min"
MERMAID_ENTRY = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.esm.min.mjs"
MERMAID_DEST = "assets/javascripts/vendor/mermaid"
log = logging.getLogger("mkdocs.plugins.genaiops")


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


def on_startup(command, dirty):
    preview.serving = command == "serve"
    console.quiet()


def on_config(config):
    preview.problems = []
    # mkdocs serve sets its own http:// address here; the address a build publishes under must be a safe https one.
    if not preview.serving and (problem := core("macros.validate.text_rules").site_url_problem(config.site_url)):
        raise PluginError(problem)
    if preview.serving:
        try:
            cache.current_model()
        except core("macros.problems").InvalidModel as exc:
            preview.problems = exc.problems
            preview.report(log, config.site_url)
            config.nav = []  # no page to point at: a nav entry would be a missing-page warning, fatal in strict
            return config
    m, pages = model(), core("macros.render.pages")
    config.nav = _expand(
        config.nav, {"levels/index.md": pages.levels_nav(m), "practices/index.md": pages.practices_nav(m)}
    )
    return config


def on_files(files, config):
    if preview.problems:
        # Every page calls the model through a macro: none can be rendered. on_post_build writes the error page.
        preview.known_pages |= {f.dest_uri for f in files.documentation_pages()}
        return Files([])
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
    minify_widget(files, config)
    if preview.serving:
        preview.known_pages = {f.dest_uri for f in files.documentation_pages()}
    return files


def on_post_build(config):
    if preview.problems:
        preview.write_error_site(config.site_dir, preview.known_pages)
