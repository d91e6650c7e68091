"""The macros hand-written pages call, each a thin call into the renderer: one module for every build tool.

mkdocs-macros (under MkDocs and ProperDocs) and Zensical's macros extension both load this file by path and call
``define_env(env)``. So it imports neither MkDocs nor the hooks: the model comes from the adapter's one
:data:`~macros.adapter.state.BUILD`. Zensical executes the module and calls ``define_env`` again for every page,
so both stay cheap: ``define_env`` registers closures, and a renderer is looked up only when a page calls it.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Both tools load this module by file path: make the package importable first.
_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

from macros.adapter.languages import lang_of  # noqa: E402
from macros.adapter.outputs import english_only, widget_messages  # noqa: E402
from macros.adapter.state import BUILD  # noqa: E402

# macro name -> (renderer module, function): each renders Markdown for the page that calls it.
PAGE_MACROS = {
    "progression_diagram": ("overview", "progression_diagram"),
    "levels_table": ("overview", "levels_table"),
    "level_cards": ("overview", "level_cards"),
    "self_check_minutes": ("overview", "self_check_minutes"),
    "level_meaning": ("levels", "level_meaning"),
    "practice_matrix": ("practices", "practice_matrix"),
    "references_catalog": ("refs", "references_catalog"),
    "source_article": ("refs", "source_article"),
    "tools_catalog": ("tools", "tools_catalog"),
    "content_health": ("health", "content_health"),
    "lifecycle_diagram": ("lifecycle", "lifecycle_diagram"),
    "lifecycle_stages": ("lifecycle", "lifecycle_stages"),
    "comparison_table": ("lifecycle", "comparison_table"),
    "crosswalk_tables": ("crosswalk", "crosswalk_tables"),
    "moving_up_signs": ("topics", "moving_up_signs"),
    "downsides": ("topics", "downsides"),
    "outcomes_and_risks": ("topics", "outcomes_and_risks"),
    "agent_aspects": ("topics", "agent_aspects"),
    "deployment_options": ("topics", "deployment_options"),
    "platform_components": ("topics", "platform_components"),
    "topic_notes": ("topics", "topic_notes"),
    "topic_references": ("topics", "topic_references"),
    "cases_list": ("cases", "cases_list"),
    "translations_status": ("translations", "translations_status"),
}
# The self-check's parts: its mount point, how scoring works, where it runs, and the snippet other sites embed it with.
SELF_CHECK_MACROS = {
    "self_check": "widget",
    "self_check_scoring": "scoring",
    "self_check_origin": "origin",
    "self_check_embed_snippet": "embed_snippet",
}


def page_source(page) -> str:
    """The calling page's ``docs/``-relative source path, which every renderer takes.

    MkDocs' page has it as ``page.file.src_uri``; Zensical's page has no ``file`` and gives it as ``page.path``.
    """
    file = getattr(page, "file", None)
    return file.src_uri if file is not None else page.path


# Macros written inside a sentence, or drawn as a diagram: never wrapped in a block of their own.
INLINE_MACROS = {"source_article", "level_meaning", "progression_diagram", "lifecycle_diagram"}


def _page_macro(env, name: str, module: str, function: str):
    def macro():
        render = getattr(BUILD.core(f"macros.render.{module}"), function)
        lang, page = lang_of(env.conf), page_source(env.page)
        model = BUILD.model(lang)
        out = render(model, page, BUILD.messages(lang))
        if out and name not in INLINE_MACROS and english_only(model, page):
            # The data this page shows has no translation yet: mark it English, so a screen reader reads it so.
            out = f'<div lang="en" markdown="1">\n\n{out}\n\n</div>'
        return out

    macro.__name__ = name
    return macro


def _self_check_macro(env, name: str, part: str):
    def macro():
        render = getattr(BUILD.core("macros.selfcheck.render"), part)
        args = (env.conf.get("site_url"),) if part == "embed_snippet" else ()
        lang = lang_of(env.conf)
        if part == "widget":
            args = (widget_messages(BUILD, lang),)
        elif part in ("origin", "scoring"):
            args = (BUILD.messages(lang),)
        else:  # the embed snippet: the published address, then the words around the code
            args = (*args, BUILD.messages(lang))
        return render(BUILD.model(lang), page_source(env.page), *args)

    macro.__name__ = name
    return macro


def define_env(env):
    """Register every macro; nothing is loaded or rendered until a page calls one."""
    for name, (module, function) in PAGE_MACROS.items():
        env.macro(_page_macro(env, name, module, function), name)
    for name, part in SELF_CHECK_MACROS.items():
        env.macro(_self_check_macro(env, name, part), name)
    env.macro(lambda: BUILD.model(lang_of(env.conf)).version, "model_version")
    env.macro(lambda: BUILD.model(lang_of(env.conf)).max_score, "max_score")
