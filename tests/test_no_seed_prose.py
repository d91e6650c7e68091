"""Facts carry over from the seeds, sentences do not: no run of seven words from a seed appears in the guide.

Text is lower-cased and split on anything that is not a letter; every run of seven consecutive words of a seed is
a shingle, and no shingle may appear in data/ or docs/. Reference titles are exempt (a page's own title is a
fact, and the seeds quote many of them), and so is every URL (addresses are copied exactly, by design).
"""

from __future__ import annotations

import re

import pytest

from macros.load.yaml_lines import load_text, walk
from tests.support import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
SIZE = 7
_URL = re.compile(r"https?://\S+")


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z]+", _URL.sub(" ", text.lower())) if w]


def shingles(text: str) -> set[tuple[str, ...]]:
    ws = words(text)
    return {tuple(ws[i : i + SIZE]) for i in range(len(ws) - SIZE + 1)}


def _data_texts():
    """(where, text) for every text value in data/, reference titles and urls left out."""
    for path in sorted((ROOT / "data").rglob("*.yml")):
        doc = load_text(path.read_text(encoding="utf-8"))
        for name, text, line, _ in walk(doc):
            key = name.rsplit(".", 1)[-1]
            if key == "url" or (path.name == "references.yml" and key == "title"):
                continue
            yield f"{path.relative_to(ROOT)}:{line}", text


def _reference_titles() -> list[str]:
    doc = load_text((ROOT / "data" / "references.yml").read_text(encoding="utf-8"))
    return sorted((r["title"] for r in doc["references"]), key=len, reverse=True)


def _doc_texts():
    """(where, text) for every hand-written page, cut apart where a reference's title is quoted."""
    titles = re.compile("|".join(re.escape(t) for t in _reference_titles()))
    for path in sorted((ROOT / "docs").rglob("*.md")):
        for part in titles.split(path.read_text(encoding="utf-8")):
            yield str(path.relative_to(ROOT)), part


def test_shingles_are_seven_lower_case_words_split_on_non_letters():
    assert shingles("One two, THREE-four five's six seven!") == {
        ("one", "two", "three", "four", "five", "s", "six")
    } | {("two", "three", "four", "five", "s", "six", "seven")}
    assert shingles("see https://example.org/a-b-c-d-e-f-g-h for more") == set()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
def test_no_seven_word_run_of_a_seed_appears_in_data_or_docs():
    seed = set().union(*(shingles(p.read_text(encoding="utf-8", errors="replace")) for p in SEEDS.glob("*.txt")))
    found = []
    for where, text in [*_data_texts(), *_doc_texts()]:
        # Joined across line breaks in Markdown and folded YAML alike, since words() ignores them.
        for run in sorted(shingles(text) & seed):
            found.append(f"{where}: {' '.join(run)}")
    assert found == [], "text copied from a seed (rewrite it in the project's own words):\n" + "\n".join(found)
