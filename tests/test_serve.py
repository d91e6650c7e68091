"""`make serve`: the live preview rebuilds when a data file changes, and invalid data gives a page, not a hang."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from types import SimpleNamespace

import pytest

from macros.adapter.preview import error_page
from macros.problems import Problem
from tests.support import FIXTURES, ROOT
from tools.site import engine_command

BROKEN = "practices/ci-cd.yml:4"  # where `level: 5` sits in the minimal fixture's ci-cd.yml


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[str, float]:
    """The body (error pages included; empty when the server did not answer within 5 s) and how long it took."""
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - a local http:// URL
            body = response.read().decode()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode()
    except OSError:
        body = ""
    return body, time.monotonic() - start


def _wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _get(url)[0]:
            return True
        time.sleep(0.5)
    return False


@contextlib.contextmanager
def _preview(tmp_path, *, break_first: bool = False):
    """`mkdocs serve --strict` (or `$ENGINE serve`), as `make serve` runs it, of a project copy with the minimal fixture's data."""
    project = tmp_path / "p"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(FIXTURES / "minimal", project / "data")
    for name in ("macros", "node_modules", "overrides"):
        os.symlink(ROOT / name, project / name)
    practice = project / "data" / "practices" / "ci-cd.yml"
    if break_first:
        _set_level(practice, "2", "5")
    port = _free_port()
    env = {**os.environ, "GENAIOPS_DATA": str(project / "data"), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [
            *engine_command(),  # mkdocs, or $ENGINE (properdocs)
            "serve",
            "--strict",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(project / "mkdocs.yml"),
        ],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield SimpleNamespace(url=f"http://127.0.0.1:{port}", practice=practice, server=server)
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl-C: MkDocs removes its temporary site directory
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=20)


def _set_level(practice, old: str, new: str) -> None:
    text = practice.read_text()
    assert f"\nlevel: {old}\n" in text
    practice.write_text(text.replace(f"\nlevel: {old}\n", f"\nlevel: {new}\n"))


@pytest.mark.build
def test_serve_rebuilds_when_a_practice_changes(tmp_path):
    with _preview(tmp_path) as preview:
        url = preview.url + "/practices/ci-cd/"
        assert _wait_for(url, "Practice ci-cd"), "the preview never came up"
        practice = preview.practice
        practice.write_text(
            practice.read_text().replace("title: Practice ci-cd", "title: Continuous delivery for prompts")
        )
        assert _wait_for(url, "Continuous delivery for prompts"), "the preview did not rebuild after the data changed"


@pytest.mark.build
def test_invalid_data_shows_every_problem_at_once_and_a_fix_brings_the_guide_back(tmp_path):
    with _preview(tmp_path) as preview:
        page = preview.url + "/practices/ci-cd/"
        assert _wait_for(page, "Practice ci-cd"), "the preview never came up"

        _set_level(preview.practice, "2", "5")
        deadline, slowest, body = time.monotonic() + 30, 0.0, ""
        while BROKEN not in body and time.monotonic() < deadline:
            body, took = _get(page)
            slowest = max(slowest, took)
            time.sleep(0.2)
        assert BROKEN in body, "the preview never showed the problem"
        assert "expected a maturity level number from 1 to 4" in body
        assert slowest < 5, f"a request waited {slowest:.1f} s for the broken build"
        # every address answers at once with the same list: the home page, hand-written pages, unknown ones (404)
        for path in ("/", "/self-check/", "/no-such-page/"):
            body, took = _get(preview.url + path)
            assert BROKEN in body and took < 5, path

        _set_level(preview.practice, "5", "2")
        assert _wait_for(page, "Practice ci-cd", seconds=30), "the preview did not recover after the fix"
        assert BROKEN not in _get(page)[0]
    assert preview.server.returncode == 0, preview.server.stderr.read()[-2000:]


@pytest.mark.build
def test_a_preview_started_on_invalid_data_reloads_the_browser_once_it_is_fixed(tmp_path, browser):
    with _preview(tmp_path, break_first=True) as preview:
        page_url = preview.url + "/practices/ci-cd/"  # never built yet: MkDocs answers with the 404 page
        assert _wait_for(page_url, BROKEN), "the preview did not come up with the problems"
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(page_url)
            assert page.get_by_role("heading", level=1).inner_text().startswith("The guide cannot be built")
            assert BROKEN in page.get_by_role("list").locator("code").first.inner_text()
            page.wait_for_timeout(500)  # the page's poll has started
            _set_level(preview.practice, "5", "2")
            page.wait_for_function("document.title.startsWith('Practice ci-cd')", timeout=30_000)
        finally:
            context.close()


def test_the_error_page_is_accessible_and_escapes_the_data():
    found = [
        Problem("data/practices/a.yml", 4, "'level' is 5 - expected a maturity level number from 1 to 4"),
        Problem("data/practices/<b>.yml", 2, "raw HTML '<script>alert(1)</script>' & more"),
    ]
    page = error_page(found)
    assert '<html lang="en">' in page and "<title>The data has 2 problems" in page
    assert "<h1>The guide cannot be built: the data has 2 problems</h1>" in page
    assert "<li><code>data/practices/a.yml:4</code>: &#x27;level&#x27; is 5" in page
    escaped = "raw HTML &#x27;&lt;script&gt;alert(1)&lt;/script&gt;&#x27; &amp; more"
    assert f"<code>data/practices/&lt;b&gt;.yml:2</code>: {escaped}" in page
    assert "<script>alert" not in page and "<b>" not in page
    assert page.count("<li>") == 2 and "<ul" in page
    assert "<script>" not in page and "/livereload/" in error_page(found, reload_script=True)
