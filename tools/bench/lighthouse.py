"""Lighthouse (npm package, node_modules/.bin/lighthouse) against Debian's Chromium, mobile and desktop."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from macros.paths import ROOT
from tools.site import CHROMIUM

from .runs import median

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Headless, and none of Chromium's calls home: this machine (and CI) has no route to them.
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--no-first-run --disable-sync --disable-default-apps"
)
FORM_FACTORS = ("mobile", "desktop")


@dataclass
class Scores:
    page: str
    form_factor: str
    runs: list[dict[str, int]]  # category -> score 0-100, one dict per run
    failing: dict[str, list[str]]  # category -> titles of its audits that scored below 1 in the last run

    def score(self, category: str) -> float:
        return median([r[category] for r in self.runs])


def version() -> str:
    result = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True)
    return result.stdout.strip() or "not installed"


def _run(url: str, form_factor: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        out = Path(tmp) / "report.json"
        cmd = [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            f"--output-path={out}",
            "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        if form_factor == "desktop":
            cmd.append("--preset=desktop")
        # TMPDIR: Lighthouse's Chromium profile goes there and is removed with it.
        result = subprocess.run(
            cmd, env={**os.environ, "CHROME_PATH": CHROMIUM, "TMPDIR": tmp}, capture_output=True, text=True
        )
        if result.returncode != 0 or not out.is_file():
            raise RuntimeError(
                f"lighthouse {url} ({form_factor}) failed ({result.returncode}):\n{result.stderr[-3000:]}"
            )
        return json.loads(out.read_text())


def _failing(report: dict) -> dict[str, list[str]]:
    out = {}
    for cat in CATEGORIES:
        refs = report["categories"][cat]["auditRefs"]
        bad = []
        for ref in refs:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                bad.append(f"{audit['title']} ({audit.get('displayValue') or audit['score']})")
        out[cat] = bad
    return out


def measure(base_url: str, pages: dict[str, str], runs: int, form_factors=FORM_FACTORS) -> list[Scores]:
    results = []
    for label, path in pages.items():
        for form_factor in form_factors:
            scores = Scores(label, form_factor, [], {})
            for _ in range(runs):
                report = _run(base_url + path, form_factor)
                if report.get("runtimeError"):
                    raise RuntimeError(f"lighthouse {base_url + path}: {report['runtimeError']}")
                scores.runs.append({c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES})
                scores.failing = _failing(report)
            results.append(scores)
    return results
