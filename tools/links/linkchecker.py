"""Running LinkChecker and reading its CSV output; :func:`verdict` is the policy for what counts as broken."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Refusals that say nothing about whether the page exists: the server blocks automated clients or
# rate-limits them. They are re-checked like failures and, if they persist, reported for a person to open.
REFUSALS = {401, 403, 429}
_STATUS = re.compile(r"^(\d{3})\b")
_PERMANENT = re.compile(r"status: 30[18]\b")


class LinkCheckerFailed(RuntimeError):
    """LinkChecker itself failed (not a broken link): bad arguments, a crash, or no CSV output."""


@dataclass(frozen=True)
class Result:
    url: str  # as written in the page (LinkChecker's "urlname")
    final_url: str  # absolute, after redirects (LinkChecker's "url")
    parent: str  # the page it was first found on; empty for a start URL
    status: str  # "200 OK", "404 Not Found", "ReadTimeout: ...", "filtered", "syntax OK"
    warning: str
    info: str
    valid: bool

    @property
    def code(self) -> int | None:
        m = _STATUS.match(self.status)
        return int(m.group(1)) if m else None


def verdict(result: Result) -> str:
    """'ok', 'redirected', 'ignored', 'unverified' (the server would not say) or 'broken'."""
    if result.status == "filtered":  # matched the ignore list: only the syntax was checked
        return "ignored"
    if result.valid:
        if "Redirected to" in result.warning:
            return "redirected"
        if "robots.txt" in result.info:  # "Access denied by robots.txt, checked only syntax."
            return "unverified"
        return "ok"
    return "unverified" if result.code in REFUSALS else "broken"


def permanent_redirect(result: Result) -> bool:
    """A 301 or 308: the cited address should be updated to the new one."""
    return bool(_PERMANENT.search(result.warning))


def parse_csv(text: str) -> list[Result]:
    """LinkChecker's ``-o csv`` output: '#' comment lines around a ';'-separated table with a header row."""
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    if not rows or not rows[0].startswith("urlname;"):
        raise LinkCheckerFailed("LinkChecker printed no CSV table")
    results = []
    for row in csv.DictReader(rows, delimiter=";"):
        results.append(
            Result(
                url=row["urlname"],
                final_url=row["url"],
                parent=row["parentname"],
                status=row["result"],
                warning=row["warningstring"],
                info=row["infostring"],
                valid=row["valid"] == "True",
            )
        )
    return results


def _config(directory: Path, ca_bundle: Path | None) -> Path:
    """Our own linkcheckerrc, so a user's ~/.config/linkchecker settings cannot change the verdicts."""
    # LinkChecker waits 0.1-0.6 s between requests to one host, except to hosts whose answers carry a
    # "LinkChecker" header: those wait 1/maxrequestspersecond. Our own site server sends it (tools.site.SiteHandler).
    lines = ["[checking]", "maxrequestspersecond=100"]
    if ca_bundle:  # such as a company proxy's CA; LinkChecker's default is the system or certifi bundle
        lines.append(f"sslverify={ca_bundle}")
    path = directory / "linkcheckerrc"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(
    urls: list[str], *, ignore: list[str], timeout: int, threads: int, recurse: bool, ca_bundle: Path | None = None
) -> list[Result]:
    """Check ``urls`` (read from stdin). ``recurse`` crawls from them (a site); otherwise each URL is checked alone."""
    with tempfile.TemporaryDirectory(prefix="linkcheck-") as tmp:
        # Run as root, LinkChecker switches to the user 'nobody' after reading its configuration; the
        # CA bundle is read later, so this directory and anything it names must be world-readable.
        os.chmod(tmp, 0o755)  # noqa: S103 - it holds no secret
        args = [
            sys.executable,
            "-m",
            "linkcheck",
            "--config",
            str(_config(Path(tmp), ca_bundle)),
            "--check-extern",
            "--verbose",
            "--no-status",
            "-o",
            "csv/utf-8",
            "--timeout",
            str(timeout),
            "--threads",
            str(threads),
            "--stdin",
        ]
        if not recurse:
            args += ["--recursion-level", "0"]
        for pattern in ignore:
            args += ["--ignore-url", pattern]
        # Exit status 1 means "found errors", which is what we are here for; 2 and above mean LinkChecker failed.
        # LinkChecker passes sslverify to its checks but not to its robots.txt requests, which read this instead.
        env = {**os.environ, "REQUESTS_CA_BUNDLE": str(ca_bundle)} if ca_bundle else None
        done = subprocess.run(
            args, input="\n".join(urls) + "\n", capture_output=True, text=True, encoding="utf-8", env=env
        )
    if done.returncode not in (0, 1):
        raise LinkCheckerFailed(f"LinkChecker exited with status {done.returncode}: {done.stderr.strip()[-2000:]}")
    try:
        return parse_csv(done.stdout)
    except LinkCheckerFailed:
        raise LinkCheckerFailed(f"LinkChecker printed no results: {done.stderr.strip()[-2000:]}") from None
