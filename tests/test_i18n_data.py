"""Translations, data side: overlays on the minimal data, their statuses, the localized model and the gate.

Every expectation is derived from the data (the English texts, the scaffold's output), never from counts of today's
guide; the exact messages of the overlay rules are in the bad fixtures i18n-* (tests/test_validator_rules.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

import pytest
import yaml

from macros.assemble import check, load_model
from macros.i18n.localize import _PLACES
from macros.i18n.pseudo import CLOSE, OPEN, PSEUDO
from macros.i18n.report import stale_warnings, threshold_problems
from macros.i18n.scaffold import scaffold
from macros.i18n.source import source_hash
from macros.i18n.status import MISSING, STALE, TRANSLATED, Summary, coverage
from macros.i18n.texts import TEXTS
from tests.support import ROOT, make_data

LANG = "pt-BR"


def _languages(data: Path, min_translated: int = 50) -> None:
    (data / "i18n" / "languages.yml").write_text(
        "languages:\n"
        f"  - {{code: {LANG}, name: Português (Brasil), path: pt-br, search: pt, min_translated: {min_translated}}}\n",
        encoding="utf-8",
    )


@pytest.fixture
def data(tmp_path) -> Path:
    """The minimal data with pt-BR scaffolded (every text missing) and published."""
    data = make_data(tmp_path)
    scaffold(LANG, data)
    _languages(data)
    return data


def _overlay(data: Path, name: str) -> dict:
    return yaml.safe_load((data / "i18n" / LANG / name).read_text(encoding="utf-8"))


def _write(data: Path, name: str, overlay: dict) -> None:
    (data / "i18n" / LANG / name).write_text(yaml.safe_dump(overlay, allow_unicode=True), encoding="utf-8")


def _translate(data: Path, name: str, path: tuple, text, source: str | None = None) -> None:
    """Give the entry at ``path`` of an overlay a text (and a source: by default the one the scaffold wrote)."""
    overlay = _overlay(data, name)
    entry = overlay
    for key in path:
        entry = entry[key]
    entry["text"] = text
    if source is not None:
        entry["source"] = source
    _write(data, name, overlay)


def _model(data: Path, lang: str | None = LANG):
    model, problems = check(data.parent, data, lang=lang)
    assert problems == [], problems
    return model


def test_a_scaffolded_language_is_valid_and_every_text_is_missing(data):
    model = _model(data)
    english = model.translations["en"]
    translation = model.translation
    assert english.texts and all(t.status == TRANSLATED for t in english.texts)
    assert [t.english for t in translation.texts] == [t.english for t in english.texts]
    assert Summary.of(translation.texts) == Summary(missing=len(english.texts))
    assert model.translation.coverage().total.percent == 0
    assert replace(model, lang="en") == _model(data, None)  # nothing translated: the English, text for text


def test_a_translation_replaces_its_text_and_nothing_else(data):
    practice = _model(data, None).practices[0]
    name = f"practices/{practice.id}.yml"
    _translate(data, name, ("title",), "Título traduzido")
    model = _model(data)
    translated = model.practice_by_id[practice.id]
    assert translated.title == "Título traduzido"
    assert translated.summary == practice.summary  # missing: the English
    statuses = model.translation.statuses("practices", practice.id)
    assert statuses["title"] == TRANSLATED
    assert {s for f, s in statuses.items() if f != "title"} == {MISSING}
    summary = model.translation.of(translated)
    assert (summary.translated, summary.worst) == (1, MISSING)
    assert model.translation.file(name).translated == 1


def test_a_stale_translation_is_shown_flagged_and_warned_with_the_current_english(data):
    level = _model(data, None).levels[0]
    _translate(data, "levels.yml", ("levels", level.id, "name"), "Inicial", source=source_hash("Before"))
    model = _model(data)
    assert model.levels[0].name == "Inicial"
    assert model.translation.statuses("levels", level.id)["name"] == STALE
    assert model.translation.of(model.levels[0]).stale == 1
    (warning,) = stale_warnings(model)
    assert warning.path.endswith(f"i18n/{LANG}/levels.yml") and warning.line > 1
    assert f"levels.{level.id}.name" in warning.message and warning.message.endswith(f"reads: {level.name}")
    assert source_hash(level.name) in warning.message


def test_nested_records_are_translated_by_their_key(data):
    english = _model(data, None)
    level = next(lv for lv in english.levels if lv.next_steps)
    practice = next(p for p in english.practices if p.examples)
    _translate(data, "levels.yml", ("levels", level.id, "next_steps", "1", "text"), "Primeiro passo")
    _translate(data, f"practices/{practice.id}.yml", ("examples", "1", "title"), "Um exemplo")
    model = _model(data)
    assert model.level_by_number[level.number].next_steps[0].text == "Primeiro passo"
    assert model.level_by_number[level.number].next_steps[0].practice == level.next_steps[0].practice
    assert model.practice_by_id[practice.id].examples[0].title == "Um exemplo"
    assert model.practice_by_id[practice.id].examples[0].code == practice.examples[0].code


def test_a_list_is_translated_item_for_item(data):
    practice = _model(data, None).practices[0]
    steps = [f"Passo {i}" for i, _ in enumerate(practice.steps, 1)]
    _translate(data, f"practices/{practice.id}.yml", ("steps",), steps)
    assert _model(data).practice_by_id[practice.id].steps == tuple(steps)


def _skeleton(model) -> list:
    """Everything of the model but its translatable texts: each kind's records with those fields blanked."""
    out = []
    for kind, spec in TEXTS.items():
        if spec is None:
            records = getattr(model, kind)
        else:
            node = model
            for name in _PLACES.get(kind, (kind,)):
                node = getattr(node, name)
            records = node
        out.append((kind, [_blank(r, spec) for r in records]))
    return out


def _blank(record, spec) -> dict:
    values = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if spec is not None and f.name in spec.fields:
            value = None
        elif spec is not None and f.name in spec.nested:
            value = [_blank(r, spec.nested[f.name]) for r in value]
        elif is_dataclass(value):
            value = _blank(value, None)
        values[f.name] = value
    return values


def test_a_translation_never_changes_a_level_a_point_a_url_or_the_order_of_records():
    """The pseudo-locale translates every text: what is left when the texts are blanked is the English's."""
    english, pseudo = load_model(), load_model(lang=PSEUDO)
    assert _skeleton(pseudo) == _skeleton(english)
    assert [p.id for p in pseudo.practices] == [p.id for p in english.practices]
    points = [[(o.id, o.points, o.order) for o in s.options] for s in english.self_check.scales]
    assert [[(o.id, o.points, o.order) for o in s.options] for s in pseudo.self_check.scales] == points
    assert [(lv.number, lv.band) for lv in pseudo.levels] == [(lv.number, lv.band) for lv in english.levels]
    assert [r.url for r in pseudo.references] == [r.url for r in english.references]
    assert pseudo.practices != english.practices  # the texts did change


@pytest.mark.parametrize("lang", sorted(set(load_model().translations) - {"en"}))
def test_each_translation_of_the_guide_keeps_everything_but_the_text(lang):
    """The guide's own translations, as they stand: the same skeleton as the English, texts aside."""
    english, translated = load_model(), load_model(lang=lang)
    assert _skeleton(translated) == _skeleton(english)
    assert translated.lang == lang and translated.translation.lang == lang


def test_the_pseudo_locale_translates_every_text_and_is_never_published():
    model = load_model(lang=PSEUDO)
    texts = model.translation.texts
    assert texts and {t.status for t in texts} == {TRANSLATED}
    shown = [v for t in texts for v in (t.value if isinstance(t.value, list) else [t.value])]
    assert all(v.startswith(OPEN) and v.endswith(CLOSE) for v in shown)
    assert model.title.startswith(OPEN) and model.lifecycle.loop_label.startswith(OPEN)
    assert all(q.text.startswith(OPEN) for q in model.self_check.questions)
    assert PSEUDO not in {lang.code for lang in model.languages}
    assert PSEUDO not in load_model().translations  # made only when asked for


def test_an_unknown_language_is_refused_naming_the_known_ones(data):
    with pytest.raises(ValueError, match=f"no translation into 'xx' in data/i18n/ - expected one of: en, {LANG}"):
        check(data.parent, data, lang="xx")


def test_coverage_counts_each_file_and_the_whole_language(data):
    english = _model(data, None)
    practice = english.practices[0]
    _translate(data, f"practices/{practice.id}.yml", ("title",), "Título")
    _translate(data, "model.yml", ("title",), "Modelo", source=source_hash("An older title"))
    coverage = _model(data).translation.coverage()
    assert coverage.files[f"practices/{practice.id}.yml"].translated == 1
    assert coverage.files["model.yml"] == Summary(stale=1)
    assert sum((s for s in coverage.files.values()), Summary()) == coverage.total
    assert coverage.total.total == len(english.translations["en"].texts)


def test_summary_reports_the_worst_status_and_rounds_the_share_down():
    assert Summary(translated=2).worst == TRANSLATED
    assert Summary(translated=2, stale=1).worst == STALE
    assert Summary(translated=2, stale=1, missing=1).worst == MISSING
    assert Summary(translated=999, missing=1).percent == 99
    assert Summary().percent == 100
    assert str(Summary(7, 2, 1)) == "7 translated, 2 stale, 1 missing (70%)"


def test_a_published_language_below_its_threshold_fails_the_check_and_only_then(data):
    model = _model(data)
    total = len(model.translation.texts)
    (problem,) = threshold_problems(model)
    assert str(problem) == (
        f"data/i18n/languages.yml:2: {LANG}: 0 translated, 0 stale, {total} missing (0%) - below its min_translated "
        "of 50%: translate the missing texts and update the stale ones, or stop publishing it "
        "(see CONTRIBUTING.md, Translating)"
    )
    _languages(data, 0)
    assert threshold_problems(_model(data)) == []


def _cli(data: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros", "check", "--data", str(data)], cwd=ROOT, capture_output=True, text=True
    )


def test_make_check_prints_a_line_per_language_and_warns_of_stale_texts(data):
    level = _model(data, None).levels[0]
    _translate(data, "levels.yml", ("levels", level.id, "name"), "Inicial", source=source_hash("Before"))
    _languages(data, 0)
    done = _cli(data)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    total = len(_model(data).translation.texts)
    assert lines[0].startswith("OK: model ")
    assert (
        lines[1] == f"{LANG}: 0 translated, 1 stale, {total - 1} missing (0%), published at /pt-br/ (min_translated 0%)"
    )
    assert lines[2].startswith(f"{data}/i18n/{LANG}/levels.yml:") and ": warning: stale: " in lines[2]
    missing = {t.file: t for t in reversed(_model(data).translation.texts) if t.status == MISSING}
    per_file = [line for line in lines[3:] if ": warning: " in line and " missing: " in line]
    assert len(per_file) == len(missing)  # one warning per overlay with missing texts, at its first
    first = missing["model.yml"]
    assert (
        f"{data}/i18n/{LANG}/model.yml:{first.line}: warning: 1 missing: title - readers see the English there, with a notice"
        in lines
    )
    _languages(data, 50)
    failed = _cli(data)
    assert failed.returncode == 1 and failed.stderr.strip() == "1 problem found"
    assert failed.stdout.splitlines()[-1].startswith(f"{data}/i18n/languages.yml:2: {LANG}: ")


def test_an_unpublished_language_is_checked_and_reported_but_never_gated(data):
    (data / "i18n" / "languages.yml").unlink()
    done = _cli(data)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[1].endswith("- not published: list it in data/i18n/languages.yml")


def test_the_scaffold_keeps_written_texts_and_their_source_and_drops_gone_records(data):
    english = _model(data, None)
    practice, other = english.practices[0], english.practices[1]
    name = f"practices/{practice.id}.yml"
    _translate(data, name, ("title",), "Título", source=source_hash("An older title"))
    (data / "practices" / f"{other.id}.yml").unlink()  # a gone practice: its overlay goes too
    # A level whose English is gone (its translation was written before the English dropped it).
    levels = _overlay(data, "levels.yml")
    levels["levels"]["retired-level"] = {"name": {"source": source_hash("Retired"), "text": "Aposentado"}}
    _write(data, "levels.yml", levels)
    scaffold(LANG, data)
    overlay = _overlay(data, name)
    assert overlay["title"] == {"source": source_hash("An older title"), "text": "Título"}
    assert overlay["summary"] == {"source": source_hash(practice.summary)}
    assert list(_overlay(data, "levels.yml")["levels"]) == [lv.id for lv in english.levels]
    assert not (data / "i18n" / LANG / f"practices/{other.id}.yml").exists()
    text = (data / "i18n" / LANG / name).read_text(encoding="utf-8")
    assert f"# {practice.title}\n" in text  # the English above each entry, for the translator


def _new_language(data: Path, lang: str) -> subprocess.CompletedProcess:
    """What `make new-language LANG=...` runs, on a copy of the data named as the build names one."""
    env = {**os.environ, "GENAIOPS_DATA": str(data)}
    command = [sys.executable, "-m", "macros.i18n.scaffold", lang]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)


def test_a_new_language_is_scaffolded_checked_and_not_published(data):
    listed = (data / "i18n" / "languages.yml").read_text(encoding="utf-8")
    before = {p: p.read_bytes() for p in (data / "i18n" / LANG).rglob("*.yml")}
    done = _new_language(data, "es")
    assert done.returncode == 0, done.stderr
    english = len(_model(data, None).translations["en"].texts)
    assert done.stdout.splitlines()[0] == f"{data}/i18n/es/: {english} texts, 0 translated, {english} missing"
    assert "add es to data/i18n/languages.yml:\n  - code: es\n" in done.stdout
    assert (data / "i18n" / "languages.yml").read_text(encoding="utf-8") == listed  # scaffolding never publishes
    assert {p: p.read_bytes() for p in (data / "i18n" / LANG).rglob("*.yml")} == before
    _languages(data, 0)
    checked = _cli(data)
    assert checked.returncode == 0, checked.stdout
    assert f"es: 0 translated, 0 stale, {english} missing (0%) - not published" in checked.stdout
    assert Summary.of(_model(data, "es").translation.texts) == Summary(missing=english)


@pytest.mark.parametrize("lang", ["en", "en-GB", PSEUDO, "../pt-BR", "portuguese"])
def test_a_new_language_must_be_a_language_to_translate_into(data, lang):
    done = _new_language(data, lang)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"'{lang}' is not a language to translate into - give a BCP 47 tag")
    assert sorted(p.name for p in (data / "i18n").iterdir()) == sorted([LANG, "languages.yml"])


def test_the_scaffold_writes_nothing_when_a_file_cannot_be_read(data):
    """A practice it could not read would look gone, and its translation with it: so it stops first."""
    practice = next((data / "practices").glob("*.yml"))
    overlays = {p: p.read_bytes() for p in (data / "i18n").rglob("*.yml")}
    practice.write_text("title: [unclosed\n", encoding="utf-8")
    done = _new_language(data, LANG)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip() == f"{practice}: cannot be read (ParserError) - run make check and fix it first"
    assert {p: p.read_bytes() for p in (data / "i18n").rglob("*.yml")} == overlays


def test_refreshing_a_published_language_does_not_ask_to_publish_it(data):
    done = _new_language(data, LANG)
    assert done.returncode == 0 and "Not published yet" not in done.stdout


def test_coverage_of_every_language_leaves_out_english_and_the_pseudo_locale(data):
    model = _model(data, PSEUDO)
    assert set(coverage(model.translations)) == {LANG}
    assert coverage(model.translations)[LANG] == model.translations[LANG].coverage()


def test_github_format_annotates_stale_and_missing_texts_as_warnings(data):
    level = _model(data, None).levels[0]
    _translate(data, "levels.yml", ("levels", level.id, "name"), "Inicial", source=source_hash("Before"))
    _languages(data, 0)
    done = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--data", str(data), "--format", "github"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(line.startswith(f"::warning file={data}/i18n/{LANG}/") for line in annotations)
    assert any("::stale: 'levels." in line for line in annotations)


def test_an_overlay_is_read_as_text_and_a_duplicate_key_is_refused(data):
    """A hash of digits alone is text (YAML would read 01234567 as an octal number), and so is "yes"."""
    path = data / "i18n" / LANG / "model.yml"
    english = _model(data, None).title
    path.write_text("title:\n  source: 01234567\n  text: yes\n", encoding="utf-8")
    model = _model(data)
    assert model.title == "yes" and model.translation.texts[0].source == "01234567"
    assert source_hash(english) != "01234567" and model.translation.texts[0].status == STALE
    path.write_text("title:\n  source: 01234567\n  text: Um\n  text: Dois\n", encoding="utf-8")
    _, problems = check(data.parent, data)
    assert [str(p) for p in problems] == [
        f"data/i18n/{LANG}/model.yml:4: YAML syntax error: duplicate key 'text' (each key may appear once in a mapping)"
    ]
