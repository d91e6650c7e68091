"""Values the self-check widget shares with Python: the build writes them into model.json as ``contract``.

The widget's JavaScript reads each of them from there and spells none of them itself, so changing one
here changes both sides. Python code that needs one of them reads it from this dict too.
"""
from __future__ import annotations

CONTRACT = {
    "not_applicable": "na",  # the answer id for "Not applicable", besides a scale's own options
    "result_event": "genaiops:self-check-result",  # the DOM CustomEvent raised with score and level
    "result_message": "genaiops-self-check:result",  # the postMessage type sent to an embedding page
    "storage_key": "genaiops-self-check:v1",  # the localStorage entry that keeps the reader's answers
    "stored_format": 1,  # the format number inside that entry
    "file_format": "genaiops-self-check",  # the "format" of an export file, also its file name's start
    "version_pattern": r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$",  # a model version: X.Y.Z
}
