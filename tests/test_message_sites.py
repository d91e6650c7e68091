"""Every message the validator can print is shown, with its exact text, by at least one bad fixture.

The message sites are found in the source with ``ast``: each ``Problem(...)``, ``loc.problem(...)`` and
``Refused(...)`` call, with its message followed back through local names, ``or``/``if`` choices, ``+`` and
the functions that return it. Each template becomes a regular expression (an f-string's fields match any
text) that some line of a fixture's expected.txt must match. A new message without a fixture fails here.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from pathlib import Path

import pytest

from macros.load.schema import HANDLED_KEYWORDS
from tests.support import FIXTURES, ROOT

MODULES = sorted([*(ROOT / "macros" / "load").glob("*.py"), *(ROOT / "macros" / "validate").glob("*.py")])
# Call name -> index of its message argument.
CALLS = {"Problem": 2, "problem": 1, "Refused": 1}
ANY = ".*?"
# Sites no data can trigger, each with where it is tested instead.
EXEMPT = {
    "the two schema engines disagree": "needs one engine monkeypatched: tests/test_validator_robustness.py",
}


def _functions() -> dict[str, tuple[ast.FunctionDef, dict]]:
    """Every module-level function of the scanned modules, with its module's constants."""
    found = {}
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            t.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                found[node.name] = (node, constants)
    return found


FUNCTIONS = _functions()


def _assigned(func: ast.FunctionDef, name: str) -> list[ast.expr]:
    values = []
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            values.append(node.value)
        elif isinstance(node, ast.NamedExpr) and node.target.id == name:
            values.append(node.value)
    return values


def _returns(func: ast.FunctionDef) -> list[ast.expr]:
    return [n.value for n in ast.walk(func) if isinstance(n, ast.Return) and n.value is not None]


def _field(value, func, constants, env) -> str:
    """An f-string field: the text of an argument the caller passed (``unknown_id(kind, ..., where)``), else any."""
    if isinstance(value, ast.Name) and value.id in env:
        options = _templates(value, func, constants, env=env)
        return f"(?:{'|'.join(options)})" if options else ANY
    return ANY


def _call(call: ast.Call, func, constants, env, seen) -> list[str]:
    """The texts a scanned function returns, its parameters bound to the caller's arguments."""
    name = call.func.id
    if name in seen:
        return [ANY]
    callee, callee_constants = FUNCTIONS[name]
    params = [a.arg for a in callee.args.args]
    bound = {p: (arg, func, constants, env) for p, arg in zip(params, call.args, strict=False)}
    return [t for r in _returns(callee) for t in _templates(r, callee, callee_constants, bound, seen | {name})]


def _templates(expr, func, constants: dict, env=None, seen: frozenset = frozenset()) -> list[str]:
    """The regular expressions for the texts ``expr`` can evaluate to (None is left out)."""
    env = env or {}
    again = lambda e: _templates(e, func, constants, env, seen)  # noqa: E731 - the same context, another node
    if isinstance(expr, ast.Constant):
        return [re.escape(expr.value)] if isinstance(expr.value, str) else []
    if isinstance(expr, ast.JoinedStr):
        parts = (
            re.escape(v.value) if isinstance(v, ast.Constant) else _field(v.value, func, constants, env)
            for v in expr.values
        )
        return ["".join(parts)]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return [a + b for a, b in itertools.product(again(expr.left), again(expr.right))]
    if isinstance(expr, ast.IfExp):
        return again(expr.body) + again(expr.orelse)
    if isinstance(expr, ast.BoolOp):
        return [t for v in expr.values for t in again(v)]
    if isinstance(expr, ast.Name):
        if expr.id in env:
            arg, caller, caller_constants, caller_env = env[expr.id]
            return _templates(arg, caller, caller_constants, caller_env, seen) or [ANY]
        values = _assigned(func, expr.id) or ([constants[expr.id]] if expr.id in constants else [])
        return [t for v in values for t in again(v)] or [ANY]
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in FUNCTIONS:
        return _call(expr, func, constants, env, seen)
    return [ANY]  # an attribute or argument: text made elsewhere


def _call_name(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def message_sites() -> list[tuple[str, str]]:
    """(where, regular expression) of every message template in macros/load and macros/validate."""
    sites = []
    for name, (func, constants) in FUNCTIONS.items():
        for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
            index = CALLS.get(_call_name(call))
            if index is None or len(call.args) <= index:
                continue
            for template in dict.fromkeys(_templates(call.args[index], func, constants)):
                # A template with no words of its own passes on a message made elsewhere (and scanned there).
                if re.search(r"[A-Za-z]{3}", template.replace(ANY, " ")):
                    sites.append((f"{name}():{call.lineno}", template))
    return sites


def _expected_lines() -> list[str]:
    return [
        line
        for folder in ("bad", "selfcheck")
        for path in sorted((FIXTURES / folder).glob("*/expected.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_the_scan_finds_the_validators_messages():
    sites = message_sites()
    assert len(sites) > 60
    texts = [t.replace("\\", "") for _, t in sites]
    assert any(t.startswith("unknown ") for t in texts) and any("tab character" in t for t in texts)


def test_every_message_is_triggered_by_a_fixture():
    lines = _expected_lines()
    untested = [
        f"{where}: {template}"
        for where, template in message_sites()
        if not any(key in template.replace("\\", "") for key in EXEMPT)
        and not any(re.fullmatch(r"\S+:\d+: " + template, line) for line in lines)
    ]
    assert untested == [], "messages no fixture's expected.txt shows:\n" + "\n".join(untested)


@pytest.mark.parametrize("key", EXEMPT)
def test_each_exempt_message_is_still_a_message_site(key):
    assert any(key in template.replace("\\", "") for _, template in message_sites())


def _keywords(schema) -> set[str]:
    """The keywords a schema uses: its own keys, and those of every subschema (under properties, $defs, items)."""
    if not isinstance(schema, dict):
        return set()
    used = set(schema) - {"properties", "$defs"}
    for group in ("properties", "$defs"):
        for sub in schema.get(group, {}).values():
            used |= _keywords(sub)
    return used | _keywords(schema.get("items"))


def test_every_schema_keyword_has_its_own_message():
    """The generic message at the end of schema._message is reached only by a keyword the schemas do not use."""
    used = set()
    for path in (ROOT / "data" / "schema").glob("*.schema.json"):
        used |= _keywords(json.loads(path.read_text()))
    annotations = {"$schema", "$ref", "title", "description", "items", "format"}  # format is not asserted
    assert used - annotations - HANDLED_KEYWORDS == set()


def test_module_list_is_not_empty():
    assert all(isinstance(p, Path) and p.is_file() for p in MODULES) and MODULES
