"""Synthetic, valid maturity models of any size, for the scaling benchmark.

The data must pass the same validator as data/: the schema (required keys, slugs, enums) and the semantic
rules (every level and area has a practice, every reference is cited, related ids exist, bands cover
0..max_score). Text lengths follow the real records (a summary of about 25 words, a "why" of about 60,
five steps, three or four tools...), so pages weigh what real pages weigh. A fixed seed makes every run
build the same pages.

The self-check's two files are generated too. Every practice must be asked about, so the questionnaire grows
with the catalog (up to three practices of one level a question, one point each); ``max_score`` and the bands
follow from it, so that a model with every practice of levels 2 to N in place reaches level N.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from macros.i18n.pseudo import KEEP
from macros.i18n.scaffold import HEADER, I18N_DIR, emit, english_files, overlay_of
from macros.kinds import SINGLE_FILES

# Words of the field, so the search index and line breaking see realistic vocabulary.
WORDS = (
    "model prompt evaluation deployment pipeline monitoring trace latency token cost safety filter grounding "
    "retrieval index embedding dataset version release rollback canary shadow review feedback metric score "
    "quality drift incident owner team policy audit access secret network endpoint capacity quota region "
    "experiment baseline threshold dashboard alert budget catalog registry template flow agent tool chain "
    "application user request response answer context chunk document source lineage approval gate test "
    "regression benchmark judge rubric sample traffic production staging environment infrastructure code "
    "automation orchestration schedule workload service contract schema field record label annotation"
).split()
VERBS = (
    "Define",
    "Record",
    "Automate",
    "Review",
    "Measure",
    "Publish",
    "Version",
    "Compare",
    "Alert on",
    "Document",
    "Test",
    "Limit",
    "Route",
    "Sample",
    "Track",
    "Agree on",
    "Store",
    "Check",
    "Rotate",
    "Schedule",
)
AREA_NAMES = (
    "Models and prompts",
    "Evaluation and quality",
    "Delivery and automation",
    "Monitoring and operations",
    "Security and responsible AI",
    "Continuous improvement and people",
)
LEVEL_NAMES = ("Initial", "Defined", "Managed", "Optimized")
PER_QUESTION = 3  # practices of one level that one question assesses, the most the schema allows
TOOL_KINDS = ("azure", "open-source", "vendor-neutral-standard")
REF_KINDS = ("documentation", "course", "workshop", "video", "repository", "article", "paper", "assessment")
PUBLISHERS = ("Microsoft Learn", "GitHub", "YouTube", "OpenTelemetry", "arXiv", "Example Press")
REFS_PER_PRACTICE = 10  # the issue asks for 10x as many references as practices
LEVEL_REFS = 8


class _Text:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed)  # noqa: S311 - repeatable benchmark text, not a secret

    def words(self, n: int) -> str:
        return " ".join(self.rnd.choice(WORDS) for _ in range(n))

    def sentence(self, n: int) -> str:
        text = self.words(n)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, sentences: int, words: int = 15) -> str:
        return " ".join(self.sentence(self.rnd.randint(words - 4, words + 4)) for _ in range(sentences))

    def step(self) -> str:
        return f"{self.rnd.choice(VERBS)} the {self.words(self.rnd.randint(10, 16))}."

    def title(self, n: int) -> str:
        return self.words(n).capitalize()


def areas_for(practices: int) -> int:
    """Six areas, as in the real model; at most as many as there are practices (each area needs one)."""
    return min(len(AREA_NAMES), practices)


def _dump(path: Path, doc) -> None:
    path.write_text(
        yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8"
    )


def generate(dest: Path, practices: int, seed: int = 5) -> Path:
    """Write a complete data directory with ``practices`` practices into ``dest`` (which must not exist yet)."""
    if practices < 3:
        raise ValueError("a valid model needs at least 3 practices: every level above the first must expect one")
    dest.mkdir(parents=True)
    (dest / "practices").mkdir()
    text = _Text(seed)
    n_refs = practices * REFS_PER_PRACTICE
    ref_ids = [f"reference-{i:05d}" for i in range(n_refs)]
    practice_ids = [f"practice-{i:04d}" for i in range(practices)]
    area_ids = [f"area-{i}" for i in range(areas_for(practices))]

    level_of = {pid: i % 3 + 2 for i, pid in enumerate(practice_ids)}  # levels 2-4: level 1 expects none
    groups = _question_groups(practice_ids, level_of)
    bands = _bands(groups, level_of)
    _dump(
        dest / "model.yml",
        {
            "version": "1.0.0",
            "title": "Synthetic maturity model",
            "max_score": len(groups),
            "official_assessment": ref_ids[0],
            "source_article": ref_ids[0],
            "as_of": "2026-12-07",
            "scoring": {"applicable_min_percent": 75, "level_gate_percent": 50},
        },
    )
    _dump(
        dest / "areas.yml",
        {
            "areas": [
                {"id": aid, "name": AREA_NAMES[i], "summary": text.paragraph(1, 24)} for i, aid in enumerate(area_ids)
            ]
        },
    )
    # Levels cite a small shared pool; practices cite the rest, so every reference is cited exactly once or more.
    _dump(
        dest / "levels.yml",
        {
            "levels": [
                {
                    "id": name.lower(),
                    "number": n,
                    "name": name,
                    "summary": text.paragraph(1, 24),
                    "description": text.paragraph(4, 20),
                    "focus": [text.sentence(12) for _ in range(3)],
                    "band": {"min": lo, "max": hi},
                    "advance_label": text.title(4),
                    "next_steps": _steps(text, practice_ids, level_of, n),
                    "references": ref_ids[(n - 1) * LEVEL_REFS : n * LEVEL_REFS],
                }
                for n, (name, (lo, hi)) in enumerate(zip(LEVEL_NAMES, bands, strict=True), 1)
            ]
        },
    )
    _dump(
        dest / "references.yml",
        {
            "references": [
                {
                    "id": rid,
                    "title": text.title(text.rnd.randint(4, 10)),
                    "url": f"https://example.org/docs/{rid}?view=latest",
                    "kind": REF_KINDS[i % len(REF_KINDS)],
                    "publisher": PUBLISHERS[i % len(PUBLISHERS)],
                    **({"last_verified": "2026-01-31"} if i % 3 == 0 else {}),
                }
                for i, rid in enumerate(ref_ids)
            ]
        },
    )
    # One declared model version (the examples pin none): the calendar rules run over an empty set of pins.
    _dump(
        dest / "model_versions.yml",
        {
            "versions": [
                {
                    "id": "model-x-2026-01-15",
                    "family": "model-x",
                    "version": "2026-01-15",
                    "retires_on": "2027-01-14",
                    "source": ref_ids[0],
                }
            ]
        },
    )
    tool_ids = [f"tool-{k:05d}" for k in range(max(4, practices))]  # one catalog, as many tools as practices
    _dump(
        dest / "tools.yml",
        {
            "tools": [
                {
                    "id": tid,
                    "name": text.title(2),
                    "kind": TOOL_KINDS[k % 3],
                    **({"url": f"https://example.org/tools/{tid}"} if k % 3 else {}),
                    "status": "current",
                }
                for k, tid in enumerate(tool_ids)
            ]
        },
    )
    for i, pid in enumerate(practice_ids):
        # Levels and areas round-robin so each one has practices; related ids are spread over the whole model,
        # so back-links land everywhere (a worst case for per-page cross-link lookups).
        related = sorted({practice_ids[(i + off) % practices] for off in (1, 7, 31, 127)} - {pid})[
            : text.rnd.randint(2, 4)
        ]
        refs = ref_ids[i * REFS_PER_PRACTICE : (i + 1) * REFS_PER_PRACTICE]
        _dump(
            dest / "practices" / f"{pid}.yml",
            {
                "id": pid,
                "title": text.title(text.rnd.randint(2, 5)),
                "area": area_ids[i % len(area_ids)],
                "level": level_of[pid],
                "summary": text.paragraph(1, 25),
                "why": text.paragraph(4, 16),
                "steps": [text.step() for _ in range(5)],
                # Each cites 3-4 tools of the shared catalog, spread so every tool is cited by a few practices.
                "tools": [
                    {"tool": tool_ids[(i * 3 + k) % len(tool_ids)], "note": text.sentence(10)}
                    for k in range(text.rnd.randint(3, 4))
                ],
                "signals": [text.sentence(14) for _ in range(3)],
                "pitfalls": [text.sentence(14) for _ in range(3)],
                "examples": [
                    {
                        "title": text.title(4),
                        "language": "text",
                        "code": "\n".join(text.sentence(8) for _ in range(6)) + "\n",
                        "note": text.sentence(12),
                    }
                ],
                "related": related,
                "references": refs,
            },
        )
    stages = [practice_ids[k::5][:4] for k in range(5)]
    _dump(
        dest / "lifecycle.yml",
        {
            "stages": [
                {
                    "id": f"stage-{k}",
                    "name": text.title(2),
                    "summary": text.paragraph(1, 18),
                    "activities": [text.sentence(12) for _ in range(4)],
                    "practices": ids,
                }
                for k, ids in enumerate(stages)
                if ids
            ],
            "loop_label": text.title(3),
        },
    )
    _dump(
        dest / "comparison.yml",
        {
            "dimensions": [
                {
                    "id": f"aspect-{k}",
                    "aspect": text.title(3),
                    "mlops": text.sentence(14),
                    "genaiops": text.paragraph(2, 14),
                }
                for k in range(10)
            ]
        },
    )
    _dump(
        dest / "frameworks.yml",
        {
            "frameworks": [
                {
                    "id": "framework-0",
                    "name": text.title(3),
                    "version": "1.0",
                    "reference": ref_ids[0],
                    "scope": text.sentence(10),
                    "verified_from": text.sentence(10),
                    "items": [
                        {"id": f"ITEM {k}", "title": text.sentence(12), "source": text.sentence(4)} for k in range(20)
                    ],
                }
            ],
            "mappings": [
                {
                    "framework": "framework-0",
                    "item": f"ITEM {k}",
                    "practices": [{"id": pid, "why": text.sentence(10)} for pid in practice_ids[k::20][:3]],
                }
                for k in range(min(10, len(practice_ids)))
            ],
        },
    )
    _self_check(dest, groups, text)
    _topics(dest, practice_ids, ref_ids, text)
    _check_coverage(dest)
    return dest


def _topics(dest: Path, practice_ids: list[str], ref_ids: list[str], text: _Text) -> None:
    """The "In production" pages' files: a few records each, naming practices and references spread over the model."""

    def links(k: int) -> dict:
        start = k * 37  # three neighbours from a spot that moves through the model: distinct, as generate() has 3+
        spread = [practice_ids[(start + j) % len(practice_ids)] for j in range(3)]
        return {"practices": spread, "references": [ref_ids[(k * 13) % len(ref_ids)]]}

    def records(n: int, **fields) -> list[dict]:
        return [{"id": f"item-{k}", **{f: make(k) for f, make in fields.items()}, **links(k)} for k in range(n)]

    sentence = lambda _k: text.sentence(14)  # noqa: E731 - one text field
    _dump(
        dest / "transitions.yml",
        {
            "signs": records(
                8,
                step=lambda k: ("mlops", "genaiops")[k % 2],
                sign=sentence,
                tipping_point=sentence,
                suggests=sentence,
            )
        },
    )
    bullets = lambda _k: [text.sentence(12) for _ in range(3)]  # noqa: E731 - one list field
    _dump(
        dest / "tradeoffs.yml",
        {"concerns": records(6, name=lambda _k: text.title(2), downsides=bullets, mitigations=bullets)},
    )
    _dump(
        dest / "outcomes.yml",
        {
            "entries": records(
                8, kind=lambda k: ("outcome", "risk")[k % 2], title=lambda _k: text.title(3), text=sentence
            )
        },
    )
    _dump(
        dest / "agents.yml", {"aspects": records(6, aspect=lambda _k: text.title(2), single=sentence, multi=sentence)}
    )
    _dump(
        dest / "deployment.yml",
        {"options": records(7, name=lambda _k: text.title(3), when=sentence, tradeoffs=sentence, elsewhere=sentence)},
    )
    _dump(dest / "platform.yml", {"components": records(8, name=lambda _k: text.title(2), role=sentence)})
    _dump(
        dest / "cases.yml",
        {
            "cases": records(
                3,
                title=lambda _k: text.title(5),
                summary=sentence,
                setting=lambda _k: text.paragraph(3, 16),
                approach=bullets,
                lessons=bullets,
            )
        },
    )
    topics = ("moving-up", "downsides", "outcomes", "agents", "deployment", "platform")
    _dump(
        dest / "notes.yml",
        {
            "notes": records(
                6,
                topic=lambda k: topics[k],
                level=lambda k: k % 4 + 1,
                title=lambda _k: text.title(3),
                text=lambda _k: text.paragraph(3, 16),
            )
        },
    )


SCALE = [("not-yet", "Not yet", 0), ("partly", "Partly", 0), ("yes", "Yes", 1)]


def _question_groups(practice_ids: list[str], level_of: dict[str, int]) -> list[list[str]]:
    """Practices in groups of up to PER_QUESTION of one level: one question each, lowest level first."""
    groups = []
    for level in (2, 3, 4):
        ids = [pid for pid in practice_ids if level_of[pid] == level]
        groups += [ids[k : k + PER_QUESTION] for k in range(0, len(ids), PER_QUESTION)]
    return groups


def _bands(groups: list[list[str]], level_of: dict[str, int]) -> list[tuple[int, int]]:
    """Bands over one point a question, each level starting where its own practices are mostly in place."""
    points = {level: sum(level_of[g[0]] == level for g in groups) for level in (2, 3, 4)}
    starts = [0, max(1, points[2] * 4 // 5)]
    starts.append(max(starts[1] + 1, points[2] + points[3] * 4 // 5))
    starts.append(max(starts[2] + 1, points[2] + points[3] + points[4] * 3 // 5))
    top = len(groups)
    return [(lo, (starts[k + 1] - 1) if k < 3 else top) for k, lo in enumerate(starts)]


def _steps(text: _Text, practice_ids: list[str], level_of: dict[str, int], level: int) -> list[dict]:
    """Five next steps, each naming a practice of the level above (the top level's name none)."""
    if level == 4:
        return [{"text": text.step()} for _ in range(5)]
    above = [pid for pid in practice_ids if level_of[pid] == level + 1]
    return [{"text": text.step(), "practice": above[k % len(above)]} for k in range(5)]


def _self_check(dest: Path, groups: list[list[str]], text: _Text) -> None:
    scale = {
        "id": "in-place",
        "name": text.title(4),
        "options": [
            {"id": oid, "text": label, "points": pts, "order": k} for k, (oid, label, pts) in enumerate(SCALE, 1)
        ],
    }
    _dump(dest / "answer_scales.yml", {"scales": [scale]})
    _dump(
        dest / "questionnaire.yml",
        {
            "questions": [
                {
                    "id": f"question-{k:04d}",
                    "practices": ids,
                    "scale": "in-place",
                    "text": text.sentence(12)[:-1] + "?",
                    **({"help": text.sentence(16)} if k % 2 else {}),
                }
                for k, ids in enumerate(groups)
            ]
        },
    )


def _check_coverage(dest: Path) -> None:
    """Fail loudly when the validator starts requiring a data file this generator does not write."""
    missing = [name for name in SINGLE_FILES if not (dest / name).is_file()]
    if missing:
        raise RuntimeError(
            f"tools/bench/synthetic.py does not generate {', '.join(missing)}, which the validator requires"
        )


_WORD = re.compile(r"[A-Za-z]+")


def translate(dest: Path, lang: str = "pt-BR") -> Path:
    """Add a finished translation of the data in ``dest`` into ``lang``: every text of every overlay written
    (a stand-in as long as the English, see _translated) and current, and ``lang`` published
    in data/i18n/languages.yml. What `make check` reads at scale with one translation."""
    for name, english in english_files(dest).items():
        overlay = overlay_of(name, english, None)
        if overlay:
            _fill(overlay)
            path = dest / I18N_DIR / lang / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(HEADER.format(lang=lang, name=name) + "\n".join(emit(overlay)) + "\n", encoding="utf-8")
    language = {"code": lang, "name": lang, "path": lang.lower(), "search": "pt", "min_translated": 90}
    _dump(dest / I18N_DIR / "languages.yml", {"languages": [language]})
    return dest


def _translated(text: str) -> str:
    """A stand-in translation as long as the English and as plain (a real one is mostly ASCII, unlike the
    pseudo-locale's accents): each word spelled backwards, code spans and link targets kept."""
    out, at = [], 0
    for match in KEEP.finditer(text):
        out += [_WORD.sub(lambda m: m.group()[::-1], text[at : match.start()]), match.group()]
        at = match.end()
    return "".join([*out, _WORD.sub(lambda m: m.group()[::-1], text[at:])])


def _fill(node: dict) -> None:
    for value in node.values():
        if "_en" in value:
            english = value["_en"]
            value["text"] = [_translated(e) for e in english] if isinstance(english, list) else _translated(english)
        else:
            _fill(value)
