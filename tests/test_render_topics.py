"""The "In production" pages: each renderer on the minimal fixture, and the hand-written pages that call them."""

from __future__ import annotations

import re

import pytest
import yaml

from macros.assemble import load_model
from macros.kinds import TOPICS
from macros.render import cases, refs, topics
from tests.support import ROOT, make_data


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("model")
    make_data(tmp)
    return load_model(tmp)


def page(topic: str) -> str:
    return TOPICS[topic][1]


def test_signs_make_one_table_per_move(model):
    md = topics.moving_up_signs(model, page("moving-up"))
    assert md.startswith("## From DevOps to MLOps { #mlops }\n\n| Sign: does this describe you? |")
    assert "## From MLOps to GenAIOps { #genaiops }" in md
    assert (
        "| Several models ship. | Tracking them by hand fails. | Version models. | [Practice ci-cd](../practices/ci-cd.md) |"
        in md
    )
    assert md.index("Several models ship.") < md.index("## From MLOps") < md.index("An LLM is in use.")


def test_downsides_list_what_goes_wrong_and_what_softens_it(model):
    md = topics.downsides(model, page("downsides"))
    assert md.startswith("## Cost { #cost }\n\n**What can go wrong**\n\n- Tokens add up\n\n**How to soften it**")
    assert "- Meter usage\n\n**Practices:** [Practice monitoring](../practices/monitoring.md)" in md


def test_outcomes_and_risks_are_two_tables(model):
    md = topics.outcomes_and_risks(model, page("outcomes"))
    outcomes, risks = md.split("## Risks of going without { #risks }")
    assert outcomes.startswith("## Expected outcomes { #outcomes }")
    assert "| **Repeatable releases** | The same steps give the same result. |" in outcomes
    assert "Stale data" not in outcomes
    assert "| Risk | What it leads to | Practices that guard against it |" in risks and "**Stale data**" in risks


def test_agent_aspects_compare_one_agent_with_several(model):
    md = topics.agent_aspects(model, page("agents"))
    assert md.startswith("| Aspect | One agent | Several agents | Practices |")
    assert "| **Tracing** | Trace each tool call. | Trace the hand-offs too. | [Practice monitoring]" in md


def test_deployment_options_name_a_counterpart_or_a_dash(model):
    md = topics.deployment_options(model, page("deployment"))
    assert "| Option | When to choose it | Trade-offs | Outside Azure | Practices |" in md
    assert "| **Online endpoint** | Steady traffic. | Pay while idle. | KServe | [Practice ci-cd]" in md
    assert "| **Batch endpoint** | Nightly jobs. | No live answers. | – | – |" in md


def test_platform_components(model):
    md = topics.platform_components(model, page("platform"))
    assert "| **Gateway** | One door for every team. | [Practice monitoring](../practices/monitoring.md) |" in md


def test_notes_appear_on_their_own_topic_page_only(model):
    md = topics.topic_notes(model, page("deployment"))
    assert md.startswith("## Beyond the practices\n\n")
    assert "### Containers { #containers }\n\nPackage once, run anywhere." in md
    assert "*Mentioned at [Level 4 - Optimized](../levels/optimized.md); builds on:* [Practice ci-cd]" in md
    assert topics.topic_notes(model, page("agents")) == ""


def test_topic_references_gather_the_pages_records(model):
    assert topics.topic_references(model, page("outcomes")) == (
        "## References\n\n- [A guide](https://example.org/guide) (Example)"
    )
    assert topics.topic_references(model, page("platform")) == ""
    with pytest.raises(ValueError, match="is not a page of the In production section"):
        topics.topic_references(model, "lifecycle.md")


def test_cases_page_tells_each_case_with_its_practices(model):
    md = cases.cases_list(model, page("cases"))
    assert md.startswith("## A first assistant { #first-assistant }\n\n*From trial to production.*\n\n")
    assert "### What was done\n\n1. Scope it\n2. Ship it\n\n### Lessons\n\n- Start small" in md
    assert "**Practices at work:** [Practice prompt-basics](../practices/prompt-basics.md), [Practice ci-cd]" in md


def test_references_catalog_names_the_production_pages_that_cite(model):
    md = refs.references_catalog(model, "references.md")
    row = next(line for line in md.splitlines() if line.startswith("| [A guide]"))
    assert (
        "[When to move up](production/moving-up.md)" in row
        and "[Outcomes and risks](production/outcomes-and-risks.md)" in row
    )


def _front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


@pytest.mark.parametrize("topic", TOPICS)
def test_each_topic_has_its_page_in_docs_and_in_the_navigation(topic):
    title, path = TOPICS[topic]
    text = (ROOT / "docs" / path).read_text(encoding="utf-8")
    assert _front_matter(text)["title"] == title
    assert f"# {title}\n" in text
    assert "{{ topic_references() }}" in text
    assert re.search(rf"^ +- {re.escape(title)}: {re.escape(path)}$", (ROOT / "mkdocs.yml").read_text(), re.M)


def test_the_schema_enums_match_the_pages_and_steps_the_code_knows():
    import json

    from macros.model_topics import STEPS

    defs = json.loads((ROOT / "data" / "schema" / "genaiops.schema.json").read_text())["$defs"]
    assert defs["note"]["properties"]["topic"]["enum"] == [t for t in TOPICS if t != "cases"]
    assert defs["sign"]["properties"]["step"]["enum"] == list(STEPS)
