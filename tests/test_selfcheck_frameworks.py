"""The frameworks view of a result in Chromium (issue 21), checked against the crosswalk the build wrote
(assets/self-check/crosswalk.json): an in-place practice's items show as supported, a plan practice's as added by
the plan, and an item nothing maps to as not addressed; the CSV, Markdown, print and export carry the same, and the
team roll-up counts the teams supporting each item. Nothing here is pinned to today's crosswalk.
"""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from tests.support_widget import AXE, answers_for_total, choose, download, highest_answers, lowest_answers, open_widget

# Every item the view shows, with its framework and status, read in one go.
ITEMS_JS = """() => [...document.querySelectorAll('.gsc-fw [data-item]')].map(li => ({
  framework: li.closest('.gsc-fw').dataset.framework, item: li.dataset.item, status: li.dataset.status,
  links: [...li.querySelectorAll('a')].map(a => a.href)}))"""


@pytest.fixture(scope="module")
def crosswalk(site_dir) -> dict:
    return json.loads((site_dir / "assets" / "self-check" / "crosswalk.json").read_text(encoding="utf-8"))


def mapped(crosswalk, fw: str, item: str) -> list[str]:
    return [m["id"] for m in crosswalk["mappings"].get(fw, {}).get(item, [])]


def practice_by_url(data, site_url) -> dict[str, str]:
    return {urljoin(site_url + "/", p["url"]): pid for pid, p in data["practices"].items()}


def shown_result(page, data, site_url) -> tuple[set[str], set[str]]:
    """The practice ids the page lists as in place, and those its plan lists."""
    ids = practice_by_url(data, site_url)
    in_place = {ids[h] for h in page.locator(".gsc-in-place li > a").evaluate_all("as => as.map(a => a.href)")}
    planned = {ids[h] for h in page.locator(".gsc-plan > li > p > a").evaluate_all("as => as.map(a => a.href)")}
    return in_place, planned


def expected(crosswalk, fw: str, item: str, in_place: set[str], planned: set[str]) -> str:
    ids = mapped(crosswalk, fw, item)
    if not ids:
        return "unaddressed"
    if in_place & set(ids):
        return "supported"
    return "added" if planned & set(ids) else "later"


def a_result(page, site_url, data):
    """A level-2 result: practices in place and a plan towards level 3, and its frameworks view."""
    open_widget(page, site_url + "/self-check/")
    choose(page, answers_for_total(data, data["levels"][1]["min"] + 1))
    page.locator(".gsc-plan li").first.wait_for()
    page.locator(".gsc-fw").first.wait_for()


def test_a_result_shows_each_framework_item_as_the_crosswalk_maps_it(page, site_url, data, crosswalk):
    a_result(page, site_url, data)
    in_place, planned = shown_result(page, data, site_url)
    assert in_place and planned
    shown = page.evaluate(ITEMS_JS)
    want = [(fw["id"], item["id"]) for fw in crosswalk["frameworks"] for item in fw["items"]]
    assert [(s["framework"], s["item"]) for s in shown] != []
    assert sorted((s["framework"], s["item"]) for s in shown) == sorted(want)
    statuses = set()
    urls = {fw["id"]: fw["url"] for fw in crosswalk["frameworks"]}
    for s in shown:
        assert s["status"] == expected(crosswalk, s["framework"], s["item"], in_place, planned), s
        statuses.add(s["status"])
        assert s["links"][0] == urls[s["framework"]]  # the item's id links to the framework's own text
        pages = {
            urljoin(site_url + "/", data["practices"][pid]["url"])
            for pid in mapped(crosswalk, s["framework"], s["item"])
        }
        assert pages == set(s["links"][1:])  # and each practice mapped to it, to its page
    assert {"supported", "added", "unaddressed"} <= statuses
    view = page.locator(".gsc-frameworks")
    assert "a map of practices to items, not a compliance assessment" in view.inner_text().lower()
    assert view.locator(".gsc-fw").count() == len(crosswalk["frameworks"])
    # Collapsed until opened; one click opens a framework.
    first = view.locator(".gsc-fw").first
    assert not first.locator(".gsc-fw-items").first.is_visible()
    first.locator("summary").click()
    assert first.locator(".gsc-fw-items").first.is_visible()
    assert page.js_errors == []


def test_the_view_follows_the_answers_and_keeps_open_what_the_reader_opened(page, site_url, data, crosswalk):
    a_result(page, site_url, data)
    page.locator(".gsc-fw summary").first.click()
    choose(page, highest_answers(data))
    expect(page.locator('.gsc-fw [data-status="added"]')).to_have_count(0)
    in_place, planned = shown_result(page, data, site_url)
    for s in page.evaluate(ITEMS_JS):
        assert s["status"] == expected(crosswalk, s["framework"], s["item"], in_place, planned)
    assert page.locator(".gsc-fw").first.get_attribute("open") is not None


def test_the_csv_markdown_print_and_export_carry_the_view(page, site_url, data, crosswalk, tmp_path):
    a_result(page, site_url, data)
    shown = {(s["framework"], s["item"]): s["status"] for s in page.evaluate(ITEMS_JS)}
    names = {fw["id"]: fw["name"] for fw in crosswalk["frameworks"]}
    words = {data["messages"][f"frameworks.status_{s}"]: s for s in ("supported", "added", "later", "unaddressed")}

    rows = list(csv.reader(io.StringIO(download(page, "Download CSV", tmp_path).read_text("utf-8-sig"), newline="")))
    table = rows[rows.index([]) + 1 :]
    assert table[0] == ["Framework", "Item", "Title", "Status", "Practices"]
    by_name = {name: fw for fw, name in names.items()}
    assert {(by_name[r[0]], r[1]): words[r[3]] for r in table[1:]} == shown
    titles = {
        p["id"]: data["practices"][p["id"]]["title"]
        for m in crosswalk["mappings"].values()
        for ps in m.values()
        for p in ps
    }
    for framework, item, _title, _status, practices in table[1:]:
        assert practices == "; ".join(titles[pid] for pid in mapped(crosswalk, by_name[framework], item))

    text = download(page, "Download Markdown", tmp_path).read_text()
    assert "## Frameworks" in text and "not a compliance assessment" in text
    for fw in crosswalk["frameworks"]:
        assert f"### {fw['name']}" in text and f"]({fw['url']})" in text

    exported = json.loads(download(page, "Export answers", tmp_path).read_text())
    assert {
        (fw, item): status for fw, items in exported["frameworks"].items() for item, status in items.items()
    } == shown

    page.emulate_media(media="print")  # every framework prints open, none was opened
    items = page.locator(".gsc-fw-items li")
    assert items.count() > 0 and items.first.is_visible() and items.last.is_visible()
    assert page.locator(".gsc-fw-disclaimer").is_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_with_the_view_open(page, site_url, data, scheme):
    page.emulate_media(color_scheme=scheme)  # the theme follows the system's color scheme
    a_result(page, site_url, data)
    for summary in page.locator(".gsc-fw summary").all():
        summary.click()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")  # every rule axe runs by default
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []


def test_the_team_roll_up_counts_the_teams_supporting_each_item(page, site_url, data, crosswalk, tmp_path):
    version, fmt = data["model"]["version"], data["contract"]["file_format"]
    files = []
    for name, answers in (("north", highest_answers(data)), ("south", lowest_answers(data))):
        files.append(tmp_path / f"{name}.json")
        files[-1].write_text(json.dumps({"format": fmt, "model": version, "answers": answers}), encoding="utf-8")
    open_widget(page, site_url + "/self-check/")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Load team files").click()
    chooser.value.set_files([str(p) for p in files])
    section = page.get_by_role("region", name="Teams")
    expect(section.locator(".gsc-fw")).to_have_count(len(crosswalk["frameworks"]))
    for summary in section.locator(".gsc-fw summary").all():
        summary.click()  # each framework's table, collapsed at first
    for fw in crosswalk["frameworks"]:
        table = section.get_by_role("table", name=f"{fw['name']}: teams whose practices in place support each item")
        rows = table.locator("tbody tr")
        expect(rows).to_have_count(len(fw["items"]))
        for row, item in zip(rows.all(), fw["items"], strict=True):
            cells = row.locator("th, td").all_inner_texts()
            assert cells[0] == item["id"]
            # The team with every answer at its top has every mapped practice in place; the other, none.
            assert cells[3] == ("1 of 2" if mapped(crosswalk, fw["id"], item["id"]) else data["messages"]["none"])
    assert page.js_errors == []


def test_a_first_visit_never_fetches_the_crosswalk_and_a_result_fetches_it_once(page, site_url, data):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    open_widget(page, site_url + "/self-check/")
    page.wait_for_load_state("networkidle")
    assert [url for url in requests if url.endswith("/crosswalk.json")] == []
    choose(page, answers_for_total(data, data["levels"][1]["min"] + 1))
    page.locator(".gsc-fw").first.wait_for()
    choose(page, highest_answers(data))  # a new result reuses what was fetched
    expect(page.locator('.gsc-fw [data-status="added"]')).to_have_count(0)
    assert len([url for url in requests if url.endswith("/assets/self-check/crosswalk.json")]) == 1
