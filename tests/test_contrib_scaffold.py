"""`make new-practice`: the file it writes, what it refuses, and the path from scaffold to a built page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from macros.assemble import check
from macros.load.yaml_lines import load_text
from tests.support import ROOT, build_site, fill_practice, make_data
from tools.scaffold import render

SCHEMA = json.loads((ROOT / "data" / "schema" / "genaiops.schema.json").read_text())["$defs"]


def _new(data: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tools", "new-practice", "--data", str(data), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


@pytest.mark.build
def test_scaffold_to_built_page(tmp_path):
    """Scaffold, see what is left to write with file:line, fill it in, pass the check, build the page."""
    data = make_data(tmp_path)
    made = _new(data, "--id", "canary-releases", "--area", "delivery", "--level", "3")
    assert made.returncode == 0, made.stderr
    path = data / "practices" / "canary-releases.yml"
    assert path.read_text().startswith("# yaml-language-server: $schema=../schema/practice.schema.json\n")
    assert "replace every TODO" in made.stdout and "make check" in made.stdout

    _, problems = check(tmp_path, data)
    lines = path.read_text().splitlines()
    assert {p.path for p in problems} == {"data/practices/canary-releases.yml"}  # nothing else in the model is affected
    unasked = [p for p in problems if "assessed by no self-check question" in p.message]
    assert [p.line for p in unasked] == [lines.index("id: canary-releases") + 1]  # the practice needs a question too
    problems = [p for p in problems if p not in unasked]
    named = {p.message.split("'")[1]: p for p in problems}
    assert set(named) == {
        "title",
        "summary",
        "why",
        "steps[0]",
        "steps[1]",
        "steps[2]",
        "tools[0].tool",
        "tools[0].note",
        "tools[1].tool",
        "examples[0].title",
        "examples[0].code",
        "signals[0]",
        "signals[1]",
        "pitfalls[0]",
        "pitfalls[1]",
        "related[0]",
        "references[0]",
    }
    assert len(problems) == len(named)
    for name, problem in named.items():  # each line shown is the one to edit: the field's key or its TODO item
        keys = {name.split("[")[0].split(".")[-1], name.rsplit(".", 1)[-1].split("[")[0]}  # list and field
        line = lines[problem.line - 1]
        assert any(key in line for key in keys) or "TODO" in line, (name, line)
    assert named["references[0]"].message == (
        "'references[0]' is the template's placeholder id 'todo' - replace it with a reference id from data/references.yml"
    )
    assert named["summary"].message == (
        "'summary' still holds the template's placeholder "
        '"TODO: one sentence saying what the practice is." - replace it with real text'
    )

    path.write_text(fill_practice(path.read_text(), "Canary releases", "monitoring", "guide"))
    questions = data / "questionnaire.yml"  # the monitoring question (level 3) now also asks about it
    questions.write_text(
        questions.read_text().replace("practices: [monitoring]", "practices: [monitoring, canary-releases]", 1)
    )
    model, problems = check(tmp_path, data)
    assert problems == []
    practice = model.practice_by_id["canary-releases"]
    assert (practice.area, practice.level) == ("delivery", 3)

    site = tmp_path / "site"
    built = build_site(site, data)
    assert built.returncode == 0, built.stderr[-3000:]
    page = site / "practices" / "canary-releases" / "index.html"
    assert page.is_file()
    # In the navigation of its neighbours in the same area (ci-cd is the other delivery practice).
    neighbour = (site / "practices" / "ci-cd" / "index.html").read_text()
    assert re.search(
        r'<a href="\.\./canary-releases/" class="md-nav__link">\s*<span class="md-ellipsis">\s*Canary releases',
        neighbour,
    )


def test_template_explains_every_field_of_a_practice(tmp_path):
    data = make_data(tmp_path)
    lines = render("explained", "delivery", "2", data).splitlines()
    for field in SCHEMA["practice"]["properties"]:
        at = next((i for i, line in enumerate(lines) if line.startswith(f"{field}:")), None)
        assert at is not None, f"the template has no '{field}:'"
        assert lines[at - 1].startswith("#"), f"'{field}' has no comment right above it"
        assert any(line.startswith(f"# {field}:") for line in lines[:at]), f"no '# {field}: ...' explanation"
    text = "\n".join(lines)
    # The allowed values come from the data and the schema, not from a copy in the template.
    assert "an id from data/areas.yml: delivery, operations." in text
    assert '# 2 is "Defined"' in text
    assert "each a tool id from data/tools.yml" in text
    assert "# note: optional" in text


def test_written_file_keeps_the_schema_shape(tmp_path):
    """Only TODO text stands between the scaffold and a valid practice: no schema problem at all."""
    data = make_data(tmp_path)
    assert _new(data, "--id", "shape", "--area", "operations", "--level", "2").returncode == 0
    doc = load_text((data / "practices" / "shape.yml").read_text())
    assert list(doc) == list(SCHEMA["practice"]["required"])
    assert doc["id"] == "shape" and doc["area"] == "operations" and doc["level"] == 2
    assert (
        '# 2 is "Defined"; the levels are described in data/levels.yml.'
        in (data / "practices" / "shape.yml").read_text()
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id", "ci-cd", "--area", "delivery", "--level", "2"], "a practice with id 'ci-cd' already exists"),
        (
            ["--id", "Canary_Releases", "--area", "delivery", "--level", "2"],
            "id 'Canary_Releases' is not a lowercase slug",
        ),
        (
            ["--id", "canary--releases", "--area", "delivery", "--level", "2"],
            "id 'canary--releases' is not a lowercase slug",
        ),
        (["--id", "todo", "--area", "delivery", "--level", "2"], "id 'todo' is reserved"),
        (
            ["--id", "canary", "--area", "delivry", "--level", "2"],
            "unknown area 'delivry' - expected one of: delivery, operations",
        ),
        (["--id", "canary", "--area", "delivery", "--level", "5"], "level 5 is outside 2-4"),
        (["--id", "canary", "--area", "delivery", "--level", "0"], "level 0 is outside 2-4"),
        (
            ["--id", "canary", "--area", "delivery", "--level", "two"],
            "level 'two' is not a whole number - expected 2-4",
        ),
    ],
)
def test_refusals_exit_2_with_what_is_allowed(tmp_path, args, message):
    data = make_data(tmp_path)
    before = sorted(p.name for p in (data / "practices").iterdir())
    done = _new(data, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert sorted(p.name for p in (data / "practices").iterdir()) == before  # nothing written


def test_every_refusal_is_reported_at_once(tmp_path):
    data = make_data(tmp_path)
    done = _new(data, "--id", "Bad Id", "--area", "nowhere", "--level", "9")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 3


def test_existing_file_is_never_overwritten(tmp_path):
    data = make_data(tmp_path)
    original = (data / "practices" / "monitoring.yml").read_text()
    assert _new(data, "--id", "monitoring", "--area", "operations", "--level", "3").returncode == 2
    assert (data / "practices" / "monitoring.yml").read_text() == original


def test_make_target_passes_its_variables(tmp_path):
    # A refused id writes nothing, so the real data/ is safe; -o skips re-installing the environment.
    done = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed-build", "new-practice", "ID=Not A Slug", "AREA=x", "LEVEL=1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "id 'Not A Slug' is not a lowercase slug" in done.stderr
    assert "unknown area 'x'" in done.stderr


def test_placeholders_annotate_the_pull_request_lines(tmp_path):
    """In CI the validator prints workflow commands, so each TODO shows on its line of the pull request."""
    data = make_data(tmp_path)
    assert _new(data, "--id", "annotated", "--area", "delivery", "--level", "2").returncode == 0

    def check(fmt: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "macros", "check", "--format", fmt, "--data", str(data)]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)

    done, plain = check("github"), check("text")
    assert done.returncode == plain.returncode == 1
    lines = done.stdout.splitlines()
    # One annotation per problem the plain report lists (every placeholder the template leaves, and the practice
    # no question asks about yet), each on the new file: the count follows the template, not a number here.
    problems = [line for line in plain.stdout.splitlines() if line.startswith(f"{data}/practices/annotated.yml:")]
    assert (
        problems
        and len(lines) == len(problems)
        and all(line.startswith(f"::error file={data}/practices/annotated.yml,line=") for line in lines)
    )
    written = (data / "practices" / "annotated.yml").read_text().splitlines()
    title_line = next(i for i, line in enumerate(written, 1) if line.startswith("title:"))
    assert (
        f"::error file={data}/practices/annotated.yml,line={title_line}::'title' still holds the template's placeholder"
        in done.stdout
    )
