"""What the generator costs: the real build against plain MkDocs building the very same pages.

The plain site is made from the real build itself: a last-priority plugin records every page's final
Markdown (after the macros ran) with its front matter, the expanded navigation, and every file the
generator added (mermaid, the self-check's data). Those are written to a temp docs dir with a config that
inherits mkdocs.yml (theme, extensions, validation) but has no hooks and no macros plugin. Both sites are
then checked to hold the same files before any timing starts.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from macros.paths import ROOT

from .runs import BuildTime, build, median

CONFIG = ROOT / "mkdocs.yml"
PLAIN_PLUGIN_DROP = {"macros"}  # the generator's plugin; hooks are dropped as a whole


@dataclass
class Overhead:
    runs: int
    real: list[BuildTime]
    plain: list[BuildTime]
    pages: int

    def _median(self, times: list[BuildTime], attr: str) -> float:
        return median([getattr(t, attr) for t in times])

    def _ratio(self, attr: str) -> float:
        # Median of the ratios of builds run back to back: a busy spell of the machine slows both of a pair.
        return median([getattr(r, attr) / getattr(p, attr) for r, p in zip(self.real, self.plain, strict=True)])

    @property
    def ratio_wall(self) -> float:
        return self._ratio("wall")

    @property
    def ratio_reported(self) -> float:
        return self._ratio("reported")

    def rows(self) -> list[list]:
        return [
            [
                "generator (mkdocs.yml)",
                self.pages,
                self._median(self.real, "wall"),
                self._median(self.real, "reported"),
            ],
            [
                "plain Markdown, no hooks or macros",
                self.pages,
                self._median(self.plain, "wall"),
                self._median(self.plain, "reported"),
            ],
        ]


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml's own keys; Python tags (``!!python/name``) are irrelevant here and become None."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)
_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _capture(work: Path) -> tuple[Path, Path]:
    """Build the real site in-process with a recording plugin; returns (plain docs dir, real site dir)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.plugins import BasePlugin, event_priority

    docs = work / "plain-docs"
    real_site = work / "real-site"

    class Recorder(BasePlugin):
        nav = None

        @event_priority(-100)  # after the generator's hook expanded the nav
        def on_config(self, config):
            self.nav = json.loads(json.dumps(config.nav))
            return config

        @event_priority(-100)  # after the generator added its pages and assets
        def on_files(self, files, config):
            for f in files:
                if f.generated_by and not f.is_documentation_page():
                    target = docs / f.src_uri
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(f.content_bytes)
            return files

        @event_priority(-100)  # after mkdocs-macros expanded the page
        def on_page_markdown(self, markdown, page, config, files):
            target = docs / page.file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            front = yaml.safe_dump(dict(page.meta), allow_unicode=True, sort_keys=False) if page.meta else ""
            target.write_text(f"---\n{front}---\n\n{markdown}" if front else markdown, encoding="utf-8")
            return markdown

    config = load_config(str(CONFIG), site_dir=str(real_site))
    shutil.copytree(Path(config.docs_dir), docs, ignore=shutil.ignore_patterns("*.md"))
    recorder = Recorder()
    config.plugins["bench-recorder"] = recorder
    mkdocs_build(config)
    raw = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=_IgnoreTags)  # noqa: S506 - a SafeLoader subclass
    plugins = [
        p for p in raw.get("plugins", []) if (next(iter(p)) if isinstance(p, dict) else p) not in PLAIN_PLUGIN_DROP
    ]
    plain = {
        "INHERIT": str(CONFIG),
        "docs_dir": str(docs),
        "nav": recorder.nav,
        "plugins": plugins,
        "hooks": [],
        "watch": [],
    }
    custom_dir = (raw.get("theme") or {}).get("custom_dir")
    if custom_dir:  # relative to the inheriting file otherwise
        plain["theme"] = {"custom_dir": str((CONFIG.parent / custom_dir).resolve())}
    plain_config = work / "plain-mkdocs.yml"
    plain_config.write_text(yaml.safe_dump(plain, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return plain_config, real_site


def _same_output(real: Path, plain: Path) -> None:
    """The comparison is fair only if both builds write the same pages and assets."""

    def listing(site: Path) -> set[str]:
        return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}

    only_real, only_plain = listing(real) - listing(plain), listing(plain) - listing(real)
    if only_real or only_plain:
        raise RuntimeError(
            f"the plain build differs from the real one: only in the real site {sorted(only_real)[:10]}, "
            f"only in the plain site {sorted(only_plain)[:10]}"
        )


def measure(work: Path, runs: int) -> tuple[Overhead, Path]:
    """Interleaved builds of both configs; also returns a freshly built real site for the browser checks."""
    plain_config, real_site = _capture(work)
    plain_site = work / "plain-site"
    # One untimed build of each first: the check below, and warm file caches and bytecode for both.
    build(CONFIG, real_site)
    build(plain_config, plain_site)
    _same_output(real_site, plain_site)
    result = Overhead(runs, [], [], sum(1 for _ in real_site.rglob("*.html")))
    for i in range(runs):
        # Alternate which goes first, so a slow spell of the machine hits both alike.
        order = [("real", CONFIG, real_site), ("plain", plain_config, plain_site)]
        for kind, config, dest in order if i % 2 == 0 else reversed(order):
            (result.real if kind == "real" else result.plain).append(build(config, dest))
    return result, real_site
