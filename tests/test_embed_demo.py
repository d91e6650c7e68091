"""``make embed-demo`` (``python -m tools embed-demo``): the local recipe for trying both embeds, which ``make serve``
cannot give (mkdocs serve sends no CORS header). The guide is served with one, host pages on the next port use it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request

from tests.support import ROOT
from tools.embed_demo import Demo


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tools", "embed-demo", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_without_a_built_site_it_says_to_build_one(tmp_path):
    done = _run("--site", str(tmp_path))
    assert done.returncode == 2
    assert done.stdout.strip() == f"{tmp_path}/ holds no built guide: run 'make site' first"


def test_a_busy_port_gives_one_line_and_another_to_try(tmp_path):
    (tmp_path / "assets" / "self-check").mkdir(parents=True)
    (tmp_path / "assets" / "self-check" / "embed.js").write_text("")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = _run("--site", str(tmp_path), "--port", str(port - 1))  # the host pages' port, PORT+1, is the busy one
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert (
        len(lines) == 1 and lines[0].startswith("cannot listen on 127.0.0.1:") and "make embed-demo PORT=" in lines[0]
    )
    assert "Traceback" not in done.stderr


def test_the_make_target_builds_then_serves_the_demo():
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    done = subprocess.run(["make", "-n", "embed-demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    commands = done.stdout.splitlines()
    build = next(i for i, line in enumerate(commands) if "mkdocs build --strict" in line)
    demo = next(i for i, line in enumerate(commands) if "-m tools embed-demo --site site --port 8000" in line)
    assert build < demo


def test_both_embeds_work_from_the_demos_host_pages(page, site_dir, data):
    demo = Demo(site_dir)
    try:
        assert demo.guide != demo.host
        with urllib.request.urlopen(demo.guide + "/assets/self-check/model.json") as response:
            assert response.headers["Access-Control-Allow-Origin"] == "*"
        page.goto(demo.host + "/")
        assert page.get_by_role("link").all_inner_texts() == ["In an iframe", "With a script, without an iframe"]

        page.get_by_role("link", name="With a script, without an iframe").click()
        element = page.locator(data["contract"]["embed_element"])
        element.locator(".gsc-area").first.wait_for()
        assert element.locator(".gsc-question").count() == len(data["questions"])

        page.goto(demo.host + "/frame.html")
        frame = page.frame_locator("iframe")
        frame.locator(".gsc-area").first.wait_for()
        page.wait_for_function("() => document.querySelector('iframe').clientHeight > 900")  # the listener fits it
        assert page.js_errors == []
    finally:
        demo.close()
