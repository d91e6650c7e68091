"""Live preview of code changes: under ``mkdocs serve`` the core is re-imported when a file in ``macros/`` changes.

MkDocs re-runs the hooks on every rebuild but keeps imported modules, so an edit to a renderer would not show
until a restart. The adapter itself is never re-imported: MkDocs holds it.
"""

from __future__ import annotations

import importlib
import sys

from ..paths import ROOT

PACKAGE = "macros"
ADAPTER = "macros.adapter"


def _code_stamp() -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in (ROOT / PACKAGE).rglob("*.py")))


def _forget_core() -> None:
    package = sys.modules[PACKAGE]
    for name in [m for m in sys.modules if m.startswith(PACKAGE + ".") and not m.startswith(ADAPTER)]:
        del sys.modules[name]
        # `from . import x` prefers the package attribute over sys.modules: drop it too, or it returns stale code.
        if name.count(".") == 1 and hasattr(package, name.split(".")[1]) and name != ADAPTER:
            delattr(package, name.split(".")[1])


class CoreCode:
    """The core's modules as the code on disk has them now; part of the adapter's :class:`~.state.Build`."""

    def __init__(self) -> None:
        self.stamp: tuple | None = None
        self.generation = 0  # grows with every re-import, so caches keyed on it drop what the old code built

    def module(self, name: str):
        """A core module, re-imported first when any file of ``macros/`` changed since the last call."""
        stamp = _code_stamp()
        if self.stamp is not None and stamp != self.stamp:
            _forget_core()
            self.generation += 1
        self.stamp = stamp
        return importlib.import_module(name)
