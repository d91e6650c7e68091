"""Structured evidence in Chromium, from a browser that already holds answers, notes and evidence.

Evidence whose review-by date has passed is flagged in the result, the CSV and the Markdown; typed evidence is
checked as it is typed (https only); an export made before evidence existed (tests/fixtures/selfcheck/
export-format-1.json, written by the previous revision's exportText) still imports, and the evidence it replaces
is one click away; a file with bad evidence is refused naming the question; share links carry none of it.
"""

from __future__ import annotations

import csv
import io
import json

from playwright.sync_api import expect

from macros.assemble import load_model
from tests.support import FIXTURES
from tests.support_widget import answers_for_total, axe_violations, checked, download, open_all, open_widget, stored

VERSION = load_model().version
OLD_FILE = FIXTURES / "selfcheck" / "export-format-1.json"
PAST = "2020-01-31"  # a review-by date every reader's clock has passed


def seed(page, site_url, data, work: dict):
    page.goto(site_url + "/404.html")
    body = {"format": data["contract"]["stored_format"], "model": VERSION, **work}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [data["contract"]["storage_key"], json.dumps(body)])
    open_widget(page, site_url + "/self-check/")


def saved_work(data) -> dict:
    first, second = data["questions"][0]["id"], data["questions"][1]["id"]
    return {
        "answers": answers_for_total(data, 12),
        "notes": {first: "see the runbook"},
        "evidence": {
            first: {
                "what": "Model comparison runbook",
                "link": "https://wiki.example/runbook",
                "owner": "Ana",
                "checked": "2019-11-01",
                "review": PAST,
            },
            second: {"what": "Prompt library", "review": "2999-12-31"},  # neither due nor overdue
        },
    }


def saved(page, data) -> dict:
    return json.loads(stored(page, data))


def _import(page, path):
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import answers").click()
    chooser.value.set_files(str(path))


def test_evidence_past_its_review_by_date_is_flagged_in_the_result_csv_and_markdown(page, site_url, data, tmp_path):
    work = saved_work(data)
    seed(page, site_url, data, work)
    first = data["questions"][0]
    due = page.locator(".gsc-due li")
    expect(due).to_have_count(1)  # the one due in 2999 is not listed
    assert due.inner_text().startswith(f"Overdue since {PAST}: Question 1, {first['text']}")
    # The saved evidence is shown in its opened form, every field labelled.
    open_all(page)  # a restore opens the area of the first unanswered question; question 1's may be closed
    group = page.get_by_role("group", name=f"1. {first['text']}")
    assert group.get_by_label("Link (https only)").input_value() == work["evidence"][first["id"]]["link"]
    assert group.get_by_label("Review by").input_value() == PAST
    assert group.get_by_label("Or review every (days after last checked)").input_value() == "91"
    assert axe_violations(page) == []
    rows = list(csv.reader(io.StringIO(download(page, "Download CSV", tmp_path).read_text(encoding="utf-8-sig"))))
    assert rows[0][-3:] == ["Evidence", "Review by", "Review"]
    assert rows[1][-2:] == [PAST, "overdue"] and "https://wiki.example/runbook" in rows[1][-3]
    assert rows[2][-2:] == ["2999-12-31", ""]
    markdown = download(page, "Download Markdown", tmp_path).read_text()
    line = next(x for x in markdown.splitlines() if "wiki.example" in x)
    assert line.startswith(f"- **Overdue since {PAST}.** Question 1")
    page.emulate_media(media="print")
    assert page.locator(".gsc-due").is_visible()
    assert "https://wiki.example/runbook" in page.locator(".gsc-result").inner_text()  # the print-only list


def test_typed_evidence_is_saved_field_by_field_and_an_http_link_is_refused_in_words(page, site_url, data):
    seed(page, site_url, data, {"answers": {}})
    first = data["questions"][0]
    group = page.get_by_role("group", name=f"1. {first['text']}")
    summary = group.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")  # the disclosure opens from the keyboard
    group.get_by_label("What it is").fill("Eval report")
    link = group.get_by_label("Link (https only)")
    link.fill("http://wiki.example/report")
    expect(link).to_have_attribute("aria-invalid", "")
    expect(group.locator(".gsc-ev-error")).to_contain_text("The link must be a full https address")
    assert saved(page, data)["evidence"] == {first["id"]: {"what": "Eval report"}}  # the bad link is not saved
    link.fill("https://wiki.example/report")
    expect(group.locator(".gsc-ev-error")).to_be_hidden()
    group.get_by_label("Last checked", exact=True).fill("2026-11-01")
    group.get_by_label("Or review every (days after last checked)").fill("30")
    assert group.get_by_label("Review by").input_value() == "2026-12-01"  # the interval fills in the date
    assert saved(page, data)["evidence"] == {
        first["id"]: {
            "what": "Eval report",
            "link": "https://wiki.example/report",
            "checked": "2026-11-01",
            "review": "2026-12-01",
        }
    }
    assert axe_violations(page) == []


def test_an_export_made_before_evidence_still_imports_and_the_evidence_it_replaces_is_one_click_away(
    page, site_url, data, tmp_path
):
    work = saved_work(data)
    seed(page, site_url, data, work)
    old = json.loads(OLD_FILE.read_text())
    assert "format_version" not in old and "evidence" not in old  # the previous revision, as it was written
    _import(page, OLD_FILE)
    expect(page.locator(".gsc-status")).to_contain_text("Undo the import brings them back")
    asked = {q["id"] for q in data["questions"]}
    assert checked(page) == {k: v for k, v in old["answers"].items() if k in asked}
    assert "evidence" not in saved(page, data)
    expect(page.locator(".gsc-due li")).to_have_count(0)
    page.get_by_role("button", name="Undo the import").click()
    assert saved(page, data)["evidence"] == work["evidence"]
    exported = json.loads(download(page, "Export answers", tmp_path).read_text())
    assert exported["format_version"] == data["contract"]["file_version"]
    assert exported["evidence"] == work["evidence"]


def test_a_file_with_bad_evidence_is_refused_naming_the_question_and_changes_nothing(page, site_url, data, tmp_path):
    work = saved_work(data)
    seed(page, site_url, data, work)
    before = stored(page, data)
    second = data["questions"][1]
    body = {
        "format": data["contract"]["file_format"],
        "format_version": data["contract"]["file_version"],
        "model": VERSION,
        "answers": {},
        "evidence": {second["id"]: {"link": "http://wiki.example"}},
    }
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(body))
    _import(page, file)
    expect(page.locator(".gsc-status")).to_contain_text("nothing was changed")
    problem = page.locator(".gsc-notice li").first.inner_text()
    assert problem.startswith(f"Question 2 ({second['text']}), evidence: /evidence/{second['id']}/link")
    assert "http://wiki.example" in problem
    assert stored(page, data) == before


def test_share_links_carry_no_evidence(page, site_url, data):
    work = saved_work(data)
    seed(page, site_url, data, work)
    page.get_by_role("button", name="Share link").click()
    href = page.locator(".gsc-share-input").input_value()
    assert href.split("#")[1].startswith("v=")
    for entry in work["evidence"].values():
        for value in entry.values():
            assert value not in href and value.replace(" ", "%20") not in href
