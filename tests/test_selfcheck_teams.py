"""The self-check's team features in Chromium: notes, a target level, history and comparison, the team roll-up,
CSV and Markdown reports, and imports checked against the published JSON Schema. All of it stays in the browser.
"""

from __future__ import annotations

import csv
import io
import json

from playwright.sync_api import expect

from tests.support_widget import (
    AXE,
    WCAG,
    answers_by_points,
    answers_for_total,
    band_of,
    checked,
    choose,
    download,
    highest_answers,
    lowest_answers,
    open_widget,
    stored,
)

NOTE = '<img src=x onerror="window.pwned=1"> =HYPERLINK("http://evil") *owner*: Ana, 2026-11-30'


def axe(page) -> list:
    """WCAG 2.x A/AA and axe's best-practice rules, as tests/test_accessibility.py runs them."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        [*WCAG, "best-practice"],
    )
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


def export_file(data, answers, tmp_path, name, model=None, **extra):
    path = tmp_path / name
    body = {"format": data["contract"]["file_format"], "model": model or data["model"]["version"], "answers": answers}
    path.write_text(json.dumps({**body, **extra}), encoding="utf-8")
    return path


def status(page):
    return page.locator(".gsc-status")


def note_field(page, qid):
    return page.locator(f'textarea[data-note="{qid}"]')


# Notes.


def test_notes_are_saved_exported_and_printed_as_text_but_never_shared(page, site_url, data, tmp_path):
    first = data["questions"][0]
    open_widget(page, site_url + "/self-check/")
    field = page.get_by_role("group", name=f"1. {first['text']}").get_by_label("Note (optional)")
    assert field.get_attribute("maxlength") == str(data["contract"]["note_max_length"])
    field.fill(NOTE)
    choose(page, answers_for_total(data, 12))
    assert json.loads(stored(page, data))["notes"] == {first["id"]: NOTE}
    page.reload()
    page.wait_for_selector(".gsc-area")
    assert note_field(page, first["id"]).input_value() == NOTE

    page.get_by_role("button", name="Copy share link").click()
    link = page.get_by_label("Share link").input_value()
    assert "HYPERLINK" not in link and "owner" not in link and "img" not in link
    hint = page.locator(".gsc-hint").inner_text()
    assert hint == (
        "Share links carry your answers only, never your notes or evidence; exports, reports and print include them."
    )

    saved = download(page, "Export answers", tmp_path)
    assert json.loads(saved.read_text())["notes"] == {first["id"]: NOTE}

    page.emulate_media(media="print")
    printed = page.locator(".gsc-notes")
    assert printed.is_visible() and NOTE in printed.inner_text()
    assert page.locator(".gsc-stamp").inner_text().endswith(f"questionnaire version {data['model']['version']}")
    assert not page.locator(".gsc-form").is_visible()
    assert page.locator(".gsc img").count() == 0 and page.evaluate("window.pwned") is None

    page.emulate_media(media="screen")
    page.get_by_role("button", name="Reset answers").click()
    page.get_by_role("button", name="Clear answers").click()
    assert note_field(page, first["id"]).input_value() == ""
    page.locator(".gsc-actions input[type=file]").first.set_input_files(str(saved))
    expect(status(page)).to_have_text("Answers imported.")
    assert note_field(page, first["id"]).input_value() == NOTE
    assert page.js_errors == []


# Target level.


def test_the_plan_covers_every_level_up_to_the_chosen_target(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_for_total(data, data["levels"][1]["min"] + 1))  # inside the Level 2 band
    assert "Level: Level 2" in page.locator(".gsc-summary").inner_text()
    select = page.get_by_label("Plan up to")
    assert select.input_value() == "3"  # the next level, by default
    assert select.locator("option").all_inner_texts() == [
        f"Level 3 – {data['levels'][2]['name']} (the next level)",
        f"Level 4 – {data['levels'][3]['name']}",
    ]
    up_to_3 = page.locator(".gsc-plan > li").all_inner_texts()
    assert all("Level 4 (" not in item for item in up_to_3)
    select.focus()
    select.select_option("4")
    expect(page.locator(".gsc-next h3")).to_have_text(f"Your plan to reach Level 4 – {data['levels'][3]['name']}")
    up_to_4 = page.locator(".gsc-plan > li").all_inner_texts()
    assert len(up_to_4) > len(up_to_3) and any("Level 4 (" in item for item in up_to_4)
    assert page.evaluate("document.activeElement.id") == select.get_attribute("id")  # the select was kept
    page.emulate_media(media="print")
    assert not select.is_visible() and page.locator(".gsc-next").is_visible()


# History and comparison.


def test_snapshots_are_saved_listed_compared_and_deleted(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    page.get_by_role("button", name="Save snapshot").click()
    expect(status(page)).to_have_text("Answer every question first: a snapshot keeps a complete result.")
    total = data["levels"][1]["min"] + 1
    choose(page, answers_for_total(data, total))
    page.get_by_role("button", name="Save snapshot").click()
    expect(status(page)).to_have_text("Snapshot saved: 1 in your history.")
    choose(page, highest_answers(data))
    page.get_by_role("button", name="Save snapshot").click()
    expect(status(page)).to_have_text("Snapshot saved: 2 in your history.")
    history = json.loads(page.evaluate("k => localStorage.getItem(k)", data["contract"]["history_key"]))
    assert history["format"] == data["contract"]["history_format"]
    assert [(s["model"], s["score"], s["level"]) for s in history["snapshots"]] == [
        (data["model"]["version"], total, band_of(data, total)["number"]),
        (data["model"]["version"], data["model"]["max_score"], data["levels"][-1]["number"]),
    ]

    page.get_by_role("button", name="Show history").click()
    section = page.get_by_role("region", name="History")
    expect(section.locator(".gsc-snapshots li")).to_have_count(2)
    section.get_by_role("button", name="Compare", exact=True).click()
    expect(section.locator(".gsc-basis")).to_have_text(f"Compared on all {len(data['questions'])} questions.")
    areas = section.get_by_role("table", name="Share of points per area")
    assert areas.locator("tbody tr").count() == len(data["areas"])
    assert set(areas.locator("tbody td:nth-child(4)").all_inner_texts()) <= {"Up", "No change"}
    assert "Up" in areas.locator("tbody td:nth-child(4)").all_inner_texts()
    practices = section.get_by_role("table", name="Practices")
    assert practices.locator("tbody tr").count() == len(data["practices"])
    assert section.locator(".gsc-chart .gsc-row").count() == len(data["areas"])
    assert axe(page) == []

    page.emulate_media(media="print")
    assert areas.is_visible() and not section.locator(".gsc-controls").is_visible()
    page.emulate_media(media="screen")

    section.get_by_role("button", name="Delete snapshot").first.click()
    expect(section.locator(".gsc-snapshots li")).to_have_count(1)
    assert (
        len(json.loads(page.evaluate("k => localStorage.getItem(k)", data["contract"]["history_key"]))["snapshots"])
        == 1
    )
    assert page.js_errors == []


def test_a_snapshot_of_an_older_version_is_compared_on_the_questions_that_still_match(page, site_url, data):
    version = data["model"]["version"]
    questions = data["questions"]
    old_answers = {**lowest_answers(data), "model-selection": "everywhere", questions[1]["id"]: "na"}
    del old_answers[questions[2]["id"]]
    history = {
        "format": data["contract"]["history_format"],
        "snapshots": [
            {
                "id": "a1",
                "date": "2026-01-05T10:00:00.000Z",
                "model": "1.0.0",
                "answers": old_answers,
                "score": 3,
                "level": 1,
            },
            {
                "id": "b2",
                "date": "2026-06-05T10:00:00.000Z",
                "model": version,
                "answers": highest_answers(data),
                "score": data["model"]["max_score"],
                "level": data["levels"][-1]["number"],
            },
        ],
    }
    page.goto(site_url + "/404.html")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [data["contract"]["history_key"], json.dumps(history)])
    open_widget(page, site_url + "/self-check/")
    page.get_by_role("button", name="Show history").click()
    section = page.get_by_role("region", name="History")
    section.get_by_role("button", name="Compare", exact=True).click()
    assert not questions[1].get("not_applicable")  # so its "na" no longer fits, like the dropped third answer
    numbers = ", ".join(str(i) for i in range(4, len(questions) + 1))
    basis = section.locator(".gsc-basis").inner_text()
    assert basis.startswith(f"Compared on {len(questions) - 2} of {len(questions)} questions")
    assert basis.endswith(f"questions 1, {numbers}.")
    assert "snapshot 1 (2026-01-05 10:00:00 UTC), version 1.0.0" in section.inner_text()


def test_a_corrupted_history_is_shown_empty_with_a_notice(page, site_url, data):
    page.goto(site_url + "/404.html")
    page.evaluate("k => localStorage.setItem(k, '{not json')", data["contract"]["history_key"])
    open_widget(page, site_url + "/self-check/")
    page.get_by_role("button", name="Show history").click()
    section = page.get_by_role("region", name="History")
    expect(section.locator(".gsc-notice")).to_have_text(
        "Your saved history could not be read, so it is shown empty; saving a snapshot starts a new one."
    )
    choose(page, answers_for_total(data, 12))
    page.get_by_role("button", name="Save snapshot").click()
    expect(section.locator(".gsc-snapshots li")).to_have_count(1)
    assert page.js_errors == []


# Team roll-up.


def test_team_files_roll_up_and_bad_files_are_reported_one_by_one(page, site_url, data, tmp_path):
    low, high = lowest_answers(data), highest_answers(data)
    mid = answers_for_total(data, data["levels"][2]["min"] + 1)
    first = data["questions"][0]
    files = [
        export_file(data, low, tmp_path, "team-a.json"),
        export_file(data, mid, tmp_path, "team-b.json"),
        export_file(data, high, tmp_path, "team-c.json"),
        export_file(data, high, tmp_path, "team-d.json", model="2.0.0"),  # older, every answer still fits
        export_file(data, {"model-selection": "some"}, tmp_path, "team-old.json", model="1.0.0"),
        export_file(data, {first["id"]: "<b>x</b>"}, tmp_path, "broken.json"),
        export_file(data, {first["id"]: high[first["id"]]}, tmp_path, "partial.json"),
    ]
    (tmp_path / "not-json.json").write_text("{oops", encoding="utf-8")
    files.append(tmp_path / "not-json.json")
    open_widget(page, site_url + "/self-check/")
    assert axe(page) == []
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Load team files").click()
    assert chooser.value.is_multiple()
    chooser.value.set_files([str(p) for p in files])
    section = page.get_by_role("region", name="Teams")
    expect(section.locator(".gsc-team-count")).to_have_text(f"4 of {len(files)} files loaded as teams.")
    report = section.locator(".gsc-team-report > li").all_inner_texts()
    version = data["model"]["version"]
    assert (
        report[0]
        == f"team-d.json was made with version 2.0.0; all its answers still fit version {version}, so it is included."
    )
    assert report[1].startswith("team-old.json was made with version 1.0.0") and report[1].endswith("left out.")
    assert report[2].startswith("broken.json is not a self-check answers file, so it was left out:")
    assert f"/answers/{first['id']}: expected an answer id" in report[2]
    assert report[3].startswith("partial.json answers 1 of ")
    assert report[4].startswith("not-json.json is not a self-check answers file") and "not JSON" in report[4]
    assert len(report) == 5

    teams = section.get_by_role("table", name="Teams", exact=True)
    assert teams.locator("tbody th").all_inner_texts() == ["team-a", "team-b", "team-c", "team-d"]
    areas = section.get_by_role("table", name="Share of points per area across teams")
    first_area = areas.locator("tbody tr").first.locator("td").all_inner_texts()
    assert first_area[0] == "0%" and first_area[2] == "100%"
    practices = section.get_by_role("table", name="Share of points per practice across teams")
    assert practices.locator("tbody tr").count() == len(data["practices"])
    in_place = practices.locator("tbody td:last-child").all_inner_texts()
    assert all(text.endswith(" of 4") and int(text.split()[0]) >= 2 for text in in_place)
    plan = section.locator(".gsc-plan > li").all_inner_texts()
    assert plan and "not fully in place in 2 of 4 teams: team-a, team-b." in plan[0]
    assert section.locator("b").count() == 0
    assert axe(page) == []
    assert page.js_errors == []


# Reports.


def test_csv_has_a_row_per_question_with_quoting_and_no_formulas(page, site_url, data, tmp_path):
    open_widget(page, site_url + "/self-check/")
    answers = answers_by_points(data, {next(q["id"] for q in data["questions"] if q.get("not_applicable")): "na"})
    choose(page, answers)
    qid = data["questions"][0]["id"]
    note_field(page, qid).fill('=1+2, said "Ana"\nsecond line')
    note_field(page, data["questions"][1]["id"]).fill("@SUM(A1)")
    path = download(page, "Download CSV", tmp_path)
    assert path.name.startswith(f"genaiops-self-check-{data['model']['version']}-") and path.suffix == ".csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    every = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    rows = every[: every.index([])]  # the answers' table; the frameworks view's follows a blank line
    assert rows[0][:8] == ["Number", "Area", "Practices", "Question", "Answer", "Points", "Most points", "Note"]
    assert rows[0][8:] == ["Evidence", "Review by", "Review"]  # tests/test_selfcheck_evidence.py fills them
    assert len(rows) == 1 + len(data["questions"])
    assert every[len(rows) + 1] == ["Framework", "Item", "Title", "Status", "Practices"]
    assert rows[1][7] == '\'=1+2, said "Ana"\nsecond line' and rows[2][7] == "'@SUM(A1)"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in every for cell in row)
    na = next(r for r in rows[1:] if r[4] == "Not applicable")
    assert na[5] == ""


def test_markdown_report_has_the_result_breakdown_and_plan_with_absolute_links(page, site_url, data, tmp_path):
    open_widget(page, site_url + "/self-check/")
    total = data["levels"][1]["min"] + 1
    choose(page, answers_for_total(data, total))
    note_field(page, data["questions"][0]["id"]).fill("<script>x</script> [link](javascript:y)")
    text = download(page, "Download Markdown", tmp_path).read_text()
    assert f"- Questionnaire version: {data['model']['version']}" in text
    assert f"- Score: {total} / {data['model']['max_score']}" in text
    assert f"- Level: [Level 2 – {data['levels'][1]['name']}]({site_url}/levels/" in text
    assert "## By area" in text and "## Plan to reach Level 3" in text
    assert f"]({site_url}/practices/" in text
    assert "\\<script\\>x\\</script\\> \\[link\\](javascript:y)" in text and "<script>" not in text


# The published schema and imports.


def test_import_lists_what_is_wrong_with_a_file(page, site_url, data, site_dir, tmp_path):
    first = data["questions"][0]["id"]
    yes = answers_by_points(data, {})[first]
    schema = json.loads((site_dir / "assets" / "self-check" / "export.schema.json").read_text())
    assert schema["$id"] == f"{site_url}/assets/self-check/export.schema.json"
    bad = export_file(data, {first: "<b>", "Bad Id": yes}, tmp_path, "bad.json", notes={"x": 3}, extra=True)
    open_widget(page, site_url + "/self-check/")
    choose(page, {first: yes})
    page.locator(".gsc-actions input[type=file]").first.set_input_files(str(bad))
    expect(status(page)).to_have_text("That file could not be read as self-check answers, so nothing was changed.")
    notice = page.locator(".gsc-notice")
    assert notice.locator("p").inner_text() == "What is wrong with bad.json:"
    assert notice.locator("li").all_inner_texts() == [
        f'/answers/{first}: expected an answer id (lowercase letters, digits, -), found "<b>".',
        '/answers/Bad Id: expected a question id (lowercase letters, digits, -), found "Bad Id".',
        f"/notes/x: expected a note of at most {data['contract']['note_max_length']} characters, found 3.",
        f"/extra: expected no such field (known: {', '.join(schema['properties'])}), found true.",
    ]
    assert checked(page) == {first: yes}
    assert page.locator(".gsc b").count() == 0

    wrong_answer = export_file(data, {first: "maybe"}, tmp_path, "maybe.json")
    page.locator(".gsc-actions input[type=file]").first.set_input_files(str(wrong_answer))
    expect(notice.locator("li")).to_have_count(1)
    assert notice.locator("li").inner_text().startswith(f"/answers/{first}: expected one of ")


def test_an_export_of_2_0_0_still_imports(page, site_url, data, tmp_path):
    level = data["levels"][2]
    answers = answers_for_total(data, level["min"] + 1)
    old = export_file(
        data,
        answers,
        tmp_path,
        "old.json",
        model="2.0.0",
        score=level["min"] + 1,
        max=data["model"]["max_score"],
        reason="band",
        level={"number": level["number"], "name": level["name"]},
    )
    open_widget(page, site_url + "/self-check/")
    page.locator(".gsc-actions input[type=file]").first.set_input_files(str(old))
    expect(status(page)).to_have_text("Answers imported.")
    assert checked(page) == answers
    assert page.locator(".gsc-notice li").all_inner_texts() == [
        f"Made with version 2.0.0; this is version {data['model']['version']}."
    ]
