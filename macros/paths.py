"""Where the project's parts lie, and the few facts every stage reads from the schema itself."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
SCHEMA_DIR = DATA_DIR / "schema"
SHARED_SCHEMA = SCHEMA_DIR / "genaiops.schema.json"  # the one schema with $defs; per-file schemas point into it


@cache
def version_pattern() -> str:
    """The model version's shape, written once in the schema: the validator, the tools and the widget all use it."""
    return json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))["$defs"]["semver"]["pattern"]


@cache
def https_url_pattern() -> str:
    """What a URL in the data may be (``$defs/httpsUrl``): the schema, the text rules and the site address share it."""
    return json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))["$defs"]["httpsUrl"]["pattern"]
