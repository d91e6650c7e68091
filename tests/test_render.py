"""The pure renderer: Markdown out of the model, with no MkDocs involved."""

from __future__ import annotations

import json

import pytest

from macros.assemble import load_model
from macros.render import crosswalk, lifecycle, overview, practices, refs
from macros.render.md import cell, link, mermaid_label, rel, rel_url
from macros.render.pages import generated_pages, levels_nav, practices_nav
from tests.support import ROOT, make_data


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("model")
    make_data(tmp)
    return load_model(tmp)


def test_relative_links_between_source_pages():
    assert rel("levels/initial.md", "practices/ci-cd.md") == "../practices/ci-cd.md"
    assert rel("index.md", "levels/initial.md") == "levels/initial.md"
    assert rel("practices/ci-cd.md", "practices/index.md", "delivery") == "index.md#delivery"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("A guide", 'https://ok.example/){: onclick="alert(2)" } [y](https://ok.example/'),
        ("x](javascript:alert(1)) [y", "https://ok.example/"),
        ("A guide", "https://ok.example/a b<c>'d\"e%zz"),
    ],
)
def test_a_link_stays_one_link_whatever_its_text_and_url_hold(text, url):
    """The schema refuses such URLs; the renderer does not rely on it: nothing can close the link's Markdown."""
    from html.parser import HTMLParser

    import markdown

    class Anchors(HTMLParser):
        found: list = []

        def handle_starttag(self, tag, attrs):
            self.found.append((tag, dict(attrs)))

    parser = Anchors()
    parser.found = []
    html = markdown.markdown(link(text, url), extensions=["attr_list"])
    parser.feed(html)
    assert [tag for tag, _ in parser.found] == ["p", "a"]
    attrs = parser.found[1][1]
    assert list(attrs) == ["href"] and attrs["href"].startswith("https://ok.example/")
    assert html.endswith(f">{text}</a></p>")


def test_an_ordinary_link_is_written_as_it_is():
    url = "https://learn.microsoft.com/en-us/azure/?view=azureml-api-2&x=1#part"
    assert link("Title *em*", url) == f"[Title *em*]({url})"


def test_relative_urls_for_diagram_links():
    assert rel_url("index.md", "levels/initial.md") == "levels/initial/"
    assert rel_url("levels/index.md", "levels/initial.md") == "initial/"
    assert rel_url("levels/initial.md", "levels/defined.md") == "../defined/"


def test_table_cells_and_diagram_labels_cannot_break_their_syntax():
    assert cell("a | b\n c") == "a \\| b c"
    assert mermaid_label('say "hi"\nnow') == '"say #quot;hi#quot; now"'


def test_progression_diagram_is_built_from_levels(model):
    md = overview.progression_diagram(model, "index.md")
    assert md.startswith("```mermaid\ngraph TD\n") and md.endswith("\n```")
    assert 'L1 -->|"Explore APIs"| L2' in md
    assert 'L3 -->|"Monitoring"| L4' in md
    assert 'L4 -->|"Continuous improvement"| L4' in md  # the top level improves on itself
    assert 'click L2 href "levels/defined/"' in md


def test_levels_table_links_every_level_with_its_band(model):
    md = overview.levels_table(model, "index.md")
    assert "| [Level 1 - Initial](levels/initial.md) | Exploring. | Try APIs | 0–9 of 28 |" in md
    assert "| [Level 4 - Optimized](levels/optimized.md) | Improving. | Improve | 20–28 of 28 |" in md


def test_level_cards_link_every_level_with_its_summary_and_band_in_the_models_order(model):
    md = overview.level_cards(model, "index.md")
    assert md.startswith('<div class="grid cards" markdown>\n') and md.endswith("\n</div>")
    cards = md.split("\n-   ")[1:]
    assert len(cards) == len(model.levels)
    for card, lv in zip(cards, model.levels, strict=True):
        assert card.startswith(f"__[{lv.label}]({rel('index.md', lv.page)})__")
        assert f"    {lv.summary}\n" in card
        assert f"Self-check score: {lv.band.min}–{lv.band.max} of {model.max_score}" in card


def test_self_check_minutes_are_read_and_decided_time_rounded_to_five():
    assert overview.minutes_for(0, 1) == 5  # never "about 0 minutes"
    per_question = overview.DECIDING_SECONDS_PER_QUESTION / 60
    words_per_minute = overview.READING_WORDS_PER_MINUTE
    assert overview.minutes_for(int(words_per_minute * 3), round(7 / per_question)) == 10
    assert overview.minutes_for(int(words_per_minute * 6), round(9 / per_question)) == 15
    # More to read or more questions never makes it shorter.
    for q in range(1, 80, 7):
        by_words = [overview.minutes_for(w, q) for w in range(0, 5000, 450)]
        assert by_words == sorted(by_words)
    for w in range(0, 5000, 450):
        by_questions = [overview.minutes_for(w, q) for q in range(1, 80, 7)]
        assert by_questions == sorted(by_questions)


def test_self_check_minutes_count_the_words_of_questions_help_and_answers(model):
    sc = model.self_check
    words = sum(
        len(
            " ".join(
                [q.text, q.help or "", q.not_applicable or "", *(o.text for o in sc.scale_by_id[q.scale].options)]
            ).split()
        )
        for q in sc.questions
    )
    assert overview.self_check_minutes(model, "index.md") == str(overview.minutes_for(words, len(sc.questions)))


def test_level_page_has_every_section(model):
    md = generated_pages(model)["levels/defined.md"]
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings == [
        "# Level 2 - Defined",
        "## What an organization at this level does",
        "## Score band",
        "## Practices in place",
        "## Working towards [Level 3 - Managed](managed.md)",
        "### Next steps",
        "### Ready for Level 3 - Managed",
        "## Reading for moving up",
        "### Documentation",
    ]
    assert "score from **10 to 14** out of 28 places an organization at this level, provided" in md
    assert "(10–14)" not in md  # the band is said once, in words
    assert "at least 7 of the 14 points of the questions about this level's practices" in md
    assert "1. Add monitoring ([Practice monitoring](../practices/monitoring.md))" in md
    assert "score of at least **15** out of 28" in md and "at least 4 of the 7 points" in md
    assert "| [Practice ci-cd](../practices/ci-cd.md) | Delivery | Summary of ci-cd. |" in md
    assert "- [A guide](https://example.org/guide) (Example)" in md


def test_top_level_page_says_how_to_stay_there(model):
    md = generated_pages(model)["levels/optimized.md"]
    assert "## Staying at Level 4 - Optimized" in md and "1. Share what you learn" in md
    assert "## Working towards" not in md and "## Reading for moving up" not in md
    assert "### Videos" in md and "### Documentation" not in md


def test_practice_page_links_related_practices_both_ways(model):
    pages = generated_pages(model)
    ci_cd = pages["practices/ci-cd.md"]
    # ci-cd lists prompt-basics; monitoring lists ci-cd, so ci-cd shows it as a back-link.
    assert "[Practice prompt-basics](prompt-basics.md)" in ci_cd
    assert "[Practice monitoring](monitoring.md)" in ci_cd
    assert (
        "**Area:** [Delivery](index.md#delivery) · **Expected from:** [Level 2 - Defined](../levels/defined.md)"
        in ci_cd
    )
    assert "| Tool A | Azure service |  |" in ci_cd
    # The cases that name a practice are listed on its page, by reverse lookup, before its references.
    cases = "## Cases\n\n- [A first assistant](../production/cases.md#first-assistant): From trial to production.\n"
    assert cases in ci_cd and ci_cd.index("## Cases") < ci_cd.index("## References")
    assert "## Cases" not in pages["practices/monitoring.md"]


def test_related_practices_are_one_compact_line_of_titles(model):
    ci_cd = generated_pages(model)["practices/ci-cd.md"]
    section = ci_cd.split("## Related practices\n", 1)[1].split("\n## ", 1)[0]
    assert section.strip() == "[Practice prompt-basics](prompt-basics.md), [Practice monitoring](monitoring.md)"
    assert "Summary of" not in section  # no summaries: the list stays shorter than the steps


def test_practice_page_shows_its_example_as_a_fenced_block_in_its_language(model):
    ci_cd = generated_pages(model)["practices/ci-cd.md"]
    assert "## Example\n\n### A worked example\n\n```yaml\nstep: one\nnext: [two, three]\n```\n" in ci_cd
    assert ci_cd.index("## Tools") < ci_cd.index("## Example") < ci_cd.index("## Signals that it is working")


def test_example_fence_outlasts_backticks_in_the_code():
    from macros.model import Example

    block = practices.example_block(Example("Nested", "markdown", "Use:\n```bash\nls\n```\n", "A note."))
    assert block == "### Nested\n\n````markdown\nUse:\n```bash\nls\n```\n````\n\nA note.\n"


def test_tools_link_to_their_pages_and_say_what_they_are(tmp_path):
    data = make_data(tmp_path)
    path = data / "practices" / "ci-cd.yml"
    path.write_text(
        path.read_text().replace("  - tool: tool-a\n", "  - tool: tool-a\n  - tool: tool-b\n    note: Runs it.\n")
    )
    page = generated_pages(load_model(tmp_path))["practices/ci-cd.md"]
    assert "| [Tool B](https://example.org/tool-b) | Open source | Runs it. |" in page
    schema = json.loads((ROOT / "data" / "schema" / "genaiops.schema.json").read_text())
    assert set(practices.tool_kinds()) == set(schema["$defs"]["tool"]["properties"]["kind"]["enum"])  # a label each


def test_a_reference_in_another_language_says_so_after_its_title(tmp_path):
    data = make_data(tmp_path)
    path = data / "references.yml"
    path.write_text(path.read_text().replace("    title: A guide\n", "    title: Um guia\n    language: Portuguese\n"))
    model = load_model(tmp_path)
    assert "- [Um guia](https://example.org/guide) (in Portuguese) (Example)" in refs.reference_list(model, ["guide"])
    assert "| [Um guia](https://example.org/guide) (in Portuguese) | Example |" in refs.references_catalog(
        model, "references.md"
    )


def test_generated_pages_carry_front_matter(model):
    md = generated_pages(model)["practices/monitoring.md"]
    assert md.startswith('---\ntitle: "Practice monitoring"\ndescription: "Summary of monitoring."\n')


def test_practice_matrix_marks_introduction_and_later_levels(model):
    md = practices.practice_matrix(model, "practices/index.md")
    assert "## Operations { #operations }" in md
    assert "| Practice | L2 Defined | L3 Managed | L4 Optimized |" in md  # level 1 expects none: no column
    assert "| [Practice monitoring](monitoring.md) |  | expected | in place |" in md
    assert md.startswith("A practice of level N is expected to be in place at level N")


def test_references_catalog_lists_citations_and_verification(model):
    md = refs.references_catalog(model, "references.md")
    assert "The guide cites 2 references." in md
    assert (
        "| [A video](https://example.org/video) | Example | [Level 4 - Optimized](levels/optimized.md) | 2026-01-31 |"
        in md
    )
    assert "| [A guide](https://example.org/guide) | Example |" in md and "not yet" in md


def test_lifecycle_diagram_loops_back(model):
    md = lifecycle.lifecycle_diagram(model, "lifecycle.md")
    assert 'S0["Build"]' in md and "S0 --> S1" in md and 'S1 -.->|"Learn"| S0' in md
    stages = lifecycle.lifecycle_stages(model, "lifecycle.md")
    assert "## 1. Build { #build }" in stages and "[Practice prompt-basics](practices/prompt-basics.md)" in stages


def test_comparison_table(model):
    assert "| Audience | Data scientists | App developers |" in lifecycle.comparison_table(model, "comparison.md")


def test_navigation_follows_level_order_and_areas(model):
    assert levels_nav(model) == [
        {f"Level {n} - {name}": f"levels/{slug}.md"}
        for n, name, slug in [
            (1, "Initial", "initial"),
            (2, "Defined", "defined"),
            (3, "Managed", "managed"),
            (4, "Optimized", "optimized"),
        ]
    ]
    delivery = [{"Practice ci-cd": "practices/ci-cd.md"}, {"Practice prompt-basics": "practices/prompt-basics.md"}]
    assert practices_nav(model)[0] == {"Delivery": delivery}


def test_a_practice_file_and_a_question_are_enough_for_a_new_page(tmp_path):
    data = make_data(tmp_path)
    text = (
        (data / "practices" / "ci-cd.yml")
        .read_text()
        .replace("id: ci-cd", "id: canary")
        .replace("Practice ci-cd", "Canary")
    )
    (data / "practices" / "canary.yml").write_text(text)
    questions = data / "questionnaire.yml"
    questions.write_text(questions.read_text().replace("practices: [ci-cd]", "practices: [ci-cd, canary]"))
    model = load_model(tmp_path)
    assert "practices/canary.md" in generated_pages(model)
    assert {"Canary": "practices/canary.md"} in practices_nav(model)[0]["Delivery"]
    assert "[Canary](../practices/canary.md)" in generated_pages(model)["levels/defined.md"]
    assert "“Do changes ship through a pipeline?”" in generated_pages(model)["practices/canary.md"]


def test_crosswalk_page_has_one_table_per_framework_and_the_unaddressed_items(model):
    out = crosswalk.crosswalk_tables(model, "crosswalk.md")
    assert "not an\n    official or certified mapping" in out and "do not make anyone\n    compliant" in out
    assert "## Example framework { #example-framework }" in out
    assert "**Addressed:** 2 of 3 items" in out
    assert "| EX 1 | Changes are tested before release. | [Practice ci-cd](practices/ci-cd.md): Every release" in out
    assert "[Practice prompt-basics](practices/prompt-basics.md): Prompts are reviewed before they ship." in out
    unaddressed = out.split("### Not yet addressed { #example-framework-not-yet }")[1]
    assert "- EX 3: Nobody addresses this yet." in unaddressed
    assert "EX 1" not in unaddressed and "EX 2" not in unaddressed
    assert "[A guide](https://example.org/guide)" in out  # the framework's official page


def test_practice_page_shows_its_standards_by_reverse_lookup(model):
    page = practices.practice_page(model, model.practice_by_id["ci-cd"])
    standards = page.split("## Standards\n")[1].split("## References")[0]
    assert (
        "[Example framework](../crosswalk.md#example-framework) **EX 1**: Changes are tested before release."
        in standards
    )
    assert "EX 2" not in standards and "not an official or certified" in standards
    assert page.index("## Related practices") < page.index("## Standards") < page.index("## References")
    # a practice no framework item names has no empty section
    assert "## Standards" not in practices.practice_page(model, model.practice_by_id["ab-testing"])


def test_references_catalog_names_the_framework_that_cites_a_reference(model):
    out = refs.references_catalog(model, "references.md")
    assert "[Crosswalk: Example framework](crosswalk.md#example-framework)" in out
