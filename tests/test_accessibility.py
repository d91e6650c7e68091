"""axe-core over every page type of the built guide, in the light and the dark palette: no WCAG 2.x A/AA violation
and no finding of axe's best-practice rules (landmarks, headings, regions...); none of those rules is turned off.

The palette follows the system's colour scheme by default, so emulating ``prefers-color-scheme`` switches
Material between its ``default`` and ``slate`` schemes; each scan asserts which one it saw.
"""

from __future__ import annotations

import pytest

from macros.assemble import load_model
from tests.support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TAGS = [*WCAG_TAGS, "best-practice"]  # the theme's section <nav>s met landmark-unique only with overrides/partials
MODEL = load_model()
PAGES = {
    "home": "/",
    "levels index": "/levels/",
    "level": f"/levels/{MODEL.levels[0].id}/",
    "practices matrix": "/practices/",
    "practice": f"/practices/{MODEL.practices[0].id}/",
    "lifecycle": "/lifecycle/",
    "comparison": "/comparison/",
    "references": "/references/",
    "about": "/about/",
    "self-check": "/self-check/",
    "self-check embed": "/self-check/embed/",
    "404": "/404.html",
}
# Every language's site: English at the root, each language of data/i18n/languages.yml under its path.
LANGS = {"en": "", **{lg.code: "/" + lg.path.strip("/") for lg in MODEL.languages}}
SCHEMES = {"light": "default", "dark": "slate"}
# Pages on their own template, without Material's palette (the widget's CSS follows the colour scheme itself).
NO_PALETTE = {"self-check embed"}


def _violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async (tags) => {
        const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
        return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\\n` +
            v.nodes.slice(0, 5).map(n => `    ${n.target.join(" ")}: ${n.failureSummary.replace(/\\s+/g, " ")}`).join("\\n"));
    }""",
        TAGS,
    )
    return found


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_no_wcag_violations(page, site_url, name, scheme, lang):
    page.emulate_media(color_scheme=scheme)
    response = page.goto(site_url + LANGS[lang] + PAGES[name])
    # The 404 page is served with 200 by a static server only when asked for by name, as here.
    assert response is not None and response.status == 200, f"{PAGES[name]} answered {response and response.status}"
    # Diagrams render asynchronously once near the viewport; scan what readers see, not the source block.
    page.evaluate("document.querySelectorAll('pre.mermaid').forEach(block => block.scrollIntoView())")
    page.wait_for_function("document.querySelectorAll('pre.mermaid').length === 0", timeout=30000)
    page.wait_for_load_state("networkidle")
    palette = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert palette == (None if name in NO_PALETTE else SCHEMES[scheme])
    violations = _violations(page)
    assert violations == [], f"{name} ({lang}, {scheme}):\n" + "\n".join(violations)
    assert page.js_errors == []
