"""The self-check's scoring as a reader meets it on the built site: score, level, the reason for it, and the plan.

The rules themselves are unit-tested in node (tests/js/); here the real questionnaire runs in Chromium.
"""

from __future__ import annotations

import pytest

from macros.assemble import load_model
from tests.support import Offsite
from tests.support_widget import (
    WIDGET,
    answers_by_points,
    answers_for_total,
    band_of,
    checked,
    choose,
    fill,
    gate_needed,
    highest_answers,
    label,
    level_max,
    lowest_answers,
    open_widget,
    points_for_total,
    question_levels,
    questions_of,
    rescaled,
    scale_of,
    summary,
    top_points,
)

HALF = "and you earned at least half of the points of the practices of each level up to it."


@pytest.fixture(scope="module")
def served(browser, site_url):
    """One page of the built site for the module import test; it fails if any request left 127.0.0.1."""
    context = browser.new_context()
    offsite = Offsite()
    context.route("**/*", offsite.route)
    pg = context.new_page()
    pg.js_errors = []
    pg.on("pageerror", lambda exc: pg.js_errors.append(str(exc)))
    pg.goto(site_url + "/404.html")
    yield pg
    context.close()
    assert offsite.requests == []


@pytest.mark.parametrize("module", sorted(p.name for p in WIDGET.glob("*.js")))
def test_every_widget_module_is_served_and_imports_in_a_page(served, module):
    """The entries import the others by relative path, so each must reach the built site as an ES module."""
    exported = served.evaluate("async path => Object.keys(await import(path))", f"/assets/self-check/{module}")
    assert served.js_errors == []
    assert exported or module in ("self-check.js", "embed.js")  # the entries export nothing: they mount


def band_text(level: dict) -> str:
    return f"the Level {level['number']} band ({level['min']}–{level['max']})"


def most(data) -> int:
    return data["model"]["max_score"]


def gate_text(data, number: int, earned: int, placed: dict) -> str:
    """The reason given when the score's band is above the level placed, because level `number`'s gate failed."""
    return (
        f"but you earned {earned} of the {level_max(data, number)} points of Level {number}'s own practices, "
        f"and at least {gate_needed(data, number)} are needed, so you are placed at {label(placed)}."
    )


def test_lowest_answers_give_level_1_and_a_plan_of_every_level_2_practice(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, lowest_answers(data))
    initial, defined = data["levels"][0], data["levels"][1]
    assert (
        summary(page) == f"Score: 0 / {most(data)} Level: {label(initial)} Your score of 0 is in {band_text(initial)}."
    )
    link = page.get_by_role("link", name=f"What {label(initial)} means")
    assert link.get_attribute("href") == f"{site_url}/{initial['url']}"

    plan = page.locator(".gsc-next")
    assert plan.locator("h3").inner_text() == f"Your plan to reach {label(defined)}"
    assert plan.locator("h3 + p").inner_text() == (
        "These practices, up to Level 2, are not yet fully in place: "
        "the lowest level comes first, then the weakest area."
    )
    # Every area earned nothing, so the plan keeps the guide's order of the Level 2 practices.
    level_2 = [(pid, p) for pid, p in data["practices"].items() if p["level"] == 2]
    links = plan.locator(".gsc-plan > li > p > a")
    assert links.count() == len(level_2)
    assert [links.nth(i).inner_text() for i in range(links.count())] == [p["title"] for _, p in level_2]
    for i, (_, practice) in enumerate(level_2):
        assert links.nth(i).get_attribute("href") == f"{site_url}/{practice['url']}"
    first_id, first = level_2[0]
    number = next(i for i, q in enumerate(data["questions"], 1) if first_id in q["practices"])
    area = next(a["name"] for a in data["areas"] if a["id"] == first["area"])
    option = scale_of(data, data["questions"][number - 1])["options"][0]["text"]
    answered = f"you answered “{option}” to question {number}."
    expected = f"{first['title']} – {label(defined).replace(' – ', ' (')}), {area}; not in place: {answered}"
    assert plan.locator(".gsc-plan > li > p").first.inner_text() == expected
    assert page.locator(".gsc-in-place").count() == 0
    assert page.js_errors == []


def test_highest_answers_give_level_4_with_everything_in_place(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, highest_answers(data))
    top, full = data["levels"][-1], most(data)
    assert (
        summary(page)
        == f"Score: {full} / {full} Level: {label(top)} Your score of {full} is in {band_text(top)}, {HALF}"
    )
    plan = page.locator(".gsc-next")
    assert plan.locator("h3").inner_text() == f"Your next steps to stay at {label(top)}"
    assert plan.locator("p").inner_text() == (
        "Every practice these questions ask about up to there is fully in place or does not apply. "
        "Keep reviewing them as models and usage change."
    )
    assert page.locator(".gsc-plan li").count() == 0
    in_place = page.locator(".gsc-in-place")
    assert in_place.locator("h3").inner_text() == "Already in place"
    links = in_place.locator("li a")
    assert links.count() == len(data["practices"])
    assert [(links.nth(i).inner_text(), links.nth(i).get_attribute("href")) for i in range(links.count())] == [
        (p["title"], f"{site_url}/{p['url']}") for p in data["practices"].values()
    ]


# Each band's edges, read from data/levels.yml: the test follows the bands the data defines.
EDGES = sorted({edge for level in load_model().levels for edge in (level.band.min, level.band.max)})


@pytest.mark.parametrize("edge", range(len(EDGES)), ids=[f"score-{e}" for e in EDGES])
def test_every_band_edge_shows_its_level_when_the_gates_are_met(page, site_url, data, edge):
    total = EDGES[edge]
    points = points_for_total(data, total)
    band = band_of(data, total)
    # The answers really are what the test says: worth `total`, and every gate up to the band is met.
    assert sum(points.values()) == total
    for n in range(2, band["number"] + 1):
        assert sum(points[q["id"]] for q in questions_of(data, n)) >= gate_needed(data, n)
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    reason = f"Your score of {total} is in {band_text(band)}" + (f", {HALF}" if band["number"] > 1 else ".")
    assert summary(page) == f"Score: {total} / {most(data)} Level: {label(band)} {reason}"


def test_a_gate_just_missed_lowers_the_level_and_says_why(page, site_url, data):
    """The lowest score of the top band, but with the top level's own questions one point short of their gate."""
    top, below = data["levels"][-1], data["levels"][-2]
    n, total = top["number"], top["min"]
    short = gate_needed(data, n) - 1
    lower = {m: level_max(data, m) for m in range(2, n - 1)}  # every level under the one below the top: full
    points = {k: v for m, most_m in lower.items() for k, v in fill(data, m, most_m).items()}
    points.update({**fill(data, n - 1, total - short - sum(lower.values())), **fill(data, n, short)})
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    assert summary(page) == (
        f"Score: {total} / {most(data)} Level: {label(below)} Your score of {total} is in {band_text(top)}, "
        + gate_text(data, n, short, below)
    )


def _na_everywhere_allowed(data) -> dict[str, str]:
    return {q["id"]: "na" for q in data["questions"] if q.get("not_applicable")}


@pytest.mark.parametrize("level", ["lowest", "highest"])
def test_loophole_one_top_answer_and_not_applicable_everywhere_allowed_is_never_level_4(page, site_url, data, level):
    """The 1.0.0 trick: one top answer, Not applicable on the rest. Now only three questions may not apply."""
    na = _na_everywhere_allowed(data)
    level = question_levels(data)[0 if level == "lowest" else -1]
    best = max((q for q in questions_of(data, level) if q["id"] not in na), key=lambda q: top_points(data, q))
    points = {**na, best["id"]: top_points(data, best)}
    applicable = most(data) - sum(top_points(data, q) for q in data["questions"] if q["id"] in na)
    score = rescaled(top_points(data, best), applicable, most(data))
    level_1 = data["levels"][0]
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    assert page.locator(".gsc-level strong").inner_text() != label(data["levels"][-1])
    assert summary(page) == (
        f"Score: {score} / {most(data)} Level: {label(level_1)} "
        f"Rescaled from {top_points(data, best)} of {applicable} points, as some questions do not apply. "
        f"Your score of {score} is in {band_text(level_1)}."
    )


@pytest.mark.parametrize("level_4", ["na-or-lowest", "lowest", "just-under-the-gate"])
def test_loophole_two_top_answers_below_level_4_give_at_most_level_3(page, site_url, data, level_4):
    """Top answers on every question below the top level; the top level's own questions left (nearly) empty."""
    managed, optimized = data["levels"][-2], data["levels"][-1]
    n = optimized["number"]
    points = {q["id"]: top_points(data, q) for q in data["questions"] if q["level"] < n}
    below = sum(points.values())
    if level_4 in ("na-or-lowest", "just-under-the-gate"):
        points.update({q["id"]: "na" for q in questions_of(data, n) if q.get("not_applicable")})
    if level_4 == "just-under-the-gate":
        left = gate_needed(data, n) - 1
        for q in questions_of(data, n):
            if q["id"] not in points:
                points[q["id"]] = min(top_points(data, q), left)
                left -= points[q["id"]]
    earned_4 = sum(v for q in questions_of(data, n) if isinstance(v := points.get(q["id"], 0), int))
    applicable = most(data) - sum(top_points(data, q) for q in data["questions"] if points.get(q["id"]) == "na")
    score = rescaled(below + earned_4, applicable, most(data))
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    assert page.locator(".gsc-level strong").inner_text() == label(managed)
    rescale = (
        ""
        if applicable == most(data)
        else f"Rescaled from {below + earned_4} of {applicable} points, as some questions do not apply. "
    )
    band = band_of(data, score)
    if band == managed:  # the score itself stays in the band below the top
        reason = f"Your score of {score} is in {band_text(managed)}, {HALF}"
    else:  # the score reaches the top band, and the top level's gate holds it back
        assert band == optimized
        reason = f"Your score of {score} is in {band_text(optimized)}, " + gate_text(data, n, earned_4, managed)
    assert summary(page) == f"Score: {score} / {most(data)} Level: {label(managed)} {rescale}{reason}"
    # The plan aims at the top level and lists only its practices, as everything below is in place.
    assert page.locator(".gsc-next h3").inner_text() == f"Your plan to reach {label(optimized)}"
    titles = page.locator(".gsc-plan > li > p > a").all_inner_texts()
    level_4_titles = {p["title"] for p in data["practices"].values() if p["level"] == n}
    assert titles and set(titles) <= level_4_titles
    # A practice whose only question does not apply is never in the plan.
    not_applicable = {pid for q in data["questions"] if points.get(q["id"]) == "na" for pid in q["practices"]}
    asked_elsewhere = {pid for q in data["questions"] if points.get(q["id"]) != "na" for pid in q["practices"]}
    assert not {data["practices"][pid]["title"] for pid in not_applicable - asked_elsewhere} & set(titles)


def _in_place(data, points) -> list[str]:
    """The ids of the practices every question about them gives its top answer, in the guide's order."""
    asked: dict[str, list[bool]] = {}
    for q in data["questions"]:
        for pid in q["practices"]:
            asked.setdefault(pid, []).append(points.get(q["id"], 0) == top_points(data, q))
    return [pid for pid in data["practices"] if asked.get(pid) and all(asked[pid])]


def test_the_plan_lists_the_lowest_level_first_then_the_weakest_area(page, site_url, data):
    """Level 2 in place; Level 3 partly (one middle answer, one top answer, below its gate): the plan lists what
    Level 3 misses."""
    defined, managed = data["levels"][1], data["levels"][2]
    third = questions_of(data, managed["number"])
    partly = next(q for q in third if len(scale_of(data, q)["options"]) > 2)  # it has an answer between
    middle = scale_of(data, partly)["options"][1]
    full = min((q for q in third if q is not partly), key=lambda q: top_points(data, q))
    points = {q["id"]: top_points(data, q) for q in questions_of(data, defined["number"])}
    points.update({partly["id"]: middle["points"], full["id"]: top_points(data, full)})
    earned_3 = middle["points"] + top_points(data, full)
    assert earned_3 < gate_needed(data, managed["number"]), "the answers chosen must leave Level 3's gate unmet"
    answers = {**answers_by_points(data, points), partly["id"]: middle["id"]}  # that answer, whatever its points
    open_widget(page, site_url + "/self-check/")
    choose(page, answers)
    total = sum(points.values())
    band = band_of(data, total)
    reason = f"{HALF}" if band == defined else gate_text(data, managed["number"], earned_3, defined)
    assert summary(page) == (
        f"Score: {total} / {most(data)} Level: {label(defined)} Your score of {total} is in {band_text(band)}, {reason}"
    )
    assert page.locator(".gsc-next h3").inner_text() == f"Your plan to reach {label(managed)}"

    # The rule, worked out here: the share of its points each area earned, weakest first, then the guide's order.
    # (scoring.test.mjs checks the same rule on a fixture against an order worked out by hand.)
    earned, possible = {}, {}
    for q in data["questions"]:
        area = data["practices"][q["practices"][0]]["area"]
        earned[area] = earned.get(area, 0) + points.get(q["id"], 0)
        possible[area] = possible.get(area, 0) + top_points(data, q)
    order = list(data["practices"])
    in_place = _in_place(data, points)
    not_in_place = [
        pid for pid, p in data["practices"].items() if p["level"] <= managed["number"] and pid not in in_place
    ]
    expected = sorted(
        not_in_place,
        key=lambda pid: (
            data["practices"][pid]["level"],
            earned[data["practices"][pid]["area"]] / possible[data["practices"][pid]["area"]],
            order.index(pid),
        ),
    )
    links = page.locator(".gsc-plan > li > p > a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        f"{site_url}/{data['practices'][pid]['url']}" for pid in expected
    ]
    # A partly answered practice says so, with the answer given and the question's number.
    number = [q["id"] for q in data["questions"]].index(partly["id"]) + 1
    pid = next(pid for pid in partly["practices"] if sum(pid in q["practices"] for q in data["questions"]) == 1)
    practice = data["practices"][pid]
    area = next(a["name"] for a in data["areas"] if a["id"] == practice["area"])
    item = page.locator(".gsc-plan > li", has=page.get_by_role("link", name=practice["title"], exact=True))
    assert item.locator("p").inner_text() == (
        f"{practice['title']} – Level {managed['number']} ({managed['name']}), {area}; partly in place: "
        f"you answered “{middle['text']}” to question {number}."
    )
    refs = item.locator(".gsc-refs a")
    assert [refs.nth(i).get_attribute("href") for i in range(refs.count())] == [
        r["url"] for r in practice["references"]
    ]
    # What is in place is listed too: every Level 2 practice and those of the Level 3 question answered at its top.
    assert set(full["practices"]) <= set(in_place)
    assert page.locator(".gsc-in-place li a").all_inner_texts() == [data["practices"][p]["title"] for p in in_place]


def test_the_result_raises_a_dom_event_with_score_and_level(page, site_url, data):
    total = data["levels"][2]["min"]
    band = band_of(data, total)
    open_widget(page, site_url + "/self-check/")
    page.evaluate("""() => { window.results = [];
        document.addEventListener('genaiops:self-check-result', e => window.results.push(e.detail)); }""")
    choose(page, answers_for_total(data, total))
    assert page.evaluate("window.results") == [
        {"score": total, "max": most(data), "level": band["number"], "name": band["name"]}
    ]
    assert checked(page) == answers_for_total(data, total)
