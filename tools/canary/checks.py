"""What the canary checks in a built site, each a function ``(site) -> list of problems`` (empty: passed).

The static checks read files; the browser checks take a Playwright page and the site's served address. Expected
values come from the model and docs/, never from another build: what a site must contain is what the data says.
The browser checks drive the widget with the test suite's own helpers (``tests/support_widget.py``), imported when
they run: only a full checkout has them, and ``python -m tools`` must start without them.
"""

from __future__ import annotations

import re
from pathlib import Path

from macros.paths import ROOT

DOCS = ROOT / "docs"
MERMAID_ENTRY = "assets/javascripts/vendor/mermaid/mermaid.esm.min.mjs"
DIAGRAM_MACROS = re.compile(r"\{\{\s*(progression_diagram|lifecycle_diagram)\(\)")  # the macros that draw one
VERBATIM = re.compile(r"<(pre|code)\b.*?</\1>", re.S)  # code samples may show `${{ ... }}` on purpose
TEMPLATE = re.compile(r"\{\{|\{%")
# Material (and Zensical's classic look) replaces each <pre class="mermaid"> by a <div class="mermaid"> holding the
# drawing in a closed shadow root: a drawn diagram is a div that takes room.
RENDERED = """() => {
  const blocks = [...document.querySelectorAll(".mermaid")];
  return blocks.length > 0 && blocks.every(b => b.tagName === "DIV" && b.getBoundingClientRect().height > 40);
}"""


def _dest(src: str) -> str:
    """The HTML file a docs/-relative Markdown page becomes, with ``use_directory_urls``."""
    stem = src[: -len(".md")]
    return (
        "index.html"
        if stem == "index"
        else (stem[: -len("index")] if stem.endswith("/index") else stem + "/") + "index.html"
    )


def expected_pages(model, core) -> set[str]:
    """The HTML files the guide must have: every hand-written page, every generated one, and the 404 page."""
    sources = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    sources |= set(core("macros.render.pages").generated_pages(model))
    return {_dest(src) for src in sources} | {"404.html"}


def pages(site: Path, model, core) -> list[str]:
    # Another language's site (site/pt-br/ beside the English one) is its own build: not this one's pages.
    others = {language.path.strip("/") for language in model.languages}
    built = {p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.relative_to(site).parts[0] not in others}
    want = expected_pages(model, core)
    return [f"missing: {p}" for p in sorted(want - built)] + [f"not in the model: {p}" for p in sorted(built - want)]


def model_json(site: Path, model, core) -> list[str]:
    export = core("macros.selfcheck.export")
    built = site / export.JSON_PATH
    if not built.is_file():
        return [f"{export.JSON_PATH} is missing"]
    same = built.read_text(encoding="utf-8") == export.widget_json(
        model, core("macros.i18n.messages").catalog("widget")
    )
    return [] if same else [f"{export.JSON_PATH} differs from what the model gives"]


def no_template_left(site: Path, model=None, core=None) -> list[str]:
    """No ``{{`` or ``{%`` outside code samples: a macro the tool did not run leaves its call in the page."""
    found = []
    for page in sorted(site.rglob("*.html")):
        text = VERBATIM.sub("", page.read_text(encoding="utf-8"))
        if match := TEMPLATE.search(text):
            found.append(f"{page.relative_to(site).as_posix()}: {text[match.start() :].splitlines()[0][:40]!r}")
    return found


def diagram_pages() -> list[str]:
    """The hand-written pages whose macros draw a mermaid diagram, as served paths (``lifecycle/``)."""
    return sorted(
        _dest(p.relative_to(DOCS).as_posix())[: -len("index.html")]
        for p in DOCS.rglob("*.md")
        if DIAGRAM_MACROS.search(p.read_text(encoding="utf-8")) or "```mermaid" in p.read_text(encoding="utf-8")
    )


def mermaid(site: Path, model=None, core=None) -> list[str]:
    found = [] if (site / MERMAID_ENTRY).is_file() else [f"{MERMAID_ENTRY} is missing"]
    for served in diagram_pages():
        html = site / served / "index.html"
        if not html.is_file() or 'class="mermaid"' not in html.read_text(encoding="utf-8"):
            found.append(f"{served or '/'}: no mermaid diagram")
    return found


# In Chromium.


def diagrams_render(page, url: str) -> list[str]:
    found = []
    for served in diagram_pages():
        page.goto(f"{url}/{served}")
        try:
            page.wait_for_selector(".mermaid", state="attached", timeout=20000)
            page.evaluate("document.querySelectorAll('.mermaid').forEach(block => block.scrollIntoView())")
            page.wait_for_function(RENDERED, timeout=20000)
        except Exception:  # noqa: BLE001 - Playwright's timeout: the diagram did not render
            found.append(f"/{served}: the diagram did not render")
    return found


def self_check_scores(page, url: str, data: dict) -> list[str]:
    """The widget loads its questions and places the lowest and the highest answers at the first and top levels."""
    from tests.support_widget import choose, highest_answers, label, lowest_answers, open_widget, summary

    found = []
    try:
        open_widget(page, f"{url}/self-check/")
    except Exception as exc:  # noqa: BLE001 - whatever stops it, the report says it
        return [f"/self-check/: the questions did not load ({type(exc).__name__})"]
    for answers, level in ((lowest_answers(data), data["levels"][0]), (highest_answers(data), data["levels"][-1])):
        choose(page, answers)
        said = summary(page)
        if f"Level: {label(level)}" not in said:
            found.append(f"/self-check/: expected {label(level)}, the summary says {said[:120]!r}")
    return found


AXE_PAGES = ("", "levels/", "practices/", "self-check/", "self-check/embed/")


def axe_clean(page, url: str) -> list[str]:
    from tests.support_widget import axe_violations

    found = []
    for served in AXE_PAGES:
        page.goto(f"{url}/{served}")
        page.wait_for_load_state("networkidle")
        found += [f"/{served}: {rule} at {targets[:3]}" for rule, targets in axe_violations(page)]
    return found
