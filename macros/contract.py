"""Values the self-check widget shares with Python, defined once and sent to the browser in the widget's JSON.

Shared by two stages, so it sits before both: the validator keeps data from using a reserved value (the
not-applicable answer id), and the self-check stage writes the values into the widget's JSON and its pages.
"""

from __future__ import annotations

from .paths import version_pattern

CONTRACT = {
    "not_applicable": "na",  # the answer id of "Not applicable"; no scale may use it for an option
    "result_event": "genaiops:self-check-result",  # the DOM CustomEvent on the widget's element (or embed element)
    "result_message": "genaiops-self-check:result",  # the postMessage type an embedding page listens for
    "height_message": "genaiops-self-check:height",  # the frame's content height, posted whenever it changes
    # Every message carries it; raise it when a message's fields change, so hosts can tell the shapes apart.
    "message_version": 1,
    "embed_element": "genaiops-self-check",  # the custom element of the script embed (assets/self-check/embed.js)
    "themes": ["light", "dark", "auto"],  # ?theme= of the embed page and the element's theme=; the first is the default
    "storage_key": "genaiops-self-check:v1",  # localStorage key of the reader's answers
    # Shape of what is saved under storage_key. 2 adds evidence: a page that knows only 1 would drop it on its next
    # save, so it reads 2 as "newer" and never writes over it; this page still reads 1.
    "stored_format": 2,
    "file_format": "genaiops-self-check",  # the "format" of an exported answers file
    # The export file's revision ("format_version"): 2 adds evidence. A file without it is of revision 1 and imports.
    "file_version": 2,
    "version_pattern": version_pattern(),  # the model version's shape, as data/schema defines it
    "history_key": "genaiops-self-check:history:v1",  # localStorage key of the saved result snapshots
    "history_format": 1,  # shape of what is saved under history_key
    # Snapshots the reader saves: at the maximum, saving one more asks which to replace; none is dropped unasked.
    "history_max": 50,
    # localStorage key of the one-step undo: the answers and notes the last import, share link or reset replaced
    # (a stored_format record with "reason" and "date"), so each of those actions is one click from undone.
    "undo_key": "genaiops-self-check:undo:v1",
    "note_max_length": 500,  # characters of the free-text note an answer may carry
    # Structured evidence beside a note: characters of its text fields, and how many days before its review-by
    # date it is listed as due (after that date, overdue).
    "evidence_max_length": 200,
    "evidence_link_max_length": 1000,  # an evidence link's characters (wiki and drive addresses run long)
    "evidence_due_days": 14,
    "team_max_length": 80,  # characters of the team or application name an export may carry
    "export_schema": "export.schema.json",  # the export file's JSON Schema, next to the widget's JSON
    # The crosswalk (frameworks, items, mappings), next to the widget's JSON: loaded only after a result, as it
    # would nearly double what a first visit fetches (macros/selfcheck/export.py crosswalk_json).
    "crosswalk": "crosswalk.json",
}
NOT_APPLICABLE = CONTRACT["not_applicable"]
RESULT_EVENT = CONTRACT["result_event"]
RESULT_MESSAGE = CONTRACT["result_message"]
HEIGHT_MESSAGE = CONTRACT["height_message"]
MESSAGE_VERSION = CONTRACT["message_version"]
EMBED_ELEMENT = CONTRACT["embed_element"]
THEMES = CONTRACT["themes"]
