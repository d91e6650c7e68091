"""The guide's own data: schema-valid file by file, complete, and faithful to the seed facts."""

from __future__ import annotations

import re

import pytest

from macros.assemble import check
from macros.kinds import SINGLE_FILES
from macros.load.schema import schema_problems
from macros.load.yaml_lines import field_of, load_text, walk
from tests.support import ROOT

DATA = ROOT / "data"
SEEDS = ROOT.parent / "shared" / "seeds"
FILES = [(DATA / name, kind) for name, kind in SINGLE_FILES.items()] + [
    (p, "practice") for p in sorted((DATA / "practices").glob("*.yml"))
]


@pytest.mark.parametrize(("path", "kind"), FILES, ids=[str(p.relative_to(DATA)) for p, _ in FILES])
def test_data_file_passes_its_schema_and_names_it_for_editors(path, kind):
    text = path.read_text()
    assert [str(p) for p, _ in schema_problems(kind, str(path.relative_to(ROOT)), load_text(text))] == []
    schema = "../schema/practice.schema.json" if kind == "practice" else f"schema/{kind}.schema.json"
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={schema}"
    assert (path.parent / schema).resolve().is_file()


def test_whole_model_is_valid():
    model, problems = check()
    assert [str(p) for p in problems] == []
    assert len(model.practices) >= 20


# What a self-check score means: the published model's bands, and how this guide's questionnaire splits the points
# between the levels. This is the one test that pins numbers of the data; every other test derives them from the
# model, so a practice, or a question that moves no points between levels, changes no test.
SCORE_MEANING = {
    "bands": [(1, "Initial", 0, 9), (2, "Defined", 10, 14), (3, "Managed", 15, 19), (4, "Optimized", 20, 28)],
    "max_score": 28,
    "points_by_level": {2: 10, 3: 8, 4: 10},
    "scoring": {"applicable_min_percent": 75, "level_gate_percent": 50},
}


def test_what_a_score_means_is_what_the_guide_published():
    model, _ = check()
    sc = model.self_check
    meaning = {
        "bands": [(lv.number, lv.name, lv.band.min, lv.band.max) for lv in model.levels],
        "max_score": model.max_score,
        "points_by_level": dict(model.points_by_level),
        "scoring": {"applicable_min_percent": sc.applicable_min_percent, "level_gate_percent": sc.level_gate_percent},
    }
    assert meaning == SCORE_MEANING, (
        "The level bands, max_score, the points of a level or the scoring percentages changed, so a score now "
        "means something else: raise the major version in data/model.yml (CHANGELOG.md says why), add a "
        "'## X.0.0 - YYYY-MM-DD' section to CHANGELOG.md saying what changed for readers, check that the bands "
        "still follow the published model's, then record the new values in SCORE_MEANING of tests/test_data.py."
    )


def test_practices_cover_the_seed_topics():
    model, _ = check()
    ids = {p.id for p in model.practices}
    required = {
        "automation-tooling",
        "orchestration",
        "infrastructure-as-code",
        "ci-cd-for-llm-apps",
        "regular-reviews",
        "feedback-loops",
        "ab-testing",
        "shadow-deployment",
        "canary-releases",
        "base-model-selection",
        "prompt-engineering",
        "prompt-library",
        "fine-tuning",
        "data-preparation",
        "pre-production-evaluation",
        "post-production-monitoring",
        "drift-detection",
        "tracing",
        "content-safety",
        "model-versioning-and-rollback",
        "security-and-compliance",
        "responsible-ai",
        "cost-and-token-management",
        "capacity-and-load-balancing",
        "advanced-analytics",
        "upskilling",
        "proof-of-concept-scoping",
    }
    assert required - ids == set()


def _seed_reference_urls() -> set[str]:
    urls = set()
    for seed in SEEDS.glob("*.txt"):
        urls |= set(re.findall(r"https?://[^\s)>\"\]]+", seed.read_text(errors="replace")))
    not_references = re.compile(r"\.png|user-attachments|img\.shields\.io|glitch\.me|^https://github\.com/[^/]*/?$")
    return {u for u in urls if not not_references.search(u)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
def test_every_seed_reference_url_is_in_the_catalog():
    model, _ = check()
    catalog = {r.url for r in model.references}
    assert sorted(_seed_reference_urls() - catalog) == []


SHINGLE = 7  # words: a run this long shared with a seed is copied text, not a fact carried over


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z]+", text.lower()) if w]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _own_texts():
    """(where, text) of everything the project writes in data/ and docs/; reference titles and URLs are the
    publishers' own and exempt."""
    for path in sorted(DATA.rglob("*.yml")):
        for name, text, line, _ in walk(load_text(path.read_text(encoding="utf-8"))):
            key = field_of(name)
            if key == "url" or (path.name == "references.yml" and key == "title"):
                continue
            yield f"{path.relative_to(ROOT)}:{line}", text
    for path in sorted((ROOT / "docs").rglob("*.md")):
        for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.relative_to(ROOT)}:{i}", text


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
def test_no_sentence_is_copied_from_the_seeds():
    """Facts carry over from the seeds, sentences do not: no run of 7 words of ours appears in a seed."""
    seeds = set()
    for seed in SEEDS.glob("*.txt"):
        seeds |= _shingles(seed.read_text(errors="replace"))
    copied = []
    for where, text in _own_texts():
        if shared := sorted(_shingles(text) & seeds):
            copied.append(f"{where}: ...{' '.join(shared[0])}...")
    assert copied == []
