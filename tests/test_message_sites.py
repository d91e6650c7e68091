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

MODULES = sorted(
    [*(ROOT / "macros" / "load").glob("*.py"), *(ROOT / "macros" / "validate").glob("*.py")]
    + [ROOT / "macros" / "i18n" / "messages.py"]  # the translated catalogs' problems, which the loader reports
)
# Call name -> index of its message argument.
CALLS = {"Problem": 2, "problem": 1, "Refused": 1}
ANY = ".*?"
# Sites no data can trigger, each with where it is tested instead.
EXEMPT = {
    "the two schema engines disagree": "needs one engine monkeypatched: tests/test_validator_robustness.py",
}


def _module(path: Path) -> str:
    """The dotted name of a scanned module: macros/validate/rules.py is macros.validate.rules."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.ImportFrom, path: Path) -> dict[str, str]:
    """Local name -> qualified name of what a ``from ... import`` brings in (relative imports resolved)."""
    package = _module(path).split(".") if path.name == "__init__.py" else _module(path).split(".")[:-1]
    base = ".".join([*package[: len(package) - node.level + 1], *([node.module] if node.module else [])])
    base = base if node.level else node.module or ""
    return {alias.asname or alias.name: f"{base}.{alias.name}" for alias in node.names}


def _functions() -> tuple[dict[str, tuple[ast.FunctionDef, dict]], dict[ast.FunctionDef, dict[str, str]]]:
    """Every module-level function of the scanned modules by qualified name (two modules' ``_line`` stay two), with
    its module's constants; and, for each function, what its module's names mean (own functions and imports)."""
    found, scopes = {}, {}
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = _module(path)
        constants = {
            t.id: node.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        scope = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                scope.update(_imported(node, path))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                scope[node.name] = f"{module}.{node.name}"
                found[scope[node.name]] = (node, constants)
                scopes[node] = scope
    return found, scopes


FUNCTIONS, SCOPES = _functions()


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
    name = SCOPES[func][call.func.id]
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
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and SCOPES[func].get(expr.func.id) in FUNCTIONS:
        return _call(expr, func, constants, env, seen)
    return [ANY]  # an attribute or argument: text made elsewhere


def _call_name(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _message_calls():
    """(qualified function, call) of every call that makes a message in a scanned module-level function."""
    for name, (func, _) in FUNCTIONS.items():
        for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)):
            index = CALLS.get(_call_name(call))
            if index is not None and len(call.args) > index:
                yield name, call


def message_sites() -> list[tuple[str, str]]:
    """(where, regular expression) of every message template in macros/load and macros/validate."""
    sites = []
    for name, call in _message_calls():
        func, constants = FUNCTIONS[name]
        for template in dict.fromkeys(_templates(call.args[CALLS[_call_name(call)]], func, constants)):
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


def test_the_scan_reaches_every_call_that_makes_a_message():
    """Every ``Problem(``, ``.problem(`` and ``Refused(`` in the source, found as text, is one the scan follows: a call
    at module level or in a nested function would be missed, and so would its message."""
    in_text = set()
    for path in MODULES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![\w.])(?:Problem|Refused)\(|\.problem\(", line) and not line.lstrip().startswith(
                ("class ", "def ", "#")
            ):
                in_text.add((_module(path), number))
    scanned = {(name.rsplit(".", 1)[0], call.lineno) for name, call in _message_calls()}
    assert in_text - scanned == set()


def test_functions_are_told_apart_by_module():
    """Two modules may each have a helper of one name (``_line``): each call follows its own module's."""
    by_name: dict[str, list[str]] = {}
    for qualified in FUNCTIONS:
        by_name.setdefault(qualified.rsplit(".", 1)[1], []).append(qualified)
    defined = sum(isinstance(n, ast.FunctionDef) for path in MODULES for n in ast.parse(path.read_text()).body)
    assert len(FUNCTIONS) == defined  # none hides another
    followed = 0
    for qualified, (func, _) in FUNCTIONS.items():
        module = qualified.rsplit(".", 1)[0]
        for call in (n for n in ast.walk(func) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)):
            if f"{module}.{call.func.id}" in FUNCTIONS:
                assert SCOPES[func][call.func.id] == f"{module}.{call.func.id}", (qualified, call.lineno)
                followed += len(by_name[call.func.id]) > 1
    shared = sorted(name for name, where in by_name.items() if len(where) > 1)
    assert not shared or followed, f"{shared}: defined in several modules, and no call to one was checked"


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
