"""The practice template's promised counts ("steps: 3-6 concrete actions") are exactly what the schema enforces."""

from __future__ import annotations

import json
import re

from macros.paths import SCHEMA_DIR
from tests.support import ROOT

TEMPLATE = ROOT / "tools" / "templates" / "practice.yml"
# A field's comment that promises a count: "# steps: 3-6 concrete actions ...".
PROMISE = re.compile(r"^# (?P<field>[a-z_]+): (?P<low>\d+)-(?P<high>\d+) ", re.M)


def _promises() -> dict[str, tuple[int, int]]:
    found = PROMISE.finditer(TEMPLATE.read_text(encoding="utf-8"))
    return {m["field"]: (int(m["low"]), int(m["high"])) for m in found}


def _schema_counts() -> dict[str, tuple[int | None, int | None]]:
    """(minItems, maxItems) of each list field of a practice that bounds its length at all."""
    props = json.loads((SCHEMA_DIR / "genaiops.schema.json").read_text())["$defs"]["practice"]["properties"]
    counts = {}
    for name, prop in props.items():
        bounds = (prop.get("minItems"), prop.get("maxItems"))
        if bounds != (None, None):
            counts[name] = bounds
    return counts


def test_template_promises_counts_for_some_fields():
    assert {"steps", "tools", "signals", "pitfalls"} <= set(_promises())


def test_every_promised_count_is_what_the_schema_enforces():
    assert {field: _schema_counts().get(field) for field in _promises()} == _promises()


def test_every_count_the_schema_enforces_is_promised():
    """A maximum the template keeps quiet about would refuse a file written by its own instructions."""
    promised = _promises()
    assert {f: c for f, c in _schema_counts().items() if c[1] is not None or f in promised} == promised
