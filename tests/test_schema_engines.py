"""The two JSON Schema engines agree: jsonschema-rs's verdict stands alone at run time, so it must be the one
python-jsonschema (which writes the messages) would give, on the data and on every fixture, valid or not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros.kinds import PRACTICES_DIR, SINGLE_FILES
from macros.load.overlays import I18N_DIR, LANGUAGES_FILE, LANGUAGES_SCHEMA
from macros.load.schema import explain, fast_validator_for
from macros.load.yaml_lines import Refused, load_text
from tests.support import FIXTURES, ROOT


def _kind(path: Path) -> str | None:
    """The schema of a data file; None for a translation's overlay (data/i18n/<lang>/...), which no schema checks:
    macros/load/overlays.py holds it to the English file it translates."""
    if I18N_DIR in path.parts:
        return LANGUAGES_SCHEMA if path.name == LANGUAGES_FILE and path.parent.name == I18N_DIR else None
    if path.parent.name == PRACTICES_DIR:
        return "practice"
    return SINGLE_FILES.get(path.name)


def _documents() -> list[tuple[str, Path, object]]:
    """Every data file the suite knows, parsed: the real data, the minimal data, and each fixture's files."""
    paths = [*(ROOT / "data").rglob("*.yml"), *FIXTURES.rglob("*.yml")]
    docs = []
    for path in sorted(paths):
        kind = _kind(path)
        if kind is None:
            continue  # a fixture's file that is not a data file (an unexpected file, say)
        try:
            doc = load_text(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, Refused, UnicodeDecodeError):
            continue  # refused before any schema sees it
        if doc is not None:
            docs.append((kind, path, doc))
    return docs


DOCUMENTS = _documents()


@pytest.mark.parametrize(("kind", "path", "doc"), DOCUMENTS, ids=[str(p.relative_to(ROOT)) for _, p, _ in DOCUMENTS])
def test_both_engines_give_the_same_verdict(kind, path, doc):
    rs_valid = fast_validator_for(kind).is_valid(doc)
    problems = [str(p) for p, _ in explain(kind, str(path.relative_to(ROOT)), doc)]
    assert rs_valid == (problems == []), problems or "jsonschema-rs refuses what python-jsonschema accepts"


def test_the_engines_are_compared_on_valid_and_invalid_files_of_every_kind():
    """Guards the test above: it sees every schema, and files each engine refuses."""
    assert {kind for kind, _, _ in DOCUMENTS} == {*SINGLE_FILES.values(), "practice", LANGUAGES_SCHEMA}
    refused = [path for kind, path, doc in DOCUMENTS if not fast_validator_for(kind).is_valid(doc)]
    assert refused and all("fixtures" in path.parts for path in refused)
