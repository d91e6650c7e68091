"""Rules of the tools catalog and the practices' worked examples: links where a reader needs one, code that parses."""

from __future__ import annotations

import json

import yaml

from ..load.context import Context
from ..load.yaml_lines import MAX_DEPTH
from ..problems import Problem


def tool_urls(ctx: Context):
    """Readers can look up every tool that is not an Azure service (the schema's pattern checks the url itself)."""
    for t in ctx.tools:
        if t.url is None and t.kind != "azure":
            yield t.loc.problem(
                None,
                f"tool '{t.id}' is kind '{t.kind}' and has no url "
                "- add url: https://... where readers can find it (only Azure services may go without)",
            )


MAX_EXAMPLE_LINES = 40
# The languages whose code must parse here, with the standard library only; the slower checks that need the
# dev tools (workflow schemas, KQL, bash) run in tests/test_examples_run.py.
_LANGUAGE_NAMES = {"yaml": "YAML", "json": "JSON", "jsonl": "JSON Lines", "python": "Python"}
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_error(code: str) -> tuple[int, str] | None:
    """Where and why a YAML example does not parse. Every document counts (a Kubernetes file may hold several,
    split by ``---``). Anchors and aliases are fine in an example, which is parsed but never walked; nesting is
    bounded as in data files, so no example can exhaust the parser's stack."""
    depth = 0
    try:
        for event in yaml.parse(code, Loader=_SafeLoader):
            depth += isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent))
            depth -= isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent))
            if depth > MAX_DEPTH:
                return event.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep"
        for _ in yaml.load_all(code, Loader=_SafeLoader):  # noqa: S506 - a safe loader
            pass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        return (mark.line + 1 if mark else 1), getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return None


def _python_error(code: str) -> tuple[int, str] | None:
    """Where and why a Python example does not compile, as py_compile would report it. Compiling never runs
    the code: imports are not resolved, so an example may use packages this project does not install."""
    try:
        compile(code, "<example>", "exec", dont_inherit=True)
    except SyntaxError as exc:  # IndentationError and TabError are SyntaxErrors too
        return exc.lineno or 1, exc.msg
    except (ValueError, RecursionError, MemoryError) as exc:  # a NUL byte, or nesting past the compiler's limit
        return 1, str(exc) or type(exc).__name__
    return None


def _parse_error(language: str, code: str) -> tuple[int, str] | None:
    """Where (1-based line of the code) and why a YAML, JSON, JSON Lines or Python example does not parse; None if
    it does."""
    if language == "yaml":
        return _yaml_error(code)
    if language == "python":
        return _python_error(code)
    lines = code.splitlines() if language == "jsonl" else [code]
    for i, text in enumerate(lines):
        if language == "jsonl" and not text.strip():
            return i + 1, "empty line - each line of JSON Lines holds one JSON value"
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            return (i + 1 if language == "jsonl" else exc.lineno), f"{exc.msg} (column {exc.colno})"
        except RecursionError:
            return i + 1, "nested too deeply"
    return None


def well_formed_examples(ctx: Context):
    """An example a team copies must work: YAML, JSON, each JSON Lines line and Python parse, and the block stays
    short."""
    for p in ctx.practices:
        for i, ex in enumerate(p.examples, 1):
            where = f"example {i} of practice '{p.id}' ('{ex.title}')"
            count = len(ex.code.splitlines())
            if count > MAX_EXAMPLE_LINES:
                yield Problem(
                    p.loc.path,
                    ex.line,
                    f"{where} has {count} lines of code - keep an example to {MAX_EXAMPLE_LINES} lines or fewer "
                    "so readers can take it in at a glance",
                )
            found = _parse_error(ex.language, ex.code) if ex.language in _LANGUAGE_NAMES else None
            if found:
                line, reason = found
                yield Problem(
                    p.loc.path,
                    ex.code_line + line - 1,
                    f"{where} is not valid {_LANGUAGE_NAMES[ex.language]} at line {line} of its code: {reason} "
                    f"- fix the code, or set the language it is written in",
                )
