"""ProperDocs, the fallback after MkDocs 1.x: it builds mkdocs.yml into the same site, and the comparison that
proves it fails, naming the files, on any difference but the generator tag (tools/engines.py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT, build_languages
from tools.engines import differences

MKDOCS_TAG = '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.1">'
PROPERDOCS_TAG = '<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.1">'
KEPT_INFO = re.compile(r"^INFO\s+-\s+Documentation built in [0-9.]+ seconds$")


def _site(root: Path, files: dict[str, str]) -> Path:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return root


def _index(*docs: dict) -> str:
    return json.dumps({"config": {"lang": ["en"]}, "docs": list(docs)})


PAGE = "<head>{tag}</head><p>Level 2</p>"
ENTRY_A, ENTRY_B = {"location": "", "title": "Home"}, {"location": "levels/", "title": "Levels"}


def test_sites_that_differ_only_in_the_generator_tag_and_index_order_are_the_same(tmp_path):
    first = _site(
        tmp_path / "a",
        {"index.html": PAGE.format(tag=MKDOCS_TAG), "search/search_index.json": _index(ENTRY_A, ENTRY_B)},
    )
    second = _site(
        tmp_path / "b",
        {"index.html": PAGE.format(tag=PROPERDOCS_TAG), "search/search_index.json": _index(ENTRY_B, ENTRY_A)},
    )
    assert differences(first, second) == []


def test_every_other_difference_is_named_by_file(tmp_path):
    first = _site(
        tmp_path / "a",
        {
            "index.html": PAGE.format(tag=MKDOCS_TAG),
            "about/index.html": "<p>About</p>",
            "search/search_index.json": _index(ENTRY_A, ENTRY_B),
        },
    )
    second = _site(
        tmp_path / "b",
        {
            "index.html": PAGE.format(tag=PROPERDOCS_TAG).replace("Level 2", "Level 3"),
            "extra.js": "x",
            "search/search_index.json": _index(ENTRY_A, {**ENTRY_B, "title": "Stages"}),
        },
    )
    assert differences(first, second) == [
        f"about/index.html: only in {first}",
        f"extra.js: only in {second}",
        "index.html: differs",
        "search/search_index.json: differs",
    ]


@pytest.mark.build
def test_properdocs_builds_the_same_site_as_mkdocs_and_a_tampered_copy_is_caught(site_server, tmp_path):
    server, mkdocs_site = site_server
    done = build_languages(tmp_path / "properdocs", site_url=server.url + "/", engine="properdocs")
    assert done.returncode == 0, done.stderr[-3000:]
    built = tmp_path / "properdocs"
    assert "ProperDocs" in (built / "index.html").read_text(encoding="utf-8")  # it really was ProperDocs
    assert differences(mkdocs_site, built) == []
    # The console filter knows ProperDocs' loggers: only the closing line is printed, as under MkDocs (the last
    # build's: each language is one build).
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert len(lines) == 1 and KEPT_INFO.match(lines[0]), lines
    assert (built / "pt-br" / "index.html").is_file()

    tampered = tmp_path / "tampered"
    shutil.copytree(built, tampered)
    page = next(p for p in sorted(tampered.glob("practices/*/index.html")))
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " (changed)</h1>", 1), encoding="utf-8")
    (tampered / "sitemap.xml").unlink()
    assert differences(mkdocs_site, tampered) == [
        f"sitemap.xml: only in {mkdocs_site}",
        f"{page.relative_to(tampered).as_posix()}: differs",
    ]


STACK = {
    "mkdocs",
    "mkdocs-material",
    "mkdocs-macros-plugin",
    "pymdown-extensions",
    "Markdown",
    "properdocs",
    "zensical",
}


def test_mkdocs_stays_below_2_and_the_stack_moves_together():
    pins = dict(
        line.split("==")
        for name in ("requirements-build.txt", "requirements-properdocs.txt", "requirements-zensical.txt")
        for line in (ROOT / name).read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert int(pins["mkdocs"].split(".")[0]) < 2, "MkDocs 2 drops plugins: see adr/0001-outlive-the-build-stack.md"
    assert STACK <= set(pins), f"pin every package of the stack: {STACK - set(pins)}"
    pip = next(
        u
        for u in yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())["updates"]
        if u["package-ecosystem"] == "pip"
    )
    assert {"dependency-name": "mkdocs", "versions": [">=2"]} in pip["ignore"]
    # Dependabot puts a package in the first group that matches it: the stack's group comes before the catch-all.
    assert list(pip["groups"])[0] == "build-stack" and STACK <= set(pip["groups"]["build-stack"]["patterns"])


def test_the_sitemap_may_list_its_pages_in_another_order_but_not_other_pages(tmp_path):
    urls = ["<url><loc>https://x/</loc></url>", "<url><loc>https://x/levels/</loc></url>"]
    first = _site(tmp_path / "a", {"sitemap.xml": f"<urlset>{''.join(urls)}</urlset>"})
    second = _site(tmp_path / "b", {"sitemap.xml": f"<urlset>{''.join(reversed(urls))}</urlset>"})
    third = _site(tmp_path / "c", {"sitemap.xml": f"<urlset>{urls[0]}</urlset>"})
    assert differences(first, second) == []
    assert differences(first, third) == ["sitemap.xml: differs"]
