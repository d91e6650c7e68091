"""``python -m tools links-external``: check the built site's external links and write the report.

Exit status: 0 when no link is broken, 1 when some are, 2 when the check could not run (no site, invalid
data or ignore list, LinkChecker failed). Stale references are reported but do not fail the run.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from macros.assemble import check
from macros.load.files import display_path
from macros.paths import DATA_DIR, ROOT

from .citations import citations
from .crawl import Settings, check_site
from .ignore import IgnoreListError, load_ignore
from .linkchecker import LinkCheckerFailed
from .report import render, stale_references, summary

IGNORE_FILE = ".github/linkcheck-ignore.txt"


def add_parser(sub) -> None:
    p = sub.add_parser(
        "links-external", help="check the built site's external links (needs the network) and write a report"
    )
    p.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site/)")
    p.add_argument(
        "--data", type=Path, default=None, help="the data directory the site was built from (default: data/)"
    )
    p.add_argument(
        "--ignore", type=Path, default=None, help=f"ignore list, one regular expression a line (default: {IGNORE_FILE})"
    )
    p.add_argument("--report", type=Path, default=None, help="write the Markdown report here (default: print it)")
    p.add_argument("--summary", type=Path, default=None, help="write counts as JSON here, for the workflow")
    p.add_argument("--timeout", type=int, default=Settings.timeout, help="seconds to wait for each connection and read")
    p.add_argument("--retries", type=int, default=Settings.retries, help="extra attempts for a failed link")
    p.add_argument(
        "--backoff", type=float, default=Settings.backoff, help="seconds before the first retry, doubled after"
    )
    p.add_argument("--threads", type=int, default=Settings.threads, help="parallel requests")
    p.add_argument(
        "--ca-bundle", type=Path, default=None, help="PEM file of extra CA certificates to trust (a proxy's)"
    )
    p.add_argument(
        "--stale-days", type=int, default=365, help="report references whose last_verified is older than this"
    )
    p.add_argument(
        "--today", type=date.fromisoformat, default=None, help="the date to measure staleness from (YYYY-MM-DD)"
    )
    p.set_defaults(run=_run)


def _fail(message: str) -> int:
    print(f"links-external: {message}", file=sys.stderr)
    return 2


def _run(args) -> int:
    data_dir = (args.data or DATA_DIR).resolve()
    model, problems = check(ROOT, data_dir)
    if problems:
        return _fail("the data is invalid - run 'make check':\n" + "\n".join(map(str, problems)))
    ignore_path = args.ignore or ROOT / IGNORE_FILE
    shown = display_path(ignore_path, ROOT)
    if args.ignore and not ignore_path.is_file():
        return _fail(f"no ignore list at {ignore_path}")
    try:
        patterns = load_ignore(ignore_path, shown) if ignore_path.is_file() else []
    except IgnoreListError as exc:
        return _fail(str(exc))
    settings = Settings(
        timeout=args.timeout,
        retries=args.retries,
        backoff=args.backoff,
        threads=args.threads,
        ignore=tuple(patterns),
        ca_bundle=args.ca_bundle.resolve() if args.ca_bundle else None,
    )
    try:
        outcomes = check_site(args.site.resolve(), settings)
    except (FileNotFoundError, LinkCheckerFailed) as exc:
        return _fail(str(exc))
    stale = stale_references(model, args.today or date.today(), args.stale_days)
    text = render(
        outcomes,
        citations(ROOT, data_dir),
        stale,
        checked_on=args.today or date.today(),
        settings=settings,
        ignore_file=shown,
        max_age_days=args.stale_days,
    )
    counts = summary(outcomes, stale)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    else:
        print(text)
    if args.summary:
        args.summary.parent.mkdir(parents=True, exist_ok=True)
        args.summary.write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    print(
        f"{counts['external']} external links: {counts['broken']} broken, {counts['unverified']} not verifiable, "
        f"{counts['redirected']} redirected, {counts['ignored']} ignored; {counts['stale']} references to re-verify"
        + (f" - report: {args.report}" if args.report else ""),
        file=sys.stderr,
    )
    return 1 if counts["broken"] else 0
