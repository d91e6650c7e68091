"""Rules of data/frameworks.yml: the crosswalk from practices to the standards readers answer to."""

from __future__ import annotations

import difflib

from ..load.context import Context
from ..problems import Problem
from .messages import unknown_id


def crosswalk_links(ctx: Context):
    """A framework names a known reference; a mapping names a framework of data/frameworks.yml, one of that
    framework's listed items, and known practices. Items are listed only after checking them against the
    framework's own text, so an unknown item is a typo or an unchecked id, never one to add by guess."""
    refs, practices, frameworks = ctx.ids("reference"), ctx.ids("practice"), ctx.ids("framework")
    for fw in ctx.linkable("frameworks"):
        if fw.reference is not None and fw.reference not in refs and ctx.can_resolve("reference"):
            yield fw.loc.problem("reference", unknown_id("reference", fw.reference, refs, f"framework '{fw.id}'"))
    items: dict[str, list[str]] = {}
    for fw in ctx.frameworks:  # a framework id used twice is reported by duplicate_ids: its items count for both
        items.setdefault(fw.id, []).extend(i.id for i in fw.items)
    for m in ctx.mappings:
        if m.framework not in frameworks:
            if ctx.can_resolve("framework"):
                yield m.loc.problem(
                    "framework", unknown_id("framework", m.framework, frameworks, f"the mapping of item '{m.item}'")
                )
        elif m.framework in items and m.item not in items[m.framework]:
            close = difflib.get_close_matches(m.item, items[m.framework], n=1, cutoff=0.75)
            hint = f"did you mean '{close[0]}'? Map" if close else "map"
            yield m.loc.problem(
                "item",
                f"item '{m.item}' is not listed in the items of framework '{m.framework}' - {hint} only items "
                "listed there, each checked against the framework's own text",
            )
        for mp in m.practices:
            if mp.id not in practices and ctx.can_resolve("practice"):
                where = f"the mapping of item '{m.item}' of framework '{m.framework}'"
                yield Problem(m.loc.path, mp.line, unknown_id("practice", mp.id, practices, where))


def crosswalk_duplicates(ctx: Context):
    """Each framework lists an item once, each item has one mapping entry, and each entry names a practice once."""
    for fw in ctx.frameworks:
        first: dict[str, int] = {}
        for item in fw.items:
            if item.id in first:
                yield Problem(
                    fw.loc.path,
                    item.line,
                    f"duplicate item id '{item.id}' in framework '{fw.id}' - already listed at line {first[item.id]}; "
                    "list each item once",
                )
            first.setdefault(item.id, item.line)
    entries: dict[tuple[str, str], object] = {}
    for m in ctx.mappings:
        key = (m.framework, m.item)
        if key in entries:
            yield m.loc.problem(
                None,
                f"item '{m.item}' of framework '{m.framework}' is mapped again - already at {entries[key].loc}; "
                "list all its practices in one entry",
            )
        entries.setdefault(key, m)
        seen: set[str] = set()
        for mp in m.practices:
            if mp.id in seen:
                yield Problem(
                    m.loc.path,
                    mp.line,
                    f"practice '{mp.id}' is listed twice for item '{m.item}' of framework '{m.framework}' - list it once",
                )
            seen.add(mp.id)
