"""One model per state of data/: loaded once per build and again only when a data file changes (live preview)."""
from __future__ import annotations

from pathlib import Path

from .records import Model
from .validate import load_model

_cache: dict[tuple, Model] = {}


def _signature(data_dir: Path) -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in data_dir.rglob("*") if p.is_file()))


def current_model(root: Path, data_dir: Path | None = None) -> Model:
    data_dir = data_dir or root / "data"
    key = (str(data_dir), _signature(data_dir))
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_model(root, data_dir)
    return _cache[key]
