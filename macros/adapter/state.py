"""The adapter's state, in one object: what one build (or one `mkdocs serve` session) remembers between calls.

MkDocs loads ``hooks.py``, and mkdocs-macros (or Zensical) loads the macros module, each by file path: neither can
hand an object to the other, so they share the one :data:`BUILD` this module holds. Nothing else in the adapter
keeps state; a test builds its own :class:`Build`.
"""

from __future__ import annotations

from .cache import ModelCache
from .reload import CoreCode


class Build:
    """Whether we serve, the problems of the current build, the pages of the last good one, the code and the model."""

    def __init__(self) -> None:
        self.serving = False  # True under `mkdocs serve` (set by the on_startup hook)
        self.lang = "en"  # the build's language (mkdocs.yml: English; mkdocs.pt-br.yml: pt-BR), set by on_config
        self.prefix = ""  # where the build's language is served under the English site ("pt-br/")
        self.problems: list = []  # the problems of the current build; empty when the data is valid
        self.known_pages: set[str] = set()  # the HTML files the last good build wrote: each shows the problems instead
        self.code = CoreCode()
        self.models = ModelCache(self.code)

    def core(self, name: str):
        """A core module (``macros.render.pages``...), as the code on disk has it now."""
        return self.code.module(name)

    def model(self, lang: str = "en"):
        """The validated model in ``lang``; raises :class:`macros.problems.InvalidModel` with every problem."""
        return self.models.current(lang)

    def messages(self, lang: str = "en"):
        """The site's catalog (data/messages/site.yml) in ``lang``, English where it has no current translation."""
        return self.core("macros.i18n.lookup").site(lang)


BUILD = Build()
