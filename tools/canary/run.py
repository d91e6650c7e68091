"""``python -m tools zensical-canary``: stage the guide, build it with Zensical, run every check, report each.

Exit status: 0 when every check passes; 1 when one fails (a blocker, to be read in the report), unless
``--fail-on crash``; 2 when the canary itself cannot run (the data is invalid, Zensical is not installed, staging
fails). ``.ci/run`` and the weekly workflow pass ``--fail-on crash``: Zensical's own blockers are reported, not
gated, until the move (adr/0001-outlive-the-build-stack.md).
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from macros.paths import ROOT

from ..site import CHROMIUM, CHROMIUM_ARGS, LocalSite
from . import checks

ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"
REQUIREMENTS = ROOT / "requirements-zensical.txt"
STATIC = {
    "pages": ("the page list the model demands", checks.pages),
    "model-json": ("assets/self-check/model.json present and equal to the model's", checks.model_json),
    "no-template": ("no {{ or {% left in any page, outside code samples", checks.no_template_left),
    "mermaid": ("every diagram page carries its diagram, mermaid is self-hosted", checks.mermaid),
}
BROWSER = {
    "diagrams-render": ("the diagrams render in Chromium", checks.diagrams_render),
    "self-check": ("the self-check loads and scores in Chromium", checks.self_check_scores),
    "axe": ("axe finds no WCAG 2.x A/AA violation", checks.axe_clean),
}


@dataclass
class Outcome:
    name: str
    what: str
    problems: list[str]


def pinned_version() -> str:
    return re.search(r"^zensical==(\S+)", REQUIREMENTS.read_text(encoding="utf-8"), re.M).group(1)


def run_checks(site: Path, model, core, browser=None) -> list[Outcome]:
    """Every check over a built site; the browser checks serve it on 127.0.0.1 and drive Chromium.

    ``browser`` is a running Playwright browser (the test suite's own, since one process runs one Playwright);
    without it, one is started and closed here.
    """
    out = [Outcome(name, what, check(site, model, core)) for name, (what, check) in STATIC.items()]
    words = core("macros.i18n.messages").catalog("widget")
    data = json.loads(core("macros.selfcheck.export").widget_json(model, words))  # the questions the widget must show
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            started = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return out + _in_browser(site, started, data)
            finally:
                started.close()
    return out + _in_browser(site, browser, data)


def _in_browser(site: Path, browser, data: dict) -> list[Outcome]:
    out = []
    server = LocalSite(site)
    try:
        for name, (what, check) in BROWSER.items():
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            found = check(page, server.url, data) if name == "self-check" else check(page, server.url)
            out.append(Outcome(name, what, found))
            context.close()
    finally:
        server.close()
    return out


def newer_releases(pip: Path) -> list[str]:
    """Each release newer than the pin, and whether it installs with its dependencies (asks the registry)."""
    listed = subprocess.run([str(pip), "index", "versions", "zensical"], capture_output=True, text=True)
    found = re.search(r"Available versions: (.*)", listed.stdout)
    if not found:
        return [f"could not list zensical's releases: {listed.stderr.strip()[-300:]}"]
    lines = []
    for version in found.group(1).split(", "):
        if version == pinned_version():
            break
        trial = subprocess.run(
            [str(pip), "install", "--dry-run", "--quiet", f"zensical=={version}"], capture_output=True, text=True
        )
        if trial.returncode == 0:
            lines.append(f"zensical {version}: installs - raise the pin in requirements-zensical.txt")
        else:
            why = [line for line in trial.stderr.splitlines() if line.startswith("ERROR: ")] or ["ERROR: pip failed"]
            lines.append(f"zensical {version}: not installable - {why[-1]}")
    return lines


def report(build: str, outcomes: list[Outcome], notes: list[str]) -> str:
    rows = [f"| {o.name} | {'pass' if not o.problems else 'FAIL'} | {o.what} |" for o in outcomes]
    details = [
        f"- **{o.name}**: " + "; ".join(o.problems[:10]) + (" ..." if len(o.problems) > 10 else "")
        for o in outcomes
        if o.problems
    ]
    passed = sum(1 for o in outcomes if not o.problems)
    return "\n".join(
        [
            f"# Zensical canary: {passed} of {len(outcomes)} checks pass",
            "",
            build,
            "",
            "| check | result | what it checks |",
            "| --- | --- | --- |",
            *rows,
            *(["", "## What fails", "", *details] if details else []),
            *(["", "## Newer releases", "", *(f"- {n}" for n in notes)] if notes else []),
            "",
        ]
    )


def add_parser(sub) -> None:
    parser = sub.add_parser("zensical-canary", help="build the staged site with Zensical and report each check")
    parser.add_argument("--report", type=Path, help="also write the report (Markdown) to this file")
    parser.add_argument(
        "--zensical", type=Path, default=ZENSICAL, help="the zensical command (default: .venv-zensical's)"
    )
    parser.add_argument(
        "--fail-on", choices=["check", "crash"], default="check", help="crash: exit 0 when only checks fail"
    )
    parser.add_argument("--newer", action="store_true", help="ask the registry whether a newer Zensical installs")
    parser.add_argument("--keep", type=Path, help="stage and build in this folder and keep it")
    parser.set_defaults(run=main)


def main(args) -> int:
    from macros.adapter.outputs import AdapterError
    from macros.adapter.stage import stage
    from macros.adapter.state import Build

    if not args.zensical.exists():
        print(f"{args.zensical} is not installed: run 'make zensical' first")
        return 2
    build = Build()
    with tempfile.TemporaryDirectory(prefix="genaiops-canary-") as tmp:
        staged = (args.keep or Path(tmp)) / "staged"
        start = time.monotonic()
        try:
            stage(staged, tool="zensical", build=build)
        except (build.core("macros.problems").InvalidModel, AdapterError) as exc:
            print(f"the canary cannot stage the guide:\n{exc}")
            return 2
        staging = time.monotonic() - start
        start = time.monotonic()
        done = subprocess.run(
            [str(args.zensical), "build", "--strict", "-f", str(staged / "mkdocs.yml")],
            cwd=staged,
            capture_output=True,
            text=True,
        )
        took = time.monotonic() - start
        line = (
            f"Zensical {pinned_version()} (`{args.zensical.name} build --strict` of the staged site): exit "
            f"{done.returncode} in {took:.1f} s, after {staging:.1f} s of staging."
        )
        outcomes = []
        if done.returncode != 0:
            outcomes.append(Outcome("build", "the build exits 0", [(done.stdout + done.stderr).strip()[-1500:]]))
        site = staged / "site"
        if site.is_dir():
            outcomes += run_checks(site, build.model(), build.core)
        else:
            outcomes.append(Outcome("site", "the build wrote a site", [f"no {site}"]))
    notes = newer_releases(args.zensical.parent / "pip") if args.newer else []
    text = report(line, outcomes, notes)
    print(text)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    failed = any(o.problems for o in outcomes)
    return 1 if failed and args.fail_on == "check" else 0
