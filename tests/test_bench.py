"""`make bench` keeps working: every benchmark runs once on a tiny input and its report has the right shape.

No figure is compared with a time budget here (that is what `make bench` and BENCHMARKS.md are for); the
test checks that each table has its rows and columns, that figures are numbers, and the invariants that
hold on any machine (one page per practice, ten references per practice, no third-party request).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from macros.assemble import check
from macros.paths import ROOT
from tools.bench import first_build
from tools.bench.report import Results, render
from tools.bench.synthetic import generate
from tools.site import language_configs


def _sections(report: str) -> dict[str, str]:
    parts = re.split(r"^## ", report, flags=re.M)
    return {part.split("\n", 1)[0].strip(): part for part in parts[1:]}


def _table(section: str) -> list[dict[str, str]]:
    lines = [line for line in section.splitlines() if line.startswith("|")]
    assert len(lines) >= 3, section
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in lines]
    assert all(set(c) <= set("-: ") for c in cells[1]), "second line must be the separator"
    headers = cells[0]
    rows = [dict(zip(headers, row, strict=True)) for row in cells[2:]]
    return rows


def _number(text: str) -> float:
    assert re.fullmatch(r"\d+(\.\d+)?", text), f"not a number: {text!r}"
    return float(text)


def test_synthetic_data_passes_the_validator(tmp_path):
    data = generate(tmp_path / "data", 12)
    model, problems = check(ROOT, data)
    assert problems == []
    assert len(model.practices) == 12 and len(model.references) == 120
    assert {p.area for p in model.practices} == {a.id for a in model.areas}
    assert {p.level for p in model.practices} == {lv.number for lv in model.levels[1:]}  # level 1 expects none


@pytest.mark.build
def test_bench_runs_on_a_tiny_input_and_reports_every_table(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    args = [
        "--runs",
        "1",
        "--overhead-runs",
        "1",
        "--sizes",
        "4,5",
        "--big-runs",
        "1",
        "--lighthouse-runs",
        "1",
        "--lighthouse-pages",
        "home",
        "--form-factors",
        "desktop",
        "--first-build-runs",
        "0",  # two fresh installs from the registries: tests/test_bench.py checks that part on its own below
        "--out",
        str(out),
    ]
    # As `make bench` runs it, in its own process: Playwright's sync API refuses to start inside the
    # event loop that the session's browser fixture keeps running in this one.
    result = subprocess.run([sys.executable, "-m", "tools.bench", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    report = out.read_text()
    assert result.stdout.strip() == report.strip()
    sections = _sections(report)
    assert list(sections) == [
        "Machine and versions",
        "Targets",
        "1. Build overhead of the generator",
        "2. Scaling",
        "3. Page weight",
        "4. Lighthouse",
        "5. Accessibility",
        "7. Languages",
    ] + [s for s in sections if s.startswith("Findings")]

    versions = {row[""]: row["this machine"] for row in _table(sections["Machine and versions"])}
    for name in (
        "CPU",
        "cores",
        "memory",
        "Python",
        "mkdocs",
        "mkdocs-material",
        "mkdocs-macros-plugin",
        "Chromium",
        "Lighthouse",
    ):
        assert versions[name] and versions[name] != "not found", name

    overhead = _table(sections["1. Build overhead of the generator"])
    assert [row["build"] for row in overhead] == ["generator (mkdocs.yml)", "plain Markdown, no hooks or macros"]
    assert overhead[0]["pages"] == overhead[1]["pages"]
    for row in overhead:
        assert _number(row["whole command, s"]) > 0 and _number(row["build phase, s"]) >= 0
    assert re.search(
        r"Ratio: \*\*\d+\.\d\d×\*\* \(whole command\), \d+\.\d\d× \(build phase\)",
        sections["1. Build overhead of the generator"],
    )

    scaling = _table(sections["2. Scaling"])
    assert [(row["practices"], row["references"]) for row in scaling] == [("4", "40"), ("5", "50")]
    for row in scaling:
        for column in ("validate, ms", "`macros check`, ms", "build, s", "build phase, s", "ms per page"):
            assert _number(row[column]) >= 0, column
    assert _number(scaling[1]["pages"]) - _number(scaling[0]["pages"]) == 1  # one page per practice

    weights = _table(sections["3. Page weight"])
    assert [row["page"] for row in weights] == ["home", "level", "practice", "self-check"]
    for row in weights:
        assert row["third-party"] == "0"
        # Only the home page has a diagram, so only it loads mermaid.
        assert (_number(row["mermaid requests"]) > 0) == (row["page"] == "home"), row
        assert _number(row["requests"]) >= 3
        assert all(_number(row[c]) > 0 for c in ("HTML KB", "JS KB", "CSS KB", "total KB"))
    assert re.search(r"Mermaid on the home page: [1-9]\d* requests", sections["3. Page weight"])
    assert re.search(r"Self-check widget as served .*guide and iframe: \d+\.\d KB", sections["3. Page weight"])

    scores = _table(sections["4. Lighthouse"])
    assert [(row["page"], row["form factor"]) for row in scores] == [("home", "desktop")]
    for category in ("performance", "accessibility", "best-practices", "seo"):
        assert 0 <= _number(scores[0][category]) <= 100

    languages = _table(sections["7. Languages"])
    assert [row["language"] for row in languages] == ["en", *language_configs()]
    assert languages[0]["time ratio"] == languages[0]["page ratio"] == "1.00"
    for row in languages:
        assert all(_number(row[c]) > 0 for c in ("whole command, s", "MkDocs build, s", "pages", "time ratio"))
    assert {row["pages"] for row in languages} == {languages[0]["pages"]}  # every language has every page
    assert re.search(r"besides English add \*\*\d+\.\d\d s\*\*", sections["7. Languages"])

    targets = {row["target"]: row for row in _table(sections["Targets"])}
    assert targets["third-party requests = 0"]["this run"] == "0"
    assert any(t.startswith("build overhead") for t in targets)


def test_first_build_runs_make_in_a_fresh_clone_of_the_working_tree_and_removes_it(tmp_path):
    """The plumbing of section 6 without the installs: `make help` in the clone, which installs nothing."""
    run = first_build.run_once(["help"], tmp_path)
    assert run.wall > 0 and run.build is None
    assert run.sizes == {".venv": 0, "node_modules": 0}  # nothing installed, and nothing taken from this tree
    assert list(tmp_path.iterdir()) == []  # the clone and its caches are gone


def test_the_clone_holds_the_files_as_they_are_on_disk(tmp_path):
    clone = first_build.fresh_clone(tmp_path / "clone")
    for name in ("Makefile", "requirements-build.txt", "requirements-dev.txt", "package.json"):
        assert (clone / name).read_bytes() == (ROOT / name).read_bytes(), name
    assert not (clone / ".venv").exists() and not (clone / "node_modules").exists()


def test_disk_usage_counts_blocks_and_hard_links_once(tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 10_000)
    (tmp_path / "b").hardlink_to(tmp_path / "a")
    once = first_build.disk_usage(tmp_path)
    assert 10_000 <= once < 20_000
    assert first_build.disk_usage(tmp_path / "missing") == 0


def test_report_of_the_first_build(tmp_path):
    mib = 1024 * 1024
    build = first_build.FirstRun(20.0, 1.5, {".venv": 183 * mib, "node_modules": 154 * mib})
    everything = first_build.FirstRun(50.0, 1.5, {".venv": 437 * mib, "node_modules": 342 * mib})
    results = Results(1, first_build=first_build.FirstBuild({"build set": [build], "everything": [everything]}))
    sections = _sections(render(results))
    rows = _table(sections["6. The first build on a fresh clone"])
    assert [row["command"] for row in rows] == ["`make site`", "`make setup site`"]
    assert [row["total"] for row in rows] == ["337.0", "779.0"]
    assert [row["whole command, s"] for row in rows] == ["20.0", "50.0"]
    assert "Ratio of the times: **0.40×**" in sections["6. The first build on a fresh clone"]
    (target,) = [row for row in _table(sections["Targets"]) if row["target"].startswith("first `make site`")]
    assert target["this run"].startswith("0.40×") and target[""] == "met"
