"""The level pages never contradict themselves: nothing is presented both as in place and as still to do.

Under the guide's one meaning of a level, a practice of level N is in place at level N and above. So on the
page of level N, "Practices in place" links exactly the practices of levels up to N, "Working towards" (its
table and its next steps) links exactly those of level N+1, and no practice appears in both.
"""

from __future__ import annotations

import re

import pytest

from macros.assemble import load_model
from macros.render.pages import generated_pages
from tests.support import make_data

LINK = re.compile(r"\]\(\.\./practices/([a-z0-9-]+)\.md\)")


def sections(markdown: str) -> dict[str, str]:
    """Level-2 headings (without their link) -> the text under them, sub-sections included."""
    out, name = {}, None
    for line in markdown.splitlines():
        if line.startswith("## "):
            name = re.sub(r"\s*\[.*", "", line[3:]).strip()
            out[name] = ""
        elif name:
            out[name] += line + "\n"
    return out


def contradictions(markdown: str) -> set[str]:
    """Practices a level page links both as in place and as still to do."""
    parts = sections(markdown)
    towards = next((text for name, text in parts.items() if name.startswith("Working towards")), "")
    return set(LINK.findall(parts.get("Practices in place", ""))) & set(LINK.findall(towards))


def test_the_check_catches_a_practice_shown_as_done_and_to_do():
    page = (
        "## Practices in place\n\n| [CI/CD](../practices/ci-cd.md) | Delivery |\n\n"
        "## Working towards [Level 3](managed.md)\n\n### Next steps\n\n1. Release through CI/CD "
        "([CI/CD](../practices/ci-cd.md))\n"
    )
    assert contradictions(page) == {"ci-cd"}


@pytest.fixture(scope="module", params=["data", "minimal fixture"])
def model(request, tmp_path_factory):
    if request.param == "data":
        return load_model()
    tmp = tmp_path_factory.mktemp("minimal")
    make_data(tmp)
    return load_model(tmp)


def test_no_level_page_shows_a_practice_as_in_place_and_as_to_do(model):
    pages = generated_pages(model)
    for level in model.levels:
        assert contradictions(pages[level.page]) == set(), level.label


def test_each_level_page_lists_exactly_what_its_level_has_and_needs(model):
    pages = generated_pages(model)
    for level in model.levels:
        parts = sections(pages[level.page])
        in_place = set(LINK.findall(parts["Practices in place"]))
        assert in_place == {p.id for p in model.practices if p.level <= level.number}, level.label
        above = model.level_by_number.get(level.number + 1)
        if above is None:
            assert f"Staying at {level.label}" in parts
            continue
        towards = parts[next(name for name in parts if name.startswith("Working towards"))]
        assert set(LINK.findall(towards)) == {p.id for p in model.practices if p.level == above.number}
        steps = towards.split("### Next steps", 1)[1].split("###", 1)[0]
        stepped = LINK.findall(steps)
        assert len(stepped) == len(level.next_steps) and set(stepped) <= {
            p.id for p in model.practices_by_level[above.number]
        }


def test_level_descriptions_name_no_practice_of_a_higher_level(model):
    """A description says what an organization at the level does; a later level's practice in it is a claim
    the level does not make."""
    for level in model.levels:
        text = level.description.lower()
        named = [p.title for p in model.practices if p.level > level.number and p.title.lower() in text]
        assert named == [], level.label


def test_the_lowest_level_expects_nothing_and_says_so():
    model = load_model()
    low = model.levels[0]
    page = generated_pages(model)[low.page]
    assert model.practices_by_level.get(low.number, []) == []
    assert f"{low.label} expects no practice of this guide" in page
