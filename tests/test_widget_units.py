"""The widget's pure modules under Node's own test runner, fed the JSON the build would write from data/."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from macros.assemble import load_model
from macros.i18n.messages import catalog
from macros.selfcheck.export import crosswalk_json, widget_json
from macros.selfcheck.file_schema import schema_json
from macros.selfcheck.scoring import rescale
from tests.support import ROOT


def test_node_unit_tests_pass_on_the_model_json(tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is missing: the widget's unit tests need it (Debian package 'nodejs')")
    model_json = tmp_path / "model.json"
    model_json.write_text(widget_json(load_model(), catalog("widget")), encoding="utf-8")
    schema = tmp_path / "export.schema.json"  # the published schema, which the import checks files against
    schema.write_text(schema_json(), encoding="utf-8")
    crosswalk = tmp_path / "crosswalk.json"  # the frameworks view's data, which the build writes beside model.json
    crosswalk.write_text(crosswalk_json(load_model()), encoding="utf-8")
    done = subprocess.run(
        [node, "--test", "tests/js/"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "GENAIOPS_MODEL_JSON": str(model_json),
            "GENAIOPS_EXPORT_SCHEMA": str(schema),
            "GENAIOPS_CROSSWALK_JSON": str(crosswalk),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert re.search(r"^# pass [1-9]", done.stdout, re.M) and "# fail 0" in done.stdout
    # A skipped test is one that says nothing: every unit test must run on the JSON this build writes.
    for tally in ("# skipped 0", "# todo 0", "# cancelled 0"):
        assert tally in done.stdout, done.stdout[-2000:]


def test_python_and_the_widget_round_rescaled_scores_alike():
    """The self-check page's worked example (macros/selfcheck/scoring.py) and the widget (scoring.js) share
    one rounding rule, half up; both are fed the same cases, halves included, and must agree on each."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is missing: the widget's unit tests need it (Debian package 'nodejs')")
    cases = [(p, a, 28) for a in range(1, 29) for p in range(a + 1)]
    script = (
        "import('./docs/assets/self-check/scoring.js').then(({ rescale }) => "
        "console.log(JSON.stringify(JSON.parse(process.argv[1]).map(([p, a, t]) => rescale(p, a, t)))))"
    )
    done = subprocess.run(
        [node, "--input-type=module", "-e", script, json.dumps(cases)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [rescale(p, a, t) for p, a, t in cases]
    assert rescale(13, 26, 28) == 14 and rescale(1, 8, 28) == 4  # 14.0, and 3.5 rounds up
