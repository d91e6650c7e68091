"""What a YAML syntax error means for the common mistakes, with the fix beside it.

PyYAML reports what its parser expected ("did not find expected key"), which says little to someone who
pressed Tab or wrote a colon in a sentence. Each hint is recognised from PyYAML's problem text together with
the offending line, so an unrelated error that shares the problem text keeps PyYAML's own words.
"""

from __future__ import annotations

import json

import yaml

PREFIX = "YAML syntax error: "


def _line(text: str, index: int) -> str:
    lines = text.splitlines()
    return lines[index] if 0 <= index < len(lines) else ""


def _tab(problem: str, line: str, column: int) -> str | None:
    # libyaml: "found character that cannot start any token" or "found a tab character that violates indentation".
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    if "\t" in indent and ("tab" in problem or "cannot start any token" in problem):
        return "found a tab character where indentation is expected - indent with spaces, not tabs"
    return None


def _quoted(line: str) -> str:
    """The line with its text in double quotes: the whole item after '- ', else the value after 'key: '."""
    stripped = line.strip()
    if stripped.startswith("- "):
        lead, value = "- ", stripped[2:]
    else:
        key, _, value = stripped.partition(": ")
        lead = f"{key}: "
    return lead + json.dumps(value.strip(), ensure_ascii=False)  # JSON's escapes are valid in YAML's "..."


def _colon(problem: str, line: str, column: int) -> str | None:
    # A second ': ' on a line that already has one: the text was cut into a key and a value.
    if problem.startswith("mapping values are not allowed") and ": " in line[:column]:
        return f"a ': ' inside unquoted text - put the text in quotes: {_quoted(line)}"
    return None


def _dash_above(text: str, index: int) -> int | None:
    """The indentation of the nearest list item above line ``index`` (0-based), if any."""
    for above in reversed(text.splitlines()[:index]):
        if above.lstrip().startswith("-"):
            return len(above) - len(above.lstrip(" "))
    return None


def _list_item(problem: str, line: str, text: str, index: int) -> str | None:
    expected = ("did not find expected key", "did not find expected '-' indicator")
    above = _dash_above(text, index)
    if problem not in expected or not line.lstrip().startswith("-") or above is None:
        return None
    spaces = len(line) - len(line.lstrip(" "))
    return (
        f"this list item is indented {spaces} space{'' if spaces == 1 else 's'}, the item above it {above} - "
        "align its '-' with the '-' above"
    )


def syntax_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    """The message for a YAML syntax error: a hint for a common mistake, else PyYAML's own words."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or str(exc)
    if mark is not None:
        line = _line(text, mark.line)
        hint = (
            _tab(problem, line, mark.column)
            or _colon(problem, line, mark.column)
            or _list_item(problem, line, text, mark.line)
        )
        if hint:
            return PREFIX + hint
    return PREFIX + problem


def control_message(exc: yaml.reader.ReaderError) -> str:
    """A control character (often pasted from a terminal or a PDF) that YAML does not allow in text."""
    code = exc.character if isinstance(exc.character, int) else ord(exc.character)
    return f"{PREFIX}control character U+{code:04X} is not allowed in a data file - delete it"
