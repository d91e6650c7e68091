"""MkDocs adapter (hooks): generated pages, their navigation, and self-hosted browser assets.

This module and ``mkdocs_macros`` are the only ones that know MkDocs; moving to another generator
means rewriting these two files, not the loader, validator or renderer.
"""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # MkDocs loads hooks by file path; make the package importable
    sys.path.insert(0, str(ROOT))

MERMAID_DIST = ROOT / "node_modules" / "mermaid" / "dist" / "chunks" / "mermaid.esm.min"
MERMAID_ENTRY = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.esm.min.mjs"
MERMAID_DEST = "assets/javascripts/vendor/mermaid"
ADAPTERS = {"macros.mkdocs_hooks", "macros.mkdocs_macros"}
_code_stamp: tuple | None = None


def core(name: str):
    """A core module, re-imported when its package's code changed, so `mkdocs serve` picks up edits in macros/."""
    global _code_stamp
    stamp = tuple(sorted((str(p), p.stat().st_mtime_ns) for p in (ROOT / "macros").rglob("*.py")))
    if _code_stamp is not None and stamp != _code_stamp:
        package = sys.modules["macros"]
        for module in [m for m in sys.modules if m.startswith("macros.") and m not in ADAPTERS]:
            del sys.modules[module]
            # `from . import x` prefers the package attribute over sys.modules: drop it too, or it returns stale code.
            if module.count(".") == 1 and hasattr(package, module.split(".")[1]):
                delattr(package, module.split(".")[1])
    _code_stamp = stamp
    return importlib.import_module(name)


def _data_dir() -> Path:
    # Benchmarks and tests build other data sets through the same adapter.
    return Path(os.environ["GENAIOPS_DATA"]).resolve() if os.environ.get("GENAIOPS_DATA") else ROOT / "data"


def model():
    try:
        return core("macros.site_model").current_model(ROOT, _data_dir())
    except core("macros.problems").InvalidModel as exc:
        raise PluginError(f"the data in {_data_dir()} is invalid:\n{exc}") from None


def _expand(nav, generated: dict[str, list]):
    """Append the generated pages to the nav sections whose first entry is their index page."""
    out = []
    for item in nav or []:
        if isinstance(item, dict):
            (title, value), = item.items()
            if isinstance(value, list):
                value = _expand(value, generated)
                if value and isinstance(value[0], str) and value[0] in generated:
                    value = [*value, *generated[value[0]]]
            item = {title: value}
        out.append(item)
    return out


def on_config(config):
    m, pages = model(), core("macros.pages")
    config.nav = _expand(config.nav, {"levels/index.md": pages.levels_nav(m), "practices/index.md": pages.practices_nav(m)})
    return config


def on_files(files, config):
    m, pages = model(), core("macros.pages")
    for path, markdown in pages.generated_pages(m).items():
        if files.get_file_from_path(path):
            raise PluginError(f"docs/{path} would hide the page generated from data - delete the hand-written file")
        files.append(File.generated(config, path, content=markdown))
    # The self-check widget's only input, written from the validated model (never copied by hand).
    export = core("macros.selfcheck.export")
    files.append(File.generated(config, export.JSON_PATH, content=export.widget_json(m)))
    if not MERMAID_ENTRY.is_file():
        raise PluginError("mermaid is not installed: run 'make site' (or 'npm ci') first")
    # Self-hosted mermaid, straight from node_modules: never committed, never fetched from a CDN.
    files.append(File.generated(config, f"{MERMAID_DEST}/mermaid.esm.min.mjs", abs_src_path=str(MERMAID_ENTRY)))
    for chunk in sorted(MERMAID_DIST.glob("*.mjs")):
        files.append(File.generated(config, f"{MERMAID_DEST}/chunks/mermaid.esm.min/{chunk.name}", abs_src_path=str(chunk)))
    return files
