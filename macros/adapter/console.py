"""What a build prints: warnings, errors and the closing "Documentation built in N seconds", nothing else.

mkdocs-macros reports its module, functions, variables and macros at INFO on every build, whatever its
``verbose`` option says (that option governs only ``env.chatter()``), and the build tool announces that it cleans
and where it builds. A contributor reads none of it, so it is dropped unless ``-v`` asks for detail. The closing
line stays: it is short, it says the build finished, and ``tools/bench`` reads the tool's own build time from it.
Warnings and errors pass untouched. MkDocs logs under ``mkdocs.*``; ProperDocs, its fork, under ``properdocs.*``
(it also aliases ``mkdocs`` imports, so a plugin's ``mkdocs.plugins`` logger can be either): both are filtered.
"""

from __future__ import annotations

import logging

ENGINES = ("mkdocs", "properdocs")
MACROS_LOGGERS = tuple(f"{e}.plugins.mkdocs_macros" for e in ENGINES)
BUILD_LOGGERS = tuple(f"{e}.commands.build" for e in ENGINES)
DROPPED = ("Cleaning site directory", "Building documentation to directory")


class _Announcements(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.INFO or not str(record.msg).startswith(DROPPED)


def quiet() -> None:
    """Drop the INFO lines above (idempotent); under ``-v`` (``--verbose``) everything is kept."""
    if any(logging.getLogger(e).isEnabledFor(logging.DEBUG) for e in ENGINES):
        return
    for name in MACROS_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in BUILD_LOGGERS:
        build = logging.getLogger(name)
        if not any(isinstance(f, _Announcements) for f in build.filters):
            build.addFilter(_Announcements())
