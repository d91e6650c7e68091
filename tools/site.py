"""The built site as the tests, the link checker and the benchmark meet it: a strict build in a fresh process,
served on 127.0.0.1 by :class:`LocalSite`, the one local server they all use (and ``make embed-demo``).

The build tool is ``ENGINE`` (the environment variable ``make`` passes on too): ``mkdocs``, the default, from
.venv, or ``properdocs`` from its own .venv-properdocs (``make properdocs``). ``ENGINE=properdocs make test`` runs
the suite's builds and previews with ProperDocs.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from macros.paths import ROOT

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "CORSHandler",
    "ENGINES",
    "LocalSite",
    "SiteHandler",
    "build_languages",
    "build_site",
    "engine_command",
    "language_configs",
]

# engine -> the interpreter of the environment it is installed in
ENGINES = {"mkdocs": ROOT / ".venv" / "bin" / "python", "properdocs": ROOT / ".venv-properdocs" / "bin" / "python"}

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Chromium's background services try to reach Google; this machine (and CI) has no such network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]


def engine_command(engine: str | None = None) -> list[str]:
    """How to run the build tool ``engine`` (default: ``$ENGINE``, else mkdocs): ``[python, "-m", engine]``."""
    engine = engine or os.environ.get("ENGINE") or "mkdocs"
    if engine not in ENGINES:
        raise ValueError(f"ENGINE={engine} is not one of: {', '.join(ENGINES)}")
    python = ENGINES[engine] if engine != "mkdocs" else Path(sys.executable)
    if not python.exists():
        raise FileNotFoundError(f"{engine} is not installed: run 'make {engine}' first")
    return [str(python), "-m", engine]


def build_site(
    dest: Path,
    data_dir: Path | None = None,
    config: Path = ROOT / "mkdocs.yml",
    site_url: str | None = None,
    engine: str | None = None,
) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` (or ``engine``'s) of ``data_dir`` (default: data/) into ``dest``, as a contributor runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("GENAIOPS_DATA", None)
    if site_url:
        env["SITE_URL"] = site_url
    if data_dir:
        env["GENAIOPS_DATA"] = str(data_dir)
    return subprocess.run(
        [*engine_command(engine), "build", "--strict", "-f", str(config), "-d", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def language_configs(root: Path = ROOT) -> dict[str, Path]:
    """Each language besides English: its prefix under the English site -> its config, ``mkdocs.<prefix>.yml``
    (``mkdocs.pt-br.yml`` is built into ``site/pt-br/``)."""
    return {p.name.removeprefix("mkdocs.").removesuffix(".yml"): p for p in sorted(root.glob("mkdocs.*.yml"))}


def build_languages(
    dest: Path, data_dir: Path | None = None, site_url: str | None = None, engine: str | None = None
) -> subprocess.CompletedProcess:
    """The whole published site, as ``make site`` builds it: English into ``dest``, then each other language into
    ``dest/<prefix>`` (English first: its build empties ``dest``). Returns the first failed build, else the last."""
    done = build_site(dest, data_dir, site_url=site_url, engine=engine)
    for prefix, config in language_configs().items():
        if done.returncode != 0:
            break
        done = build_site(Path(dest) / prefix, data_dir, config=config, site_url=site_url, engine=engine)
    return done


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves a built site quietly; subclass it to add headers (the tests add a Content-Security-Policy)."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        # LinkChecker's opt-out from its politeness delay: external hosts keep theirs, our own pages need none.
        self.send_header("LinkChecker", "unthrottled")
        super().end_headers()


class CORSHandler(SiteHandler):
    """Serves a built site with ``Access-Control-Allow-Origin: *``, as GitHub Pages serves public sites: what the
    script embed needs to load the guide's JSON and CSS into a page of another origin (``make serve`` sends none)."""

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


class LocalSite:
    """A built site over HTTP on 127.0.0.1, so directory URLs resolve as on GitHub Pages, until closed (or the
    ``with`` block ends). ``url`` has no final slash; ``handler`` is a :class:`SiteHandler` or any
    ``SimpleHTTPRequestHandler``. ``port`` 0 (the default) takes any free port, as the tests do;
    ``tools embed-demo`` asks for a known one."""

    def __init__(self, site_dir: Path, handler=SiteHandler, port: int = 0):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LocalSite:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
