"""The GenAIOps maturity guide generator. Data flows one way, one stage a package:

``data/*.yml`` -> :mod:`macros.load` (files, line-aware YAML, typed records of :mod:`macros.model`)
-> :mod:`macros.validate` (schema and rules: every problem, or a complete model)
-> :mod:`macros.render` (pure Markdown) and :mod:`macros.selfcheck` (the widget's JSON and page parts)
-> :mod:`macros.adapter` (the only code that knows MkDocs) -> ``site/`` -> the browser widget.

Importing any module has no side effect; the stages are wired where the whole is assembled.
"""
