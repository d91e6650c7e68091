"""The about page's "Translations" section: how much of the guide each language has, counted from the data.

Every translatable text of the data is, in a language, translated (its translation was made from the English as
it is now), stale (made from an older English text: shown, with a notice) or missing (the English is shown, with a
notice). The counts come from the overlays (``model.translations``), so they move with every data change.
"""

from __future__ import annotations

from ..model import Model
from .md import english, table


def translations_status(model: Model, page: str, msg=None) -> str:
    msg = msg or english()
    intro = msg("translations.intro")
    if not model.languages:
        return intro + "\n\n" + msg("translations.none")
    rows = []
    for language in model.languages:
        total = model.translations[language.code].coverage().total
        counts = (total.translated, total.stale, total.missing)
        rows.append([language.name, *(str(n) for n in counts), msg("translations.percent", percent=total.percent)])
    keys = ("language", "translated", "stale", "missing", "current")
    return intro + "\n\n" + table([msg(f"translations.col_{k}") for k in keys], rows)
