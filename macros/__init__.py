"""The GenAIOps maturity guide generator. Data flows one way, one stage a package:

``data/*.yml`` -> :mod:`macros.load` (files, line-aware YAML, JSON Schema, typed records of :mod:`macros.model`)
-> :mod:`macros.validate` (the rules over the loaded records)
-> :mod:`macros.assemble` (every problem, or the complete model)
-> :mod:`macros.render` (pure Markdown) -> :mod:`macros.selfcheck` (the widget's JSON and page parts)
-> :mod:`macros.adapter` (the only code that knows MkDocs) -> ``site/`` -> the browser widget.
``python -m macros check`` (:mod:`macros.cli`) runs the stages up to the model. What every stage reads sits
before them all: the records (:mod:`macros.model`), the table of kinds (:mod:`macros.kinds`) and the values the
widget shares with Python (:mod:`macros.contract`).

Importing any module has no side effect; the stages are wired where the whole is assembled.
"""
