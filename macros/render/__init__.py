"""Pure renderers: model in, Markdown out. Nothing here knows about MkDocs."""
