"""The first hour: ``make site`` on a fresh clone, against ``make setup site`` (everything, as before the split).

Each command runs in its own clone of the working tree (committed history plus the files as they are on disk,
so uncommitted changes to the Makefile or the pins are measured too), with empty pip and npm caches of its
own, so every package comes from the registries as on a new machine. The clone and its caches are removed
as soon as the command's installed size is read.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from macros.paths import ROOT

from .runs import median

COMMANDS = {"build set": ["site"], "everything": ["setup", "site"]}
ENVIRONMENTS = (".venv", "node_modules")
_REPORTED = re.compile(r"Documentation built in ([0-9.]+) seconds")
# Settings of the calling make (`make bench` is one) or shell that would change what the clone's make does.
_DROP = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEFILES", "VIRTUAL_ENV", "SITE_DIR", "PORT", "PYTHON")


@dataclass(frozen=True)
class FirstRun:
    wall: float  # the whole `make` command: venv, pip, npm ci, mkdocs build
    build: float | None  # MkDocs' own "Documentation built in" figure, when it built
    sizes: dict[str, int]  # bytes on disk of each environment, as `du` counts them

    @property
    def total(self) -> int:
        return sum(self.sizes.values())


@dataclass
class FirstBuild:
    runs: dict[str, list[FirstRun]]  # label of COMMANDS -> runs

    def _median(self, label: str, attr: str) -> float:
        return median([getattr(r, attr) for r in self.runs[label]])

    def wall(self, label: str) -> float:
        return self._median(label, "wall")

    def size(self, label: str, env: str | None = None) -> float:
        if env is None:
            return self._median(label, "total")
        return median([r.sizes[env] for r in self.runs[label]])

    @property
    def ratio(self) -> float:
        """Time of the first `make site` over that of installing everything first (the state before the split)."""
        return self.wall("build set") / self.wall("everything")

    def rows(self) -> list[list]:
        mib = 1024 * 1024
        return [
            [
                f"`make {' '.join(COMMANDS[label])}`",
                label,
                len(runs),
                self.wall(label),
                median([r.build or 0.0 for r in runs]),
                self.size(label, ".venv") / mib,
                self.size(label, "node_modules") / mib,
                self.size(label) / mib,
            ]
            for label, runs in self.runs.items()
        ]


def disk_usage(path: Path) -> int:
    """Bytes on disk under ``path`` (allocated blocks, hard links once, symlinks not followed), as ``du -s``."""
    if not path.exists():
        return 0
    seen: set[tuple[int, int]] = set()
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512
    return total + os.lstat(path).st_blocks * 512


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def fresh_clone(dest: Path, root: Path = ROOT) -> Path:
    """A clone of ``root`` with its working tree laid over: tracked and new (not ignored) files as on disk."""
    subprocess.run(["git", "clone", "--quiet", str(root), str(dest)], check=True, capture_output=True)
    present = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=root).split("\0")
    for rel in filter(None, present):
        source = root / rel
        if source.is_file() and not source.is_symlink():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for rel in filter(None, _git("ls-files", "-z", "--deleted", cwd=root).split("\0")):
        (dest / rel).unlink(missing_ok=True)
    return dest


def run_once(targets: list[str], work: Path, root: Path = ROOT) -> FirstRun:
    """``make TARGETS`` in a new clone with empty caches; the clone is gone when this returns."""
    work.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="first-build-", dir=work))
    try:
        clone = fresh_clone(scratch / "clone", root)
        env = {k: v for k, v in os.environ.items() if k not in _DROP}
        env |= {"PIP_CACHE_DIR": str(scratch / "pip-cache"), "npm_config_cache": str(scratch / "npm-cache")}
        start = time.perf_counter()
        done = subprocess.run(["make", *targets], cwd=clone, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(
                f"make {' '.join(targets)} in a fresh clone failed ({done.returncode}):\n{done.stderr[-4000:]}"
            )
        found = _REPORTED.search(done.stderr)
        sizes = {name: disk_usage(clone / name) for name in ENVIRONMENTS}
        return FirstRun(wall, float(found.group(1)) if found else None, sizes)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure(work: Path, runs: int, commands: dict[str, list[str]] = COMMANDS) -> FirstBuild:
    """``runs`` of each command, alternating which goes first, so a slow spell of the registries hits both."""
    result = FirstBuild({label: [] for label in commands})
    order = list(commands.items())
    for i in range(runs):
        for label, targets in order if i % 2 == 0 else reversed(order):
            result.runs[label].append(run_once(targets, work))
    return result
