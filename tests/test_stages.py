"""The stages' hand-offs: load builds the records, validate only reads them, and the table of kinds feeds both.

test_architecture.py checks the imports; these check the behaviour a contributor depends on when adding a rule
(its place in RULES never matters) or a kind of data (one row of macros.kinds.KINDS reaches every stage).
"""

from __future__ import annotations

import pytest

import macros.validate
from macros.assemble import check, load_model
from macros.kinds import KINDS, MODEL_FILE, PRACTICES_DIR, SINGLE_FILES, TOPICS
from macros.load.collect import load
from macros.load.overlays import I18N_DIR, LANGUAGES_FILE, LANGUAGES_SCHEMA
from macros.paths import SCHEMA_DIR
from macros.validate import validate
from tests.support import FIXTURES, ROOT, make_data

BAD = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", BAD, ids=lambda p: p.name)
def test_rules_find_the_same_problems_in_any_order(tmp_path, monkeypatch, case):
    """No rule depends on another having run first (the placeholder rule used to mark ids known for the id rules)."""
    data = make_data(tmp_path, case)
    for name in (data / ".remove").read_text().split() if (data / ".remove").is_file() else []:
        (data / name).unlink()
    ctx, _ = load(tmp_path, data)
    forward = sorted(set(validate(ctx)))
    monkeypatch.setattr(macros.validate, "RULES", list(reversed(macros.validate.RULES)))
    ctx, _ = load(tmp_path, data)
    assert sorted(set(validate(ctx))) == forward


def test_a_placeholder_id_is_reported_once_whatever_the_order(tmp_path, monkeypatch):
    make_data(tmp_path, FIXTURES / "bad" / "placeholder")
    monkeypatch.setattr(macros.validate, "RULES", list(reversed(macros.validate.RULES)))
    _, problems = check(tmp_path)
    expected = (FIXTURES / "bad" / "placeholder" / "expected.txt").read_text(encoding="utf-8").splitlines()
    about_todo = [str(p) for p in problems if "'todo'" in p.message]
    assert about_todo == [line for line in expected if "'todo'" in line] and about_todo  # never also "unknown"


def test_a_partial_record_reads_none_for_a_left_out_field_and_refuses_a_misspelled_one(tmp_path):
    data = make_data(tmp_path, FIXTURES / "bad" / "partial-record")
    ctx, _ = load(tmp_path, data)
    (refused,) = ctx.partial["practices"]
    assert refused.id == "monitoring" and refused.level is None  # the schema refused its level
    assert refused.summary is None  # a field of Practice the rules do not read
    with pytest.raises(AttributeError):
        refused.refernces  # noqa: B018 - a rule's typo must fail, not read as "no references"


def test_validate_builds_nothing_it_reads(tmp_path):
    """The rules' context is the same after validation: the records and known ids are the load stage's."""
    make_data(tmp_path, FIXTURES / "bad" / "placeholder")
    ctx, _ = load(tmp_path, tmp_path / "data")
    before = ({k: set(v) for k, v in ctx.known.items()}, {k.field: list(getattr(ctx, k.field)) for k in KINDS})
    validate(ctx)
    assert ({k: set(v) for k, v in ctx.known.items()}, {k.field: list(getattr(ctx, k.field)) for k in KINDS}) == before


def test_every_data_file_and_schema_belongs_to_a_kind():
    """The table of kinds is the list of what data/ holds: a file or schema it leaves out would be a silent skip."""
    data = ROOT / "data"
    files = {p.name for p in data.glob("*.yml")}
    assert files == set(SINGLE_FILES)
    assert (data / PRACTICES_DIR).is_dir() and any(k.file == f"{PRACTICES_DIR}/" for k in KINDS)
    schemas = {p.name.removesuffix(".schema.json") for p in SCHEMA_DIR.glob("*.schema.json")}
    # languages.yml sits in data/i18n/ beside the translations it lists (macros/load/overlays.py reads it)
    assert {k.schema for k in KINDS} | {SINGLE_FILES[MODEL_FILE], LANGUAGES_SCHEMA} == schemas - {"genaiops"}
    assert (data / I18N_DIR / LANGUAGES_FILE).is_file()


def test_every_kind_reaches_the_model_as_its_records():
    model = load_model()
    ctx, problems = load(ROOT, ROOT / "data")
    assert problems == []
    for kind in KINDS:
        loaded = getattr(ctx, kind.field)
        assert loaded and all(type(r) is kind.record for r in loaded), kind.label
        if kind.production:  # the section's kinds are read from the model by their field name
            assert list(getattr(model, kind.field)) == loaded, kind.label
    with pytest.raises(AttributeError, match="the model has no 'sings'"):
        model.sings  # noqa: B018


def test_every_topic_page_is_a_hand_written_page():
    for title, page in TOPICS.values():
        assert title and (ROOT / "docs" / page).is_file(), page
    assert len({page for _, page in TOPICS.values()}) == len(TOPICS)
