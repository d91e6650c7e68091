"""The self-check's data: questionnaire and answer scales validated with the model, and the JSON the build writes."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

import pytest

from macros.assemble import check, load_model
from macros.cli import summary
from macros.i18n.messages import catalog
from macros.load.schema import schema_problems
from macros.load.yaml_lines import load_text
from macros.selfcheck.export import (
    CROSSWALK_PATH,
    JSON_PATH,
    crosswalk_data,
    crosswalk_json,
    json_url,
    widget_data,
    widget_json,
)
from macros.selfcheck.render import embed_parts, embed_snippet
from tests.support import FIXTURES, ROOT, make_data

BAD = sorted(p.name for p in (FIXTURES / "selfcheck").iterdir() if p.is_dir())
FILES = {"answer_scales.yml": "answer_scales", "questionnaire.yml": "questionnaire"}


@pytest.mark.parametrize(("name", "kind"), FILES.items())
def test_data_file_passes_its_schema_and_names_it_for_editors(name, kind):
    text = (ROOT / "data" / name).read_text()
    assert [str(p) for p, _ in schema_problems(kind, f"data/{name}", load_text(text))] == []
    assert text.splitlines()[0] == f"# yaml-language-server: $schema=schema/{kind}.schema.json"
    assert (ROOT / "data" / "schema" / f"{kind}.schema.json").is_file()


def test_default_questionnaire_tops_out_at_max_score():
    """The numbers themselves are pinned once, in tests/test_data.py's guard of what a score means."""
    model = load_model()
    sc = model.self_check
    assert sum(sc.scale_by_id[q.scale].top for q in sc.questions) == model.max_score
    assert 18 <= len(sc.questions) <= 22  # about 20: under ten minutes
    assert {pid for q in sc.questions for pid in q.practices} == {p.id for p in model.practices}
    # Every practice of levels 2 to N in place reaches level N's band.
    reached = 0
    for level in model.levels[1:]:
        reached += model.points_by_level[level.number]
        assert level.band.min <= reached, level.label
    optional = [q for q in sc.questions if q.not_applicable]
    assert 1 <= len(optional) <= 5 and sum(sc.scale_by_id[q.scale].top for q in optional) <= 7


def test_minimal_fixture_carries_a_questionnaire_and_the_summary_counts_it(tmp_path):
    make_data(tmp_path)
    model, problems = check(tmp_path)
    assert problems == []
    assert summary(model, 0.0).endswith(
        ", 2 answer scales, 4 self-check questions, 1 frameworks, 3 crosswalk mappings (0 ms)"
    )


@pytest.mark.parametrize("case", BAD)
def test_bad_questionnaire_reports_exact_messages(tmp_path, case):
    make_data(tmp_path, FIXTURES / "selfcheck" / case)
    model, problems = check(tmp_path)
    assert model is None
    assert [str(p) for p in problems] == (FIXTURES / "selfcheck" / case / "expected.txt").read_text().splitlines()


@pytest.mark.parametrize("name", FILES)
def test_a_missing_self_check_file_is_named(tmp_path, name):
    data = make_data(tmp_path)
    (data / name).unlink()
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == [f"data/{name}:1: missing data file: the model needs {name}"]


def test_bands_that_stop_short_of_the_questionnaire_maximum_fail(tmp_path):
    """max_score raised to 30 without changing questions or bands: both mismatches are reported."""
    data = make_data(tmp_path)
    (data / "model.yml").write_text((data / "model.yml").read_text().replace("max_score: 28", "max_score: 30"))
    _, problems = check(tmp_path)
    assert [str(p) for p in problems] == [
        "data/levels.yml:38: band of level 4 ('optimized') ends at 28 - the bands must cover 0 to max_score 30 (data/model.yml)",
        "data/questionnaire.yml:1: the questionnaire's maximum is 28 points (4 questions, each counted at its scale's top answer) "
        "- it must equal max_score 30 in data/model.yml so the level bands apply",
    ]


def test_an_unreadable_scales_file_does_not_cascade(tmp_path):
    data = make_data(tmp_path)
    (data / "answer_scales.yml").write_text("scales: [\n")
    _, problems = check(tmp_path)
    assert len(problems) == 1 and problems[0].path == "data/answer_scales.yml"
    assert problems[0].message.startswith("YAML syntax error")


def test_widget_data_holds_what_the_widget_needs_and_nothing_copied(tmp_path):
    make_data(tmp_path)
    model = load_model(tmp_path)
    messages = {"a.key": "A text"}
    data = widget_data(model, messages)
    # The catalog, whole, in its language; English alone links only to itself.
    assert (data["lang"], data["messages"], data["languages"]) == ("en", messages, {"en": "model.json"})
    assert data["model"] == {"version": "1.0.0", "title": "Test model", "max_score": 28}
    assert [(lv["number"], lv["name"], lv["min"], lv["max"], lv["url"]) for lv in data["levels"]] == [
        (1, "Initial", 0, 9, "levels/initial/"),
        (2, "Defined", 10, 14, "levels/defined/"),
        (3, "Managed", 15, 19, "levels/managed/"),
        (4, "Optimized", 20, 28, "levels/optimized/"),
    ]
    # Grouped by area in the areas' order (delivery, then operations), the file's order kept within an area.
    assert [q["id"] for q in data["questions"]] == ["prompts-written-down", "pipeline", "alerts", "dashboards"]
    assert data["questions"][1] == {
        "id": "pipeline",
        "text": "Do changes ship through a pipeline?",
        "help": "Prompts and code alike.",
        "practices": ["ci-cd"],
        "level": 2,
        "scale": "adoption",
    }
    assert data["questions"][3]["not_applicable"] == "Choose this if no application has enough users for a test."
    assert data["scoring"] == {"applicable_min_percent": 75, "level_gate_percent": 50}
    assert data["official"] == {"title": "A guide", "url": "https://example.org/guide"}
    assert [o["points"] for o in data["scales"][0]["options"]] == [0, 3, 7]
    # Every practice, with its link and references, so the plan can name any of them.
    assert data["practices"]["monitoring"] == {
        "title": "Practice monitoring",
        "area": "operations",
        "level": 3,
        "url": "practices/monitoring/",
        "references": [{"title": "A guide", "url": "https://example.org/guide"}],
    }
    assert list(data["practices"]) == ["ci-cd", "prompt-basics", "monitoring", "ab-testing"]  # level, then title
    assert (data["base"], data["page"]) == ("../../", "self-check/")


def test_json_url_is_relative_to_each_page():
    assert json_url("self-check/index.md") == "../assets/self-check/model.json"
    assert json_url("self-check/embed.md") == "../../assets/self-check/model.json"
    assert json_url("index.md") == "assets/self-check/model.json"


def test_built_json_is_the_validated_model_and_its_links_resolve(site_dir):
    text = (site_dir / JSON_PATH).read_text()
    assert text == widget_json(load_model(), catalog("widget"))
    data = json.loads(text)
    root = (site_dir / JSON_PATH).parent / data["base"]
    pages = [data["page"], *(lv["url"] for lv in data["levels"]), *(p["url"] for p in data["practices"].values())]
    assert [url for url in pages if not (root / url / "index.html").is_file()] == []
    refs = [r["url"] for p in data["practices"].values() for r in p["references"]]
    assert refs and all(url.startswith("https://") for url in refs)


def test_the_crosswalk_json_holds_every_framework_item_and_mapping_of_the_model():
    model = load_model()
    data = crosswalk_data(model)
    assert (data["lang"], data["version"]) == (model.lang, model.version)
    assert [(fw["id"], [i["id"] for i in fw["items"]]) for fw in data["frameworks"]] == [
        (fw.id, [i.id for i in fw.items]) for fw in model.frameworks
    ]
    assert {fw["id"]: fw["url"] for fw in data["frameworks"]} == {
        fw.id: model.reference_by_id[fw.reference].url for fw in model.frameworks
    }
    shown = {
        (fw, item): [(p["id"], p["why"]) for p in ps]
        for fw, items in data["mappings"].items()
        for item, ps in items.items()
    }
    assert shown == {key: [(mp.id, mp.why) for mp in mps] for key, mps in model.addressed_by.items()}


def test_the_crosswalk_follows_the_model_language():
    """pt-BR's crosswalk says why in Portuguese where the overlay translates it; ids and item titles stay as written."""
    english, other = crosswalk_data(load_model()), crosswalk_data(load_model(lang="qps-ploc"))
    assert other["lang"] == "qps-ploc" and other["frameworks"] == english["frameworks"]
    whys = [p["why"] for items in other["mappings"].values() for ps in items.values() for p in ps]
    assert whys and all(why.startswith("⟦") for why in whys)  # the pseudo-locale translates every text


def test_built_crosswalk_json_is_the_validated_model(site_dir):
    assert (site_dir / CROSSWALK_PATH).read_text() == crosswalk_json(load_model())


@pytest.mark.parametrize("page", ["self-check/index.md", "self-check/embed.md"])
def test_each_self_check_page_points_its_widget_at_the_built_json(site_dir, page):
    html = (site_dir / page.replace(".md", "").replace("/index", "") / "index.html").read_text()
    marker = 'data-genaiops-self-check data-model="'
    assert html.count(marker) == 1
    relative = html.split(marker, 1)[1].split('"', 1)[0]
    served_dir = Path(site_dir / page.replace(".md", "").replace("/index", ""))
    assert Path(posixpath.normpath(served_dir / relative)) == site_dir / JSON_PATH


def test_embed_snippet_is_absolute_when_the_site_address_is_known():
    model = load_model()
    text = embed_snippet(model, "self-check/index.md", "https://guide.example.org/genaiops")
    assert '<iframe src="https://guide.example.org/genaiops/self-check/embed/"' in text
    # The listener takes messages from the frame's window while it shows the guide, from no other.
    assert "if (event.source !== frame.contentWindow || event.origin !== guide) return;" in text
    assert "var guide = new URL(frame.src).origin;" in text
    assert 'style="border: 0"' in text  # a browser's default inset border shows as a light frame on a dark page
    relative = embed_snippet(model, "self-check/index.md", None)
    assert '<iframe src="/self-check/embed/"' in relative and "built without its public address" in relative


def test_the_readmes_embed_snippet_checks_the_sender_as_the_printed_one_does():
    """The README's copy of the iframe snippet is what embedders read first: the same checks and frame style."""
    readme = (ROOT / "README.md").read_text()
    parts = embed_parts(load_model(), "https://YOUR-GUIDE-ADDRESS/")
    assert 'style="border: 0"' in parts["iframe"] and 'style="border: 0"' in readme
    for line in (
        "var guide = new URL(frame.src).origin;",
        "event.origin !== guide",
        "event.source !== frame.contentWindow",
    ):
        assert line in parts["listener"] and line in readme, line
