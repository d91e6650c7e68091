"""The Tools page and what practice pages say of the tools they cite: one catalog, its lifecycle shown."""

from __future__ import annotations

import re

from macros.assemble import load_model
from macros.i18n.lookup import site
from macros.render.pages import generated_pages
from macros.render.tools import KINDS, tools_catalog
from tests.support import ROOT, make_data

DEPRECATED = """  - id: tool-old
    name: Tool Old
    kind: open-source
    url: https://example.org/tool-old
    status: deprecated
    deprecated_on: 2026-01-31
    retires_on: 2026-12-31
    successor: tool-b
    source: guide
    last_verified: 2026-02-01
"""


def _with_deprecated_tool(tmp_path):
    """The minimal data, with a deprecated tool (whose successor is tool-b) cited by the ci-cd practice."""
    data = make_data(tmp_path)
    (data / "tools.yml").write_text((data / "tools.yml").read_text() + DEPRECATED)
    practice = data / "practices" / "ci-cd.yml"
    practice.write_text(
        practice.read_text().replace("  - tool: tool-a\n", "  - tool: tool-a\n  - tool: tool-old\n    note: Runs it.\n")
    )
    return load_model(tmp_path)


def test_every_tool_has_a_row_with_its_anchor_and_the_practices_that_cite_it(tmp_path):
    model = load_model(ROOT)
    md = tools_catalog(model, "tools.md")
    for t in model.tools:
        (row,) = [line for line in md.splitlines() if f"{{ #{t.id} }}" in line]
        assert f"[{t.name}]" in row
        for p in model.practices_by_tool[t.id]:
            assert f"[{p.title}]({p.page})" in row  # tools.md is at the top, beside practices/
    # one section per kind that has tools, in the labels' order
    shown = re.findall(r"^## (.+) \{ #kind-([a-z-]+) \}$", md, re.M)
    assert [k for _, k in shown] == [k for k in KINDS if any(t.kind == k for t in model.tools)]
    assert all(site()(f"tools.section.{k}") == title for title, k in shown)


def test_a_deprecated_tool_shows_its_dates_successor_and_source(tmp_path):
    model = _with_deprecated_tool(tmp_path)
    md = tools_catalog(model, "tools.md")
    (row,) = [line for line in md.splitlines() if "{ #tool-old }" in line]
    assert (
        "Deprecated since 2026-01-31; retires on 2026-12-31; succeeded by [Tool B](tools.md#tool-b) "
        "([source](https://example.org/guide))" in row
    )
    assert "[Practice ci-cd](practices/ci-cd.md)" in row and "2026-02-01" in row


def test_a_practice_page_says_a_cited_tool_is_deprecated_and_links_its_catalog_entry(tmp_path):
    model = _with_deprecated_tool(tmp_path)
    page = generated_pages(model)["practices/ci-cd.md"]
    assert (
        "| [Tool Old](https://example.org/tool-old) | Open source | Runs it. Deprecated since 2026-01-31; retires on "
        "2026-12-31; succeeded by [Tool B](../tools.md#tool-b) ([Tools](../tools.md#tool-old)). |" in page
    )
    # a current tool with no successor gets nothing added to its note
    assert "| Tool A | Azure service |  |" in page
    assert "[Tools](../tools.md)." in page


def test_the_tools_page_is_in_the_navigation_and_calls_the_catalog():
    assert "  - Tools: tools.md\n" in (ROOT / "mkdocs.yml").read_text()
    assert "{{ tools_catalog() }}" in (ROOT / "docs" / "tools.md").read_text()
