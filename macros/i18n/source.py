"""The version of an English text a translation was made from: a short hash of the value as loaded.

The hash is taken of the loaded value (a string, or a list of strings), not of the YAML that spells it, so
re-wrapping a folded paragraph or re-quoting a string leaves every translation of it current; changing a word,
adding a step or reordering a list makes them stale.
"""

from __future__ import annotations

import hashlib
import json

HASH_LENGTH = 8  # 32 bits: ample to notice a change to one text, short enough to read in a diff


# json.dumps with any argument builds an encoder per call: a third of the cost of hashing a language's texts.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def source_hash(value) -> str:
    """The ``source`` an overlay entry records for the English ``value`` (a string or a list of strings)."""
    canonical = _CANONICAL.encode(value)  # what json.dumps(value, ensure_ascii=False, separators=(",", ":")) gives
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_LENGTH]
