"""Each validator rule on a small bad fixture: the exact `path:line: message` a contributor sees."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from macros.assemble import check
from tests.support import FIXTURES, ROOT, make_data

BAD = sorted(p.name for p in (FIXTURES / "bad").iterdir() if p.is_dir())


def test_minimal_fixture_is_valid(tmp_path):
    make_data(tmp_path)
    model, problems = check(tmp_path)
    assert problems == []
    assert [lv.name for lv in model.levels] == ["Initial", "Defined", "Managed", "Optimized"]


def make_case(tmp: Path, case: Path) -> Path:
    """The minimal data with a bad fixture on top. An overlay cannot delete a file, so a fixture's ``.remove``
    lists the data files to take away (being a dotfile, the loader would skip it anyway)."""
    data = make_data(tmp, case)
    remove = data / ".remove"
    if remove.is_file():
        for name in remove.read_text().split():
            (data / name).unlink()
        remove.unlink()
    return data


def expected_lines(case: Path) -> list[str]:
    # A message that names the day of the run ("expected today (...) or earlier") is written with {today}.
    return (case / "expected.txt").read_text(encoding="utf-8").replace("{today}", date.today().isoformat()).splitlines()


@pytest.mark.parametrize("case", BAD)
def test_bad_fixture_reports_exact_messages(tmp_path, case):
    make_case(tmp_path, FIXTURES / "bad" / case)
    model, problems = check(tmp_path)
    assert model is None
    assert [str(p) for p in problems] == expected_lines(FIXTURES / "bad" / case)


def test_every_problem_is_reported_in_one_run(tmp_path):
    """Several broken files at once: the contributor sees all of them, not just the first."""
    cases = ["dangling", "http-url", "markup", "band-gap"]
    make_data(tmp_path, *(FIXTURES / "bad" / c for c in cases))
    _, problems = check(tmp_path)
    expected = sorted(line for c in cases for line in (FIXTURES / "bad" / c / "expected.txt").read_text().splitlines())
    assert sorted(str(p) for p in problems) == expected


def _cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "macros", "check", *args], cwd=cwd, capture_output=True, text=True)


def test_cli_exits_1_and_prints_one_line_per_problem(tmp_path):
    data = make_data(tmp_path, FIXTURES / "bad" / "dangling", FIXTURES / "bad" / "http-url")
    result = _cli("--data", str(data))
    assert result.returncode == 1
    expected = expected_lines(FIXTURES / "bad" / "dangling") + expected_lines(FIXTURES / "bad" / "http-url")
    assert sorted(result.stdout.splitlines()) == sorted(f"{data}/{line.removeprefix('data/')}" for line in expected)
    assert result.stderr.strip() == f"{len(expected)} problems found"


def test_cli_github_format_annotates_file_and_line(tmp_path):
    data = make_data(tmp_path, FIXTURES / "bad" / "http-url")
    result = _cli("--data", str(data), "--format", "github")
    assert result.returncode == 1
    assert result.stdout.strip().startswith("::error file=")
    assert ",line=4::url of reference 'guide' is 'http://example.org/guide'" in result.stdout


def test_cli_success_prints_a_single_summary_line(tmp_path):
    data = make_data(tmp_path)
    result = _cli("--data", str(data))
    assert result.returncode == 0, result.stdout
    (line,) = result.stdout.splitlines()
    assert line.startswith("OK: model 1.0.0: 4 levels, 2 areas, 4 practices, 2 references")


def test_duplicate_yaml_keys_are_rejected_not_silently_merged(tmp_path):
    data = make_data(tmp_path)
    text = (
        (data / "areas.yml")
        .read_text()
        .replace("    summary: Shipping changes.", "    summary: Shipping changes.\n    name: Again")
    )
    (data / "areas.yml").write_text(text)
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == [
        "data/areas.yml:5: YAML syntax error: duplicate key 'name' (each key may appear once in a mapping)"
    ]


def test_missing_data_file_is_named(tmp_path):
    data = make_data(tmp_path)
    (data / "comparison.yml").unlink()
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == ["data/comparison.yml:1: missing data file: the model needs comparison.yml"]


def test_a_broken_practice_does_not_cascade_into_dangling_errors(tmp_path):
    """ci-cd.yml is unreadable, yet the practice that lists it as related reports nothing more."""
    make_data(tmp_path, FIXTURES / "bad" / "yaml-syntax")
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == expected_lines(FIXTURES / "bad" / "yaml-syntax")
    assert [p.path for p in problems] == ["data/practices/ci-cd.yml"]


def test_a_missing_areas_file_is_one_problem_not_one_per_practice(tmp_path):
    data = make_data(tmp_path)
    (data / "areas.yml").unlink()
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == ["data/areas.yml:1: missing data file: the model needs areas.yml"]
