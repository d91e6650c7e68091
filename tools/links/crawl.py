"""Crawl the built site once, then re-check what failed: one failed request is not a broken link."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..site import LocalSite
from . import linkchecker
from .linkchecker import Result, verdict


@dataclass(frozen=True)
class Settings:
    timeout: int = 20  # whole seconds (LinkChecker takes an integer) to wait to connect and for each read
    retries: int = 2  # extra attempts for a link that failed
    backoff: float = 30.0  # seconds before the first retry; doubled before each further one
    threads: int = 8
    ignore: tuple[str, ...] = ()
    ca_bundle: Path | None = None  # extra CA certificates to trust, such as a company proxy's


@dataclass(frozen=True)
class Outcome:
    link: str  # as cited for an external link; the site path for the site's own pages and files
    result: Result  # the last attempt
    verdict: str  # see linkchecker.verdict
    attempts: int
    page: str  # site path of the page it was first found on, such as "practices/tracing/"
    internal: bool  # a page or file of the site itself


def _site_path(url: str, base: str) -> str:
    return url[len(base) :] or "/" if url.startswith(base) else url


def _external(result: Result, base: str) -> bool:
    return urlsplit(result.url).scheme in ("http", "https") and not result.final_url.startswith(base)


def check_site(site_dir: Path, settings: Settings, sleep=time.sleep) -> list[Outcome]:
    """Every link LinkChecker found in the site, external and internal, with a verdict after retries."""
    if not (site_dir / "index.html").is_file():
        raise FileNotFoundError(f"no built site in {site_dir} (index.html is missing) - run 'make site' first")
    with LocalSite(site_dir) as site:
        base = site.url + "/"
        first = linkchecker.run(
            [base],
            ignore=list(settings.ignore),
            timeout=settings.timeout,
            threads=settings.threads,
            recurse=True,
            ca_bundle=settings.ca_bundle,
        )
        found = [r for r in first if r.parent]  # the start URL itself is not a link
        latest = {r.url if _external(r, base) else r.final_url: r for r in found}
        attempts = dict.fromkeys(latest, 1)
        for attempt in range(settings.retries):
            failed = [u for u, r in latest.items() if not r.valid and _external(r, base)]
            if not failed:
                break
            sleep(settings.backoff * 2**attempt)
            again_results = linkchecker.run(
                failed,
                ignore=[],
                timeout=settings.timeout,
                threads=settings.threads,
                recurse=False,
                ca_bundle=settings.ca_bundle,
            )
            for again in again_results:
                if again.url in latest:
                    # keep where it was found; take the new answer
                    latest[again.url] = Result(
                        again.url,
                        again.final_url,
                        latest[again.url].parent,
                        again.status,
                        again.warning,
                        again.info,
                        again.valid,
                    )
                    attempts[again.url] += 1
    outcomes = []
    for key, r in sorted(latest.items()):
        internal = not _external(r, base)
        outcomes.append(
            Outcome(
                link=_site_path(key, base) if internal else key,
                result=r,
                verdict=verdict(r),
                attempts=attempts[key],
                page=_site_path(r.parent, base),
                internal=internal,
            )
        )
    return outcomes
