"""The site in every language, without a build: the site catalog, the navigation and chrome in a language, the
selector's links, the notices, the hand-written pages' status and the pseudo-locale's pages."""

from __future__ import annotations

import re
import shutil

import pytest
import yaml

from macros.adapter import languages, outputs
from macros.adapter.state import Build
from macros.assemble import load_model
from macros.i18n import messages
from macros.i18n.lookup import Messages, plural_form, site
from macros.i18n.pseudo import PSEUDO
from macros.i18n.scaffold import scaffold
from macros.i18n.source import source_hash
from macros.render import notice
from tests.support import ROOT, make_data

RENDERERS = [ROOT / "macros" / "render", ROOT / "macros" / "selfcheck"]
MODEL = load_model()


def _nav_titles(items) -> list[str]:
    out = []
    for item in items or []:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            out += [title, *(_nav_titles(value) if isinstance(value, list) else [])]
    return out


def _mkdocs(name: str = "mkdocs.yml") -> dict:
    from macros.adapter.stage import read_config

    return read_config(ROOT / name)


def test_every_nav_title_has_a_catalog_entry_and_english_keeps_it():
    nav = _mkdocs()["nav"]
    assert languages.translate_nav(nav, site()) == nav
    pseudo = languages.translate_nav(nav, site(PSEUDO))
    assert not set(_nav_titles(nav)) & set(_nav_titles(pseudo))  # every title is replaced in another language


def test_a_nav_title_without_a_catalog_entry_stops_the_build_with_what_to_add():
    with pytest.raises(languages.LanguageError, match=r"the nav title 'Glossary' has no entry in data/messages/site"):
        languages.translate_nav([{"Glossary": "glossary.md"}], site())


def test_every_key_the_renderers_use_is_in_the_catalog_and_every_entry_is_used():
    """Derived from the source: literal keys (msg("levels.band")) and the prefixes of keys built from data
    (msg(f"refs.kind.{kind}")); the adapter reads nav.*, topic.* and chrome.* by their English text."""
    code = "\n".join(p.read_text(encoding="utf-8") for d in RENDERERS for p in sorted(d.glob("*.py")))
    called = set(re.findall(r"""msg\(\s*["']([\w.-]+)["']""", code))
    written = set(re.findall(r"""["']([a-z_]+\.[\w.-]+)["']""", code))  # keys named in tuples, then looked up
    prefixes = set(re.findall(r"""f["']([a-z_]+\.[\w.-]*?)\{""", code)) | {"nav.", "topic.", "chrome."}
    english = messages.english("site")
    assert called - set(english) == set()
    unused = [k for k in english if k not in written and not k.startswith(tuple(prefixes))]
    assert unused == []


def test_topic_titles_match_the_pages_of_the_section():
    from macros.kinds import TOPICS

    english = messages.english("site")
    assert {k.removeprefix("topic."): v for k, v in english.items() if k.startswith("topic.")} == {
        t: title for t, (title, _) in TOPICS.items()
    }


def test_the_chrome_entries_are_mkdocs_yml_s_english():
    config, english = _mkdocs(), messages.english("site")
    palette = [s["toggle"]["name"] for s in config["theme"]["palette"]]
    texts = {" ".join(english[k].split()) for k in english if k.startswith("chrome.")}
    assert {config["site_name"], " ".join(config["site_description"].split()), config["copyright"], *palette} == texts


def test_every_language_catalog_is_free_of_problems():
    for language in MODEL.languages:
        assert messages.problems("site", language.code, root=ROOT) == []


def test_plurals_follow_the_language():
    assert [plural_form("pt-BR", n) for n in (0, 1, 2)] == ["one", "one", "other"]
    assert [plural_form("en", n) for n in (0, 1, 2)] == ["other", "one", "other"]
    english = {"k": {"one": "{count} item", "other": "{count} items"}}
    pt = Messages("pt-BR", english, {"k": {"one": "{count} item", "other": "{count} itens"}})
    assert [pt("k", count=n) for n in (0, 2)] == ["0 item", "2 itens"]
    with pytest.raises(KeyError, match="data/messages/site.yml has no message 'nope'"):
        pt("nope")


def test_each_language_has_its_config_and_each_config_a_listed_language():
    for language in MODEL.languages:
        config = _mkdocs(f"mkdocs.{language.path}.yml")
        assert config["extra"]["lang"] == language.code
        theme = ROOT / "overrides" / "partials" / "languages" / f"{config['theme']['language']}.html"
        assert config["theme"]["language"] == language.code or theme.is_file()  # Material's, or the guide's own
        assert config["site_dir"] == f"site/{language.path}"
    listed = {f"mkdocs.{lg.path}.yml" for lg in MODEL.languages}
    assert {p.name for p in ROOT.glob("mkdocs.*.yml")} == listed


def test_a_config_naming_an_unlisted_language_is_refused():
    with pytest.raises(languages.LanguageError, match="extra.lang is 'xx', which data/i18n/languages.yml does not"):
        languages.prefix_of("xx", MODEL)


def test_the_environment_builds_only_the_pseudo_locale(monkeypatch):
    monkeypatch.setenv(languages.PSEUDO_ENV, "pt-BR")
    with pytest.raises(languages.LanguageError, match="only the test-only pseudo-locale qps-ploc"):
        languages.lang_of({})
    monkeypatch.setenv(languages.PSEUDO_ENV, PSEUDO)
    assert languages.lang_of({"extra": {"lang": "pt-BR"}}) == PSEUDO


def test_the_selector_links_every_language_from_each_build():
    url = "https://example.org/guide/"
    english = languages.alternates("", MODEL, url)
    assert [a["link"] for a in english] == ["./", *(f"{lg.path}/" for lg in MODEL.languages)]
    assert english[0]["url"] == url
    for lg in MODEL.languages:
        here = languages.alternates(f"{lg.path}/", MODEL, url)
        assert here[0]["link"] == "../" and here[0]["lang"] == "en"
        assert {a["lang"]: a["url"] for a in here}[lg.code] == f"{url}{lg.path}/"


@pytest.mark.parametrize(
    ("page", "expected"),
    [("index.md", "../"), ("about.md", "../../about/"), ("levels/index.md", "../../levels/")],
)
def test_the_notice_links_the_english_original(page, expected):
    assert notice.english_url(page, "pt-br/") == expected


def test_a_notice_sits_under_the_title_and_only_when_some_text_is_not_translated():
    msg = site("pt-BR")
    assert notice.notice("translated", "about.md", "pt-br/", msg) == ""
    block = notice.notice("stale", "about.md", "pt-br/", msg)
    assert 'data-translation="stale"' in block and 'href="../../about/" hreflang="en"' in block
    page = notice.with_notice("---\ntitle: X\n---\n\n# X\n\nBody.\n", block)
    assert page.index("# X") < page.index(block) < page.index("Body.")


def test_a_hand_written_page_is_translated_stale_or_missing(tmp_path, monkeypatch):
    data = make_data(tmp_path)
    monkeypatch.setenv("GENAIOPS_DATA", str(data))
    english = (ROOT / "docs" / "about.md").read_text(encoding="utf-8")
    assert languages.page_status("pt-BR", "about.md", english) == ("missing", english)
    page = data / "i18n" / "pt-BR" / "pages" / "about.md"
    page.parent.mkdir(parents=True)
    page.write_text(f"---\ntitle: Sobre\nsource: {source_hash(english)}\n---\n\n# Sobre\n", encoding="utf-8")
    assert languages.page_status("pt-BR", "about.md", english)[0] == "translated"
    assert languages.page_status("pt-BR", "about.md", english + "\nA new sentence.\n")[0] == "stale"


def test_a_generated_page_shows_a_notice_until_its_texts_are_translated(tmp_path, monkeypatch):
    data = make_data(tmp_path)
    (data / "i18n").mkdir()
    shutil.copy(ROOT / "data" / "i18n" / "languages.yml", data / "i18n" / "languages.yml")
    scaffold("pt-BR", data)
    monkeypatch.setenv("GENAIOPS_DATA", str(data))
    level = load_model(ROOT, data).levels[0]
    assert outputs.page_status(load_model(ROOT, data, lang="pt-BR"), level.page) == "missing"
    overlay = data / "i18n" / "pt-BR" / "levels.yml"
    entries = yaml.safe_load(overlay.read_text(encoding="utf-8"))["levels"][level.id]

    english = yaml.safe_load((data / "levels.yml").read_text(encoding="utf-8"))["levels"][0]
    for field, entry in entries.items():
        if field == "next_steps":
            for n, step in entry.items():
                step["text"]["text"] = f"Passo {n}."
        else:
            entry["text"] = ["Tema."] * len(english[field]) if isinstance(english[field], list) else "Texto."
    doc = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    doc["levels"][level.id] = entries
    overlay.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    localized = load_model(ROOT, data, lang="pt-BR")
    assert outputs.page_status(localized, level.page) == "translated"
    pages = {o.path: o.content for o in outputs.generated(Build(), localized, None, set(), "pt-BR", "pt-br/")}
    assert "genaiops-translation-notice" not in pages[level.page]
    assert 'data-translation="missing"' in pages[localized.practices[0].page]


def test_the_pseudo_locale_page_keeps_what_a_machine_reads():
    english = (
        '---\ntitle: About\ntemplate: custom.html\n---\n\n# About { #about }\n\n!!! note "Read this"\n'
        "    See [the levels](levels/index.md) and {{ levels_table() }}.\n\n```python\nprint('keep')\n```\n"
    )
    out = languages.pseudo_page(english)
    for kept in ("template: custom.html", "{ #about }", "!!! note", "](levels/index.md)", "{{ levels_table() }}"):
        assert kept in out
    assert "```python\nprint('keep')\n```" in out
    for prose in ("title: About", "# About ", "Read this", "the levels"):
        assert prose not in out


def test_the_diagrams_labels_follow_the_language():
    """Mermaid labels are drawn in the browser (the page walk skips the SVG): their source must be translated."""
    from macros.render.lifecycle import lifecycle_diagram
    from macros.render.overview import progression_diagram
    from tests.support_pseudo import english_runs

    model, msg = load_model(lang=PSEUDO), site(PSEUDO)
    for diagram in (progression_diagram(model, "index.md", msg), lifecycle_diagram(model, "lifecycle.md", msg)):
        labels = " ".join(re.findall(r'"([^"]*)"', re.sub(r'href "[^"]*"', "", diagram)))  # labels, not links
        assert labels and english_runs(labels) == [], diagram
