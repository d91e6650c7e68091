"""A new kind of data is one row of macros.kinds.KINDS, its schema and its record class (ARCHITECTURE.md).

The test follows those steps on a copy of the generator and the data, then runs ``python -m macros check`` there:
the new file is required, checked against its schema with the usual messages, its ids are checked for
duplicates, and the model hands its records to the renderers. Nothing else is edited.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

ROW = '    Kind("roles.yml", "roles", Role, "role", "roles"),\n'
RECORD = '''

@dataclass(frozen=True)
class Role:
    """One role of a GenAIOps team (data/roles.yml)."""

    id: str
    name: str
    does: str
    loc: Loc = field(compare=False)
'''
ROLES = """# yaml-language-server: $schema=schema/roles.schema.json
roles:
  - id: platform-engineer
    name: Platform engineer
    does: Runs the shared platform.
"""


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """The generator and the data, with a kind "role" added as ARCHITECTURE.md says."""
    root = tmp_path_factory.mktemp("new-kind")
    shutil.copytree(ROOT / "macros", root / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data", root / "data")
    # The overlays stay (the new kind's texts are missing in each), but whether a published language meets its
    # threshold is the real data's question (make check, which make test runs first), not this one's: publish none.
    (root / "data" / "i18n" / "languages.yml").unlink()
    kinds = root / "macros" / "kinds.py"
    text = kinds.read_text(encoding="utf-8")
    table_end = text.index("\n)\n", text.index("KINDS = ("))
    text = text[: table_end + 1] + ROW + text[table_end + 1 :]
    kinds.write_text(
        text.replace("\nfrom .model_topics import ", "\nfrom .model_topics import Role\nfrom .model_topics import ", 1)
    )
    texts = root / "macros" / "i18n" / "texts.py"  # which of its fields a translation may replace
    text = texts.read_text(encoding="utf-8")
    texts.write_text(
        text.replace(
            "\nTEXTS: dict[str, Texts | None] = {\n",
            '\nTEXTS: dict[str, Texts | None] = {\n    "roles": Texts(("name", "does")),\n',
            1,
        )
    )
    topics = root / "macros" / "model_topics.py"
    topics.write_text(topics.read_text(encoding="utf-8") + RECORD, encoding="utf-8")
    schemas = root / "data" / "schema"
    shared = json.loads((schemas / "genaiops.schema.json").read_text(encoding="utf-8"))
    text_field = {"type": "string", "minLength": 1}
    shared["$defs"]["role"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "name", "does"],
        "properties": {"id": text_field, "name": text_field, "does": text_field},
    }
    shared["$defs"]["rolesFile"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["roles"],
        "properties": {"roles": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/role"}}},
    }
    (schemas / "genaiops.schema.json").write_text(json.dumps(shared, indent=2), encoding="utf-8")
    wrapper = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "genaiops.schema.json#/$defs/rolesFile",
    }
    (schemas / "roles.schema.json").write_text(json.dumps(wrapper), encoding="utf-8")
    return root


def _check(root: Path, roles: str | None) -> subprocess.CompletedProcess:
    path = root / "data" / "roles.yml"
    path.unlink(missing_ok=True)
    if roles is not None:
        path.write_text(roles, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "macros", "check"], cwd=root, capture_output=True, text=True)


def test_the_new_file_is_required(copy):
    done = _check(copy, None)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["data/roles.yml:1: missing data file: the model needs roles.yml"]


def test_its_records_reach_the_model(copy):
    done = _check(copy, ROLES)
    assert done.returncode == 0, done.stdout + done.stderr
    script = "from macros.assemble import load_model; print([r.name for r in load_model().roles])"
    read = subprocess.run([sys.executable, "-c", script], cwd=copy, capture_output=True, text=True)
    assert read.stdout.strip() == "['Platform engineer']", read.stderr


def test_its_schema_and_ids_are_checked_with_the_usual_messages(copy):
    bad = ROLES + "  - id: platform-engineer\n    name: Again\n    does: Twice.\n  - id: lead\n    name: Lead\n"
    done = _check(copy, bad)
    assert done.stdout.splitlines() == [
        "data/roles.yml:6: duplicate role id 'platform-engineer' - already used at data/roles.yml:3; ids must be unique",
        "data/roles.yml:9: missing required key 'does' in 'roles[2]' - required keys: id, name, does",
    ]
