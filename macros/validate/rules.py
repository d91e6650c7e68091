"""Rules that JSON Schema cannot express: ids, cross-references, score bands, and what text may contain.

Each rule takes the :class:`Context` and yields :class:`Problem` objects; ``RULES`` lists them, and
``macros.validate`` runs these and the self-check's rules, so one run reports every problem.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath

from ..kinds import KINDS
from ..load.context import PLACEHOLDER_ID, Context
from ..load.yaml_lines import field_of, walk
from ..model import Level
from ..problems import Problem
from .crosswalk_rules import crosswalk_duplicates, crosswalk_links
from .example_rules import tool_urls, well_formed_examples
from .messages import unknown_id
from .text_rules import safe_text

# The lists of the "In production" pages (macros.kinds.TOPIC_FIELDS): Context list -> what one record is called.
TOPIC_LISTS = tuple((k.field, k.label) for k in KINDS if k.production)


def practice_file_names(ctx: Context):
    for p in ctx.linkable("practices"):
        stem = PurePosixPath(p.loc.path).stem
        if stem != p.id:
            yield p.loc.problem(
                "id", f"id '{p.id}' differs from the file name - rename the file to {p.id}.yml or set id: {stem}"
            )


def duplicate_ids(ctx: Context):
    groups = [(k.label, getattr(ctx, k.field)) for k in KINDS if k.has_ids]
    for kind, records in groups:
        first: dict[str, Level] = {}
        for r in records:
            if r.id in first:
                yield r.loc.problem(
                    None, f"duplicate {kind} id '{r.id}' - already used at {first[r.id].loc}; ids must be unique"
                )
            else:
                first[r.id] = r
    seen_numbers: dict[int, Level] = {}
    for lv in ctx.levels:
        if lv.number in seen_numbers:
            first = seen_numbers[lv.number]
            yield lv.loc.problem(
                None, f"duplicate level number {lv.number} - already used by '{first.id}' at {first.loc}"
            )
        seen_numbers.setdefault(lv.number, lv)


def _practice_links(ctx: Context, p, areas: set, practices: set, refs: set, numbers: set, tools: set):
    """The ids one practice names; a field the schema refused (None in a partial record) is skipped."""
    if p.area is not None and p.area not in areas and ctx.can_resolve("area"):
        yield p.loc.problem("area", unknown_id("area", p.area, areas, f"practice '{p.id}'"))
    if numbers and p.level is not None and p.level not in numbers:
        allowed = ", ".join(map(str, sorted(numbers)))
        yield p.loc.problem(
            "level",
            f"level {p.level} of practice '{p.id}' is not a level number in data/levels.yml "
            f"- expected one of: {allowed}",
        )
    for rid in p.related or ():
        if rid == p.id:
            yield p.loc.problem("related", f"practice '{p.id}' lists itself as related - list other practices only")
        elif rid not in practices and ctx.can_resolve("practice"):
            yield p.loc.problem("related", unknown_id("practice", rid, practices, f"related of '{p.id}'"))
    for rid in p.references or ():
        if rid not in refs and ctx.can_resolve("reference"):
            yield p.loc.problem("references", unknown_id("reference", rid, refs, f"references of practice '{p.id}'"))
    for use in p.tools or ():
        if use.tool not in tools and ctx.can_resolve("tool"):
            yield Problem(p.loc.path, use.line, unknown_id("tool", use.tool, tools, f"tools of practice '{p.id}'"))


def _level_links(ctx: Context, lv, practices: set, refs: set):
    for rid in lv.references or ():
        if rid not in refs and ctx.can_resolve("reference"):
            yield lv.loc.problem("references", unknown_id("reference", rid, refs, f"references of level '{lv.id}'"))
    for i, step in enumerate(lv.next_steps or (), 1):
        if step.practice and step.practice not in practices and ctx.can_resolve("practice"):
            where = f"next step {i} of level '{lv.id}'"
            yield Problem(lv.loc.path, step.line, unknown_id("practice", step.practice, practices, where))


def dangling_links(ctx: Context):
    """Every id a record names exists. Records the schema refused are checked too, field by field."""
    areas, practices, refs = ctx.ids("area"), ctx.ids("practice"), ctx.ids("reference")
    numbers = {lv.number for lv in ctx.linkable("levels")}
    if None in numbers:  # a refused level number could be the one a practice names: say nothing of numbers
        numbers = set()
    tools = ctx.ids("tool")  # once, not once a practice: each call builds the set anew
    for p in ctx.linkable("practices"):
        yield from _practice_links(ctx, p, areas, practices, refs, numbers, tools)
    for lv in ctx.linkable("levels"):
        yield from _level_links(ctx, lv, practices, refs)
    for key in ("official_assessment", "source_article"):  # data/model.yml names these two references
        rid = (ctx.meta or ctx.meta_partial).get(key)
        if rid and rid not in refs and ctx.can_resolve("reference"):
            model_src = next(src for src in ctx.sources if src.kind == "model")
            yield Problem(model_src.path, model_src.doc.line_of(key), unknown_id("reference", rid, refs, key))
    for t in ctx.tools:
        if t.successor is not None and t.successor not in tools:
            yield t.loc.problem("successor", unknown_id("tool", t.successor, tools, f"successor of tool '{t.id}'"))
        if t.source is not None and t.source not in refs and ctx.can_resolve("reference"):
            yield t.loc.problem("source", unknown_id("reference", t.source, refs, f"source of tool '{t.id}'"))
    for st in ctx.linkable("stages"):
        for pid in st.practices or ():
            if pid not in practices and ctx.can_resolve("practice"):
                yield st.loc.problem(
                    "practices", unknown_id("practice", pid, practices, f"practices of lifecycle stage '{st.id}'")
                )


def _lowest(ctx: Context) -> Level | None:
    return min(ctx.levels, key=lambda lv: lv.number, default=None)


def level_meaning(ctx: Context):
    """One meaning of "a practice of level N", used everywhere: it is expected to be in place at level N.

    So the lowest level, where every organization starts, expects no practice; a level's next steps are the
    practices of the level above it (never one it already has); the top level's steps keep it there.
    """
    low = _lowest(ctx)
    if low is None:
        return
    for p in ctx.practices:
        if p.level == low.number:
            yield p.loc.problem(
                "level",
                f"practice '{p.id}' is expected at level {low.number} ('{low.id}'), where every organization starts "
                f"- level {low.number} expects no practice; set level: {low.number + 1} or higher",
            )
    level_of = {p.id: p.level for p in ctx.practices}
    top = max(lv.number for lv in ctx.levels)
    for lv in ctx.levels:
        for i, step in enumerate(lv.next_steps, 1):
            where = f"next step {i} of level {lv.number} ('{lv.id}')"
            if lv.number == top and step.practice:
                yield Problem(
                    lv.loc.path,
                    step.line,
                    f"{where} names practice '{step.practice}' - the top level has "
                    "no level above it: its steps keep an organization there and name no practice",
                )
            elif lv.number < top and not step.practice:
                yield Problem(
                    lv.loc.path,
                    step.line,
                    f"{where} names no practice - below the top level each step "
                    f"names the level {lv.number + 1} practice it starts or completes (practice: <id>)",
                )
            elif lv.number < top and step.practice in level_of and level_of[step.practice] != lv.number + 1:
                had = "already has" if level_of[step.practice] <= lv.number else "does not need yet"
                yield Problem(
                    lv.loc.path,
                    step.line,
                    f"{where} works on '{step.practice}', a level "
                    f"{level_of[step.practice]} practice that level {lv.number} {had} - its steps name "
                    f"practices of level {lv.number + 1}",
                )


def verification_dates(ctx: Context):
    """The schema only checks the YYYY-MM-DD shape; 2026-02-30, or a date still to come, is no verification."""
    today = date.today()
    for r in ctx.references:
        if r.last_verified is None:
            continue
        try:
            when = date.fromisoformat(r.last_verified)
        except ValueError:
            yield r.loc.problem(
                "last_verified",
                f"last_verified of reference '{r.id}' is '{r.last_verified}', "
                "which is not a calendar date - expected YYYY-MM-DD",
            )
            continue
        if when > today:
            yield r.loc.problem(
                "last_verified",
                f"last_verified of reference '{r.id}' is {when}, a date in the "
                f"future - expected today ({today}) or earlier",
            )


def nothing_renders_empty(ctx: Context):
    """A level, area or reference with nothing attached would render as an empty section."""
    if ctx.incomplete:
        return  # an unreadable record may be the one that fills the section
    by_level = {p.level for p in ctx.practices}
    for lv in sorted(ctx.levels, key=lambda lv: lv.number)[1:]:  # the lowest level expects no practice, by design
        if lv.number not in by_level:
            yield lv.loc.problem(
                None,
                f"no practice is expected at level {lv.number} ('{lv.id}') - give at least one practice 'level: {lv.number}'",
            )
    by_area = {p.area for p in ctx.practices}
    for a in ctx.areas:
        if a.id not in by_area and ctx.practices:
            yield a.loc.problem(
                None, f"area '{a.id}' has no practice - set 'area: {a.id}' in a practice or remove the area"
            )
    topics = [r for attr, _ in TOPIC_LISTS for r in getattr(ctx, attr)]
    cited = {rid for r in (*ctx.levels, *ctx.practices, *topics) for rid in r.references}
    cited |= {fw.reference for fw in ctx.frameworks} | {t.source for t in ctx.tools}
    for r in ctx.references:
        if r.id not in cited and (ctx.levels or ctx.practices):
            yield r.loc.problem(
                None,
                f"reference '{r.id}' is cited by no level, practice, framework, tool or production page - cite it or remove it",
            )


def score_bands(ctx: Context):
    if not ctx.levels or ctx.max_score is None:
        return
    levels = sorted(ctx.levels, key=lambda lv: lv.number)
    numbers = [lv.number for lv in levels]
    if numbers != list(range(1, len(levels) + 1)):
        yield Problem(levels[0].loc.path, 1, f"level numbers are {numbers} - expected 1 to {len(levels)}, each once")
    expected_min = 0
    for lv in levels:
        b = lv.band
        where = f"level {lv.number} ('{lv.id}')"
        line = lv.loc.at("band")
        if b.min > b.max:
            yield Problem(lv.loc.path, line, f"band of {where} runs from {b.min} to {b.max} - min must not exceed max")
        if b.min > expected_min:
            gap = f"score {expected_min}" if b.min - 1 == expected_min else f"scores {expected_min}-{b.min - 1}"
            yield Problem(
                lv.loc.path,
                line,
                f"band of {where} starts at {b.min}, leaving {gap} without a level - expected min: {expected_min}",
            )
        elif b.min < expected_min:
            yield Problem(
                lv.loc.path,
                line,
                f"band of {where} starts at {b.min}, overlapping the level below "
                f"(scores {b.min}-{expected_min - 1}) - expected min: {expected_min}",
            )
        expected_min = max(expected_min, b.max + 1)
    top = levels[-1]
    if top.band.max != ctx.max_score:
        yield top.loc.problem(
            "band",
            f"band of level {top.number} ('{top.id}') ends at {top.band.max} - "
            f"the bands must cover 0 to max_score {ctx.max_score} (data/model.yml)",
        )


# What a placeholder id in each list should become (the scaffold's template writes `[todo]`); the id rules count
# it as known (macros.load.context.PLACEHOLDER_KINDS), so this rule alone reports it.
_PLACEHOLDER_IDS = {
    "related": "the id of a related practice (a file name in data/practices/)",
    "references": "a reference id from data/references.yml",
    "tool": "a tool id from data/tools.yml",
    "practices": "a practice id (a file name in data/practices/)",
}


# The template's url: a valid https:// address (the schema accepts the scaffold as written), in a top-level domain
# reserved never to resolve (RFC 2606), so a forgotten one is caught here and could not lead anywhere anyway.
PLACEHOLDER_URL = "https://todo.invalid/"


def placeholders(ctx: Context):
    """The practice template (`make new-practice`) marks what a contributor must write with TODO; none may be published."""
    for src in ctx.sources:
        # A file whose text holds none of the three cannot hold a placeholder: no need to walk its values.
        if src.doc is None or not any(mark in src.text for mark in ("TODO", PLACEHOLDER_URL, PLACEHOLDER_ID)):
            continue
        for name, text, line, _ in walk(src.doc):
            if text.lstrip().startswith("TODO"):
                snippet = " ".join(text.split())
                snippet = snippet if len(snippet) <= 60 else snippet[:57] + "..."
                message = f"'{name}' still holds the template's placeholder \"{snippet}\" - replace it with real text"
                yield Problem(src.path, line, message)
            elif text.startswith(PLACEHOLDER_URL):
                yield Problem(
                    src.path,
                    line,
                    f"'{name}' still holds the template's placeholder address {text} - replace it with the "
                    "https:// address where readers find the tool",
                )
            elif text == PLACEHOLDER_ID:
                wanted = _PLACEHOLDER_IDS.get(field_of(name), "a real id")
                yield Problem(
                    src.path, line, f"'{name}' is the template's placeholder id 'todo' - replace it with {wanted}"
                )


RULES = [
    placeholders,
    level_meaning,
    practice_file_names,
    duplicate_ids,
    dangling_links,
    crosswalk_links,
    crosswalk_duplicates,
    tool_urls,
    well_formed_examples,
    verification_dates,
    nothing_renders_empty,
    score_bands,
    safe_text,
]
