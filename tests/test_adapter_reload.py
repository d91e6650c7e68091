"""Live preview after a code change: the adapter re-imports the core and loads the whole model again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tests.support import ROOT

# Run in a child process: dropping modules would leave this test process with two copies of the core. The child
# imports a copy of the code, whose file it touches: the repository's own files are never changed.
SCRIPT = """
import os
from macros.adapter import hooks
from macros.paths import ROOT
assert str(ROOT) == os.environ["EXPECTED_ROOT"], ROOT  # the copy, not the repository
before = hooks.model()
source = ROOT / "macros" / "render" / "md.py"
stat = source.stat()
os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
after = hooks.model()
print(type(after) is not type(before), len(after.practices) == len(before.practices),
      len(after.self_check.questions) == len(before.self_check.questions) > 0)
"""


def test_model_loads_completely_after_core_code_changes(tmp_path):
    shutil.copytree(ROOT / "macros", tmp_path / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data", tmp_path / "data")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "EXPECTED_ROOT": str(tmp_path)}
    env.pop("GENAIOPS_DATA", None)
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    # re-imported (a new Model class), the same practices, and the self-check's questions loaded again
    assert result.stdout.split() == ["True", "True", "True"]
