"""The Markdown report: machine, versions, one table per measurement, and the targets met or missed."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from tools.site import CHROMIUM

from .build_overhead import Overhead
from .first_build import FirstBuild
from .languages import LanguageBuild
from .languages import rows as language_rows
from .lighthouse import CATEGORIES, Scores
from .lighthouse import version as lighthouse_version
from .page_weight import Weight
from .scaling import Size

FINDINGS = Path(__file__).with_name("findings.md")
TARGET_OVERHEAD = 1.15
TARGET_VALIDATE_S = 1.0
TARGET_PER_PAGE_RATIO = 1.3
TARGET_LIGHTHOUSE = 95
TARGET_FIRST_BUILD_RATIO = 0.5


@dataclass
class Results:
    runs: int
    overhead: Overhead | None = None
    sizes: list[Size] = field(default_factory=list)
    weights: list[Weight] = field(default_factory=list)
    widget_bytes: dict[str, int] | None = None
    lighthouse: list[Scores] = field(default_factory=list)
    first_build: FirstBuild | None = None
    languages: list[LanguageBuild] = field(default_factory=list)
    seconds: float = 0.0


def table(headers: list[str], rows: list[list]) -> str:
    def fmt(value) -> str:
        if isinstance(value, float):
            return f"{value:.3f}" if value < 10 else f"{value:.1f}"
        return str(value)

    def numeric(column: int) -> bool:
        return all(
            isinstance(row[column], (int, float)) or re.fullmatch(r"\d+(\.\d+)?", str(row[column])) for row in rows
        )

    # Numbers right-aligned, text left-aligned.
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join(" ---: " if numeric(i) else " --- " for i in range(len(headers))) + "|",
    ]
    lines += ["| " + " | ".join(fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _first_line(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    return out.splitlines()[0] if out else "not found"


def machine() -> list[list[str]]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kb = next(
        (
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    return [
        ["CPU", cpu],
        ["cores", str(os.cpu_count())],
        ["memory", f"{mem_kb / 1024 / 1024:.1f} GiB"],
        ["system", f"{platform.system()} {platform.release()}"],
    ]


def versions() -> list[list[str]]:
    rows = [["Python", platform.python_version()]]
    for package in (
        "mkdocs",
        "mkdocs-material",
        "mkdocs-macros-plugin",
        "PyYAML",
        "jsonschema",
        "jsonschema-rs",
        "Markdown",
    ):
        try:
            rows.append([package, metadata.version(package)])
        except metadata.PackageNotFoundError:
            rows.append([package, "not installed"])
    rows.append(["Chromium", _first_line([CHROMIUM, "--version"])])
    rows.append(["Lighthouse", lighthouse_version()])
    rows.append(["Node.js", _first_line(["node", "--version"])])
    return rows


def _kb(n: int | None) -> str:
    return "not present" if n is None else f"{n / 1024:.1f}"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def targets(r: Results) -> list[list[str]]:
    rows = []
    if r.overhead:
        rows.append(
            [
                f"build overhead ≤ {TARGET_OVERHEAD}×",
                f"{r.overhead.ratio_wall:.2f}× (whole command), {r.overhead.ratio_reported:.2f}× (MkDocs' build phase)",
                _verdict(r.overhead.ratio_wall <= TARGET_OVERHEAD),
            ]
        )
    by_n = {s.practices: s for s in r.sizes}
    if 1000 in by_n:
        rows.append(
            [
                f"1,000 practices validate in < {TARGET_VALIDATE_S:.0f} s",
                f"{by_n[1000].validate_s:.3f} s in process, {by_n[1000].cli_s:.3f} s for `python -m macros check`",
                _verdict(by_n[1000].validate_s < TARGET_VALIDATE_S),
            ]
        )
    if 100 in by_n and 1000 in by_n:
        ratio = by_n[1000].ms_per_page / by_n[100].ms_per_page
        rows.append(
            [
                f"build time per page, 1,000 / 100 practices < {TARGET_PER_PAGE_RATIO}",
                f"{ratio:.2f}",
                _verdict(ratio < TARGET_PER_PAGE_RATIO),
            ]
        )
        per_practice = (by_n[1000].validate_s / 1000) / (by_n[100].validate_s / 100)
        rows.append(
            [
                "no quadratic step (validation time per practice, 1,000 / 100)",
                f"{per_practice:.2f}",
                _verdict(per_practice < TARGET_PER_PAGE_RATIO),
            ]
        )
    if r.weights:
        third = sum(len(w.third_party) for w in r.weights)
        rows.append(["third-party requests = 0", str(third), _verdict(third == 0)])
    if r.lighthouse:
        low = [
            f"{s.page} {s.form_factor} {c} {s.score(c):.0f}"
            for s in r.lighthouse
            for c in CATEGORIES
            if s.score(c) < TARGET_LIGHTHOUSE
        ]
        rows.append([f"every Lighthouse score ≥ {TARGET_LIGHTHOUSE}", "; ".join(low) or "all ≥ 95", _verdict(not low)])
    if r.first_build:
        fb = r.first_build
        rows.append(
            [
                f"first `make site` on a fresh clone ≤ {TARGET_FIRST_BUILD_RATIO}× the time of installing everything first",
                f"{fb.ratio:.2f}× ({fb.wall('build set'):.1f} s against {fb.wall('everything'):.1f} s)",
                _verdict(fb.ratio <= TARGET_FIRST_BUILD_RATIO),
            ]
        )
    return rows


def render(r: Results) -> str:
    out = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC in {r.seconds / 60:.1f} min. "
        "Every figure is the median of several runs; every ratio compares two figures of the same run.",
        "",
    ]
    out += ["## Machine and versions", "", table(["", "this machine"], machine() + versions()), ""]
    out += ["## Targets", "", table(["target", "this run", ""], targets(r)), ""]
    if r.overhead:
        o = r.overhead
        out += [
            "## 1. Build overhead of the generator",
            "",
            "`mkdocs build --strict` of the real site against the same pages as plain Markdown (captured after the macros "
            f"ran) with the hooks and mkdocs-macros switched off; {o.runs} interleaved runs each. *Whole command* includes "
            'starting Python and importing everything; *build phase* is MkDocs\' own "Documentation built in" figure.',
            "",
            table(["build", "pages", "whole command, s", "build phase, s"], o.rows()),
            "",
            f"Ratio: **{o.ratio_wall:.2f}×** (whole command), {o.ratio_reported:.2f}× (build phase): the median of the "
            "ratios of builds run back to back.",
            "",
        ]
    if r.sizes:
        rows = [
            [
                s.practices,
                s.references,
                s.pages,
                1000 * s.validate_s,
                1000 * s.cli_s,
                s.build_wall,
                s.build_reported,
                s.ms_per_page,
            ]
            for s in r.sizes
        ]
        out += [
            "## 2. Scaling",
            "",
            "Synthetic, valid data (tools/bench/synthetic.py: realistic text lengths, 6 areas (fewer below 6 practices), "
            "10 references per practice, a self-check question for every three practices) in a temp dir. "
            f"Validation: {len(r.sizes[0].validate)} runs; builds: "
            + ", ".join(f"{len(s.builds)} at {s.practices}" for s in r.sizes)
            + ". Time per page uses the build phase.",
            "",
            table(
                [
                    "practices",
                    "references",
                    "pages",
                    "validate, ms",
                    "`macros check`, ms",
                    "build, s",
                    "build phase, s",
                    "ms per page",
                ],
                rows,
            ),
            "",
        ]
    if r.weights:
        rows = [
            [
                w.page,
                f"`/{w.path}`",
                w.requests,
                len(w.third_party),
                w.mermaid_requests,
                _kb(w.body["HTML"]),
                _kb(w.body["JS"]),
                _kb(w.body["CSS"]),
                _kb(w.body["other"]),
                _kb(w.total),
            ]
            for w in r.weights
        ]
        home = next((w for w in r.weights if w.mermaid_requests), None)
        out += [
            "## 3. Page weight",
            "",
            "A first visit (empty cache) in Chromium, served gzipped from 127.0.0.1, read to the end (diagrams scrolled into "
            "view, so they render). KB are gzipped bytes on the wire; *other* is the search index, the sitemap and the icon; "
            "the total adds response headers.",
            "",
            table(
                [
                    "page",
                    "path",
                    "requests",
                    "third-party",
                    "mermaid requests",
                    "HTML KB",
                    "JS KB",
                    "CSS KB",
                    "other KB",
                    "total KB",
                ],
                rows,
            ),
            "",
            (
                f"Mermaid on the {home.page} page: {home.mermaid_requests} requests, {_kb(home.mermaid_bytes)} KB gzipped, loaded "
                "only when the diagram comes within half a screen of the viewport."
                if home
                else "No measured page loaded mermaid."
            ),
            "Self-check widget as served (minified, gzipped -9), against its 22 KB budget for a first visit: "
            + "; ".join(f"{label}: {_kb(size)} KB" for label, size in (r.widget_bytes or {}).items())
            + ". Its scripts load only on pages that carry the widget (`self-check-loader.js` imports them).",
            "",
        ]
    if r.lighthouse:
        runs = len(r.lighthouse[0].runs)
        rows = [[s.page, s.form_factor, *(f"{s.score(c):.0f}" for c in CATEGORIES)] for s in r.lighthouse]
        out += [
            "## 4. Lighthouse",
            "",
            f"Lighthouse against Debian's Chromium (headless), the site served gzipped on 127.0.0.1; median of {runs} "
            f"run{'s' if runs != 1 else ''} per page and form factor (mobile is Lighthouse's default throttled phone).",
            "",
            table(["page", "form factor", *CATEGORIES], rows),
            "",
        ]
        below = [(s, c) for s in r.lighthouse for c in CATEGORIES if s.score(c) < TARGET_LIGHTHOUSE]
        for s, c in below:
            out.append(
                f"- {s.page} {s.form_factor} {c}: " + ("; ".join(s.failing.get(c, [])) or "no failing audit listed")
            )
        if below:
            out.append("")
    out += [
        "## 5. Accessibility",
        "",
        "axe-core (WCAG 2.0-2.2 A and AA rules) runs over every page type in the light and the dark palette as part of "
        "`make test`: tests/test_accessibility.py.",
        "",
    ]
    if r.first_build:
        fb = r.first_build
        runs = len(fb.runs["build set"])
        out += [
            "## 6. The first build on a fresh clone",
            "",
            "`make site` in a new clone of the working tree installs the build set only (requirements-build.txt, npm's "
            "`dependencies`), then builds; `make setup site` installs everything first, as the first `make site` did "
            "before the sets were split. Each run has a clone and empty pip and npm caches of its own, so every package "
            f"comes from the registries; {runs} run{'s' if runs != 1 else ''} of each, alternating. Sizes are on disk "
            "(as `du`), in MiB.",
            "",
            table(
                ["command", "installs", "runs", "whole command, s", "build phase, s", ".venv", "node_modules", "total"],
                fb.rows(),
            ),
            "",
            f"Ratio of the times: **{fb.ratio:.2f}×**; installed size "
            f"{fb.size('build set') / fb.size('everything'):.2f}× that of everything.",
            "",
        ]
    if r.languages:
        second = r.languages[1:]
        cost = sum(lang.reported for lang in second)
        out += [
            "## 7. Languages",
            "",
            "One build per language on the real data (English: mkdocs.yml; each other language: its "
            f"mkdocs.<path>.yml), {len(r.languages[0].builds)} interleaved runs of each, medians. The time ratio is "
            "the language's build time over English's (MkDocs' own figure), the page ratio its pages over "
            "English's: the first should track the second.",
            "",
            table(
                ["language", "whole command, s", "MkDocs build, s", "pages", "time ratio", "page ratio"],
                language_rows(r.languages),
            ),  # fmt: skip
            "",
            f"The languages besides English add **{cost:.2f} s** of build time to `make site` "
            f"({cost / r.languages[0].reported:.2f}× English's).",
            "",
        ]
    if FINDINGS.is_file():
        out += [FINDINGS.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(out)
