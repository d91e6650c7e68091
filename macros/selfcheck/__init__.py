"""The self-check stage: the JSON file the browser widget reads, and what the self-check pages show at build time.

Its data (``data/questionnaire.yml``, ``data/answer_scales.yml``) is loaded and validated like every other file;
this package only turns the validated :class:`~macros.model.SelfCheck` into the widget's input and page parts.
"""
