"""The calendar rules on the real data: a retired tool or model version is refused once its date has passed,
judged against data/model.yml's reviewed as_of unless a day (and a look-ahead) is given, as the scheduled check does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta

import pytest

from macros.assemble import check, load_model
from tests.support import ROOT

MODEL = load_model(ROOT)


@pytest.fixture()
def data(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def _day_before(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def test_the_reviewed_date_is_the_default_and_the_data_passes_on_it():
    as_of = (ROOT / "data" / "model.yml").read_text().split("\nas_of: ", 1)[1].split()[0]
    assert check(ROOT)[1] == [] and check(ROOT, today=as_of)[1] == []


def _about(problems, text: str) -> list[str]:
    """The problems that name ``text`` (other dates in the data may pass on the same day)."""
    return [str(p) for p in problems if text in p.message]


def test_a_practice_citing_a_tool_past_its_retirement_is_refused_with_the_successor(data):
    tool = next(t for t in MODEL.tools if t.retires_on and t.successor)
    successor = MODEL.tool_by_id[tool.successor]
    practice = MODEL.practices[0]
    path = data / practice.loc.path
    text = path.read_text()
    path.write_text(text.replace("\ntools:\n", f"\ntools:\n  - tool: {tool.id}\n", 1))
    line = text.splitlines().index("tools:") + 2
    named = f"tool '{tool.id}'"
    assert _about(check(data)[1], named) == []  # on the reviewed date it may still be cited
    assert _about(check(data, today=_day_before(tool.retires_on))[1], named) == []
    assert _about(check(data, today=tool.retires_on)[1], named) == [
        f"{practice.loc.path}:{line}: practice '{practice.id}' cites tool '{tool.id}', which retired on "
        f"{tool.retires_on} (today, {tool.retires_on}) - cite its successor '{successor.id}' ({successor.name}) instead"
    ]
    # the scheduled check sees it coming: the same citation, that many days ahead
    ahead = 30
    before = (date.fromisoformat(tool.retires_on) - timedelta(days=ahead)).isoformat()
    (seen,) = _about(check(data, today=before, look_ahead=ahead)[1], named)
    assert f"which retires on {tool.retires_on} (within {ahead} days of {before})" in seen


def test_examples_pinning_a_model_version_are_refused_once_it_retires(data):
    pinned = [
        v
        for v in MODEL.model_versions
        if any(
            f"{v.family}-{v.version}" in ex.code or f'{v.family}, version: "{v.version}"' in ex.code
            for p in MODEL.practices
            for ex in p.examples
        )
    ]
    assert pinned, "no example pins a declared model version: the rule has nothing to prove here"
    for version in pinned:
        named = f"pins {version.family} version {version.version}, which"
        assert _about(check(data, today=_day_before(version.retires_on))[1], named) == []
        refused = _about(check(data, today=version.retires_on)[1], named)
        assert refused and all(
            line.startswith("data/practices/") and f"retired on {version.retires_on}" in line for line in refused
        )


def test_an_undeclared_version_of_a_declared_family_is_refused(data):
    version = MODEL.model_versions[0]
    practice = next(p for p in MODEL.practices if p.examples)
    path = data / practice.loc.path
    lines = path.read_text().splitlines(keepends=True)
    code_line = practice.examples[0].code_line
    indent = lines[code_line - 1][: len(lines[code_line - 1]) - len(lines[code_line - 1].lstrip())]
    lines.insert(code_line - 1, f"{indent}# {version.family}-1999-01-01\n")
    path.write_text("".join(lines))
    _, problems = check(data)
    assert [
        (
            p.line,
            "pins " + version.family + " version 1999-01-01, which data/model_versions.yml does not declare"
            in p.message,
        )
        for p in problems
    ] == [(code_line, True)]


def test_the_cli_takes_a_day_and_refuses_one_that_is_not_a_date():
    done = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--today", "2026-02-30"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 2 and "'2026-02-30' is not a date - expected YYYY-MM-DD" in done.stderr
