"""Rules that know the calendar: tools and pinned model versions past their retirement, judged against one date.

The date is ``Context.today`` when the caller gives one (the scheduled calendar check passes the day it runs),
otherwise data/model.yml's reviewed ``as_of``, so ``make check`` and pull-request CI never fail because a day
went by. ``Context.look_ahead`` days are added to it: the scheduled check looks ahead to warn before a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..load.context import Context
from ..problems import Problem

_DATE = r"\d{4}-\d{2}-\d{2}"


def _calendar_limit(ctx: Context) -> tuple[date, str, date] | None:
    """The last day a retirement may fall on and still be refused, how messages name that day, and the day itself
    (without the look-ahead)."""
    given = ctx.today or (ctx.meta or {}).get("as_of")
    try:
        day = date.fromisoformat(str(given))
    except ValueError:
        return None  # the schema reports a missing or malformed as_of
    if ctx.look_ahead:
        return day + timedelta(days=ctx.look_ahead), f"within {ctx.look_ahead} days of {day}", day
    return day, ("today, " if ctx.today else "data/model.yml as_of, ") + str(day), day


def _retirement(calendar, retires: date, on: str) -> str:
    """'retired on D' once the day has passed, 'retires on D' while the look-ahead sees it coming."""
    return f"{'retired' if retires <= calendar[2] else 'retires'} on {on} ({calendar[1]})"


def _iso_day(value) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def tool_dates(ctx: Context):
    """A tool's dates are real days in order, and a tool that is no longer current names what to move to."""
    for t in ctx.tools:
        days = {}
        for name in ("deprecated_on", "retires_on", "last_verified"):
            value = getattr(t, name)
            if value is not None and (days.setdefault(name, _iso_day(value))) is None:
                yield t.loc.problem(
                    name, f"{name} of tool '{t.id}' is '{value}', which is not a calendar date - expected YYYY-MM-DD"
                )
        if days.get("deprecated_on") and days.get("retires_on") and days["retires_on"] < days["deprecated_on"]:
            yield t.loc.problem(
                "retires_on",
                f"tool '{t.id}' retires on {t.retires_on}, before it is deprecated on {t.deprecated_on} "
                "- a tool is deprecated first, then retires",
            )


def cited_tools(ctx: Context):
    """No practice cites a retired tool, nor a deprecated one whose successor the catalog does not name."""
    calendar = _calendar_limit(ctx)
    tools = {t.id: t for t in ctx.tools}
    for p in ctx.practices:
        for use in p.tools:
            t = tools.get(use.tool)
            if t is None:
                continue  # an unknown id: the dangling-links rule reports it
            successor = tools.get(t.successor) if t.successor else None
            advice = (
                f"cite its successor '{successor.id}' ({successor.name}) instead"
                if successor
                else "cite another tool, and set its successor in data/tools.yml"
            )
            retires = _iso_day(t.retires_on) if t.retires_on else None
            if calendar and retires and retires <= calendar[0]:
                when = _retirement(calendar, retires, t.retires_on)
                yield Problem(p.loc.path, use.line, f"practice '{p.id}' cites tool '{t.id}', which {when} - {advice}")
            elif t.status == "retired":
                yield Problem(
                    p.loc.path, use.line, f"practice '{p.id}' cites tool '{t.id}', which is retired - {advice}"
                )
            elif t.status == "deprecated" and successor is None:
                yield Problem(
                    p.loc.path,
                    use.line,
                    f"practice '{p.id}' cites tool '{t.id}', which is deprecated, and data/tools.yml names no "
                    "successor - set its successor (a tool id), or cite another tool",
                )


def _model_pins(ctx: Context, families: list[str]):
    """Every (practice, example, line, family, version) where an example's code or note pins a version."""
    if not families:
        return
    # The family, not followed by more of a longer name (gpt-5.4 is not gpt-5.4-mini), then a date on its line.
    names = "|".join(re.escape(f) for f in sorted(families, key=len, reverse=True))
    pin = re.compile(rf"(?<![\w.])({names})(?![\w.]|-[a-z])[^\n]{{0,40}}?({_DATE})")
    for p in ctx.practices:
        for i, ex in enumerate(p.examples, 1):
            for offset, line in enumerate(ex.code.splitlines()):
                for m in pin.finditer(line):
                    yield p, i, ex, ex.code_line + offset, m.group(1), m.group(2)
            for m in pin.finditer(" ".join((ex.note or "").split())):
                yield p, i, ex, ex.line, m.group(1), m.group(2)


def pinned_models(ctx: Context):
    """A model version an example pins is declared in data/model_versions.yml and not retired by the check's date."""
    calendar = _calendar_limit(ctx)
    declared = {(v.family, v.version): v for v in ctx.model_versions}
    by_id = {v.id: v for v in ctx.model_versions}
    families = sorted({v.family for v in ctx.model_versions})
    for p, i, ex, line, family, version in _model_pins(ctx, families):
        where = f"example {i} of practice '{p.id}' ('{ex.title}') pins {family} version {version}"
        v = declared.get((family, version))
        if v is None:
            known = ", ".join(sorted(x.version for x in ctx.model_versions if x.family == family))
            yield Problem(
                p.loc.path,
                line,
                f"{where}, which data/model_versions.yml does not declare - pin a declared version ({known}), "
                "or declare this one there with its retirement date",
            )
            continue
        retires = _iso_day(v.retires_on)
        if calendar and retires and retires <= calendar[0]:
            successor = by_id.get(v.successor) if v.successor else None
            instead = (
                f"pin {successor.family} version {successor.version} instead"
                if successor
                else "pin a current version, and set this one's successor in data/model_versions.yml"
            )
            yield Problem(
                p.loc.path, line, f"{where}, which {_retirement(calendar, retires, v.retires_on)} - {instead}"
            )


def model_version_links(ctx: Context):
    """A declared version's dates are real days, its id is its family and version, and its successor is declared."""
    ids = {v.id for v in ctx.model_versions}
    for v in ctx.model_versions:
        for name in ("version", "retires_on", "last_verified"):
            value = getattr(v, name)
            if value is not None and _iso_day(value) is None:
                yield v.loc.problem(
                    name,
                    f"{name} of model version '{v.id}' is '{value}', which is not a calendar date - expected YYYY-MM-DD",
                )
        if v.id != f"{v.family}-{v.version}":
            yield v.loc.problem("id", f"model version id '{v.id}' - expected '{v.family}-{v.version}' (family-version)")
        if v.successor and v.successor not in ids:
            yield v.loc.problem(
                "successor",
                f"successor '{v.successor}' of model version '{v.id}' is not declared in data/model_versions.yml "
                f"- expected one of: {', '.join(sorted(ids - {v.id}))}",
            )


RULES = [tool_dates, cited_tools, pinned_models, model_version_links]
