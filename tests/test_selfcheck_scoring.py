"""The self-check's scoring as a reader meets it on the built site: score, level, the reason for it, and the plan.

The rules themselves are unit-tested in node (tests/js/); here the real questionnaire runs in Chromium.
"""

from __future__ import annotations

import pytest

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


def test_the_questionnaire_is_the_one_these_tests_expect(data):
    """The shape the 2.0.0 changelog promises: 21 questions, 28 points split 10/8/10, three that may not apply."""
    assert len(data["questions"]) == 21 and data["model"]["max_score"] == 28
    assert [level_max(data, n) for n in (2, 3, 4)] == [10, 8, 10]
    assert [q["id"] for q in data["questions"] if q.get("not_applicable")] == [
        "grounded-flows",
        "domain-fine-tuning",
        "ab-tests",
    ]
    assert data["scoring"] == {"applicable_min_percent": 75, "level_gate_percent": 50}


def band_text(level: dict) -> str:
    return f"the Level {level['number']} band ({level['min']}–{level['max']})"


def test_lowest_answers_give_level_1_and_a_plan_of_every_level_2_practice(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, lowest_answers(data))
    initial, defined = data["levels"][0], data["levels"][1]
    assert summary(page) == f"Score: 0 / 28 Level: {label(initial)} Your score of 0 is in {band_text(initial)}."
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
    assert links.count() == len(level_2) == 13
    assert [links.nth(i).inner_text() for i in range(links.count())] == [p["title"] for _, p in level_2]
    for i, (_, practice) in enumerate(level_2):
        assert links.nth(i).get_attribute("href") == f"{site_url}/{practice['url']}"
    first_id, first = level_2[0]
    number = next(i for i, q in enumerate(data["questions"], 1) if first_id in q["practices"])
    area = next(a["name"] for a in data["areas"] if a["id"] == first["area"])
    option = scale_of(data, data["questions"][number - 1])["options"][0]["text"]
    answered = f"you answered “{option}” to question {number}."
    expected = f"{first['title']} – Level 2 (Defined), {area}; not in place: {answered}"
    assert plan.locator(".gsc-plan > li > p").first.inner_text() == expected
    assert page.locator(".gsc-in-place").count() == 0
    assert page.js_errors == []


def test_highest_answers_give_level_4_with_everything_in_place(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, highest_answers(data))
    top = data["levels"][-1]
    assert summary(page) == f"Score: 28 / 28 Level: {label(top)} Your score of 28 is in {band_text(top)}, {HALF}"
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
    assert links.count() == len(data["practices"]) == 30
    assert [(links.nth(i).inner_text(), links.nth(i).get_attribute("href")) for i in range(links.count())] == [
        (p["title"], f"{site_url}/{p['url']}") for p in data["practices"].values()
    ]


@pytest.mark.parametrize("total", [9, 10, 14, 15, 19, 20, 28])
def test_every_band_edge_shows_its_level_when_the_gates_are_met(page, site_url, data, total):
    points = points_for_total(data, total)
    band = band_of(data, total)
    # The answers really are what the test says: worth `total`, and every gate up to the band is met.
    assert sum(points.values()) == total
    for n in range(2, band["number"] + 1):
        assert sum(points[q["id"]] for q in questions_of(data, n)) >= gate_needed(data, n)
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    reason = f"Your score of {total} is in {band_text(band)}" + (f", {HALF}" if band["number"] > 1 else ".")
    assert summary(page) == f"Score: {total} / 28 Level: {label(band)} {reason}"


def test_a_gate_just_missed_lowers_the_level_and_says_why(page, site_url, data):
    """20 points are in the Level 4 band, but with Level 4's own questions one point short of their gate."""
    short = gate_needed(data, 4) - 1
    points = {**fill(data, 2, level_max(data, 2)), **fill(data, 3, 20 - short - 10), **fill(data, 4, short)}
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    optimized, managed = data["levels"][3], data["levels"][2]
    assert summary(page) == (
        f"Score: 20 / 28 Level: {label(managed)} Your score of 20 is in {band_text(optimized)}, but you earned "
        f"{short} of the 10 points of Level 4's own practices, and at least 5 are needed, so you are placed at "
        f"{label(managed)}."
    )


def _na_everywhere_allowed(data) -> dict[str, str]:
    return {q["id"]: "na" for q in data["questions"] if q.get("not_applicable")}


@pytest.mark.parametrize("level", [2, 4])
def test_loophole_one_top_answer_and_not_applicable_everywhere_allowed_is_never_level_4(page, site_url, data, level):
    """The 1.0.0 trick: one top answer, Not applicable on the rest. Now only three questions may not apply."""
    na = _na_everywhere_allowed(data)
    best = max((q for q in questions_of(data, level) if q["id"] not in na), key=lambda q: top_points(data, q))
    points = {**na, best["id"]: top_points(data, best)}
    applicable = 28 - sum(top_points(data, q) for q in data["questions"] if q["id"] in na)
    score = rescaled(top_points(data, best), applicable, 28)
    level_1 = data["levels"][0]
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    assert page.locator(".gsc-level strong").inner_text() != label(data["levels"][-1])
    assert (applicable, score) == (24, 2)
    assert summary(page) == (
        f"Score: {score} / 28 Level: {label(level_1)} "
        f"Rescaled from {top_points(data, best)} of {applicable} points, as some questions do not apply. "
        f"Your score of {score} is in {band_text(level_1)}."
    )


@pytest.mark.parametrize("level_4", ["na-or-lowest", "lowest", "just-under-the-gate"])
def test_loophole_two_top_answers_below_level_4_give_at_most_level_3(page, site_url, data, level_4):
    """Top answers on every Level 2 and 3 question; Level 4's own questions left (nearly) empty."""
    points = {q["id"]: top_points(data, q) for q in data["questions"] if q["level"] < 4}
    if level_4 == "na-or-lowest":
        points.update({q["id"]: "na" for q in questions_of(data, 4) if q.get("not_applicable")})
    elif level_4 == "just-under-the-gate":
        points.update({q["id"]: "na" for q in questions_of(data, 4) if q.get("not_applicable")})
        left = gate_needed(data, 4) - 1
        for q in questions_of(data, 4):
            if q["id"] not in points:
                points[q["id"]] = min(top_points(data, q), left)
                left -= points[q["id"]]
    earned_4 = sum(v for q in questions_of(data, 4) if isinstance(v := points.get(q["id"], 0), int))
    applicable = 28 - sum(top_points(data, q) for q in data["questions"] if points.get(q["id"]) == "na")
    score = rescaled(18 + earned_4, applicable, 28)
    managed, optimized = data["levels"][2], data["levels"][3]
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    assert page.locator(".gsc-level strong").inner_text() == label(managed)
    rescale = (
        ""
        if applicable == 28
        else f"Rescaled from {18 + earned_4} of {applicable} points, as some questions do not apply. "
    )
    if score <= managed["max"]:
        # Without any Level 4 points the score itself stays in the Level 3 band.
        assert (level_4, score) in {("na-or-lowest", 19), ("lowest", 18)}
        reason = f"Your score of {score} is in {band_text(managed)}, {HALF}"
    else:
        assert (level_4, earned_4, score) == ("just-under-the-gate", 4, 24)
        reason = (
            f"Your score of {score} is in {band_text(optimized)}, but you earned {earned_4} of the 10 points of "
            f"Level 4's own practices, and at least 5 are needed, so you are placed at {label(managed)}."
        )
    assert summary(page) == f"Score: {score} / 28 Level: {label(managed)} {rescale}{reason}"
    # The plan aims at Level 4 and starts with Level 4's practices, as everything below is in place.
    assert page.locator(".gsc-next h3").inner_text() == f"Your plan to reach {label(optimized)}"
    titles = page.locator(".gsc-plan > li > p > a").all_inner_texts()
    level_4_titles = {p["title"] for p in data["practices"].values() if p["level"] == 4}
    assert titles and set(titles) <= level_4_titles
    assert data["practices"]["ab-testing"]["title"] not in titles or level_4 == "lowest"


def test_the_plan_lists_the_lowest_level_first_then_the_weakest_area(page, site_url, data):
    """Level 2 in place; Level 3 partly (2 of 8, below its gate): the plan lists what Level 3 misses."""
    points = {q["id"]: top_points(data, q) for q in questions_of(data, 2)}
    points.update({"live-quality-and-drift": 1, "one-step-rollback": 1})
    answers = answers_by_points(data, points)
    open_widget(page, site_url + "/self-check/")
    choose(page, answers)
    defined, managed = data["levels"][1], data["levels"][2]
    assert (
        summary(page) == f"Score: 12 / 28 Level: {label(defined)} Your score of 12 is in {band_text(defined)}, {HALF}"
    )
    assert page.locator(".gsc-next h3").inner_text() == f"Your plan to reach {label(managed)}"

    # The rule, worked out here: the share of its points each area earned, weakest first, then the guide's order.
    earned, most = {}, {}
    for q in data["questions"]:
        area = data["practices"][q["practices"][0]]["area"]
        earned[area] = earned.get(area, 0) + points.get(q["id"], 0)
        most[area] = most.get(area, 0) + top_points(data, q)
    order = list(data["practices"])
    not_in_place = [
        pid
        for q in data["questions"]
        if q["level"] <= 3 and points.get(q["id"], 0) < top_points(data, q)
        for pid in q["practices"]
    ]
    expected = sorted(
        not_in_place,
        key=lambda pid: (
            data["practices"][pid]["level"],
            earned[data["practices"][pid]["area"]] / most[data["practices"][pid]["area"]],
            order.index(pid),
        ),
    )
    links = page.locator(".gsc-plan > li > p > a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        f"{site_url}/{data['practices'][pid]['url']}" for pid in expected
    ]
    assert expected[:2] == ["capacity-and-load-balancing", "cost-and-token-management"]  # operations: 1 of 4
    # A partly answered practice says so, with the answer given and the question's number.
    number = [q["id"] for q in data["questions"]].index("live-quality-and-drift") + 1
    drift = data["practices"]["drift-detection"]
    item = page.locator(".gsc-plan > li", has=page.get_by_role("link", name=drift["title"], exact=True))
    assert item.locator("p").inner_text() == (
        f"{drift['title']} – Level 3 (Managed), Monitoring and operations; partly in place: "
        f"you answered “In some teams or applications” to question {number}."
    )
    refs = item.locator(".gsc-refs a")
    assert [refs.nth(i).get_attribute("href") for i in range(refs.count())] == [r["url"] for r in drift["references"]]
    # What is in place is listed too: every Level 2 practice and the one Level 3 practice answered "Yes".
    in_place = page.locator(".gsc-in-place li a").all_inner_texts()
    assert in_place == [
        p["title"] for pid, p in data["practices"].items() if p["level"] == 2 or pid == "model-versioning-and-rollback"
    ]


def test_the_result_raises_a_dom_event_with_score_and_level(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    page.evaluate("""() => { window.results = [];
        document.addEventListener('genaiops:self-check-result', e => window.results.push(e.detail)); }""")
    choose(page, answers_for_total(data, 15))
    assert page.evaluate("window.results") == [{"score": 15, "max": 28, "level": 3, "name": "Managed"}]
    assert checked(page) == answers_for_total(data, 15)
