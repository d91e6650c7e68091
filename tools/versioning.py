"""``python -m tools check-version``: a change to how self-check scores are read needs a new model version.

An organization's level is computed from the score bands in ``data/levels.yml``, ``max_score`` in
``data/model.yml``, the questions in ``data/questionnaire.yml`` and the points in ``data/answer_scales.yml``
(when the model has a self-check). Results exported under one version must keep their meaning, so when any
of these differ from the latest release tag ``vX.Y.Z`` reachable from HEAD, ``version`` in ``data/model.yml``
must be greater than the tagged one. Every version also needs its section in ``CHANGELOG.md``. Outside a git
work tree, or before the first release tag, only the changelog is checked.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import yaml

from macros.load.files import display_path
from macros.load.yaml_lines import load_text
from macros.paths import ROOT, version_pattern
from macros.problems import Problem

SEMVER = re.compile(version_pattern())
TAG = re.compile("^v" + SEMVER.pattern[1:])  # release tags: v1.2.0
# Self-check files compared whole: any edit to a question or an answer's points changes what a score means.
SCORING_FILES = {"questionnaire.yml": "the questionnaire", "answer_scales.yml": "the answer scales"}
CHANGELOG = "CHANGELOG.md"


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    # LC_ALL=C: latest_release reads git's English messages to tell "no repository" from a real failure.
    return subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"}
    )


class GitError(RuntimeError):
    """git is there but would not answer: the check cannot tell whether a release was changed."""


def latest_release(root: Path) -> str | None:
    """The highest ``vX.Y.Z`` tag reachable from HEAD, or None (no git, no work tree, or no release yet)."""
    try:
        listed = _git(root, "tag", "--merged", "HEAD", "--list", "v*")
    except FileNotFoundError:  # git is not installed: nothing to compare with
        return None
    if listed.returncode != 0:
        if "not a git repository" in listed.stderr or "malformed object name HEAD" in listed.stderr:
            return None  # not a work tree, or one without a commit yet
        # Such as "dubious ownership" in a container: passing here would wave every change through.
        raise GitError(" ".join(listed.stderr.split()))
    tags = [t for t in listed.stdout.split() if TAG.match(t)]
    return max(tags, key=lambda t: tuple(int(n) for n in t[1:].split("."))) if tags else None


def _parse(text: str | None):
    if text is None:
        return None
    try:
        return load_text(text)
    except yaml.YAMLError:
        return text  # unparsable text still compares: any edit to it counts as a change


def _at_tag(root: Path, tag: str, rel: str):
    # "./" makes the path relative to root, which need not be the top of the git work tree.
    shown = _git(root, "show", f"{tag}:./{rel}")
    return _parse(shown.stdout) if shown.returncode == 0 else None


def _now(path: Path):
    return _parse(path.read_text(encoding="utf-8")) if path.is_file() else None


def _bands(levels_doc) -> dict:
    """Level number -> (min, max): only what decides a score's level, so wording edits need no bump."""
    out = {}
    for lv in (levels_doc or {}).get("levels", []) if isinstance(levels_doc, dict) else []:
        if isinstance(lv, dict) and isinstance(lv.get("band"), dict):
            out[lv.get("number")] = (lv["band"].get("min"), lv["band"].get("max"))
    return out


def _plain(node):
    """Parsed YAML as plain values: the loader's line numbers must not count as changes."""
    if isinstance(node, dict):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _changes(root: Path, data_rel: str, tag: str, data_dir: Path) -> list[str]:
    """What differs from the release in the parts that decide a level, in words."""
    changes = []
    then_levels, now_levels = (
        _bands(_at_tag(root, tag, f"{data_rel}/levels.yml")),
        _bands(_now(data_dir / "levels.yml")),
    )
    for number in sorted(set(then_levels) | set(now_levels), key=str):
        before, after = then_levels.get(number), now_levels.get(number)
        if before != after:
            fmt = lambda b: f"{b[0]}-{b[1]}" if b else "none"  # noqa: E731
            changes.append(f"band of level {number} changed from {fmt(before)} to {fmt(after)} (data/levels.yml)")
    then_model, now_model = _at_tag(root, tag, f"{data_rel}/model.yml"), _now(data_dir / "model.yml")
    then_max = then_model.get("max_score") if isinstance(then_model, dict) else None
    now_max = now_model.get("max_score") if isinstance(now_model, dict) else None
    if then_max != now_max:
        changes.append(f"max_score changed from {then_max} to {now_max} (data/model.yml)")
    for name, title in SCORING_FILES.items():
        then, now = _at_tag(root, tag, f"{data_rel}/{name}"), _now(data_dir / name)
        if _plain(then) != _plain(now):
            what = "was added" if then is None else "was removed" if now is None else "changed"
            changes.append(f"{title} {what} (data/{name})")
    return changes


def _semver(value) -> tuple[int, int, int] | None:
    return tuple(int(n) for n in value.split(".")) if isinstance(value, str) and SEMVER.match(value) else None


def version_problems(root: Path, data_dir: Path | None = None) -> list[Problem]:
    data_dir = (data_dir or root / "data").resolve()
    model_path = data_dir / "model.yml"
    shown = display_path(model_path, root)
    model = _now(model_path)
    if not isinstance(model, dict) or _semver(model.get("version")) is None:
        return [Problem(shown, 1, "no semantic version to compare - run 'python -m macros check' and fix it first")]
    version, line = model["version"], model.line_of("version")
    problems = []
    changelog = root / CHANGELOG
    heading = re.compile(rf"^## {re.escape(version)}(\s|$)", re.MULTILINE)
    if not changelog.is_file() or not heading.search(changelog.read_text(encoding="utf-8")):
        problems.append(
            Problem(
                shown,
                line,
                f"version {version} has no '## {version} - YYYY-MM-DD' section in {CHANGELOG}"
                " - say there what changed for readers",
            )
        )
    try:
        tag = latest_release(root)
    except GitError as exc:
        problems.append(
            Problem(shown, line, f"cannot compare version {version} with the last release tag - git says: {exc}")
        )
        return problems
    if tag is None or not data_dir.is_relative_to(root.resolve()):
        return problems
    data_rel = data_dir.relative_to(root.resolve()).as_posix()
    released = _at_tag(root, tag, f"{data_rel}/model.yml")
    released_version = released.get("version") if isinstance(released, dict) else None
    if _semver(released_version) and _semver(version) < _semver(released_version):
        problems.append(
            Problem(
                shown,
                line,
                f"version {version} is lower than {released_version}, released as {tag} - versions only go up",
            )
        )
        return problems
    changes = _changes(root, data_rel, tag, data_dir)
    if changes and version == released_version:
        problems.append(
            Problem(
                shown,
                line,
                f"version is still {version}, as released in {tag}, but {'; '.join(changes)}"
                f" - bump version (scores read under {version} would change meaning)"
                f" and add a {CHANGELOG} section for it",
            )
        )
    return problems


def add_parser(sub) -> None:
    p = sub.add_parser(
        "check-version", help="require a new model version when score bands or questions change after a release"
    )
    p.add_argument(
        "--format", choices=["text", "github"], default="text", help="github: workflow commands that annotate the lines"
    )
    p.set_defaults(run=_run)


def _run(args) -> int:
    problems = version_problems(ROOT)
    for problem in problems:
        print(problem.github() if args.format == "github" else problem)
    if problems:
        return 1
    tag = latest_release(ROOT)  # answered already: version_problems reports a git failure as a problem
    print(
        f"OK: model version checked against {tag}"
        if tag
        else "OK: no release tag yet (v*), only the changelog was checked"
    )
    return 0
