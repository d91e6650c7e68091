"""How validation and the build grow with the model: synthetic data at several sizes, in a temp dir."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from macros.assemble import check
from macros.paths import ROOT

from .runs import BuildTime, build, html_pages, median
from .synthetic import REFS_PER_PRACTICE, generate


@dataclass
class Size:
    practices: int
    references: int
    validate: list[float]  # check() in this process, seconds
    cli: list[float]  # `python -m macros check --data DIR`, the whole command, seconds
    builds: list[BuildTime]
    pages: int

    @property
    def validate_s(self) -> float:
        return median(self.validate)

    @property
    def cli_s(self) -> float:
        return median(self.cli)

    @property
    def build_wall(self) -> float:
        return median([b.wall for b in self.builds])

    @property
    def build_reported(self) -> float:
        return median([b.reported for b in self.builds])

    @property
    def ms_per_page(self) -> float:
        # MkDocs' own build time: the interpreter's start and imports are the same for any size and would
        # flatter the larger sizes.
        return 1000 * self.build_reported / self.pages


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _cli(data: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--data", str(data)], cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"python -m macros check --data {data} failed:\n{result.stdout[-3000:]}{result.stderr[-1000:]}"
        )


def measure(work: Path, practices: int, runs: int, build_runs: int) -> Size:
    data = generate(work / f"data-{practices}", practices)
    model, problems = check(ROOT, data)
    if problems:  # the generator's own bug: say which rule it broke
        raise RuntimeError("synthetic data is invalid:\n" + "\n".join(map(str, problems[:20])))
    size = Size(practices, practices * REFS_PER_PRACTICE, [], [], [], 0)
    for _ in range(runs):
        size.validate.append(_timed(lambda: check(ROOT, data)))
        size.cli.append(_timed(lambda: _cli(data)))
    site = work / f"site-{practices}"
    for _ in range(build_runs):
        size.builds.append(build(ROOT / "mkdocs.yml", site, data))
    size.pages = html_pages(site)
    return size
