"""The GenAIOps maturity guide generator.

Data flows one way: ``data/*.yml`` -> :mod:`macros.loader` -> :mod:`macros.validate`
-> :mod:`macros.render` (pure Markdown) -> the MkDocs adapter (``mkdocs_hooks``,
``mkdocs_macros``). Only the two ``mkdocs_*`` modules may import MkDocs.
"""
