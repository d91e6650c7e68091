"""`make serve`: the live preview rebuilds when a data file changes."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.support import FIXTURES, ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - a local http:// URL
            return response.read().decode()
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _get(url):
            return True
        time.sleep(0.5)
    return False


@pytest.mark.build
def test_serve_rebuilds_when_a_practice_changes(tmp_path):
    project = tmp_path / "p"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(FIXTURES / "minimal", project / "data")
    for name in ("macros", "node_modules", "overrides"):
        os.symlink(ROOT / name, project / name)
    port = _free_port()
    env = {**os.environ, "GENAIOPS_DATA": str(project / "data"), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/practices/ci-cd/"
    try:
        assert _wait_for(url, "Practice ci-cd"), "the preview never came up"
        practice = project / "data" / "practices" / "ci-cd.yml"
        practice.write_text(
            practice.read_text().replace("title: Practice ci-cd", "title: Continuous delivery for prompts")
        )
        assert _wait_for(url, "Continuous delivery for prompts"), "the preview did not rebuild after the data changed"
    finally:
        server.terminate()
        server.wait(timeout=20)
