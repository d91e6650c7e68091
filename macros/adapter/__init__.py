"""The MkDocs adapter: the only part of the generator that knows MkDocs.

``hooks`` (MkDocs hooks: generated pages, navigation, self-hosted assets) and ``macros_plugin``
(the macros hand-written pages call) plug the core into MkDocs; ``cache`` keeps one model per state of
``data/``; ``reload`` re-imports the core when its code changes under ``mkdocs serve``. Moving to another
generator means rewriting this package only.
"""
