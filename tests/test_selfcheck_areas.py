"""The self-check one area at a time, and team names, in Chromium, from a browser that already holds answers.

Every test starts from saved work (tests/test_selfcheck_saved_work.py's pattern: every question but the last
answered, two notes). Areas, questions and answers come from the JSON the build wrote, never from today's data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from playwright.sync_api import expect

from tests.support_widget import axe_violations, checked, open_widget, scale_of
from tests.test_selfcheck_saved_work import link, record, saved_work, seed


def areas(data) -> list[tuple[str, list[str]]]:
    """[(area name, [question id])] in the questionnaire's order, as the widget groups them."""
    out: dict[str, list[str]] = {}
    for question in data["questions"]:  # a question's area is its first practice's (scoring.js areaOf)
        out.setdefault(data["practices"][question["practices"][0]]["area"], []).append(question["id"])
    names = {a["id"]: a["name"] for a in data["areas"]}
    return [(names[area], ids) for area, ids in out.items()]


def seeded(page, site_url, data):
    answers, notes = saved_work(data)
    seed(page, site_url, data, record(data, answers, notes))
    open_widget(page, site_url + "/self-check/")
    return answers, notes


def summaries(page):
    return page.locator(".gsc-area > summary")


def open_areas(page) -> list[bool]:
    return page.locator(".gsc-area").evaluate_all("els => els.map(el => el.open)")


def test_each_area_says_how_many_of_its_questions_are_answered_and_only_the_unfinished_one_is_open(
    page, site_url, data
):
    answers, _ = seeded(page, site_url, data)
    groups = areas(data)
    texts = [" ".join(t.split()) for t in summaries(page).all_inner_texts()]
    expected = [f"{name} {sum(q in answers for q in ids)} of {len(ids)} answered" for name, ids in groups]
    assert texts == expected
    # The last question is the only one unanswered: its area is the one open, the way to go on.
    assert open_areas(page) == [i == len(groups) - 1 for i in range(len(groups))]
    overall = page.locator(".gsc-progress-text")
    expect(overall).to_have_text(f"{len(answers)} of {len(data['questions'])} questions answered")
    assert axe_violations(page) == []


def test_the_keyboard_opens_an_area_and_moves_to_the_next(page, site_url, data):
    seeded(page, site_url, data)
    groups = areas(data)
    first = summaries(page).first
    first.focus()
    page.keyboard.press("Enter")
    assert open_areas(page)[0]
    question = data["questions"][0]
    expect(page.locator(f'input[data-question="{question["id"]}"]').first).to_be_visible()
    next_button = page.get_by_role("button", name=f"Next area: {groups[1][0]}")
    next_button.focus()
    page.keyboard.press("Enter")
    assert open_areas(page)[:2] == [False, True]
    assert page.evaluate("document.activeElement.matches('.gsc-area:nth-of-type(2) > summary')")
    page.keyboard.press("Space")  # a summary is a button: Space closes it again
    assert open_areas(page)[1] is False
    assert axe_violations(page) == []


def test_a_share_link_opens_the_areas_it_fills_and_shows_its_answers(page, site_url, data):
    seeded(page, site_url, data)
    groups = areas(data)
    # The link answers one question in the first area and one in the last: those two areas open.
    ids = [groups[0][1][0], groups[-1][1][-1]]
    questions = {q["id"]: q for q in data["questions"]}
    theirs = {qid: scale_of(data, questions[qid])["options"][0]["id"] for qid in ids}
    page.evaluate("() => document.querySelectorAll('.gsc-area').forEach(d => { d.open = false; })")
    page.goto(site_url + "/self-check/" + link(theirs))
    page.get_by_role("button", name="Use the link's answers").click()
    assert checked(page) == theirs
    opened = open_areas(page)
    assert opened[0] and opened[-1]
    for qid, answer in theirs.items():
        expect(page.locator(f'input[data-question="{qid}"][value="{answer}"]')).to_be_visible()


def test_an_incomplete_result_leads_to_the_first_unanswered_question_opened_and_focused(page, site_url, data):
    seeded(page, site_url, data)
    last = data["questions"][-1]["id"]
    page.evaluate("() => document.querySelectorAll('.gsc-area').forEach(d => { d.open = false; })")
    page.get_by_role("button", name="Go to the first unanswered question").click()
    assert open_areas(page)[-1]
    focused = page.evaluate("document.activeElement.getAttribute('data-question')")
    assert focused == last
    expect(page.locator(f'input[data-question="{last}"]').first).to_be_visible()


def test_the_team_name_is_saved_exported_named_in_the_file_and_shown_by_the_roll_up(page, site_url, data, tmp_path):
    answers, notes = seeded(page, site_url, data)
    name = "Payments / Checkout"
    page.get_by_label("Team or application name").fill(name)
    assert json.loads(page.evaluate("k => localStorage.getItem(k)", data["contract"]["storage_key"]))["team"] == name
    page.reload()
    page.wait_for_selector(".gsc-area")
    expect(page.get_by_label("Team or application name")).to_have_value(name)
    # Complete the work, so the file counts as a team.
    last = data["questions"][-1]
    page.locator(".gsc-area").last.evaluate("d => { d.open = true; }")
    page.locator(f'input[data-question="{last["id"]}"]').first.check()
    days = {datetime.now(UTC).strftime("%Y-%m-%d")}
    with page.expect_download() as info:
        page.get_by_role("button", name="Export answers").click()
    days.add(datetime.now(UTC).strftime("%Y-%m-%d"))  # the day in UTC, either side of a midnight
    file_name = info.value.suggested_filename
    prefix = f"{data['contract']['file_format']}-{data['model']['version']}"
    assert file_name in {f"{prefix}-{day}-Payments-Checkout.json" for day in days}
    exported = tmp_path / file_name
    info.value.save_as(exported)
    body = json.loads(exported.read_text(encoding="utf-8"))
    assert body["team"] == name and body["notes"] == notes
    # The same file twice (a copy under another name) and a file without a name, named by its file name.
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(body, indent=4), encoding="utf-8")
    unnamed = tmp_path / "search-team.json"
    unnamed.write_text(json.dumps({k: v for k, v in body.items() if k not in ("team", "notes")}), encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Load team files").click()
    chooser.value.set_files([str(exported), str(copy), str(unnamed)])
    section = page.get_by_role("region", name="Teams")
    expect(section.locator(".gsc-team-count")).to_have_text("2 of 3 files loaded as teams.")
    teams = section.get_by_role("table", name="Teams", exact=True)
    assert teams.locator("tbody th").all_inner_texts() == [name, "search-team"]
    assert section.locator(".gsc-team-report > li").all_inner_texts() == [
        f"copy.json is the same file as {file_name} (the same answers, notes, evidence and team name), so it is counted once."
    ]
    assert axe_violations(page) == []
