"""Worked examples run as shown: every example goes through its own language's offline checker, where one exists.

`make check` already parses YAML, JSON, JSON Lines and Python (macros/validate/example_rules.py, standard library
only). The checkers here need the dev tools, so they run with the tests instead:

- a GitHub Actions workflow against SchemaStore's workflow schema, and an Azure Pipelines file against Microsoft's
  pipeline schema, both as vendored by check-jsonschema (requirements-dev.txt);
- KQL through Kusto.Language, Microsoft's own parser (@kusto/language-service-next in package.json);
- bash through `bash -n`.

`UNCHECKED` lists, with the reason, every language that has no such checker; a language the schema adds must be
put in one list or the other. Each checker is first shown a broken example, so a checker that stopped reporting
anything fails here instead of passing every example.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.assemble import load_model
from tests.support import ROOT

# language -> what checks it (here or in the validator)
CHECKED = {
    "yaml": "parsed by the validator; GitHub workflows and Azure Pipelines files also checked against their schemas",
    "json": "parsed by the validator",
    "jsonl": "parsed by the validator, line by line",
    "python": "compiled by the validator, as py_compile does",
    "kql": "parsed by Kusto.Language",
    "bash": "bash -n",
}
UNCHECKED = {
    "bicep": "the Bicep compiler ships on NuGet and as a download, neither of which this project installs from",
    "promql": "no example uses it yet: pin a parser with the first one (Prometheus's @prometheus-io/lezer-promql)",
    "hcl": "no example uses it yet: pin a parser with the first one (python-hcl2; terraform validate downloads)",
    "markdown": "prose for people: any text is valid Markdown",
    "text": "prose for people",
}

BROKEN_WORKFLOW = "on: push\njobs:\n  build:\n    steps:\n      - run: make\n"  # a job needs runs-on
BROKEN_PIPELINE = "trigger: none\nstages:\n  - stage: build\n    jobs: {build: {steps: []}}\n"  # jobs is a list


def _examples():
    """(where, language, code) of every worked example: where is the practice file and the example's line."""
    for p in load_model().practices:
        for i, ex in enumerate(p.examples, 1):
            yield f"{p.loc.path}:{ex.line} (example {i} of '{p.id}')", ex.language, ex.code


def pipeline_kind(code: str) -> str | None:
    """Which CI schema a YAML example is written for, read from its top-level keys: "github-workflows" for a
    workflow (`on` and `jobs`), "azure-pipelines" for a pipeline (`stages`, `jobs` or `steps`, with a `trigger`,
    `pr`, `pool` or `stages`), None for anything else. PyYAML reads the key `on` as true, hence both spellings."""
    try:
        doc = yaml.safe_load(code)
    except yaml.YAMLError:
        return None  # the validator reports it
    if not isinstance(doc, dict):
        return None
    if "jobs" in doc and ("on" in doc or True in doc):
        return "github-workflows"
    if {"stages", "jobs", "steps"} & doc.keys() and {"trigger", "pr", "pool", "stages"} & doc.keys():
        return "azure-pipelines"
    return None


def schema_problems(kind: str, named_code: dict[str, str], tmp: Path) -> str:
    """check-jsonschema's report on each code against the vendored schema of `kind`; empty when all pass."""
    files = []
    for i, (name, code) in enumerate(named_code.items()):
        path = tmp / f"{kind}-{i}.yml"
        path.write_text(code, encoding="utf-8")
        files.append((name, path))
    # Python's regex engine: the default (regress) cannot compile one pattern of the vendored workflow schema.
    args = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", f"vendor.{kind}", "--regex-variant", "python"]
    if kind == "azure-pipelines":
        args += ["--data-transform", "azure-pipelines"]  # reads ${{ }} template expressions as the service does
    done = subprocess.run([*args, *(str(p) for _, p in files)], capture_output=True, text=True, timeout=120)
    if done.returncode == 0:
        return ""
    report = done.stdout + done.stderr
    for name, path in files:
        report = report.replace(str(path), name)
    return report


def kql_errors(queries: list[str]) -> list[list[dict]]:
    """Kusto.Language's syntax errors for each query, as [{start, message}]."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is missing: the KQL check needs it (Debian package 'nodejs')")
    done = subprocess.run(
        [node, "tests/support_kql.cjs"],
        cwd=ROOT,
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, "the KQL parser did not run - run 'make setup' (npm devDependencies)\n" + done.stderr
    return json.loads(done.stdout)


def bash_error(code: str) -> str:
    done = subprocess.run(["bash", "-n"], input=code, capture_output=True, text=True, timeout=30)
    return done.stderr.strip() if done.returncode else ""


def test_every_example_language_is_checked_or_says_why_not():
    schema = json.loads((ROOT / "data" / "schema" / "genaiops.schema.json").read_text(encoding="utf-8"))
    languages = set(schema["$defs"]["example"]["properties"]["language"]["enum"])
    assert set(CHECKED) | set(UNCHECKED) == languages
    assert not set(CHECKED) & set(UNCHECKED)


def test_a_language_waiting_for_its_first_example_has_none_yet():
    """The first PromQL or HCL example brings its parser: until then, UNCHECKED's reason for it stays true."""
    waiting = {lang for lang, why in UNCHECKED.items() if why.startswith("no example uses it yet")}
    assert [where for where, language, _ in _examples() if language in waiting] == []


def test_ci_files_are_recognised_by_their_top_level_keys():
    assert pipeline_kind("name: x\non: {schedule: [{cron: '0 2 * * *'}]}\njobs: {}\n") == "github-workflows"
    assert pipeline_kind("trigger: {branches: {include: [main]}}\nstages: []\n") == "azure-pipelines"
    assert pipeline_kind("pool: {vmImage: ubuntu-latest}\nsteps: [{script: make}]\n") == "azure-pipelines"
    assert pipeline_kind("apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n") is None
    assert pipeline_kind("jobs: [a, b]\n") is None  # a list of jobs with nothing that runs them
    assert pipeline_kind("- a\n- b\n") is None


@pytest.mark.parametrize(
    ("kind", "broken", "reported"),
    [("github-workflows", BROKEN_WORKFLOW, "runs-on"), ("azure-pipelines", BROKEN_PIPELINE, "$.stages[0]")],
)
def test_ci_schemas_report_a_broken_file(tmp_path, kind, broken, reported):
    assert pipeline_kind(broken) == kind
    report = schema_problems(kind, {"broken example": broken}, tmp_path)
    assert "broken example" in report and reported in report


@pytest.mark.parametrize("kind", ["github-workflows", "azure-pipelines"])
def test_ci_examples_match_their_schema(tmp_path, kind):
    mine = {where: code for where, language, code in _examples() if language == "yaml" and pipeline_kind(code) == kind}
    assert schema_problems(kind, mine, tmp_path) == ""


@pytest.fixture(scope="module")
def kql_parsed():
    """Two probe queries (one broken) and every KQL example, parsed in one run of the parser, which takes
    seconds to load: (the probes' errors, [((where, code), errors) for each example])."""
    probes = ["StormEvents | where State ==", "StormEvents | take 1"]
    mine = [(where, code) for where, language, code in _examples() if language == "kql"]
    results = kql_errors(probes + [code for _, code in mine])
    return results[: len(probes)], list(zip(mine, results[len(probes) :], strict=True))


def test_kql_parser_reports_a_broken_query(kql_parsed):
    assert kql_parsed[0] == [[{"start": 28, "message": "Missing expression"}], []]


def test_kql_examples_parse(kql_parsed):
    found = []
    for (where, code), errors in kql_parsed[1]:
        for e in errors:
            line = code.count("\n", 0, e["start"]) + 1
            found.append(f"{where}: line {line} of its code: {e['message']}")
    assert found == []


def test_bash_check_reports_a_broken_script():
    assert "syntax error" in bash_error('if [ -f x ]; then\n  echo "no fi"\n')


def test_bash_examples_pass_bash_n():
    found = [
        f"{where}: {err}" for where, language, code in _examples() if language == "bash" if (err := bash_error(code))
    ]
    assert found == []
