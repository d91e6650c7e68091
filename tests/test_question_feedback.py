"""Feedback on a question in one click: the issue form under .github/ISSUE_TEMPLATE/, the link's fields held to it
(no network), the repository taken from the site's configuration, and the link in Chromium, shown only with one."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from macros.adapter import outputs
from macros.adapter.state import BUILD
from macros.assemble import load_model
from macros.i18n.messages import catalog
from macros.selfcheck import export
from tests.support import ROOT
from tests.support_widget import axe_violations, open_widget, shown

FORM = ROOT / export.FEEDBACK_FORM
REPO = "https://github.com/example-owner/genaiops-guide"
WORDS = catalog("widget")


def _form() -> dict:
    return yaml.safe_load(FORM.read_text(encoding="utf-8"))


def _ids(kind: str) -> set[str]:
    return {field["id"] for field in _form()["body"] if field["type"] == kind}


def _link_fields(href: str) -> dict[str, str]:
    query = parse_qsl(urlsplit(href).query, keep_blank_values=True)
    assert len({name for name, _ in query}) == len(query), f"a parameter given twice: {query}"
    return dict(query)


def test_the_link_fills_exactly_the_forms_one_line_fields_and_the_reader_writes_the_rest():
    """GitHub fills a form's field from the query parameter named by its id: an id the link does not know would
    stay empty, a parameter the form does not have would be dropped. The reader's own fields are textareas."""
    assert set(export.FEEDBACK_FIELDS.values()) == _ids("input")
    assert _ids("textarea") and not _ids("textarea") & set(export.FEEDBACK_FIELDS.values())
    assert export.feedback(REPO)["template"] == FORM.name
    assert {"self-check", "question-feedback"} <= set(_form()["labels"])
    # The new issue's title, from the widget's catalog, starts as the form's does.
    assert WORDS["feedback.title"].format(id="q", number=1).startswith(_form()["title"].strip())


@pytest.mark.parametrize(
    ("repo_url", "new_issue"),
    [
        (REPO, f"{REPO}/issues/new"),
        (REPO + "/", f"{REPO}/issues/new"),
        (REPO + ".git", f"{REPO}/issues/new"),
        (None, None),
        ("", None),
        ("https://gitlab.com/example-owner/genaiops-guide", None),  # issue forms are GitHub's
        ("https://github.com/example-owner", None),
        ("http://github.com/example-owner/genaiops-guide", None),
        ("https://github.com/example-owner/genaiops-guide/issues?x=1", None),
    ],
)
def test_the_repository_comes_from_repo_url_and_only_a_github_repository_gets_a_link(repo_url, new_issue):
    target = export.feedback(repo_url)
    assert (target and target["url"]) == new_issue


def test_the_build_writes_the_configured_repository_into_the_widget_json_and_nothing_without_one():
    model = load_model()
    json_of = {
        repo: json.loads(
            next(
                o for o in outputs.generated(BUILD, model, None, set(), repo_url=repo) if o.path == export.JSON_PATH
            ).content
        )
        for repo in (REPO, None)
    }
    assert json_of[REPO]["feedback"] == export.feedback(REPO)
    assert "feedback" not in json_of[None]


# In Chromium. The guide's own mkdocs.yml names no repository (Material would then fetch the repository's facts from
# api.github.com on every page), so the built JSON has no feedback and the link is hidden; the tests that need a
# repository serve the JSON the build writes with one (export.feedback(REPO), as widget_data adds it).


def _with_repository(page, data):
    served = {**data, "feedback": export.feedback(REPO)}
    page.route("**/assets/self-check/model.json", lambda route: route.fulfill(json=served))


def test_without_a_repository_no_question_has_a_feedback_link(page, site_url, data):
    assert "feedback" not in data
    open_widget(page, site_url + "/self-check/")
    assert page.locator(".gsc-question").count() == len(data["questions"])
    assert page.locator(".gsc-feedback, .gsc a[href*='issues/new']").count() == 0


def test_each_question_links_to_the_prefilled_form_and_never_sends_answers_or_notes(page, site_url, data):
    _with_repository(page, data)
    open_widget(page, site_url + "/self-check/")
    links = page.locator(".gsc-question .gsc-feedback a")
    before = [a.get_attribute("href") for a in links.all()]
    for question in data["questions"]:
        scale = next(s for s in data["scales"] if s["id"] == question["scale"])
        shown(page.locator(f'input[data-question="{question["id"]}"][value="{scale["options"][-1]["id"]}"]')).check()
        page.locator(f'textarea[data-note="{question["id"]}"]').fill("zq-note-7731")
    assert [a.get_attribute("href") for a in links.all()] == before  # answers and notes change nothing in them
    assert links.count() == len(data["questions"])
    for index, q in enumerate(data["questions"]):
        link = links.nth(index)
        assert link.inner_text() == WORDS["feedback.link"]
        assert link.get_attribute("target") == "_blank"
        assert set(link.get_attribute("rel").split()) == {"noopener", "noreferrer"}
        href = link.get_attribute("href")
        assert href.startswith(f"{REPO}/issues/new?")
        fields = _link_fields(href)
        assert set(fields) == {"template", "title"} | _ids("input")  # the form's fields, by their ids
        assert fields["template"] == FORM.name
        assert fields[export.FEEDBACK_FIELDS["question"]] == q["id"]
        assert fields[export.FEEDBACK_FIELDS["text"]] == q["text"]
        assert fields[export.FEEDBACK_FIELDS["version"]] == data["model"]["version"]
        assert fields[export.FEEDBACK_FIELDS["page"]] == site_url + "/self-check/"
        assert fields["title"] == WORDS["feedback.title"].format(id=q["id"], number=index + 1)
        assert "zq-note-7731" not in href and "#" not in href
        # Its name is the same for every question: the question's own text describes it.
        legend = page.locator(f"#{link.get_attribute('aria-describedby')}")
        assert q["text"] in legend.inner_text()
    # A share link's answers, in the address the reader is at, stay out of it too.
    page.goto(site_url + "/self-check/#a=tampered")
    page.wait_for_selector(".gsc-feedback a")
    assert all("tampered" not in a.get_attribute("href") for a in page.locator(".gsc-feedback a").all())


def test_the_feedback_link_opens_a_new_tab_and_keeps_the_form(page, site_url, data):
    _with_repository(page, data)
    page.context.route("https://github.com/**", lambda route: route.fulfill(body="the issue form", status=200))
    open_widget(page, site_url + "/self-check/")
    with page.context.expect_page() as opened:
        page.locator(".gsc-feedback a").first.click()
    tab = opened.value
    tab.wait_for_load_state()
    assert tab.url.startswith(f"{REPO}/issues/new?")
    assert page.url == site_url + "/self-check/"
    tab.close()


def test_axe_finds_nothing_on_the_self_check_with_feedback_links(page, site_url, data):
    _with_repository(page, data)
    open_widget(page, site_url + "/self-check/")
    assert page.locator(".gsc-feedback a").count() == len(data["questions"])
    assert axe_violations(page) == []
