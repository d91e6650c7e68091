"""Timing MkDocs builds: each one a fresh process, as a contributor or CI runs it."""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from tools.site import build_site

_REPORTED = re.compile(r"Documentation built in ([0-9.]+) seconds")


@dataclass(frozen=True)
class BuildTime:
    wall: float  # the whole command: interpreter start, imports, config, build
    reported: float  # MkDocs' own "Documentation built in" figure: the build after the config is loaded


def median(values) -> float:
    return statistics.median(values)


def build(config: Path, dest: Path, data_dir: Path | None = None) -> BuildTime:
    """``mkdocs build --strict`` in a new process; a failed build stops the benchmark with MkDocs' output."""
    start = time.perf_counter()
    result = build_site(dest, data_dir, config)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build -f {config} failed ({result.returncode}):\n{result.stderr[-4000:]}")
    found = _REPORTED.search(result.stderr)
    if not found:
        raise RuntimeError(f"mkdocs build -f {config} did not report its build time:\n{result.stderr[-2000:]}")
    return BuildTime(wall, float(found.group(1)))


def html_pages(site: Path) -> int:
    """Pages MkDocs wrote (``404.html`` included), the unit of "time per page"."""
    return sum(1 for _ in site.rglob("*.html"))
