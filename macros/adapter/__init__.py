"""The adapter: the only part of the generator that knows a build tool.

``outputs`` lists what the generator adds to docs/; ``hooks`` hands it to MkDocs (the default path, with the
live preview), and ``stage`` writes it to a folder MkDocs, ProperDocs or Zensical builds with an ordinary config.
``macros_plugin`` holds the macros hand-written pages call, for mkdocs-macros and Zensical alike. ``state.BUILD``
is the one object that remembers a build's state (``cache``: one model per state of data/; ``reload``: the core
re-imported when its code changes under ``mkdocs serve``). Moving to another generator means rewriting this package
only.
"""
