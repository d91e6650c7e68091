"""A contributor's change, made as CONTRIBUTING.md says on a copy of the guide's data, passes every stage.

The copy is a git repository released at today's version (a `vX.Y.Z` tag), so the version check compares with it
as CI does. Then: scaffold a practice (`python -m tools new-practice`, what `make new-practice` runs), fill it in,
ask about it in a Level 2 question, raise the version with a CHANGELOG section; the checks, the strict build and
the widget's own scoring (`scoring.js` in node, over the `model.json` that build wrote) must all take it.
A new question that moves no points between levels must pass the same way.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.assemble import check, load_model
from tests.support import ROOT, build_site, fill_practice
from tools.versioning import version_problems

pytestmark = pytest.mark.build

NEW = "contributed-practice"
SCORING = (ROOT / "docs" / "assets" / "self-check" / "scoring.js").as_uri()
# Scores the built model.json with the widget's own module: lowest and highest answers, and the highest everywhere
# but on one question (argv: model.json, that question's id).
NODE_SCORE = f"""
import {{ readFileSync }} from "node:fs";
import {{ score }} from "{SCORING}";
const data = JSON.parse(readFileSync(process.argv[1], "utf8"));
const pick = (at) => Object.fromEntries(data.questions.map((q) => {{
  const options = data.scales.find((s) => s.id === q.scale).options;
  return [q.id, options.at(at(q)).id];
}}));
const summary = (res) => ({{
  score: res.score, level: res.level && res.level.number, plan: res.plan && res.plan.items.map((p) => p.id),
  inPlace: res.inPlace.map((p) => p.id),
}});
console.log(JSON.stringify({{
  practices: Object.keys(data.practices), questions: data.questions.map((q) => q.id), max: data.model.max_score,
  lowest: summary(score(data, pick(() => 0))),
  highest: summary(score(data, pick(() => -1))),
  allButOne: summary(score(data, pick((q) => (q.id === process.argv[2] ? 0 : -1)))),
}}));
"""


def _git(repo: Path, *args: str) -> None:
    ident = ["-c", "user.name=Contributor", "-c", "user.email=c@example.org", "-c", "commit.gpgsign=false"]
    done = subprocess.run(
        ["git", "-C", str(repo), *ident, "-c", "tag.gpgsign=false", *args], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def project(tmp_path) -> Path:
    """The guide's data and changelog, copied into a repository released at today's version."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "the guide as released")
    _git(tmp_path, "tag", f"v{load_model().version}")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _question_block(text: str, qid: str) -> str:
    """The lines of one question in questionnaire.yml, from its `- id:` to the next question."""
    found = re.search(rf"^  - id: {re.escape(qid)}\n(?:(?!  - id: ).*\n?)*", text, re.M)
    assert found, qid
    return found.group(0)


def _scaffold_and_fill(project: Path, area: str, level: int) -> Path:
    model = load_model()
    made = subprocess.run(
        [sys.executable, "-m", "tools", "new-practice", "--data", str(project / "data")]
        + ["--id", NEW, "--area", area, "--level", str(level)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    path = project / "data" / "practices" / f"{NEW}.yml"
    related, reference = model.practices[0].id, model.practices[0].references[0]
    tools = [t.id for t in model.tools if t.status == "current"][:2]
    path.write_text(fill_practice(path.read_text(), "A contributed practice", related, reference, tools))
    return path


def _release(project: Path, version: str, what: str) -> None:
    """Raise the version and say what changed for readers, as CONTRIBUTING.md asks."""
    _edit(project / "data" / "model.yml", f"version: {load_model().version}\n", f"version: {version}\n")
    text = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    first = text.index("\n## ")
    (project / "CHANGELOG.md").write_text(f"{text[:first]}\n## {version} - 2026-12-07\n\n{what}\n{text[first:]}")


def _bumped(minor: bool) -> str:
    major, mid, _ = (int(n) for n in load_model().version.split("."))
    return f"{major}.{mid + 1}.0" if minor else f"{major + 1}.0.0"


def _passes_every_stage(project: Path, tmp_path: Path, asked_by: str) -> dict:
    """The checks, the build and the widget's scoring over the changed copy; the widget's scores, for more checks."""
    data = project / "data"
    checked = subprocess.run(
        [sys.executable, "-m", "macros", "check", "--data", str(data)], cwd=ROOT, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("OK: model ")
    assert [str(p) for p in version_problems(project)] == []

    site = tmp_path / "site"
    built = build_site(site, data)
    assert built.returncode == 0, built.stderr[-3000:]
    assert (site / "practices" / NEW / "index.html").is_file()

    node = shutil.which("node")
    assert node, "Node.js is missing: the widget's scoring runs in it (Debian package 'nodejs')"
    model_json = site / "assets" / "self-check" / "model.json"
    done = subprocess.run(
        [node, "--input-type=module", "-e", NODE_SCORE, str(model_json), asked_by],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    scored = json.loads(done.stdout)
    model, problems = check(project, data)
    assert problems == []
    top = model.levels[-1].number
    # The widget has the new practice, and places it like any other.
    assert scored["practices"] == [p.id for p in model.practices] and NEW in scored["practices"]
    assert scored["lowest"]["score"] == 0 and NEW in scored["lowest"]["plan"]
    assert scored["highest"] == {
        "score": scored["max"],
        "level": top,
        "plan": [],
        "inPlace": scored["practices"],
    }
    assert NEW in scored["allButOne"]["plan"] and NEW not in scored["allButOne"]["inPlace"]
    return scored


def test_a_practice_added_as_contributing_says_passes_checks_build_and_scoring(project, tmp_path):
    model = load_model()
    level = model.levels[1].number  # the lowest level that expects practices: Level 2
    question = next(
        q
        for q in model.self_check.questions
        if len(q.practices) == 1 and model.practice_by_id[q.practices[0]].level == level
    )
    area = model.practice_by_id[question.practices[0]].area
    _scaffold_and_fill(project, area, level)
    questionnaire = project / "data" / "questionnaire.yml"
    _edit(questionnaire, f"practices: [{question.practices[0]}]\n", f"practices: [{question.practices[0]}, {NEW}]\n")
    # The questionnaire changed, so the version must rise: a minor one, as a practice was added (CHANGELOG.md).
    assert "bump version" in str(version_problems(project)[0])
    _release(project, _bumped(minor=True), f"Minor: the practice *A contributed practice*, asked in {question.id}.")

    scored = _passes_every_stage(project, tmp_path, question.id)
    assert len(scored["questions"]) == len(model.self_check.questions)
    assert len(scored["practices"]) == len(model.practices) + 1


def test_a_new_question_that_moves_no_points_passes_checks_build_and_scoring(project, tmp_path):
    """A question for the new practice, whose points come from another question of the same level: no level's
    points, no band and no total change."""
    model = load_model()
    scales = model.self_check.scale_by_id
    smaller = min(scales.values(), key=lambda s: s.top)
    # A question whose scale gives more than the smallest: it gives that much to the new question.
    donor = next(q for q in model.self_check.questions if scales[q.scale].top == 2 * smaller.top)
    level = model.practice_by_id[donor.practices[0]].level
    area = model.practice_by_id[donor.practices[0]].area
    _scaffold_and_fill(project, area, level)
    questionnaire = project / "data" / "questionnaire.yml"
    block = _question_block(questionnaire.read_text(encoding="utf-8"), donor.id)
    new_block = (
        f"  - id: {NEW}-question\n"
        f"    practices: [{NEW}]\n"
        f"    scale: {smaller.id}\n"
        "    text: Does every team do what the contributed practice asks?\n\n"
    )
    _edit(questionnaire, block, block.replace(f"scale: {donor.scale}\n", f"scale: {smaller.id}\n") + new_block)
    # What the donor question is worth changed, so a score means something else: a major version.
    _release(project, _bumped(minor=False), f"Major: question {donor.id} gives 1 point less, to {NEW}-question.")

    after = load_model(project)
    assert (after.max_score, after.points_by_level) == (model.max_score, model.points_by_level)
    scored = _passes_every_stage(project, tmp_path, f"{NEW}-question")
    assert scored["questions"].count(f"{NEW}-question") == 1
    assert len(scored["questions"]) == len(model.self_check.questions) + 1
