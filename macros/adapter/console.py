"""What a build prints: warnings, errors and MkDocs' closing "Documentation built in N seconds", nothing else.

mkdocs-macros reports its module, functions, variables and macros at INFO on every build, whatever its
``verbose`` option says (that option governs only ``env.chatter()``), and MkDocs announces that it cleans and
where it builds. A contributor reads none of it, so it is dropped unless ``mkdocs -v`` asks for detail. The
closing line stays: it is short, it says the build finished, and ``tools/bench`` reads MkDocs' own build time
from it. Warnings and errors pass untouched.
"""

from __future__ import annotations

import logging

MACROS_LOGGER = "mkdocs.plugins.mkdocs_macros"
BUILD_LOGGER = "mkdocs.commands.build"
DROPPED = ("Cleaning site directory", "Building documentation to directory")


class _Announcements(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.INFO or not str(record.msg).startswith(DROPPED)


def quiet() -> None:
    """Drop the INFO lines above (idempotent); under ``mkdocs -v`` everything is kept."""
    if logging.getLogger("mkdocs").isEnabledFor(logging.DEBUG):
        return
    logging.getLogger(MACROS_LOGGER).setLevel(logging.WARNING)
    build = logging.getLogger(BUILD_LOGGER)
    if not any(isinstance(f, _Announcements) for f in build.filters):
        build.addFilter(_Announcements())
