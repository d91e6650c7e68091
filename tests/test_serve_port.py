"""`make serve PORT=N`: a busy or impossible port stops it with one line that names the port and the way out."""

from __future__ import annotations

import socket
import subprocess

import pytest

from tests.support import ROOT
from tools.port import problem

# -o: take the environments as installed, so the test installs nothing (it never gets as far as mkdocs).
NO_INSTALL = ["-o", ".venv/.installed-build", "-o", "node_modules/.installed-build"]


def _serve(port: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "-s", *NO_INSTALL, "serve", f"PORT={port}"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


def test_a_busy_port_gives_one_line_naming_it_and_how_to_choose_another(busy_port):
    done = _serve(str(busy_port))
    assert done.returncode != 0
    output = (done.stdout + done.stderr).strip().splitlines()
    assert len(output) == 1, output
    (line,) = output
    assert f"port {busy_port} is busy" in line
    assert "make serve PORT=" in line and "Traceback" not in line


def test_the_suggested_port_is_another_one(busy_port):
    message = problem(str(busy_port))
    assert message and f"port {busy_port} is busy" in message
    suggested = int(message.rsplit("make serve PORT=", 1)[1].split("'")[0])
    assert suggested != busy_port


@pytest.mark.parametrize("value", ["abc", "0", "70000", ""])
def test_a_value_that_is_no_port_says_so(value):
    done = _serve(value)
    assert done.returncode != 0
    output = (done.stdout + done.stderr).strip().splitlines()
    assert len(output) == 1 and "is not a port number (1-65535)" in output[0], output
    assert "Traceback" not in done.stderr


def test_a_free_port_passes_the_check_and_reaches_mkdocs_serve():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert problem(str(port)) is None
    # -n prints the recipe without starting the server: the port is the one asked for.
    done = subprocess.run(
        ["make", "-n", *NO_INSTALL, "serve", f"PORT={port}"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert f"mkdocs serve --strict --dev-addr 127.0.0.1:{port}" in done.stdout


def test_the_default_port_is_8000():
    done = subprocess.run(["make", "-pn", *NO_INSTALL, "help"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "\nPORT = 8000\n" in done.stdout  # make's database (-p) prints `PORT ?= 8000` so
