"""The self-check widget as browsers receive it: each module and stylesheet minified by esbuild at build time.

The sources in docs/assets/self-check/ keep their comments (they say why); served as written they took a first
visit past the widget's 20 KB budget. esbuild (pinned in package.json) only minifies here: no bundling, so every
module keeps its own address and its exports, and the site's module graph is the source's.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from ..paths import ROOT

WIDGET = "assets/self-check/"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


def minify_widget(files, config) -> None:
    """Replace the widget's JS and CSS files in ``files`` by minified copies with the same addresses."""
    sources = [
        f for f in files if f.src_uri.startswith(WIDGET) and f.src_uri.endswith((".js", ".css")) and f.abs_src_path
    ]
    if not sources:
        return
    if not ESBUILD.is_file():
        raise PluginError("esbuild is not installed: run 'make site' (or 'npm ci --omit=dev') first")
    base = Path(config.docs_dir) / WIDGET
    with tempfile.TemporaryDirectory(prefix="genaiops-widget-") as out:
        done = subprocess.run(
            [
                str(ESBUILD),
                *(f.abs_src_path for f in sources),
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
            raise PluginError(f"esbuild could not minify the self-check widget:\n{done.stderr.strip()}")
        for f in sources:
            minified = (Path(out) / Path(f.abs_src_path).relative_to(base)).read_text(encoding="utf-8")
            files.remove(f)
            files.append(File.generated(config, f.src_uri, content=minified))
