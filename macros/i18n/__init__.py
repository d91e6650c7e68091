"""Translations of the model's reader-facing text: overlays per language under ``data/i18n/<lang>/``.

An overlay mirrors one English data file, holds only the fields :mod:`.texts` calls translatable, names each record
by its key instead of its position, and records which English text each translation was made from (:mod:`.source`).
It can never add, drop or reorder records, nor change a level, a point or a URL: those are not in it at all.

The API, pure (no build tool), from the data's side:

- ``macros.assemble.load_model(lang="pt-BR")`` (or ``check(..., lang=...)``): the validated model in a language,
  every translatable text replaced by its translation where there is one (:mod:`.localize`: a stale translation
  is shown, a missing one falls back to English); ``lang="qps-ploc"`` gives the pseudo-locale (:mod:`.pseudo`).
- ``model.lang``, ``model.languages`` (the published ones, :class:`.status.Language`) and ``model.translations``
  (code -> :class:`.status.Translation`, English's included): ``model.translation.of(record).worst`` is the
  notice a record needs, ``.page(records)`` a page's, ``.statuses(kind, key)`` each text's, ``.coverage()`` the
  counts per file; :func:`.status.coverage` every language's.
- :mod:`.report`: what ``make check`` prints about translations, and the threshold gate.
- :mod:`.scaffold`: ``make new-language LANG=xx``.
"""
