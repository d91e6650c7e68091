"""Unit tests of the widget's pure modules (scoring.js, answers.js), imported into a page of the built site."""
from __future__ import annotations

import json

import pytest

from tests.support import Offsite

SCORING = "/assets/self-check/scoring.js"
ANSWERS = "/assets/self-check/answers.js"


@pytest.fixture(scope="module")
def page(browser, site_url):
    """One page of the built site for the whole module: the modules under test are pure, so no state carries over."""
    context = browser.new_context()
    offsite = Offsite()
    context.route("**/*", offsite.route)
    pg = context.new_page()
    pg.goto(site_url + "/404.html")
    yield pg
    context.close()
    assert offsite.requests == []


@pytest.fixture
def js(page):
    """call(module, function, *args): run an exported function in the browser and return its result."""

    def call(module: str, function: str, *args):
        return page.evaluate("async ([module, name, args]) => (await import(module))[name](...args)", [module, function, list(args)])
    return call


@pytest.fixture(scope="module")
def data(site_dir):
    return json.loads((site_dir / "assets" / "self-check" / "model.json").read_text())


def answers_by_points(data, points: dict[str, int | str]) -> dict[str, str]:
    """Answer ids for {question id: points or 'na'}; questions not named get their lowest answer."""
    scales = {s["id"]: s for s in data["scales"]}
    out = {}
    for q in data["questions"]:
        want = points.get(q["id"], 0)
        out[q["id"]] = "na" if want == "na" else next(o["id"] for o in scales[q["scale"]]["options"] if o["points"] == want)
    return out


@pytest.mark.parametrize(("points", "applicable", "expected"), [
    (0, 20, 0), (20, 20, 28), (13, 20, 18),  # 18.2 rounds down
    (1, 8, 4), (3, 8, 11),  # 3.5 and 10.5: halves round up
    (5, 26, 5), (25, 26, 27),  # 5.38 and 26.92
])
def test_rescale_rounds_half_up_to_whole_points(js, points, applicable, expected):
    assert js(SCORING, "rescale", points, applicable, 28) == expected


@pytest.mark.parametrize(("score", "level"), [(0, 1), (9, 1), (10, 2), (14, 2), (15, 3), (19, 3), (20, 4), (28, 4)])
def test_every_band_edge_maps_to_its_level(js, data, score, level):
    assert js(SCORING, "levelFor", data["levels"], score)["number"] == level


@pytest.mark.parametrize("score", [-1, 29])
def test_a_score_outside_the_bands_has_no_level(js, data, score):
    assert js(SCORING, "levelFor", data["levels"], score) is None


def test_lowest_answers_score_0_and_highest_28(js, data):
    low = js(SCORING, "score", data, answers_by_points(data, {}))
    high = js(SCORING, "score", data, answers_by_points(data, {q["id"]: 2 for q in data["questions"]}))
    assert (low["score"], low["level"]["name"]) == (0, "Initial")
    assert (high["score"], high["level"]["name"]) == (28, "Optimized")
    assert high["plan"]["target"] is None and high["plan"]["groups"] == []


def test_an_incomplete_questionnaire_has_no_score(js, data):
    answers = answers_by_points(data, {})
    del answers[data["questions"][-1]["id"]]
    result = js(SCORING, "score", data, answers)
    assert (result["complete"], result["answered"], result["score"], result["level"], result["plan"]) == (False, 13, None, None, None)


def test_not_applicable_questions_leave_the_count_and_the_score_is_rescaled(js, data):
    ids = [q["id"] for q in data["questions"]]
    # 10 questions apply (20 points at most) and earn 13: 13 x 28 / 20 = 18.2 -> 18, Managed.
    points = {**{i: "na" for i in ids[:4]}, **{i: 2 for i in ids[4:10]}, ids[10]: 1}
    result = js(SCORING, "score", data, answers_by_points(data, points))
    assert (result["points"], result["applicableMax"], result["score"], result["level"]["name"]) == (13, 20, 18, "Managed")
    # 4 questions apply (8 points) and earn 3: 10.5 rounds up to 11, Defined.
    points = {**{i: "na" for i in ids[4:]}, ids[0]: 2, ids[1]: 1}
    result = js(SCORING, "score", data, answers_by_points(data, points))
    assert (result["points"], result["applicableMax"], result["score"], result["level"]["name"]) == (3, 8, 11, "Defined")


def test_all_not_applicable_is_complete_but_has_no_score(js, data):
    result = js(SCORING, "score", data, {q["id"]: "na" for q in data["questions"]})
    assert (result["complete"], result["applicableMax"], result["score"], result["level"]) == (True, 0, None, None)


def test_plan_lists_missing_practices_up_to_the_next_level_weakest_area_first(js, data):
    level_of = {q["id"]: data["practices"][q["practice"]]["level"] for q in data["questions"]}
    # Levels 1-2 fully in place, one level-4 question too, level 3 not at all: 14 points, Defined.
    points = {i: 2 for i, lv in level_of.items() if lv <= 2}
    points["environments-as-code"] = 2
    result = js(SCORING, "score", data, answers_by_points(data, points))
    assert (result["score"], result["level"]["name"]) == (14, "Defined")
    plan = result["plan"]
    assert plan["target"]["name"] == "Managed" and plan["beyond"] is False
    # Operations earned 0 of 4, evaluation 2 of 4; improvement's gaps are all level 4, beyond the target.
    assert [(g["area"]["id"], [p["id"] for p in g["items"]]) for g in plan["groups"]] == [
        ("operations", ["post-production-monitoring", "cost-and-token-management"]),
        ("evaluation", ["safety-evaluation"]),
    ]
    item = plan["groups"][1]["items"][0]
    assert item["url"] == data["practices"]["safety-evaluation"]["url"] and item["references"]
    assert item["answer"] == "Never or rarely"


def test_plan_at_the_top_level_lists_every_practice_not_fully_in_place(js, data):
    points = {q["id"]: 2 for q in data["questions"]}
    points["prompt-library"] = 1
    points["ab-tests"] = 0
    points["feedback-to-changes"] = 1
    result = js(SCORING, "score", data, answers_by_points(data, points))
    assert (result["score"], result["plan"]["target"]) == (24, None)
    # Improvement earned 5 of 8, models and prompts 3 of 4: the weaker area comes first.
    assert [[p["id"] for p in g["items"]] for g in result["plan"]["groups"]] == [["feedback-loops", "ab-testing"], ["prompt-library"]]


def test_plan_looks_beyond_the_next_level_when_nothing_below_it_is_missing(js, data):
    # Only level 4 practices asked and all at 0; everything else not applicable: 0 points, Initial.
    level_of = {q["id"]: data["practices"][q["practice"]]["level"] for q in data["questions"]}
    points = {i: ("na" if lv < 4 else 0) for i, lv in level_of.items()}
    result = js(SCORING, "score", data, answers_by_points(data, points))
    assert result["level"]["name"] == "Initial" and result["plan"]["beyond"] is True
    assert {p["level"] for g in result["plan"]["groups"] for p in g["items"]} == {4}


# answers.js: everything read from a link, storage or a file is checked against the questionnaire.

def test_share_fragment_round_trips(js, data):
    answers = {"model-selection": "everywhere", "token-spend": "na"}
    fragment = js(ANSWERS, "encodeFragment", data, answers)
    assert fragment == "v=1.0.0&a=model-selection:everywhere,token-spend:na"
    parsed = js(ANSWERS, "parseFragment", "#" + fragment)
    assert parsed["version"] == "1.0.0"


@pytest.mark.parametrize("fragment", [
    "#v=1.0.0", "#v=1&a=model-selection:some", "#a=model-selection:some", "#v=1.0.0&a=model-selection",
    "#v=1.0.0&a=model-selection:some,model-selection:some", "#v=1.0.0&a=Model:some", "#v=1.0.0&a=x:y:z",
    "#v=1.0.0&a=%3Cimg%20src%3Dx%3E:some",
])
def test_malformed_fragments_are_refused(js, fragment):
    assert js(ANSWERS, "parseFragment", fragment) is None


def test_reconcile_rejects_unknown_answers_made_with_the_current_version(page, js, data):
    result = page.evaluate("""async ([data]) => {
        const io = await import('/assets/self-check/answers.js');
        const bad = io.reconcile(data, '1.0.0', new Map([['model-selection', 'some'], ['no-such-question', 'some']]));
        const badAnswer = io.reconcile(data, '1.0.0', new Map([['model-selection', 'always']]));
        const good = io.reconcile(data, '1.0.0', new Map([['model-selection', 'some'], ['token-spend', 'na']]));
        return [bad, badAnswer, good];
    }""", [data])
    assert result[0] == {"rejected": True} and result[1] == {"rejected": True}
    assert result[2]["answers"] == {"model-selection": "some", "token-spend": "na"} and result[2]["outdated"] is False


def test_reconcile_keeps_what_fits_from_an_older_version_and_lists_the_rest(page, js, data):
    result = page.evaluate("""async ([data]) => {
        const io = await import('/assets/self-check/answers.js');
        const r = io.reconcile(data, '0.9.0', new Map([['model-selection', 'some'], ['retired', 'some'], ['prompt-library', 'maybe']]));
        return {...r, cleared: r.cleared.map(q => q.id), missing: r.missing.map(q => q.id)};
    }""", [data])
    assert result["answers"] == {"model-selection": "some"}
    assert (result["outdated"], result["version"], result["dropped"], result["cleared"]) == (True, "0.9.0", ["retired"], ["prompt-library"])
    assert len(result["missing"]) == len(data["questions"]) - 2


@pytest.mark.parametrize(("stored", "expected"), [
    (None, {"answers": {}}),
    ('{"format":1,"model":"1.0.0","answers":{"model-selection":"some"}}', {"answers": {"model-selection": "some"}}),
    ('{"format":1,"model":"0.9.0","answers":{"model-selection":"some"}}', {"answers": {"model-selection": "some"}}),
    ('{"format":1,"model":"0.9.0","answers":{"model-selection":"some","retired":"some"}}', {"problem": "outdated", "version": "0.9.0"}),
    ('{"format":1,"model":"0.9.0","answers":{"model-selection":"maybe"}}', {"problem": "outdated", "version": "0.9.0"}),
    ('{"format":2,"model":"1.0.0","answers":{}}', {"problem": "corrupted"}),
    ("{not json", {"problem": "corrupted"}),
    ('["a list"]', {"problem": "corrupted"}),
    ('{"format":1,"model":"1.0.0","answers":{"model-selection":"always"}}', {"problem": "corrupted"}),
    ('{"format":1,"model":"1.0.0","answers":{"model-selection":7}}', {"problem": "corrupted"}),
    ('{"format":1,"model":"<b>","answers":{}}', {"problem": "corrupted"}),
])
def test_stored_answers_are_used_only_when_they_fit(js, data, stored, expected):
    assert js(ANSWERS, "readStored", data, stored) == expected


@pytest.mark.parametrize("text", ["", "null", '{"format":"other","model":"1.0.0","answers":{}}',
                                  '{"format":"genaiops-self-check","model":"1.0.0","answers":["x"]}'])
def test_export_files_of_another_shape_are_refused(js, data, text):
    assert js(ANSWERS, "readExport", data, text) == {"rejected": True}
