"""A reader's saved work in Chromium: every test starts from a browser that already holds answers and notes.

Share links (valid, empty, malformed, older, newer), imports, resets, model updates, two tabs and storage that
refuses to save: after each, every saved answer and note is still stored or one visible click away.
Saved work is seeded in the widget's own storage format, from the contract the build writes (data["contract"]).
"""

from __future__ import annotations

import json

from playwright.sync_api import expect

from macros.assemble import load_model
from tests.support import LocalSite, SiteHandler
from tests.support_widget import answers_for_total, axe_violations, checked, choose, open_widget, scale_of, stored

VERSION = load_model().version
NEWER = "99.0.0"  # a version no questionnaire of this guide has reached yet


def number_of(data, qid: str) -> int:
    return [q["id"] for q in data["questions"]].index(qid) + 1


def question(data, qid: str) -> dict:
    return next(q for q in data["questions"] if q["id"] == qid)


def option(data, qid: str, index: int) -> dict:
    return scale_of(data, question(data, qid))["options"][index]


def saved_work(data) -> tuple[dict, dict]:
    """Answers to every question but the last (each its scale's second option) and two notes, one with an emoji."""
    answers = {q["id"]: scale_of(data, q)["options"][1]["id"] for q in data["questions"][:-1]}
    first, second = data["questions"][0]["id"], data["questions"][1]["id"]
    return answers, {first: "owner: Ana, evidence in the wiki", second: "due in March 😀"}


def record(data, answers, notes, model=VERSION, fmt=None) -> str:
    body = {"format": data["contract"]["stored_format"] if fmt is None else fmt, "model": model, "answers": answers}
    if notes:
        body["notes"] = notes
    return json.dumps(body)


def seed(page, site_url, data, text: str, history: str | None = None):
    """Saved work in the browser before the self-check is opened, as a returning reader has it."""
    page.goto(site_url + "/404.html")
    contract = data["contract"]
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [contract["storage_key"], text])
    if history is not None:
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", [contract["history_key"], history])


def seeded(page, site_url, data, path="/self-check/"):
    answers, notes = saved_work(data)
    seed(page, site_url, data, record(data, answers, notes))
    open_widget(page, site_url + path)
    assert checked(page) == answers and notes_shown(page) == notes
    return answers, notes


def notes_shown(page) -> dict:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.gsc textarea[data-note]')]
        .filter(t => t.value).map(t => [t.dataset.note, t.value]))""")


def saved(page, data) -> dict | None:
    text = stored(page, data)
    return None if text is None else json.loads(text)


def history(page, data) -> dict | None:
    text = page.evaluate("k => localStorage.getItem(k)", data["contract"]["history_key"])
    return None if text is None else json.loads(text)


def notice_texts(page) -> list[str]:
    return [" ".join(t.split()) for t in page.locator(".gsc-notice > p:first-child").all_inner_texts()]


def link(answers, version=VERSION) -> str:
    return f"#v={version}&a=" + ",".join(f"{k}:{v}" for k, v in answers.items())


def status(page):
    return page.locator(".gsc-status")


# Share links.


def test_a_link_over_saved_work_shows_its_answers_beside_them_and_writes_nothing_until_the_reader_chooses(
    page, site_url, data
):
    answers, notes = seeded(page, site_url, data)
    before = stored(page, data)
    first = data["questions"][0]["id"]
    theirs = {**answers, first: option(data, first, 0)["id"]}
    page.goto(site_url + "/self-check/" + link(theirs))
    page.wait_for_selector(".gsc-area")
    notice = page.locator(".gsc-notice")
    expect(page.locator(".gsc-notice")).to_have_count(1)
    assert notice_texts(page) == [
        "You opened a share link whose answers differ from those saved in this browser. Nothing changes until you "
        "choose; your notes stay either way."
    ]
    q = data["questions"][0]
    assert notice.locator("li").all_inner_texts() == [
        f'Question 1, {q["text"]} Yours: "{option(data, first, 1)["text"]}"; the link\'s: "{option(data, first, 0)["text"]}".'
    ]
    # The saved answers stay on the form and in storage, and the link stays in the address, until a choice.
    assert checked(page) == answers and notes_shown(page) == notes and stored(page, data) == before
    assert "#v=" in page.url
    page.reload()
    page.wait_for_selector(".gsc-area")
    assert checked(page) == answers and stored(page, data) == before
    assert axe_violations(page) == []  # the notice with its list and buttons, too
    page.get_by_role("button", name="Keep mine").click()
    expect(status(page)).to_have_text("Your answers are kept, and the link's answers were set aside.")
    expect(page).to_have_url(site_url + "/self-check/")
    assert stored(page, data) == before and page.locator(".gsc-notice").count() == 0


def test_using_the_links_answers_keeps_every_note_and_one_click_brings_the_old_answers_back(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    theirs = answers_for_total(data, 17)
    page.goto(site_url + "/self-check/" + link(theirs))
    page.get_by_role("button", name="Use the link's answers").click()
    expect(page).to_have_url(site_url + "/self-check/")
    assert notice_texts(page) == [
        "The link's answers are in use, and your notes stay. Your previous answers are kept: "
        "Undo the link's answers brings them back."
    ]
    assert checked(page) == theirs and notes_shown(page) == notes
    assert saved(page, data) == json.loads(record(data, theirs, notes))
    page.reload()  # the undo is kept in storage, so it outlives the page
    page.wait_for_selector(".gsc-area")
    page.get_by_role("button", name="Undo the link's answers").click()
    expect(status(page)).to_contain_text("The answers you had before you used the link's answers are back.")
    assert checked(page) == answers and notes_shown(page) == notes
    assert saved(page, data) == json.loads(record(data, answers, notes))
    page.get_by_role("button", name="Undo the undo").click()  # and back again: no step loses anything
    assert checked(page) == theirs


def test_a_link_with_the_saved_answers_changes_nothing(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    before = stored(page, data)
    page.goto(site_url + "/self-check/" + link(answers))
    page.wait_for_selector(".gsc-area")
    expect(page.locator(".gsc-notice")).to_have_count(1)
    assert notice_texts(page) == [
        "This share link holds the same answers as the ones saved here, so nothing was changed."
    ]
    assert stored(page, data) == before and notes_shown(page) == notes


def test_an_empty_link_never_erases_saved_work(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    before = stored(page, data)
    page.goto(site_url + f"/self-check/#v={VERSION}&a=")
    page.wait_for_selector(".gsc-area")
    expect(page.locator(".gsc-notice")).to_have_count(1)
    assert notice_texts(page) == [
        "This share link carries no answers this questionnaire asks, so nothing was changed. "
        "Your saved answers are shown below, unchanged."
    ]
    assert checked(page) == answers and notes_shown(page) == notes and stored(page, data) == before
    expect(page).to_have_url(site_url + "/self-check/")
    page.reload()
    page.wait_for_selector(".gsc-area")
    assert checked(page) == answers and stored(page, data) == before


def test_a_malformed_or_empty_link_opened_in_the_same_tab_leaves_the_answers_on_the_page(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    before = stored(page, data)
    page.evaluate(f"location.hash = 'v={VERSION}&a='")
    expect(page.locator(".gsc-notice", has_text="carries no answers").first).to_be_visible()
    page.wait_for_function("() => !location.hash")  # dealt with, so the next link is a change of address again
    page.evaluate("location.hash = 'a=garbage!!'")
    expect(page.locator(".gsc-notice", has_text="could not be read").first).to_have_text(
        "This share link could not be read: it names no questionnaire version (v=). "
        "Your saved answers are shown below, unchanged."
    )
    assert checked(page) == answers and notes_shown(page) == notes and stored(page, data) == before
    choose(page, {data["questions"][-1]["id"]: option(data, data["questions"][-1]["id"], 0)["id"]})
    assert saved(page, data)["answers"] == {
        **answers,
        data["questions"][-1]["id"]: option(data, data["questions"][-1]["id"], 0)["id"],
    }
    assert saved(page, data)["notes"] == notes  # the next click adds to the saved work, never replaces it
    assert page.js_errors == []


def test_an_older_or_newer_link_is_named_so_and_still_waits_for_the_reader(page, site_url, data):
    answers, _ = seeded(page, site_url, data)
    before = stored(page, data)
    first, last = data["questions"][0]["id"], data["questions"][-1]["id"]
    newer = f"#v={NEWER}&a=a-future-question:yes,{first}:{option(data, first, 0)['id']}"
    page.goto(site_url + "/self-check/" + newer)
    page.wait_for_selector(".gsc-area")
    expect(page.locator(".gsc-notice")).to_have_count(1)  # only the fragment changed: a hashchange, handled async
    texts = notice_texts(page)
    assert texts == [
        "You opened a share link made with a newer questionnaire whose answers differ from those saved in this "
        "browser. Nothing changes until you choose; your notes stay either way."
    ]
    items = page.locator(".gsc-notice li").all_inner_texts()
    assert f"Made with version {NEWER}; this is version {VERSION}." in items
    assert f'Dropped: the answer to "a-future-question", a question version {VERSION} does not ask.' in items
    assert stored(page, data) == before
    page.get_by_role("button", name="Keep mine").click()
    older = f"#v=1.0.0&a={last}:{option(data, last, 0)['id']}"
    page.goto(site_url + "/self-check/" + older)
    page.wait_for_selector(".gsc-area")
    assert notice_texts(page)[0].startswith("You opened a share link made with an older questionnaire ")
    assert stored(page, data) == before


# Import and reset.


def _import(page, path):
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import answers").click()
    chooser.value.set_files(str(path))


def test_an_import_over_saved_work_can_be_undone_and_names_the_notes_it_cannot_carry(page, site_url, data, tmp_path):
    answers, notes = seeded(page, site_url, data)
    imported = answers_for_total(data, 20)
    first = data["questions"][0]["id"]
    file = tmp_path / "team.json"
    file.write_text(
        json.dumps(
            {
                "format": data["contract"]["file_format"],
                "model": VERSION,
                "answers": imported,
                "notes": {first: "from the team", "a-retired-question": "kept in the file"},
            }
        )
    )
    _import(page, file)
    expect(status(page)).to_have_text(
        "Answers imported. Your previous answers are kept: Undo the import brings them back."
    )
    assert checked(page) == imported and notes_shown(page) == {first: "from the team"}
    assert notice_texts(page) == ["Answers imported; some of the file's notes are not."]
    assert page.locator(".gsc-notice li").all_inner_texts() == [
        f'Dropped: the note on "a-retired-question", a question version {VERSION} does not ask.'
    ]
    page.get_by_role("button", name="Undo the import").click()
    assert checked(page) == answers and notes_shown(page) == notes
    assert saved(page, data) == json.loads(record(data, answers, notes))


def test_a_newer_file_is_called_newer(page, site_url, data, tmp_path):
    seeded(page, site_url, data)
    first = data["questions"][0]["id"]
    file = tmp_path / "newer.json"
    body = {"format": data["contract"]["file_format"], "model": NEWER, "answers": {first: option(data, first, 0)["id"]}}
    file.write_text(json.dumps(body))
    _import(page, file)
    expect(status(page)).to_contain_text("Answers imported.")
    assert notice_texts(page) == ["Answers imported from a file made with a newer questionnaire."]


def test_reset_asks_in_the_page_and_can_be_undone(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    before = stored(page, data)
    reset = page.get_by_role("button", name="Reset answers")
    reset.click()
    group = page.get_by_role(
        "group", name="Clear every answer and note on this page? Undo the reset will bring them back."
    )
    expect(group).to_be_visible()
    assert page.evaluate("document.activeElement.textContent") == "Cancel"  # the safe answer has the focus
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    expect(group).to_have_count(0)
    assert page.evaluate("document.activeElement.textContent") == "Reset answers"
    assert stored(page, data) == before and checked(page) == answers
    reset.click()
    page.get_by_role("button", name="Cancel").click()
    expect(status(page)).to_have_text("Nothing was cleared.")
    assert stored(page, data) == before
    reset.click()
    page.get_by_role("button", name="Clear answers").click()
    expect(status(page)).to_have_text("Answers and notes cleared. Undo the reset brings them back.")
    assert checked(page) == {} and notes_shown(page) == {} and stored(page, data) is None
    page.reload()
    page.wait_for_selector(".gsc-area")
    page.get_by_role("button", name="Undo the reset").click()
    assert checked(page) == answers and notes_shown(page) == notes and saved(page, data) == json.loads(before)


def test_reset_for_a_shared_computer_also_clears_the_historys_notes_and_keeps_nothing(page, site_url, data):
    answers = answers_for_total(data, 12)
    first = data["questions"][0]["id"]
    seed(page, site_url, data, record(data, answers, {first: "private"}))
    open_widget(page, site_url + "/self-check/")
    page.get_by_role("button", name="Save snapshot").click()
    expect(status(page)).to_have_text("Snapshot saved: 1 in your history.")
    assert history(page, data)["snapshots"][0]["notes"] == {first: "private"}
    page.get_by_role("button", name="Reset answers").click()
    page.get_by_label("Also remove the notes kept in the history's snapshots").check()
    page.get_by_role("button", name="Clear answers").click()
    expect(status(page)).to_have_text(
        "Answers and notes cleared here and in the history's snapshots. Nothing is kept to undo."
    )
    snapshot = history(page, data)["snapshots"][0]
    assert snapshot["notes"] == {} and snapshot["answers"] == answers  # the results stay, the notes go
    assert stored(page, data) is None
    assert page.evaluate("k => localStorage.getItem(k)", data["contract"]["undo_key"]) is None
    assert page.locator(".gsc-actions button:visible", has_text="Undo").count() == 0


# Model updates.


def test_a_model_update_keeps_what_fits_and_snapshots_the_old_version(page, site_url, data):
    """1.0.0 asked "model-selection" (gone now) and let every question be not applicable (now only some)."""
    no_na = next(q["id"] for q in data["questions"] if not q.get("not_applicable"))
    kept = {q["id"]: scale_of(data, q)["options"][-1]["id"] for q in data["questions"][1:4] if q["id"] != no_na}
    old_answers = {"model-selection": "some", no_na: "na", **kept}
    old_notes = {"model-selection": "the old question's note", next(iter(kept)): "still asked 😀"}
    seed(page, site_url, data, record(data, old_answers, old_notes, model="1.0.0"))
    open_widget(page, site_url + "/self-check/")
    expect(page.locator(".gsc-notice")).to_have_count(1)
    assert notice_texts(page) == [
        f"Your saved answers were made with an older questionnaire (version 1.0.0; this is version {VERSION}). "
        "Every answer and note that still fits is kept here; all of them, as saved, are in your history as a "
        "snapshot of version 1.0.0 (Show history)."
    ]
    items = page.locator(".gsc-notice li").all_inner_texts()
    assert items[:4] == [
        f"Made with version 1.0.0; this is version {VERSION}.",
        'Dropped from this page: the answer to "model-selection", a question no longer asked.',
        'Dropped from this page: the note on "model-selection", a question no longer asked.',
        f"Changed: question {number_of(data, no_na)} has new answers; please answer it again.",
    ]
    assert checked(page) == kept
    assert notes_shown(page) == {next(iter(kept)): "still asked 😀"}
    assert saved(page, data) == json.loads(record(data, kept, {next(iter(kept)): "still asked 😀"}))
    [snapshot] = history(page, data)["snapshots"]
    assert (snapshot["model"], snapshot["answers"], snapshot["notes"]) == ("1.0.0", old_answers, old_notes)
    assert (snapshot["score"], snapshot["level"]) == (None, None)
    page.reload()  # kept once: no second snapshot, no second notice
    page.wait_for_selector(".gsc-area")
    assert page.locator(".gsc-notice").count() == 0 and len(history(page, data)["snapshots"]) == 1


def test_a_model_update_never_writes_over_a_history_it_cannot_keep_the_old_answers_in(page, site_url, data):
    old = record(data, {"model-selection": "some"}, {"model-selection": "note"}, model="1.0.0")
    newer_history = json.dumps({"format": data["contract"]["history_format"] + 1, "snapshots": "of a newer kind"})
    seed(page, site_url, data, old, history=newer_history)
    open_widget(page, site_url + "/self-check/")
    expect(page.locator(".gsc-notice")).to_have_count(1)
    assert "could not be kept in your history (it was saved by a newer self-check)" in notice_texts(page)[0]
    assert stored(page, data) == old  # left as saved until the reader changes an answer
    assert page.evaluate("k => localStorage.getItem(k)", data["contract"]["history_key"]) == newer_history


# Two tabs.


def test_two_tabs_take_each_others_changes_and_never_overwrite_them(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    other = page.context.new_page()
    open_widget(other, site_url + "/self-check/")
    first, last = data["questions"][0]["id"], data["questions"][-1]["id"]
    choose(other, {first: option(data, first, 0)["id"]})
    # The storage event brings the other tab's answer into this one.
    expect(page.locator(f'input[data-question="{first}"][value="{option(data, first, 0)["id"]}"]')).to_be_checked()
    assert notice_texts(page) == [
        "Your answers were changed in another tab of this browser, and this page now shows them."
    ]
    choose(page, {last: option(data, last, 0)["id"]})
    expect(other.locator(f'input[data-question="{last}"][value="{option(data, last, 0)["id"]}"]')).to_be_checked()
    both = {**answers, first: option(data, first, 0)["id"], last: option(data, last, 0)["id"]}
    assert saved(page, data) == json.loads(record(data, both, notes))
    other.close()


def test_a_save_that_meets_another_tabs_newer_answers_merges_them(page, site_url, data):
    """The other tab's write is made here in the page itself, which gets no storage event for it: the race."""
    answers, notes = seeded(page, site_url, data)
    first, second, last = (q["id"] for q in (data["questions"][0], data["questions"][1], data["questions"][-1]))
    theirs = {**answers, first: option(data, first, 0)["id"], second: option(data, second, 0)["id"]}
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)", [data["contract"]["storage_key"], record(data, theirs, notes)]
    )
    choose(page, {second: option(data, second, 2)["id"], last: option(data, last, 0)["id"]})
    merged = {**theirs, second: option(data, second, 2)["id"], last: option(data, last, 0)["id"]}
    assert saved(page, data)["answers"] == merged  # the other tab's first answer stays; this tab's click wins its own
    assert checked(page) == merged
    assert page.locator(".gsc-notice li").all_inner_texts() == [
        "Question 2 was changed in both tabs: this tab's latest is shown; Undo the merge of the two tabs brings back "
        "the rest of the other tab's."
    ]
    page.get_by_role("button", name="Undo the merge of the two tabs").click()
    assert checked(page)[second] == option(data, second, 0)["id"]


# Storage that refuses.


def test_a_failed_save_is_said_once_with_the_way_out(page, site_url, data):
    answers, notes = seeded(page, site_url, data)
    before = stored(page, data)
    page.evaluate("""() => { Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }; }""")
    last = data["questions"][-1]["id"]
    choose(page, {last: option(data, last, 0)["id"]})
    choose(page, {last: option(data, last, 1)["id"]})
    assert notice_texts(page) == [
        "Your answers could not be saved in this browser (its storage is full or blocked), so the latest would be lost "
        "when you leave this page. To keep them, use Export answers or Copy share link."
    ]
    assert stored(page, data) == before  # what was saved before stays


def test_blocked_storage_is_said_when_the_page_opens(page, site_url, data):
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }})"
    )
    open_widget(page, site_url + "/self-check/embed/")
    assert notice_texts(page) == [
        "This browser does not let the self-check save anything here (its storage is blocked, as in some private "
        "windows and sandboxed frames), so your answers last only while this page is open. To keep them, use Export "
        "answers or Copy share link."
    ]
    assert page.js_errors == []


class _CORSHandler(SiteHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def _sandboxed_host(tmp_path, guide_url: str) -> LocalSite:
    (tmp_path / "host.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>'
        f'<iframe sandbox="allow-scripts" src="{guide_url}/self-check/embed/" title="Self-check" width="800" height="600">'
        "</iframe></body></html>"
    )
    return LocalSite(tmp_path)


def test_a_sandboxed_frame_without_same_origin_runs_without_storage_where_cors_allows(page, site_dir, tmp_path):
    """As on GitHub Pages, which sends Access-Control-Allow-Origin: the scripts load, the storage does not."""
    guide = LocalSite(site_dir, handler=_CORSHandler)
    host = _sandboxed_host(tmp_path, guide.url)
    try:
        page.goto(host.url + "/host.html")
        frame = page.frame_locator("iframe")
        expect(frame.locator(".gsc-notice")).to_contain_text("This browser does not let the self-check save anything")
        expect(frame.locator(".gsc-question")).to_have_count(len(widget_questions(site_dir)))
    finally:
        host.close()
        guide.close()


def widget_questions(site_dir) -> list:
    return json.loads((site_dir / "assets" / "self-check" / "model.json").read_text())["questions"]


def test_a_sandboxed_frame_without_same_origin_says_why_it_cannot_run(page, site_url, tmp_path):
    server = _sandboxed_host(tmp_path, site_url)
    try:
        page.goto(server.url + "/host.html")
        frame = page.frame_locator("iframe")
        expect(frame.locator(".gsc-error")).to_have_text(
            "The self-check cannot run in this frame: the page around it sandboxes the frame without allow-same-origin, "
            "so the browser blocks its scripts and would keep no answers. Open "
            f"{site_url}/self-check/embed/ in a tab of its own, or ask the page's owner to add allow-same-origin to "
            "the frame's sandbox."
        )
    finally:
        server.close()


def test_answers_saved_by_a_newer_self_check_are_never_written_over(page, site_url, data):
    first = data["questions"][0]["id"]
    newer = record(data, {first: option(data, first, -1)["id"]}, {}, fmt=data["contract"]["stored_format"] + 1)
    seed(page, site_url, data, newer)
    open_widget(page, site_url + "/self-check/")
    assert notice_texts(page) == [
        "Your answers were saved by a newer version of this self-check, which this page cannot read. They are left as "
        "they are: reload the page to get the newer version. Nothing you answer here is saved over them."
    ]
    choose(page, {first: option(data, first, 0)["id"]})
    assert stored(page, data) == newer


# The history.


def _snapshot(data, i: int, answers) -> dict:
    return {
        "id": f"s{i}",
        "date": f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}Z",
        "model": VERSION,
        "answers": answers,
        "notes": {},
        "score": 12,
        "level": 2,
    }


def test_a_full_history_asks_before_replacing_its_oldest_snapshot(page, site_url, data):
    answers = answers_for_total(data, 12)
    most = data["contract"]["history_max"]
    full = {
        "format": data["contract"]["history_format"],
        "snapshots": [_snapshot(data, i, answers) for i in range(most)],
    }
    seed(page, site_url, data, record(data, answers, {data["questions"][0]["id"]: "a note"}), history=json.dumps(full))
    open_widget(page, site_url + "/self-check/")
    page.get_by_role("button", name="Save snapshot").click()
    expect(status(page)).to_have_text(
        f"Your history holds {most} snapshots, the most it keeps, so nothing was saved. Replace the oldest, or delete "
        "one in the history first."
    )
    assert history(page, data) == full
    page.get_by_role("button", name="Replace the oldest, snapshot 1 (2026-01-01 00:00:00 UTC)").click()
    expect(status(page)).to_have_text(f"Snapshot saved: {most} in your history.")
    ids = [s["id"] for s in history(page, data)["snapshots"]]
    assert len(ids) == most and ids[:-1] == [f"s{i}" for i in range(1, most)]


def test_a_history_in_a_newer_format_is_never_written_over(page, site_url, data):
    answers = answers_for_total(data, 12)
    newer = json.dumps({"format": data["contract"]["history_format"] + 1, "snapshots": [{"kind": "unknown here"}]})
    seed(page, site_url, data, record(data, answers, {}), history=newer)
    open_widget(page, site_url + "/self-check/")
    page.get_by_role("button", name="Save snapshot").click()
    expect(status(page)).to_have_text(
        "Your history was saved by a newer version of the self-check, which this page cannot read; it is left as it "
        "is. Reload the page to get the newer version."
    )
    page.get_by_role("button", name="Show history").click()
    expect(page.locator(".gsc-section .gsc-notice").first).to_contain_text("saved by a newer version")
    assert page.evaluate("k => localStorage.getItem(k)", data["contract"]["history_key"]) == newer


# Notes.


def test_a_long_note_is_cut_between_characters_and_a_note_on_an_unknown_question_is_named(page, site_url, data):
    most = data["contract"]["note_max_length"]
    first = data["questions"][0]["id"]
    fits = "x" * (most - 1) + "😀"  # the most characters a note keeps, one more UTF-16 unit than that
    seed(
        page,
        site_url,
        data,
        record(data, {first: option(data, first, 0)["id"]}, {first: fits + "😀", "gone": "a note"}),
    )
    open_widget(page, site_url + "/self-check/")
    assert notes_shown(page) == {first: fits}
    # The notice comes once the note is kept in the history (its code loads on first use).
    expect(page.locator(".gsc-notice li")).to_have_text(
        [f'Dropped from this page: the note on "gone", a question version {VERSION} does not ask.']
    )
    [snapshot] = history(page, data)["snapshots"]
    assert snapshot["notes"]["gone"] == "a note"
