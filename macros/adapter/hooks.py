"""MkDocs hooks: the generated pages, their navigation, the self-check's JSON and self-hosted mermaid.

Each hook only dispatches: ``outputs`` says what the generator adds (the staged build writes the same list to
a folder), and ``state.BUILD`` holds what one build remembers between hooks. Under ``mkdocs serve``, invalid
data gives a preview that lists every problem (``preview``) instead of a build error, which would leave the
server without a build to serve; ``mkdocs build`` fails on any problem.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

# MkDocs loads hooks by file path, not as part of the package: make the package importable first.
_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from macros.adapter import console, languages, outputs, preview  # noqa: E402
from macros.adapter.cache import data_dir  # noqa: E402
from macros.adapter.state import BUILD  # noqa: E402

log = logging.getLogger("mkdocs.plugins.genaiops")


def model():
    try:
        return BUILD.model(BUILD.lang)
    except BUILD.core("macros.problems").InvalidModel as exc:
        raise PluginError(f"the data in {data_dir()} is invalid:\n{exc}") from None


def on_startup(command, dirty):
    BUILD.serving = command == "serve"
    console.quiet()


# Before the plugins' (priority 0): mkdocs-macros copies the config's site_name for pages' {{ config.site_name }},
# which a language's build has just translated.
@event_priority(50)
def on_config(config):
    BUILD.problems = []
    # One build per language: mkdocs.yml is English, mkdocs.<path>.yml (extra.lang) a language of languages.yml.
    try:
        BUILD.lang, BUILD.prefix = languages.lang_of(config), ""
    except languages.LanguageError as exc:
        raise PluginError(str(exc)) from None
    # mkdocs serve sets its own http:// address here; the address a build publishes under must be a safe https one.
    if not BUILD.serving and (problem := BUILD.core("macros.validate.text_rules").site_url_problem(config.site_url)):
        raise PluginError(problem)
    if BUILD.serving:
        try:
            BUILD.model(BUILD.lang)
        except BUILD.core("macros.problems").InvalidModel as exc:
            BUILD.problems = exc.problems
            preview.report(log, BUILD.problems, config.site_url)
            config.nav = []  # no page to point at: a nav entry would be a missing-page warning, fatal in strict
            return config
    current, msg = model(), BUILD.messages(BUILD.lang)
    try:
        BUILD.prefix = languages.prefix_of(BUILD.lang, current)
        english_url = config.site_url
        config.site_url = languages.site_url(english_url, BUILD.prefix)
        config.extra["alternate"] = languages.alternates(BUILD.prefix, current, None if BUILD.serving else english_url)
        if BUILD.lang != languages.ENGLISH:
            languages.translate_chrome(config, msg)
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is not None and (stemmer := languages.search_lang(BUILD.lang, current)):
            search.config.lang = [stemmer]  # before the search plugin's own on_config, which keeps a value set
        config.nav = outputs.nav(config.nav, current, BUILD.core("macros.render.pages"), msg)
    except languages.LanguageError as exc:
        raise PluginError(str(exc)) from None
    return config


def _file(config, out: outputs.Output) -> File:
    if out.source is not None:
        return File.generated(config, out.path, abs_src_path=str(out.source))
    return File.generated(config, out.path, content=out.content)


def on_files(files, config):
    if BUILD.problems:
        # Every page calls the model through a macro: none can be rendered. on_post_build writes the error page.
        BUILD.known_pages |= {f.dest_uri for f in files.documentation_pages()}
        return Files([])
    hand_written = {f.src_uri for f in files}
    try:
        pages = {f.src_uri: f for f in files.documentation_pages()}
        english = {path: Path(f.abs_src_path).read_text(encoding="utf-8") for path, f in pages.items()}
        local = {
            out.path: _file(config, out)
            for out in outputs.localized_pages(BUILD, model(), english, BUILD.lang, BUILD.prefix)
        }
        if local:  # each page in its place: the order of the files is the order of the sitemap and the search index
            files = Files([local.get(f.src_uri, f) for f in files])
        for out in outputs.generated(
            BUILD, model(), config.site_url, hand_written, BUILD.lang, BUILD.prefix, repo_url=config.repo_url
        ):
            files.append(_file(config, out))
        widget = [f for f in files if outputs.is_widget_source(f.src_uri) and f.abs_src_path]
        for f, out in zip(
            widget, outputs.minified_widget(Path(config.docs_dir), [f.src_uri for f in widget]), strict=True
        ):
            files.remove(f)
            files.append(_file(config, out))
    except outputs.AdapterError as exc:
        raise PluginError(str(exc)) from None
    if BUILD.serving:
        BUILD.known_pages = {f.dest_uri for f in files.documentation_pages()}
    return files


def on_post_build(config):
    if BUILD.problems:
        preview.write_error_site(config.site_dir, BUILD.problems, BUILD.known_pages)
