"""One model per state of data/ and of the code: loaded once per build, and again only when either changes."""

from __future__ import annotations

import os
from pathlib import Path

from ..paths import DATA_DIR, ROOT
from .reload import CoreCode


def data_dir() -> Path:
    # Benchmarks and tests build other data sets through the same adapter.
    return Path(os.environ["GENAIOPS_DATA"]).resolve() if os.environ.get("GENAIOPS_DATA") else DATA_DIR


def _signature(folder: Path) -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*") if p.is_file()))


class ModelCache:
    """The last model loaded, keyed on the data's files and the code's generation; part of the adapter's build."""

    def __init__(self, code: CoreCode) -> None:
        self.code = code
        self.key: tuple | None = None
        self.model = None

    def current(self, lang: str = "en"):
        """The validated model in ``lang`` (its texts translated where the overlays have them); raises
        :class:`macros.problems.InvalidModel` with every problem."""
        assemble = self.code.module("macros.assemble")
        folder = data_dir()
        key = (str(folder), _signature(folder), self.code.generation, lang)
        if key != self.key:
            self.key, self.model = None, None  # a failed load keeps nothing from the last data
            self.model = assemble.load_model(ROOT, folder, lang=lang)
            self.key = key
        return self.model
