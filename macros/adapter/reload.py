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
_stamp: tuple | None = None
generation = 0  # grows with every re-import, so caches keyed on it drop what the old code built


def _code_stamp() -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in (ROOT / PACKAGE).rglob("*.py")))


def _forget_core() -> None:
    package = sys.modules[PACKAGE]
    for name in [m for m in sys.modules if m.startswith(PACKAGE + ".") and not m.startswith(ADAPTER)]:
        del sys.modules[name]
        # `from . import x` prefers the package attribute over sys.modules: drop it too, or it returns stale code.
        if name.count(".") == 1 and hasattr(package, name.split(".")[1]) and name != ADAPTER:
            delattr(package, name.split(".")[1])


def core(name: str):
    """A core module, as the code on disk has it now."""
    global _stamp, generation
    stamp = _code_stamp()
    if _stamp is not None and stamp != _stamp:
        _forget_core()
        generation += 1
    _stamp = stamp
    return importlib.import_module(name)
