"""The pseudo-locale's detector (tests/support_pseudo.py) finds what a hard-coded string leaves, and nothing else."""

from __future__ import annotations

from macros.i18n.pseudo import pseudo
from tests.support_pseudo import english_runs


def test_pseudo_text_passes_and_a_hard_coded_phrase_is_found():
    translated = pseudo("Practices in place at this level")
    assert english_runs(translated) == []
    assert english_runs(f"{translated}\nWorking towards {pseudo('Level 3')}") == ["Working towards"]


def test_a_lone_english_word_is_found_and_short_tokens_are_not():
    assert english_runs(f"{pseudo('Area')}: Steps · L2 · 28 · KB") == ["Steps"]


def test_allowed_phrases_are_taken_out_first_longest_first():
    text = f"{pseudo('Use')} Azure AI Foundry {pseudo('with')} Azure Monitor; Prompt flow was here"
    assert english_runs(text, ["Azure AI Foundry", "Azure", "Azure Monitor"]) == ["Prompt flow was here"]


def test_a_word_inside_a_pseudo_word_is_not_a_match():
    # ASCII letters glued to accented ones belong to a pseudo word; code is left out by the page walk, not here.
    assert english_runs("ḗŀabcŀ ⟦Ŀḗṽḗŀ⟧ ȧƀ") == []
    assert english_runs("ḗŀ `code` ȧƀ") == ["code"]
