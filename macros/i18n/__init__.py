"""Translations of the model's reader-facing text: overlays per language under ``data/i18n/<lang>/``.

An overlay mirrors one English data file, holds only the fields :mod:`.texts` calls translatable, names each record
by its key instead of its position, and records which English text each translation was made from (:mod:`.source`).
It can never add, drop or reorder records, nor change a level, a point or a URL: those are not in it at all.
"""
