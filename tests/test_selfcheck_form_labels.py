"""What the self-check's form says beside its questions, in Chromium: under each question whose scale has an answer
that earns no point although a lower one exists (the one-point scale's "Partly"), a sentence says so, derived from
the scale's points; and each group of action buttons has a visible heading that names it."""

from __future__ import annotations

from macros.i18n.messages import catalog
from tests.support_widget import open_all, open_widget

WORDS = catalog("widget")


def _unscored(scale: dict) -> list[tuple[str, str]]:
    """(answer, the next answer that earns a point), from the points alone."""
    options = scale["options"]
    out = []
    for index, option in enumerate(options):
        later = [o for o in options[index + 1 :] if o["points"] > 0]
        if index and option["points"] == 0 and later:
            out.append((option["text"], later[0]["text"]))
    return out


def test_a_question_says_which_answer_earns_no_point_exactly_where_its_scale_has_one(page, site_url, data):
    scales = {s["id"]: s for s in data["scales"]}
    assert any(_unscored(s) for s in data["scales"]), "no scale has an unscored middle answer: nothing to show"
    open_widget(page, site_url + "/self-check/")
    open_all(page)  # areas are closed but for the first: a reader opens each to read its questions
    fieldsets = page.locator(".gsc-question")
    for index, question in enumerate(data["questions"]):
        fieldset = fieldsets.nth(index)
        note = fieldset.locator(".gsc-points-note")
        unscored = _unscored(scales[question["scale"]])
        if not unscored:
            assert note.count() == 0, question["id"]
            continue
        expected = " ".join(WORDS["questions.no_point"].format(answer=a, next=n) for a, n in unscored)
        assert note.inner_text() == expected
        assert note.is_visible()
        # Below the options, and read out with the question by assistive technology.
        assert note.bounding_box()["y"] > fieldset.locator(".gsc-options").bounding_box()["y"]
        assert note.get_attribute("id") in fieldset.get_attribute("aria-describedby").split()
        for answer, _ in unscored:
            assert answer in note.inner_text()


def test_each_group_of_buttons_is_named_by_a_visible_heading(page, site_url, data):
    open_widget(page, site_url + "/self-check/")
    groups = page.locator(".gsc [role=group]")
    names = []
    for group in groups.all():
        heading = page.locator(f"#{group.get_attribute('aria-labelledby')}")
        assert heading.is_visible() and heading.evaluate("el => el.tagName") == "H2"
        assert group.locator("h2").first.get_attribute("id") == heading.get_attribute("id")  # it heads its group
        assert group.locator("button:visible").count() >= 2
        assert group.get_attribute("aria-label") is None  # the visible heading is the one name
        names.append(heading.inner_text())
    assert names == [WORDS["actions.label"], WORDS["tools.label"]]
    # The accessible name assistive technology reads is the heading's text.
    snapshot = page.locator(".gsc").aria_snapshot()
    for name in names:
        assert f'group "{name}"' in snapshot
