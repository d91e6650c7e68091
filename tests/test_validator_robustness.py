"""The validator on hostile or unusual input: no hang, no traceback, one verdict, and editors' line ends."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from macros.assemble import check
from macros.load import schema
from macros.load.yaml_lines import MAX_DEPTH, load_text, walk
from tests.support import FIXTURES, ROOT, make_data

LAUGHS = FIXTURES / "bad" / "billion-laughs"


def test_billion_laughs_is_refused_in_under_a_second(tmp_path):
    """Nine nested aliases expand to 387 million values: refused from the parser's events, never expanded."""
    data = make_data(tmp_path, LAUGHS)
    start = time.perf_counter()
    _, problems = check(tmp_path)
    assert time.perf_counter() - start < 1.0
    assert [str(p) for p in problems] == (LAUGHS / "expected.txt").read_text().splitlines()
    # The command CI and `make check` run: bounded by a timeout, so a regression fails instead of hanging.
    result = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--data", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert result.returncode == 1 and "YAML anchor '&a'" in result.stdout


@pytest.mark.parametrize(
    "text",
    ["[" * 10000 + "]" * 10000, "{a: " * 10000 + "}" * 10000, "- " * 10000 + "x", "[" * 1_000_000],
    ids=["closed-brackets", "flow-mappings", "block-sequences", "a-million-brackets"],
)
def test_deep_nesting_is_refused_with_a_line_not_a_recursion_error(tmp_path, text):
    data = make_data(tmp_path)
    (data / "practices" / "ci-cd.yml").write_text(text)
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == [
        f"data/practices/ci-cd.yml:1: YAML nested more than {MAX_DEPTH} levels deep - data files need a few "
        "levels only: close the brackets ('[', '{') or flatten the structure"
    ]


def test_the_deepest_accepted_nesting_is_walked_and_schema_checked_without_recursion_errors(tmp_path):
    data = make_data(tmp_path)
    practice = data / "practices" / "ci-cd.yml"
    deepest = "[" * (MAX_DEPTH - 1) + "x" + "]" * (MAX_DEPTH - 1)  # inside the top mapping: MAX_DEPTH levels
    practice.write_text(practice.read_text().replace("related: [prompt-basics]", f"related: {deepest}"))
    assert len(list(walk(load_text(practice.read_text())))) > 10
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == [
        "data/practices/ci-cd.yml:15: 'related[0]' must be text, not a list (a lowercase slug: letters, digits and "
        "single hyphens, such as 'canary-releases')"
    ]


def _crlf_bom(path):
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))


def test_a_practice_saved_with_crlf_and_a_bom_validates(tmp_path):
    data = make_data(tmp_path)
    for path in (data / "practices").glob("*.yml"):
        _crlf_bom(path)
    _crlf_bom(data / "levels.yml")
    model, problems = check(tmp_path)
    assert problems == [] and len(model.practices) == 4


def test_crlf_and_a_bom_keep_line_numbers(tmp_path):
    case = FIXTURES / "bad" / "dangling"
    data = make_data(tmp_path, case)
    _crlf_bom(data / "practices" / "ci-cd.yml")
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == (case / "expected.txt").read_text().splitlines()


class _Says:
    """A stand-in for jsonschema-rs that gives one fixed verdict."""

    def __init__(self, valid: bool):
        self.valid = valid

    def is_valid(self, doc) -> bool:
        return self.valid


def _rs_says(monkeypatch, kind: str, valid: bool):
    real = schema.fast_validator_for
    monkeypatch.setattr(
        schema, "fast_validator_for", lambda k, d=schema.SCHEMA_DIR: _Says(valid) if k == kind else real(k, d)
    )


def test_rs_refusing_what_jsonschema_accepts_is_a_problem_not_a_pass(tmp_path, monkeypatch):
    make_data(tmp_path)
    _rs_says(monkeypatch, "areas", False)
    model, problems = check(tmp_path)
    assert model is None
    assert [str(p) for p in problems] == [
        "data/areas.yml:1: the two schema engines disagree: jsonschema-rs refuses the file but python-jsonschema "
        "finds no problem in it - report it as a validator bug"
    ]


def _depth(text: str) -> int:
    import yaml

    depth = deepest = 0
    for event in yaml.parse(text):
        depth += isinstance(event, yaml.CollectionStartEvent) - isinstance(event, yaml.CollectionEndEvent)
        deepest = max(deepest, depth)
    return deepest


def _holds_for(text: str) -> None:
    """Files whose bound is at most MAX_DEPTH skip the event scan, so the bound must hold for any YAML."""
    import yaml

    from macros.load.yaml_lines import _depth_bound

    try:
        deepest = _depth(text)
    except yaml.YAMLError:
        assume(False)  # not YAML: the loader refuses it anyway
    assert _depth_bound(text) >= deepest, text


@pytest.mark.parametrize(
    "text",
    [
        "".join(f"{'  ' * i}k{i}:\n" for i in range(30)) + "  " * 30 + "x",  # mappings, two columns a level
        "k0:\n" + "".join(f"{'  ' * i}- k{i + 1}:\n" for i in range(15)) + "  " * 15 + "- x",  # indentless
        "- " * 30 + "x",  # compact sequences on one line
        "? " * 5 + "x\n: - - y",  # explicit keys and a compact value
        "a: [b: [c: [d: {e: [f]}]]]",  # implicit pairs inside flow sequences
        (ROOT / "data" / "levels.yml").read_text(),
    ],
)
def test_the_cheap_depth_bound_never_undercounts_known_shapes(text):
    _holds_for(text)


# Any nesting of mappings, sequences and scalars, keys included (tuples become explicit '? ' keys).
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text("ab -:#[]{},?'\"\n", max_size=6))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(_SCALARS, st.tuples(_SCALARS, _SCALARS)), inner, max_size=3),
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=_VALUES,
    flow=st.sampled_from([False, True, None]),
    indent=st.integers(2, 9),
    width=st.integers(20, 200),
)
def test_the_cheap_depth_bound_never_undercounts_what_an_emitter_writes(value, flow, indent, width):
    """Every block, flow and mixed style PyYAML writes: indentless and compact sequences, explicit keys, tags."""
    import yaml

    _holds_for(yaml.dump(value, default_flow_style=flow, indent=indent, width=width, allow_unicode=True))


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(st.text(alphabet="[]{}-?:, \n\tab#'\"|>!&*", max_size=40))
def test_the_cheap_depth_bound_never_undercounts_any_text_that_parses(text):
    """Hand-written YAML goes where no emitter does: whatever of these characters parses must keep the bound."""
    _holds_for(text)
