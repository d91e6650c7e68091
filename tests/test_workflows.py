"""The GitHub workflows, templates and Dependabot config: valid against their schemas, zizmor-clean, least
privilege, pinned actions, and every command they run exists. The link issue script runs against a fake gh."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT

VENV_BIN = ROOT / ".venv" / "bin"
GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
FORMS = sorted(p for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>[^@\s]+)@(?P<ref>\S+)(?P<comment>.*)$")


def _load(path: Path) -> dict:
    return yaml.load(path.read_text(), Loader=yaml.BaseLoader)  # BaseLoader: `on` stays a key, not True


def _jsonschema(schema: str, *paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [VENV_BIN / "check-jsonschema", "--builtin-schema", schema, *map(str, paths)], capture_output=True, text=True
    )


def test_contributing_describes_every_workflow_and_pull_request_template():
    """What a contributor reads and what GitHub runs agree: each workflow and template is described, and each one
    described exists. Properties, not a copy of the listing: adding a workflow means saying what it does."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(\.github/workflows/([\w.-]+\.yml)\)", guide))
    assert WORKFLOWS and linked == {p.name for p in WORKFLOWS}, "link each workflow from CONTRIBUTING.md's CI section"
    templates = {p.name for p in (GITHUB / "PULL_REQUEST_TEMPLATE").glob("*.md")}
    named = set(re.findall(r"`(?:\?template=)?([\w-]+\.md)`", guide)) - {"CHANGELOG.md", "CONTRIBUTING.md"}
    assert templates and named == templates, "CONTRIBUTING.md's pull request step names each template"


def test_issues_start_from_forms_each_named_once():
    config = _load(GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert config["blank_issues_enabled"] == "false"  # so every issue comes from a form
    names = [_load(p)["name"] for p in FORMS]
    assert FORMS and len(set(names)) == len(names)
    assert "*Propose a practice*" in (ROOT / "CONTRIBUTING.md").read_text() and "Propose a practice" in names


@pytest.mark.parametrize(
    ("schema", "paths"),
    [
        ("vendor.github-workflows", WORKFLOWS),
        ("vendor.dependabot", [GITHUB / "dependabot.yml"]),
        ("vendor.github-issue-forms", FORMS),
        ("vendor.github-issue-config", [GITHUB / "ISSUE_TEMPLATE" / "config.yml"]),
    ],
)
def test_files_match_their_json_schema(schema, paths):
    done = _jsonschema(schema, *paths)
    assert done.returncode == 0, done.stdout + done.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    steps:\n      - run: true\n")  # no runs-on
    assert _jsonschema("vendor.github-workflows", bad).returncode == 1


def _zizmor(*inputs: str, cwd: Path = ROOT) -> list[dict]:
    done = subprocess.run(
        [VENV_BIN / "zizmor", "--offline", "--format", "json", "--no-progress", *inputs],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.returncode in (0, 10, 11, 12, 13, 14), done.stderr  # 1x: findings, reported below
    return json.loads(done.stdout)


def _serious(findings: list[dict]) -> list[str]:
    return [
        f"{f['ident']} ({f['determinations']['severity']}): {f['locations'][0]['concrete']['feature']}"
        for f in findings
        if f["determinations"]["severity"] in ("Medium", "High")
    ]


def test_zizmor_finds_nothing_at_medium_or_above():
    findings = _zizmor(".github", ".pre-commit-config.yaml")
    assert _serious(findings) == []


def test_zizmor_gate_catches_an_unsafe_workflow(tmp_path):
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "bad.yml").write_text(
        "on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
        '      - uses: actions/checkout@v4\n      - run: echo "${{ github.event.pull_request.title }}"\n'
    )
    idents = {f.split(" ")[0] for f in _serious(_zizmor(".github", cwd=tmp_path))}
    assert {"dangerous-triggers", "template-injection", "unpinned-uses", "artipacked"} <= idents


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege_and_no_secrets(path):
    wf = _load(path)
    text = path.read_text()
    assert wf["permissions"] == {}, "grant nothing at the top; each job asks for what it needs"
    for name, job in wf["jobs"].items():
        assert "permissions" in job, f"job '{name}' must declare its permissions"
    assert "pull_request_target" not in wf["on"]
    assert "secrets." not in text, "no secrets: github.token is enough"
    for name, job in wf["jobs"].items():
        for step in job.get("steps", []):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") == "false", (
                    f"{path.name}/{name}: persist-credentials"
                )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_to_a_commit_with_the_version_in_a_comment(path):
    seen = 0
    for line in path.read_text().splitlines():
        if m := USES.match(line):
            seen += 1
            assert re.fullmatch(r"[0-9a-f]{40}", m["ref"]), f"{line.strip()}: pin a full commit SHA"
            assert re.fullmatch(r"\s+# v\d+\.\d+\.\d+", m["comment"]), f"{line.strip()}: add '# vX.Y.Z'"
    assert seen > 0


def test_each_action_has_one_pin_across_workflows():
    pins: dict[str, set[str]] = {}
    for path in WORKFLOWS:
        for line in path.read_text().splitlines():
            if m := USES.match(line):
                pins.setdefault(m["action"], set()).add(f"{m['ref']}{m['comment']}")
    assert {a: p for a, p in pins.items() if len(p) > 1} == {}


def _makefile_targets() -> set[str]:
    return set(re.findall(r"^([a-zA-Z][\w-]*):", (ROOT / "Makefile").read_text(), re.M))


def test_every_make_target_a_workflow_runs_exists():
    targets = _makefile_targets()
    runs = [step.get("run", "") for path in WORKFLOWS for job in _load(path)["jobs"].values() for step in job["steps"]]
    used = {t for run in runs for t in re.findall(r"^\s*make\s+([a-z][\w-]*)", run, re.M)}
    assert used and used <= targets, used - targets


def test_ci_runs_the_validator_with_annotations_and_make_test():
    wf = _load(GITHUB / "workflows" / "ci.yml")
    assert set(wf["on"]) == {"pull_request", "push"} and wf["on"]["push"]["branches"] == ["main"]
    (job,) = wf["jobs"].values()
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "macros check --format github" in runs and "tools check-version --format github" in runs
    assert re.search(r"^make lint$", runs, re.M) and re.search(r"^make test$", runs, re.M)
    assert "apt-get install" in runs and "chromium" in runs
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"
    checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == "0", "check-version needs the release tags"


def test_pages_deploy_job_alone_can_publish():
    wf = _load(GITHUB / "workflows" / "pages.yml")
    assert list(wf["on"]) == ["push", "workflow_dispatch"] and wf["on"]["push"]["branches"] == ["main"]
    assert wf["concurrency"]["group"] and wf["concurrency"]["cancel-in-progress"] == "false"
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "write" not in build["permissions"].values()
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") for s in build["steps"])
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])


def _would_install(*targets: str) -> list[str]:
    """The install commands `make TARGETS` runs on a fresh clone (a dry run that assumes nothing is installed)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    done = subprocess.run(["make", "-n", "-B", *targets], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if "pip install" in line or line.startswith("npm ci")]


def _make_targets_run(job: dict) -> list[str]:
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    return re.findall(r"^\s*make\s+([a-z][\w-]*)", runs, re.M)


def test_pages_installs_only_the_build_set():
    build = _load(GITHUB / "workflows" / "pages.yml")["jobs"]["build"]
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    assert not re.search(r"pip install|npm (ci|install)|requirements", runs), "installs go through make site"
    targets = _make_targets_run(build)
    assert targets == ["check", "site"]
    installs = _would_install(*targets)
    assert any("-r requirements-build.txt" in line for line in installs)
    assert not [line for line in installs if "requirements-dev.txt" in line]
    npm = [line for line in installs if line.startswith("npm ci")]
    assert npm and all("--omit=dev" in line for line in npm), npm


def test_ci_installs_everything():
    (job,) = _load(GITHUB / "workflows" / "ci.yml")["jobs"].values()
    assert "setup" in _make_targets_run(job)
    installs = _would_install("setup")
    assert any("-r requirements-dev.txt" in line for line in installs)
    assert any(line.startswith("npm ci") and "--omit" not in line for line in installs)


def test_links_workflow_is_scheduled_and_only_its_report_job_writes_issues():
    wf = _load(GITHUB / "workflows" / "links.yml")
    assert set(wf["on"]) == {"schedule", "workflow_dispatch"}
    assert wf["jobs"]["check"]["permissions"] == {"contents": "read"}
    assert wf["jobs"]["report"]["permissions"]["issues"] == "write"
    runs = "\n".join(s.get("run", "") for job in wf["jobs"].values() for s in job["steps"])
    assert "make links-external" in runs and ".github/scripts/link-issue.sh" in runs


# --- the issue script, against a fake `gh` that records its calls ---

FAKE_GH = """#!/usr/bin/env bash
printf '%s\\n' "$*" >>"$GH_LOG"
if [ "$1 $2" = "issue list" ]; then printf '%s' "${OPEN_ISSUE:-}"; fi
if [ "$1 $2" = "issue edit" ] || [ "$1 $2" = "issue create" ]; then cp "${@: -1}" "$GH_BODY"; fi
"""


def _run_with_fake_gh(tmp_path: Path, script: str, args: list[str], open_issue: str) -> tuple[list[str], str]:
    """Run one of the scheduled checks' issue scripts against FAKE_GH: the calls it made (lookups left out) and the
    issue body it wrote."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "gh").write_text(FAKE_GH)
    (bin_dir / "gh").chmod(0o755)
    log, body = tmp_path / "gh.log", tmp_path / "body.md"
    log.write_text("")
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "GH_LOG": str(log),
        "GH_BODY": str(body),
        "OPEN_ISSUE": open_issue,
        "RUN_URL": "https://github.example/run/1",
        "GH_TOKEN": "unused",
        "GH_REPO": "o/r",
    }
    done = subprocess.run(["bash", str(GITHUB / "scripts" / script), *args], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    calls = [line for line in log.read_text().splitlines() if not line.startswith("issue list")]
    return calls, body.read_text() if body.exists() else ""


def _issue_script(tmp_path: Path, report: str, summary: dict, open_issue: str = "") -> tuple[list[str], str]:
    (tmp_path / "report.md").write_text(report)
    (tmp_path / "summary.json").write_text(json.dumps(summary))
    args = [str(tmp_path / "report.md"), str(tmp_path / "summary.json")]
    return _run_with_fake_gh(tmp_path, "link-issue.sh", args, open_issue)


def test_issue_is_opened_when_there_are_findings(tmp_path):
    calls, body = _issue_script(tmp_path, "# External link report\n\n## Broken links (1)\n", {"findings": 1})
    assert calls[0].startswith("label create link-health")
    assert calls[1].startswith("issue create --title External link report --label link-health --body-file")
    assert body.startswith("# External link report") and "https://github.example/run/1" in body


def test_the_same_issue_is_updated_on_later_runs(tmp_path):
    calls, body = _issue_script(tmp_path, "# External link report\n", {"findings": 2}, open_issue="42")
    assert calls[1].startswith("issue edit 42 --body-file")
    assert not any(c.startswith("issue create") for c in calls)


def test_the_issue_is_closed_once_everything_passes(tmp_path):
    calls, _ = _issue_script(tmp_path, "# External link report\n", {"findings": 0}, open_issue="42")
    assert len(calls) == 1 and calls[0].startswith("issue close 42 --comment Every external link answered")
    calls, _ = _issue_script(tmp_path, "# External link report\n", {"findings": 0})
    assert calls == []


def test_a_report_too_long_for_an_issue_is_cut_with_a_pointer_to_the_run(tmp_path):
    _, body = _issue_script(tmp_path, "# External link report\n" + "| row |\n" * 20000, {"findings": 5})
    assert len(body) < 65536
    assert "read it whole in the workflow run (https://github.example/run/1)" in body


def test_calendar_workflow_is_scheduled_and_checks_against_today_with_a_look_ahead():
    wf = _load(GITHUB / "workflows" / "calendar.yml")
    assert set(wf["on"]) == {"schedule", "workflow_dispatch"}
    (job,) = wf["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    runs = "\n".join(s.get("run", "") for s in job["steps"])
    assert 'make calendar LOOK_AHEAD="$LOOK_AHEAD"' in runs and ".github/scripts/calendar-issue.sh" in runs
    assert int(job["env"]["LOOK_AHEAD"]) > 0
    makefile = (ROOT / "Makefile").read_text()
    assert "--today $(TODAY) --look-ahead $(LOOK_AHEAD)" in makefile and "TODAY ?= $(shell date -u +%F)" in makefile


def _calendar_script(tmp_path: Path, report: str, status: str, open_issue: str = "") -> tuple[list[str], str]:
    (tmp_path / "calendar.txt").write_text(report)
    return _run_with_fake_gh(tmp_path, "calendar-issue.sh", [str(tmp_path / "calendar.txt"), status], open_issue)


def test_calendar_issue_is_opened_updated_and_closed(tmp_path):
    finding = "data/practices/x.yml:9: practice 'x' cites tool 'y', which retires on 2027-04-20 (within 60 days)\n"
    calls, body = _calendar_script(tmp_path, finding, "1")
    assert calls[0].startswith("label create calendar")
    assert calls[1].startswith("issue create --title Retirement dates coming up --label calendar --body-file")
    assert finding.strip() in body
    calls, _ = _calendar_script(tmp_path, finding, "1", open_issue="7")
    assert calls[1].startswith("issue edit 7 --body-file")
    calls, _ = _calendar_script(tmp_path, "OK\n", "0", open_issue="7")
    assert len(calls) == 1 and calls[0].startswith("issue close 7")


# --- issue forms stay in step with the data they describe ---


def test_practice_form_offers_the_areas_levels_and_tool_kinds_of_the_model():
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / "propose-practice.yml").read_text())
    fields = {item.get("id"): item for item in form["body"]}
    areas = yaml.safe_load((ROOT / "data" / "areas.yml").read_text())["areas"]
    levels = yaml.safe_load((ROOT / "data" / "levels.yml").read_text())["levels"]
    assert fields["area"]["attributes"]["options"] == [f"{a['name']} ({a['id']})" for a in areas], (
        "update the Area options of .github/ISSUE_TEMPLATE/propose-practice.yml to match data/areas.yml"
    )
    assert fields["level"]["attributes"]["options"] == [f"{lv['number']} - {lv['name']}" for lv in levels]
    schema = json.loads((ROOT / "data" / "schema" / "genaiops.schema.json").read_text())["$defs"]
    kinds = schema["tool"]["properties"]["kind"]["enum"]
    assert f"Kind is one of: {', '.join(kinds)}." in fields["tools"]["attributes"]["description"]
    required = set(schema["practice"]["required"])
    assert required <= set(fields), f"the form lacks fields for: {required - set(fields)}"


def test_successors_run_weekly_compare_properdocs_and_report_the_canary_without_gating_on_it():
    wf = _load(GITHUB / "workflows" / "successors.yml")
    assert set(wf["on"]) == {"schedule", "workflow_dispatch"}
    assert {name: job["permissions"] for name, job in wf["jobs"].items()} == {
        "properdocs": {"contents": "read"},
        "zensical": {"contents": "read"},
    }
    assert _make_targets_run(wf["jobs"]["properdocs"]) == ["engines"]
    canary = "\n".join(step.get("run", "") for step in wf["jobs"]["zensical"]["steps"])
    assert "make zensical-canary CANARY_FAIL_ON=crash" in canary and "GITHUB_STEP_SUMMARY" in canary
    installs = _would_install("engines")
    assert any("-r requirements-properdocs.txt" in line for line in installs)
    assert any("-r requirements-zensical.txt" in line for line in _would_install("zensical-canary"))
