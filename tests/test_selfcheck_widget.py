"""The self-check widget on the built site, driven like a reader would: answers, result, saving and sharing."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from macros.assemble import load_model
from tests.support import Offsite
from tests.support_widget import (
    WIDGET,
    answers_by_points,
    answers_for_total,
    axe_violations,
    checked,
    choose,
    highest_answers,
    label,
    open_all,
    open_widget,
    points_for_total,
    rescaled,
    scale_of,
    stored,
    summary,
    top_points,
)
from tools.bench.page_weight import first_visit, self_check_assets

TAMPERED = (
    "This share link could not be read: it names no questionnaire version (v=). "
    "Ask for a new link, or answer the questions below."
)
UNREADABLE = "Your saved answers could not be read, so they were cleared."
WHERE = "Your answers are in the part after #, which browsers never send to a server."
MODEL = load_model()
VERSION = MODEL.version  # the questionnaire's current version, which links and files name
# Questions picked by what they offer, never by id, so a contributor's new or renamed question moves nothing here
# (the 1.0.0 links and files below name 1.0.0's real questions: they test that history).
PLAIN = next(q.id for q in MODEL.self_check.questions if not q.not_applicable)  # offers no Not applicable
OPTIONAL = [q.id for q in MODEL.self_check.questions if q.not_applicable]  # these may not apply
PLAIN_TOP = next(  # PLAIN's top answer
    MODEL.self_check.scale_by_id[q.scale].options[-1].id for q in MODEL.self_check.questions if q.id == PLAIN
)


def question(data, qid: str) -> dict:
    return next(q for q in data["questions"] if q["id"] == qid)


def top_id(data, qid: str) -> str:
    return scale_of(data, question(data, qid))["options"][-1]["id"]


def middle_id(data, qid: str) -> str:
    return scale_of(data, question(data, qid))["options"][1]["id"]


def number_of(data, qid: str) -> int:
    return [q["id"] for q in data["questions"]].index(qid) + 1


def words(text: str) -> str:
    return " ".join(text.split())


def test_not_applicable_is_offered_only_where_a_question_says_why(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    open_all(page)
    groups = page.locator(".gsc-question")
    assert groups.count() == len(data["questions"])
    for i, q in enumerate(data["questions"]):
        group = groups.nth(i)
        values = group.locator("input[type=radio]").evaluate_all("inputs => inputs.map(input => input.value)")
        options = [o["id"] for o in scale_of(data, q)["options"]]
        reason = q.get("not_applicable")
        assert values == options + (["na"] if reason else []), q["id"]
        if reason:
            assert words(group.locator(".gsc-na").inner_text()) == f"Not applicable {reason}"
            assert group.locator(".gsc-na .gsc-na-reason").inner_text() == reason
        else:
            assert group.locator(".gsc-na, .gsc-na-reason").count() == 0
    assert page.locator(".gsc-na").count() == len([q for q in data["questions"] if q.get("not_applicable")])


def test_the_result_says_it_is_the_guides_own_questionnaire_and_links_the_official_one(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    about = page.locator(".gsc-result .gsc-about")
    official = data["official"]
    assert words(about.inner_text()) == (
        "This is the guide's own questionnaire, built on the published maturity model and its score bands. "
        f"It is not the official assessment (“{official['title']}”): that one is Microsoft's questionnaire, while "
        "this one asks one question per practice or pair of practices of this guide, so results can differ."
    )
    assert about.get_by_role("link", name="the official assessment").get_attribute("href") == official["url"]
    choose(page, highest_answers(data))  # still there with a result
    assert about.get_by_role("link", name="the official assessment").get_attribute("href") == official["url"]


def test_progress_is_shown_and_the_result_waits_for_every_answer(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    progress = page.locator(".gsc-progress-text")
    n = len(data["questions"])
    assert progress.inner_text() == f"0 of {n} questions answered"
    answers = list(highest_answers(data).items())
    choose(page, dict(answers[:-1]))
    assert progress.inner_text() == f"{n - 1} of {n} questions answered"
    assert page.locator(".gsc-progress progress").evaluate("el => [el.value, el.max]") == [n - 1, n]
    assert summary(page) == f"Answer all {n} questions to see your score and level."
    assert page.locator(".gsc-details").inner_text() == ""
    assert page.locator(".gsc-result").get_attribute("aria-labelledby")
    assert page.locator(".gsc-summary").get_attribute("aria-live") == "polite"
    choose(page, dict(answers[-1:]))
    assert progress.inner_text() == f"{n} of {n} questions answered"
    full, top = data["model"]["max_score"], data["levels"][-1]
    assert summary(page).startswith(f"Score: {full} / {full} Level: {label(top)} ")


def test_breakdown_is_a_chart_and_a_table_per_area(page, site_url, data):
    # One question of each area at its top answer, and the first question that may not apply does not.
    first = {data["practices"][q["practices"][0]]["area"]: q for q in reversed(data["questions"])}
    points = {q["id"]: top_points(data, q) for q in first.values()} | {OPTIONAL[0]: "na"}
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_by_points(data, points))
    expected = []
    for area in data["areas"]:
        asked = [q for q in data["questions"] if data["practices"][q["practices"][0]]["area"] == area["id"]]
        applies = [q for q in asked if points.get(q["id"]) != "na"]
        earned, most = sum(points.get(q["id"], 0) for q in applies), sum(top_points(data, q) for q in applies)
        expected.append([area["name"], f"{earned} of {most}", f"{(200 * earned + most) // (2 * most)}%"])
    # Not applicable leaves the area's maximum: the area of the question that does not apply counts less.
    skipped = data["practices"][question(data, OPTIONAL[0])["practices"][0]]["area"]
    row = next(r for a, r in zip(data["areas"], expected, strict=True) if a["id"] == skipped)
    every = sum(
        top_points(data, q) for q in data["questions"] if data["practices"][q["practices"][0]]["area"] == skipped
    )
    assert int(row[1].split(" of ")[1]) == every - top_points(data, question(data, OPTIONAL[0]))
    breakdown = page.locator(".gsc-breakdown")
    assert breakdown.locator("h3").inner_text() == "By area"
    assert breakdown.locator("caption").inner_text() == "Points per area"
    assert breakdown.locator("thead th").all_inner_texts() == ["Area", "Points", "Share"]
    rows = breakdown.locator(".gsc-table tbody tr")
    assert [rows.nth(i).locator("th, td").all_inner_texts() for i in range(rows.count())] == expected
    chart = breakdown.locator(".gsc-chart")
    assert chart.get_attribute("aria-hidden") == "true"  # the table carries the same numbers
    bars = chart.locator(".gsc-row")
    assert bars.count() == len(data["areas"])
    assert [
        [bars.nth(i).locator(".gsc-row-name").inner_text(), bars.nth(i).locator(".gsc-row-value").inner_text()]
        for i in range(bars.count())
    ] == [[name, share] for name, _, share in expected]
    widths = chart.locator(".gsc-fill").evaluate_all("fills => fills.map(el => el.style.width)")
    assert widths == [share for _, _, share in expected]


def test_answers_persist_across_a_reload(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    answers = {PLAIN: middle_id(data, PLAIN), OPTIONAL[0]: "na", OPTIONAL[-1]: top_id(data, OPTIONAL[-1])}
    choose(page, answers)
    saved = json.loads(stored(page, data))
    assert saved == {"format": data["contract"]["stored_format"], "model": VERSION, "answers": answers}
    page.reload()
    page.wait_for_selector(".gsc-area")
    assert checked(page) == answers
    assert page.locator(".gsc-progress-text").inner_text() == f"3 of {len(data['questions'])} questions answered"
    assert page.locator(".gsc-notice").count() == 0


def test_share_link_restores_the_answers_in_a_fresh_browser(page, browser, site_url, data):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    open_widget(page, site_url + "/self-check/")
    answers = {**answers_for_total(data, data["levels"][2]["min"]), OPTIONAL[0]: "na"}
    choose(page, answers)
    result = summary(page)
    assert result.startswith("Score: ")
    page.get_by_role("button", name="Copy share link").click()
    # The status is written once the clipboard promise settles: wait for it rather than read it at once.
    expect(page.locator(".gsc-status")).to_have_text(f"Share link copied. {WHERE}")
    link = page.get_by_label("Share link").input_value()
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert re.fullmatch(re.escape(f"{site_url}/self-check/#v={VERSION}") + r"&a=[a-z0-9:,-]+", link)
    assert f"{OPTIONAL[0]}:na" in link.split("&a=")[1].split(",")

    context = browser.new_context()
    offsite = Offsite()
    context.route("**/*", offsite.route)
    fresh = context.new_page()
    errors = []
    fresh.on("pageerror", lambda exc: errors.append(str(exc)))
    open_widget(fresh, link)
    assert checked(fresh) == answers
    assert summary(fresh) == result
    assert fresh.locator(".gsc-notice").inner_text() == "Answers restored from a share link."
    expect(fresh).to_have_url(site_url + "/self-check/")  # the fragment is dropped once read
    assert json.loads(stored(fresh, data))["answers"] == answers  # and the answers are saved there
    context.close()
    assert offsite.requests == [] and errors == []


def test_without_clipboard_access_the_link_is_selected_to_copy_by_hand(page, site_url, data):
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    open_widget(page, site_url + "/self-check/")
    choose(page, {PLAIN: top_id(data, PLAIN)})
    page.get_by_role("button", name="Copy share link").click()
    expect(page.locator(".gsc-status")).to_have_text(f"Copy the share link below. {WHERE}")
    field = page.get_by_label("Share link")
    assert field.input_value() == f"{site_url}/self-check/#v={VERSION}&a={PLAIN}:{top_id(data, PLAIN)}"
    assert field.evaluate("el => [document.activeElement === el, el.selectionStart, el.selectionEnd]") == [
        True,
        0,
        len(field.input_value()),
    ]


def test_a_share_link_opened_on_the_page_itself_is_read_too(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, {PLAIN: top_id(data, PLAIN)})
    linked = {OPTIONAL[0]: "na", OPTIONAL[-1]: top_id(data, OPTIONAL[-1])}
    page.evaluate(f"location.hash = 'v={VERSION}&a={','.join(f'{k}:{v}' for k, v in linked.items())}'")
    page.get_by_role("button", name="Use the link's answers").click()  # over saved answers, the reader chooses
    page.wait_for_function("() => !location.hash")
    assert checked(page) == linked
    assert page.locator(".gsc").count() == 1 and page.locator(".gsc-question").count() == len(data["questions"])


def test_a_link_from_an_older_version_restores_what_fits_and_says_what_changed(page, site_url, data):
    # 1.0.0 asked "model-selection" (gone now) and let every question be not applicable (now only three).
    fragment = "#v=1.0.0&a=model-selection:everywhere,model-comparison:yes,release-evaluation:na,ab-tests:na"
    open_widget(page, site_url + "/self-check/" + fragment)
    assert checked(page) == {"model-comparison": "yes", "ab-tests": "na"}
    notice = page.locator(".gsc-notice")
    assert notice.locator("p").inner_text() == "Answers restored from a share link made with an older questionnaire."
    named = {"model-selection", "model-comparison", "release-evaluation", "ab-tests"}
    assert notice.locator("li").all_inner_texts() == [
        f"Made with version 1.0.0; this is version {VERSION}.",
        'Dropped: the answer to "model-selection", a question no longer asked.',
        f"Changed: question {number_of(data, 'release-evaluation')} has new answers; please answer it again.",
        *[
            f'New or unanswered: question {i}, "{q["text"]}"'
            for i, q in enumerate(data["questions"], 1)
            if q["id"] not in named
        ],
    ]
    assert notice.locator("li").count() == 3 + len(data["questions"]) - 3
    assert json.loads(stored(page, data))["answers"] == {"model-comparison": "yes", "ab-tests": "na"}
    assert page.js_errors == []


@pytest.mark.parametrize(
    ("fragment", "problem"),
    [
        (
            f"#v={VERSION}&a={PLAIN}:{PLAIN_TOP},not-a-question:{PLAIN_TOP}",
            f'it answers "not-a-question", which version {VERSION} does not ask',
        ),
        (f"#v={VERSION}&a={PLAIN}:everything", "its answer to question PLAIN_NUMBER is not one that question offers"),
        # Not applicable on a question that does not offer it
        (f"#v={VERSION}&a={PLAIN}:na", "its answer to question PLAIN_NUMBER is not one that question offers"),
        ("#v=%3Cscript%3E&a=%3Cimg%20src=x%20onerror=alert(1)%3E", 'its version "<script>" is not a version number'),
        ("#a=garbage!!", "it names no questionnaire version (v=)"),
    ],
)
def test_a_tampered_link_says_what_is_wrong_and_leaves_the_saved_answers(page, site_url, data, fragment, problem):
    open_widget(page, site_url + "/self-check/")
    choose(page, {PLAIN: PLAIN_TOP})
    saved = stored(page, data)
    page.goto("about:blank")  # a new document, not a same-page jump to the fragment
    open_widget(page, site_url + "/self-check/" + fragment)
    problem = problem.replace("PLAIN_NUMBER", str(number_of(data, PLAIN)))
    assert page.locator(".gsc-notice").inner_text() == (
        f"This share link could not be read: {problem}. Your saved answers are shown below, unchanged."
    )
    assert checked(page) == {PLAIN: PLAIN_TOP} and stored(page, data) == saved
    assert page.locator(".gsc img").count() == 0 and page.js_errors == []


def test_a_tampered_link_in_a_fresh_browser_starts_an_empty_form(page, site_url):
    open_widget(page, site_url + "/self-check/#a=garbage!!")
    assert page.locator(".gsc-notice").inner_text() == TAMPERED
    assert checked(page) == {}


@pytest.mark.parametrize(
    ("saved", "message"),
    [
        ("{not json", UNREADABLE),
        ('{"format":FORMAT,"model":"VERSION","answers":{"PLAIN":"maybe"}}', UNREADABLE),
        ('{"format":FORMAT,"model":"VERSION","answers":{"PLAIN":"na"}}', UNREADABLE),
        ('{"format":"99","model":"VERSION","answers":{}}', UNREADABLE),  # a newer format: test_selfcheck_saved_work.py
    ],
)
def test_corrupted_storage_is_discarded_with_a_notice(page, site_url, data, saved, message):
    key = data["contract"]["storage_key"]
    page.goto(site_url + "/404.html")
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [key, saved.replace("FORMAT", "1").replace("VERSION", VERSION).replace("PLAIN", PLAIN)],
    )
    open_widget(page, site_url + "/self-check/")
    assert page.locator(".gsc-notice").inner_text() == message
    assert checked(page) == {}
    assert stored(page, data) is None
    assert page.js_errors == []


def test_answers_saved_under_an_older_version_that_still_fit_are_kept(page, site_url, data):
    saved = '{"format":1,"model":"1.0.0","answers":{"ab-tests":"na","environments-as-code":"some"}}'
    page.goto(site_url + "/404.html")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [data["contract"]["storage_key"], saved])
    open_widget(page, site_url + "/self-check/")
    assert checked(page) == {"ab-tests": "na", "environments-as-code": "some"}
    assert page.locator(".gsc-notice").count() == 0


def test_blocked_storage_leaves_the_self_check_working(page, site_url, data):
    """Some browsers and sandboxed frames refuse storage access: answers then live on the page only.

    Checked on the embed page, as the theme's own scripts on the guide's pages do not expect storage to throw."""
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }})"
    )
    open_widget(page, site_url + "/self-check/embed/")
    total, top = data["levels"][-1]["min"], data["levels"][-1]
    choose(page, answers_for_total(data, total))
    assert summary(page).startswith(f"Score: {total} / {data['model']['max_score']} Level: {label(top)} ")
    page.get_by_role("button", name="Reset answers").click()
    page.get_by_role("button", name="Clear answers").click()
    assert checked(page) == {} and page.js_errors == []
    assert page.locator(".gsc-status").inner_text() == "Answers and notes cleared. Undo the reset brings them back."
    page.get_by_role("button", name="Undo the reset").click()  # kept on the page, where storage cannot keep it
    assert summary(page).startswith("Score: 20 / 28 Level: Level 4 – Optimized ")


def _import(page, path):
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import answers").click()
    chooser.value.set_files(str(path))


def test_export_then_import_restores_the_answers(page, site_url, site_dir, data, tmp_path):
    open_widget(page, site_url + "/self-check/")
    # One more than the top band's lowest score, with a question that earned nothing there marked not applicable.
    full, top = data["model"]["max_score"], data["levels"][-1]
    points = points_for_total(data, top["min"] + 1)
    skipped = next(qid for qid in reversed(OPTIONAL) if points[qid] == 0)
    answers = {**answers_by_points(data, points), skipped: "na"}
    choose(page, answers)
    applicable = full - top_points(data, question(data, skipped))
    score = rescaled(top["min"] + 1, applicable, full)
    result = summary(page)
    assert result.startswith(
        f"Score: {score} / {full} Level: {label(top)} Rescaled from {top['min'] + 1} of {applicable} points"
    )
    days = {datetime.now(UTC).strftime("%Y-%m-%d")}
    with page.expect_download() as download:
        page.get_by_role("button", name="Export answers").click()
    days.add(datetime.now(UTC).strftime("%Y-%m-%d"))  # the day in UTC, either side of a midnight
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name in {f"genaiops-self-check-{VERSION}-{day}.json" for day in days}  # no team name: the day only
    exported = json.loads(saved.read_text())
    # The frameworks view of the result travels too (tests/test_selfcheck_frameworks.py checks its statuses).
    crosswalk = json.loads((site_dir / "assets" / "self-check" / "crosswalk.json").read_text())
    assert set(exported.pop("frameworks")) == {fw["id"] for fw in crosswalk["frameworks"]}
    assert exported == {
        "format": data["contract"]["file_format"],
        "format_version": data["contract"]["file_version"],
        "model": VERSION,
        "answers": answers,
        "score": score,
        "max": full,
        "level": {"number": top["number"], "name": top["name"]},
        "reason": "band",
    }
    assert page.locator(".gsc-status").inner_text() == "Answers exported to a file."

    page.get_by_role("button", name="Reset answers").click()
    page.get_by_role("button", name="Clear answers").click()
    assert checked(page) == {} and stored(page, data) is None
    assert summary(page) == f"Answer all {len(data['questions'])} questions to see your score and level."
    _import(page, saved)
    expect(page.locator(".gsc-status")).to_have_text("Answers imported.")
    assert checked(page) == answers
    assert summary(page) == result
    assert page.locator(".gsc-notice").count() == 0
    assert json.loads(stored(page, data))["answers"] == answers


def test_importing_a_file_from_an_older_version_keeps_what_fits_and_says_what_changed(page, site_url, data, tmp_path):
    old = tmp_path / "old.json"
    answers = {"model-selection": "some", "model-comparison": "yes", "release-evaluation": "na"}
    old.write_text(json.dumps({"format": data["contract"]["file_format"], "model": "1.0.0", "answers": answers}))
    open_widget(page, site_url + "/self-check/")
    _import(page, old)
    expect(page.locator(".gsc-status")).to_have_text("Answers imported.")
    assert checked(page) == {"model-comparison": "yes"}
    notice = page.locator(".gsc-notice")
    assert notice.locator("p").inner_text() == "Answers imported from a file made with an older questionnaire."
    items = notice.locator("li").all_inner_texts()
    assert items[:3] == [
        f"Made with version 1.0.0; this is version {VERSION}.",
        'Dropped: the answer to "model-selection", a question no longer asked.',
        f"Changed: question {number_of(data, 'release-evaluation')} has new answers; please answer it again.",
    ]
    assert len(items) == 3 + len(data["questions"]) - 2


def test_importing_a_file_that_is_not_answers_changes_nothing(page, site_url, data, tmp_path):
    open_widget(page, site_url + "/self-check/")
    choose(page, {PLAIN: top_id(data, PLAIN)})
    junk = tmp_path / "junk.json"
    junk.write_text(
        json.dumps({"format": data["contract"]["file_format"], "model": VERSION, "answers": {PLAIN: "<b>"}})
    )
    _import(page, junk)
    expect(page.locator(".gsc-status")).to_have_text(
        "That file could not be read as self-check answers, so nothing was changed."
    )
    assert checked(page) == {PLAIN: top_id(data, PLAIN)}
    assert page.locator(".gsc b").count() == 0 and page.js_errors == []


def test_print_shows_the_result_without_the_questions(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_for_total(data, 12))
    page.emulate_media(media="print")
    assert not page.locator(".gsc-form").is_visible()
    assert not any(group.is_visible() for group in page.locator(".gsc-actions").all())  # both groups of buttons
    assert page.locator(".gsc-summary").is_visible() and page.locator(".gsc-table").is_visible()
    assert page.locator(".gsc-reason").is_visible() and page.locator(".gsc-about").is_visible()


def test_questions_are_labelled_radio_groups_operable_by_keyboard(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    first, second = data["questions"][:2]
    group = page.get_by_role("group", name=f"1. {first['text']}")
    options = scale_of(data, first)["options"]
    assert group.get_by_role("radio").count() == len(options)  # this one offers no Not applicable
    group.get_by_role("radio", name=options[0]["text"]).focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # moves the choice within the group, as native radios do
    assert checked(page) == {first["id"]: options[1]["id"]}
    page.keyboard.press("Tab")  # on to the question's note
    assert page.evaluate("document.activeElement.dataset.note") == first["id"]
    page.keyboard.press("Tab")  # on to its closed "Add evidence" disclosure, whose fields Tab skips until opened
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Tab")  # on to the next question's group
    page.keyboard.press("Space")
    assert checked(page) == {first["id"]: options[1]["id"], second["id"]: scale_of(data, second)["options"][0]["id"]}


def test_it_fits_a_320_pixel_screen(page, site_url, data):
    page.set_viewport_size({"width": 320, "height": 640})
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_for_total(data, data["levels"][2]["min"] + 1))
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    wide = page.evaluate(
        "() => [...document.querySelectorAll('.gsc *')].filter(el => el.getBoundingClientRect().right > 321).length"
    )
    assert wide == 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_before_and_after_a_result(page, site_url, data, scheme):
    page.emulate_media(color_scheme=scheme)  # the theme follows the system's color scheme
    open_widget(page, site_url + "/self-check/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == {"light": "default", "dark": "slate"}[scheme]
    assert axe_violations(page) == []
    choose(page, {**answers_for_total(data, data["levels"][1]["min"] + 1), OPTIONAL[0]: "na"})
    assert page.locator(".gsc-plan li").count() > 0 and page.locator(".gsc-in-place li").count() > 0
    page.get_by_role("button", name="Copy share link").click()
    expect(page.locator(".gsc-status")).to_contain_text(WHERE)
    assert axe_violations(page) == []


def test_pages_without_the_widget_do_not_load_its_data(page, site_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "/about/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".gsc").count() == 0
    assert not [url for url in requests if url.endswith("model.json")]


def test_pages_without_the_widget_fetch_none_of_its_modules(page, site_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "/about/")
    page.wait_for_load_state("networkidle")
    assert [url for url in requests if url.endswith("/self-check-loader.js")]  # only the loader, which looks
    assert [url for url in requests if "/assets/self-check/" in url and url.endswith(".js")] == []
    # Instant navigation to the self-check brings the widget in, once.
    page.locator("nav.md-nav--primary a[href$='self-check/']").first.click()
    page.wait_for_selector(".gsc-area")
    widget = [url for url in requests if url.endswith("/assets/self-check/self-check.js")]
    assert len(widget) == 1 and page.locator(".gsc").count() == 1


def test_a_first_visit_stays_within_the_widget_budget(site_dir):
    """22 KB gzipped for what a first visit loads, as served: each entry's static import closure and the stylesheet,
    minified at build time. Reports, history, teams and the import check load on first use from lazy/."""
    sizes = self_check_assets(site_dir)
    for name, size in sizes.items():
        assert size < 22 * 1024, f"{name}: {size} bytes gzipped"
    served = first_visit(site_dir, "self-check.js")
    assert {"self-check.js", "widget.js", "scoring.js", "self-check.css"} <= {p.name for p in served}
    assert [p for p in served if "/lazy/" in p.as_posix()] == []


@pytest.mark.parametrize("path", sorted(p.name for p in WIDGET.glob("*.js")))
def test_a_first_visit_never_loads_the_lazy_parts(path):
    """A static import of lazy/ from a module at the top would load it on every visit, outside the size budget."""
    static = re.findall(r"^\s*(?:import|export)\b[^;(]*?from\s+[\"']([^\"']+)[\"']", (WIDGET / path).read_text(), re.M)
    assert [target for target in static if "lazy/" in target] == []
