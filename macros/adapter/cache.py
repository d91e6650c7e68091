"""One model per state of data/ and of the code: loaded once per build, and again only when either changes."""

from __future__ import annotations

import os
from pathlib import Path

from ..paths import DATA_DIR, ROOT
from . import reload

_cache: dict[tuple, object] = {}


def data_dir() -> Path:
    # Benchmarks and tests build other data sets through the same adapter.
    return Path(os.environ["GENAIOPS_DATA"]).resolve() if os.environ.get("GENAIOPS_DATA") else DATA_DIR


def _signature(folder: Path) -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*") if p.is_file()))


def current_model():
    """The validated model; raises :class:`macros.problems.InvalidModel` with every problem."""
    assemble = reload.core("macros.assemble")
    folder = data_dir()
    key = (str(folder), _signature(folder), reload.generation)
    if key not in _cache:
        _cache.clear()
        _cache[key] = assemble.load_model(ROOT, folder)
    return _cache[key]
