"""Live preview after a code change: the adapter re-imports the core and loads the whole model again."""

from __future__ import annotations

import subprocess
import sys

from tests.support import ROOT

# Run in a child process: dropping modules would leave this test process with two copies of the core.
SCRIPT = """
import os
from macros.adapter import hooks
from macros.paths import ROOT
before = hooks.model()
source = ROOT / "macros" / "render" / "md.py"
stat = source.stat()
os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
try:
    after = hooks.model()
finally:
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
print(type(after) is not type(before), len(after.practices) == len(before.practices),
      len(after.self_check.questions) == len(before.self_check.questions) > 0)
"""


def test_model_loads_completely_after_core_code_changes():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    # re-imported (a new Model class), the same practices, and the self-check's questions loaded again
    assert result.stdout.split() == ["True", "True", "True"]
