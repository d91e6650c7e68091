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
    "stored_format": 1,  # shape of what is saved under storage_key
    "file_format": "genaiops-self-check",  # the "format" of an exported answers file
    "version_pattern": version_pattern(),  # the model version's shape, as data/schema defines it
    "history_key": "genaiops-self-check:history:v1",  # localStorage key of the saved result snapshots
    "history_format": 1,  # shape of what is saved under history_key
    # Snapshots the reader saves: at the maximum, saving one more asks which to replace; none is dropped unasked.
    "history_max": 50,
    # localStorage key of the one-step undo: the answers and notes the last import, share link or reset replaced
    # (a stored_format record with "reason" and "date"), so each of those actions is one click from undone.
    "undo_key": "genaiops-self-check:undo:v1",
    "note_max_length": 500,  # characters of the free-text note an answer may carry
    "team_max_length": 80,  # characters of the team or application name an export may carry
    "export_schema": "export.schema.json",  # the export file's JSON Schema, next to the widget's JSON
}
NOT_APPLICABLE = CONTRACT["not_applicable"]
RESULT_EVENT = CONTRACT["result_event"]
RESULT_MESSAGE = CONTRACT["result_message"]
HEIGHT_MESSAGE = CONTRACT["height_message"]
MESSAGE_VERSION = CONTRACT["message_version"]
EMBED_ELEMENT = CONTRACT["embed_element"]
THEMES = CONTRACT["themes"]
