"""The link report: broken links with the data file and line citing each, and references due for a look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from macros.model import Model, Reference
from macros.render.md import table

from .citations import Citation, cited_at
from .crawl import Outcome, Settings
from .linkchecker import permanent_redirect

TITLE = "External link report"


@dataclass(frozen=True)
class Stale:
    reference: Reference
    age_days: int | None  # None: never verified


def stale_references(model: Model, today: date, max_age_days: int) -> list[Stale]:
    """References never verified, or verified more than ``max_age_days`` before ``today``; oldest first."""
    out = []
    for ref in model.references:
        if ref.last_verified is None:
            out.append(Stale(ref, None))
            continue
        try:
            age = (today - date.fromisoformat(ref.last_verified)).days
        except ValueError:  # matches YYYY-MM-DD but is no date, such as 2026-02-30: as good as never verified
            out.append(Stale(ref, None))
            continue
        if age > max_age_days:
            out.append(Stale(ref, age))
    return sorted(out, key=lambda s: (s.age_days is not None, -(s.age_days or 0), s.reference.id))


def summary(outcomes: list[Outcome], stale: list[Stale]) -> dict:
    """Counts of the external links by verdict; "broken" also counts a broken page of the site itself."""
    external = [o for o in outcomes if not o.internal]
    counts = {v: sum(1 for o in external if o.verdict == v) for v in ("ok", "redirected", "unverified", "ignored")}
    broken = sum(1 for o in outcomes if o.verdict == "broken")
    return {"external": len(external), **counts, "broken": broken, "stale": len(stale), "findings": broken + len(stale)}


def _verified(s: Stale) -> str:
    if s.reference.last_verified is None:
        return "never"
    if s.age_days is None:
        return f"{s.reference.last_verified} (not a valid date)"
    return f"{s.reference.last_verified} ({s.age_days} days ago)"


def _cited(link: str, index: dict[str, list[Citation]], page: str) -> str:
    cites = cited_at(link, index)
    if cites:
        return "; ".join(str(c) for c in cites)
    return f"no data file: the site template or a page in docs/ (first seen on {page or '/'})"


def _tries(o: Outcome) -> str:
    return f" ({o.attempts} of {o.attempts} attempts)" if o.attempts > 1 else ""


def _section(title: str, intro: str, headers: list[str], rows: list[list[str]], empty: str = "None.") -> list[str]:
    """One report section: its heading, then what to do and the table, or a line saying there is nothing."""
    if not rows:
        return [f"## {title}\n", empty + "\n"]
    return [f"## {title}\n", intro + "\n", table(headers, rows) + "\n"]


def render(
    outcomes: list[Outcome],
    index: dict[str, list[Citation]],
    stale: list[Stale],
    *,
    checked_on: date,
    settings: Settings,
    ignore_file: str,
    max_age_days: int,
) -> str:
    external = [o for o in outcomes if not o.internal]
    broken = [o for o in outcomes if o.verdict == "broken"]
    unverified = [o for o in outcomes if o.verdict == "unverified"]
    moved = [o for o in outcomes if o.verdict == "redirected" and permanent_redirect(o.result)]
    ignored = [o for o in outcomes if o.verdict == "ignored"]
    out = [
        f"# {TITLE}\n",
        f"LinkChecker checked {len(external)} external links of the built site on {checked_on.isoformat()} "
        f"(timeout {settings.timeout} s, up to {settings.retries} {'retry' if settings.retries == 1 else 'retries'} with back-off). "
        f"A link counts as broken when every attempt fails: an HTTP error other than 401, 403 or 429, "
        f"a timeout, or a connection, DNS or TLS error.\n",
    ]

    cited = lambda o: _cited(o.link, index, o.page)  # noqa: E731 - one short rule, used by three tables
    info = lambda o: f" - {o.result.info}" if o.result.info else ""  # noqa: E731
    out += _section(
        f"Broken links ({len(broken)})",
        "Fix the `url` at the file and line shown (or remove the citation), then run `make check`.",
        ["Link", "Result", "Cited in"],
        [[o.link, o.result.status + _tries(o), cited(o)] for o in broken],
        "None: every external link answered.",
    )
    out += _section(
        f"Could not be verified ({len(unverified)})",
        "The server refused the automated check (or robots.txt forbids it). Open each link by hand; if the page "
        f"is right, set `last_verified`, and add a pattern to `{ignore_file}` if the site always refuses.",
        ["Link", "Answer", "Cited in"],
        [[o.link, o.result.status + _tries(o) + info(o), cited(o)] for o in unverified],
    )
    out += _section(
        f"Moved permanently ({len(moved)})",
        "These still work through a permanent redirect; cite the new address.",
        ["Link", "Now at", "Cited in"],
        [[o.link, o.result.final_url, cited(o)] for o in moved],
    )
    out += _section(
        f"References not verified in {max_age_days} days ({len(stale)})",
        "Open each page, check that it still says what the guide cites it for, then set `last_verified: "
        "YYYY-MM-DD` on the reference.",
        ["Reference", "Link", "Defined at", "Last verified"],
        [
            [s.reference.id, s.reference.url, f"{s.reference.loc.path}:{s.reference.loc.line}", _verified(s)]
            for s in stale
        ],
    )
    out.append(f"## Ignored ({len(ignored)})\n")
    if ignored:
        out.append(f"Only the syntax of these was checked: they match a pattern in `{ignore_file}`.\n")
        out.append("\n".join(f"- {o.link}" for o in ignored) + "\n")
    else:
        out.append(f"None: no link matched `{ignore_file}`.\n")
    return "\n".join(out)
