"""JSON Schema validation with messages that say what is allowed, at the line where it went wrong."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import jsonschema_rs

from ..paths import SCHEMA_DIR
from ..problems import Problem

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "array": "a list",
    "object": "a mapping of keys",
    "number": "a number",
    "boolean": "true or false",
}


@cache
def validator_for(kind: str, schema_dir: Path = SCHEMA_DIR) -> Draft202012Validator:
    """Compiled once per kind: compiling per file would dominate validation time at scale."""
    # Imported here: only invalid files need it, and importing it cost every build 0.1 s.
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry = Registry()
    for path in schema_dir.glob("*.schema.json"):
        registry = registry.with_resource(
            path.name, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012)
        )
    schema = registry.contents(f"{kind}.schema.json")
    return Draft202012Validator(schema, registry=registry)


@cache
def fast_validator_for(kind: str, schema_dir: Path = SCHEMA_DIR):
    """The same schemas compiled by jsonschema-rs, which only answers "valid or not", about 100x faster.

    Profiling 1,000 practices and 10,000 references showed the pure-Python walk of valid documents taking
    1.4 s of a 2.8 s check; most files are valid, so only the invalid ones need the slow walk for messages.
    """
    resources = [
        (f"json-schema:///{path.name}", json.loads(path.read_text())) for path in schema_dir.glob("*.schema.json")
    ]
    schema = json.loads((schema_dir / f"{kind}.schema.json").read_text())
    return jsonschema_rs.validator_for(schema, registry=jsonschema_rs.Registry(resources), offline=True)


def _where(doc, path) -> tuple[int, str]:
    """Line and dotted name of the value at ``path`` (the nearest line known)."""
    node, line, name = doc, getattr(doc, "line", 1) or 1, ""
    for step in path:
        if hasattr(node, "line_of"):
            line = node.line_of(step)
        name += f"[{step}]" if isinstance(step, int) else (f".{step}" if name else str(step))
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    return line, name


def _type_name(value) -> str:
    for schema_type, py in (
        ("boolean", bool),
        ("integer", int),
        ("number", float),
        ("string", str),
        ("array", list),
        ("object", dict),
    ):
        if isinstance(value, py):
            return _TYPE_NAMES[schema_type]
    return "nothing" if value is None else type(value).__name__


def _s(n: int) -> str:
    return "" if n == 1 else "s"


# Every keyword the schemas use has its own message in _message or _per_key; a test keeps this true, so the
# generic message at the end of _message is only a safety net.
HANDLED_KEYWORDS = {"type", "enum", "pattern", "minimum", "maximum", "minItems", "maxItems", "minLength"}
HANDLED_KEYWORDS |= {"uniqueItems", "required", "additionalProperties"}


def _message(error, name: str) -> str:
    kw, schema, inst = error.validator, error.schema, error.instance
    what = f"'{name}'" if name else "the file"
    hint = schema.get("description")
    if kw == "type":
        want = error.validator_value
        want = " or ".join(_TYPE_NAMES.get(t, t) for t in (want if isinstance(want, list) else [want]))
        return f"{what} must be {want}, not {_type_name(inst)}" + (f" ({hint})" if hint else "")
    if kw == "enum":
        return f"{what} is '{inst}' - expected one of: {', '.join(map(str, error.validator_value))}"
    if kw == "pattern":
        return f"{what} is '{inst}' - expected {hint or 'text matching ' + error.validator_value}"
    if kw in ("minimum", "maximum"):
        return f"{what} is {inst} - expected {hint or ('at least ' if kw == 'minimum' else 'at most ') + str(error.validator_value)}"
    if kw in ("minItems", "maxItems"):
        n = error.validator_value
        bound = "at least" if kw == "minItems" else "at most"
        return f"{what} lists {len(inst)} item{_s(len(inst))} - it must list {bound} {n} item{_s(n)}"
    if kw == "minLength":
        return f"{what} must not be empty"
    if kw == "uniqueItems":
        return f"{what} lists the same id more than once - each id may appear once"
    return f"{what}: {error.message}"


def _unknown_keys(error, doc, path: str) -> list[tuple[Problem, tuple]]:
    at, props = tuple(error.absolute_path), error.schema.get("properties", {})
    found = []
    for key in sorted(set(error.instance) - set(props), key=str):
        line, name = _where(doc, [*at, key])
        found.append((Problem(path, line, f"unknown key '{name}' - allowed keys: {', '.join(props)}"), (*at, key)))
    return found


def _missing_keys(error, doc, path: str) -> list[tuple[Problem, tuple]]:
    at, required = tuple(error.absolute_path), error.validator_value
    line, name = _where(doc, at)
    what = f"'{name}'" if name else "the file"
    return [
        (
            Problem(path, line, f"missing required key '{key}' in {what} - required keys: {', '.join(required)}"),
            (*at, key),
        )
        for key in required
        if key not in error.instance
    ]


def _per_key(error, doc, path: str) -> list[tuple[Problem, tuple]]:
    """One problem per unknown or missing key, each blamed on that key so the rest of the record stays usable."""
    return (_unknown_keys if error.validator == "additionalProperties" else _missing_keys)(error, doc, path)


def explain(kind: str, path: str, doc, schema_dir: Path = SCHEMA_DIR) -> list[tuple[Problem, tuple]]:
    """python-jsonschema's errors, each as a message at its line with the JSON path it concerns."""
    problems = []
    for error in validator_for(kind, schema_dir).iter_errors(doc):
        if error.validator in ("additionalProperties", "required"):
            problems.extend(_per_key(error, doc, path))
            continue
        line, name = _where(doc, error.absolute_path)
        problems.append((Problem(path, line, _message(error, name)), tuple(error.absolute_path)))
    # jsonschema reports one 'required' error per missing key; each names every missing key, so keep one of each.
    return list(dict.fromkeys(problems))


def _disagreement(path: str) -> Problem:
    told = "jsonschema-rs refuses the file but python-jsonschema finds no problem in it"
    return Problem(path, 1, f"the two schema engines disagree: {told} - report it as a validator bug")


def schema_problems(kind: str, path: str, doc, schema_dir: Path = SCHEMA_DIR) -> list[tuple[Problem, tuple]]:
    """Each problem with the JSON path of the value it concerns, so callers can drop just the bad record.

    jsonschema-rs gives the verdict, python-jsonschema the messages of the files it refuses, the same way on
    every machine. Should python-jsonschema find nothing to say, the file is still refused, with a problem at
    line 1. That the two agree on the files they both see is a test (tests/test_schema_engines.py), run on the
    data and every fixture: checking each valid file twice here would cost 2.5 times the time at 1,000 practices.
    """
    if fast_validator_for(kind, schema_dir).is_valid(doc):
        return []
    return explain(kind, path, doc, schema_dir) or [(_disagreement(path), ())]
