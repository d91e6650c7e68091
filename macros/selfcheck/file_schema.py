"""The JSON Schema of the self-check's export file, published next to the widget's JSON.

It is written from the contract, so the file format, the version pattern and the note length have one source;
the widget validates imports by interpreting this very file (docs/assets/self-check/lazy/schema.js), so the rules
are never written twice. It accepts the files of every version since 2.0.0: question and answer ids are checked
for their shape only, as an older file may name questions this version no longer asks (import then says which).
Revision 2 of the file (``format_version``, contract ``file_version``) adds evidence; a file without
``format_version`` is of revision 1, and still imports.
"""

from __future__ import annotations

import json
import posixpath
from urllib.parse import urljoin

from ..contract import CONTRACT
from .export import JSON_PATH

SCHEMA_PATH = posixpath.join(posixpath.dirname(JSON_PATH), CONTRACT["export_schema"])
SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$"  # question and answer ids, as data/schema defines them
MAX_ENTRIES = 500  # far more questions than any version asks, so a huge file is refused early
MAX_FRAMEWORKS = 50  # far more frameworks than the crosswalk lists
# What the frameworks view says of an item (docs/assets/self-check/lazy/crosswalk.js STATUSES): a practice in place
# supports it, the plan would add one that does, the guide addresses it with practices neither in place nor
# planned, or nothing in the guide addresses it.
FRAMEWORK_STATUSES = ("supported", "added", "later", "unaddressed")
DAY = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"  # the widget also refuses a day no calendar has
HTTPS = "^https://[^\\s/?#]+[^\\s]*$"  # an https address with a host, no spaces


def evidence_schema() -> dict:
    """One answer's evidence (format_version 2): each field optional text; the widget refuses an empty entry."""
    most, longest = CONTRACT["evidence_max_length"], CONTRACT["evidence_link_max_length"]
    text = {"type": "string", "maxLength": most, "description": f"text of at most {most} characters"}
    day = {"type": "string", "pattern": DAY, "description": "a day as YYYY-MM-DD, like 2026-12-31"}
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "what": {**text, "description": f"what the evidence is, at most {most} characters"},
            "link": {
                "type": "string",
                "maxLength": longest,
                "pattern": HTTPS,
                "description": f"an https:// address of at most {longest} characters",
            },
            "owner": {**text, "description": f"who owns it, at most {most} characters"},
            "checked": {**day, "description": "the day it was last checked, as YYYY-MM-DD"},
            "review": {**day, "description": "the day it must be reviewed by, as YYYY-MM-DD"},
        },
        "description": "an object of what, link, owner, checked, review",
    }


def export_schema(site_url: str | None = None) -> dict:
    """The schema; ``$id`` is its published address when the build knows the site's (``site_url``)."""
    question_id = {"type": "string", "pattern": SLUG, "description": "a question id (lowercase letters, digits, -)"}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **({"$id": urljoin(site_url.rstrip("/") + "/", SCHEMA_PATH)} if site_url else {}),
        "title": "GenAIOps maturity self-check: exported answers",
        "$comment": "What Export answers saves and Import answers reads back. Only format, model and answers are "
        "needed; notes and team (the name the team roll-up shows) are optional; the result fields are for people who "
        "open the file, and import recomputes them. Each description says what a value should be: the self-check "
        "shows it when a file does not fit.",
        "description": "an answers file: an object with format, model and answers",
        "type": "object",
        "required": ["format", "model", "answers"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": CONTRACT["file_format"], "description": f'the text "{CONTRACT["file_format"]}"'},
            "format_version": {
                "const": CONTRACT["file_version"],
                "description": f"the file's revision, {CONTRACT['file_version']} (a file without it is of revision 1)",
            },
            "model": {
                "type": "string",
                "pattern": CONTRACT["version_pattern"],
                "description": "the questionnaire's version, like 2.1.0",
            },
            "answers": {
                "type": "object",
                "maxProperties": MAX_ENTRIES,
                "propertyNames": question_id,
                "additionalProperties": {
                    "type": "string",
                    "pattern": SLUG,
                    "description": "an answer id (lowercase letters, digits, -)",
                },
                "description": "an object of question id: answer id",
            },
            "notes": {
                "type": "object",
                "maxProperties": MAX_ENTRIES,
                "propertyNames": question_id,
                "additionalProperties": {
                    "type": "string",
                    "maxLength": CONTRACT["note_max_length"],
                    "description": f"a note of at most {CONTRACT['note_max_length']} characters",
                },
                "description": "an object of question id: note",
            },
            "evidence": {
                "type": "object",
                "maxProperties": MAX_ENTRIES,
                "propertyNames": question_id,
                "additionalProperties": evidence_schema(),
                "description": "an object of question id: evidence",
            },
            # Optional, so the files of every version before it still import; the team roll-up names a file by it.
            "team": {
                "type": "string",
                "maxLength": CONTRACT["team_max_length"],
                "description": f"a team or application name of at most {CONTRACT['team_max_length']} characters",
            },
            "score": {"type": ["integer", "null"], "minimum": 0, "description": "a whole number, or null"},
            "max": {"type": "integer", "minimum": 1, "description": "a whole number"},
            "level": {
                "type": "object",
                "required": ["number", "name"],
                "additionalProperties": False,
                "properties": {
                    "number": {"type": "integer", "minimum": 1, "description": "a level number"},
                    "name": {"type": "string", "maxLength": 200, "description": "a level name"},
                },
                "description": "the level reached: its number and name",
            },
            "reason": {"type": ["string", "null"], "maxLength": 50, "description": "a short reason id, or null"},
            # Optional, so files from before it still import; like the result fields, import never reads it.
            "frameworks": {
                "type": "object",
                "maxProperties": MAX_FRAMEWORKS,
                "propertyNames": {"type": "string", "pattern": SLUG, "description": "a framework id"},
                "additionalProperties": {
                    "type": "object",
                    "maxProperties": MAX_ENTRIES,
                    "propertyNames": {"type": "string", "maxLength": 100, "description": "a framework item's id"},
                    "additionalProperties": {
                        "type": "string",
                        "pattern": f"^(?:{'|'.join(FRAMEWORK_STATUSES)})$",
                        "description": "one of " + ", ".join(FRAMEWORK_STATUSES),
                    },
                    "description": "an object of item id: status",
                },
                "description": "the frameworks view of the result: framework id: {item id: status}",
            },
        },
    }
    return schema


def schema_json(site_url: str | None = None) -> str:
    return json.dumps(export_schema(site_url), ensure_ascii=False, indent=2) + "\n"
