"""MkDocs adapter (mkdocs-macros): the macros hand-written pages call, each a thin call into the renderer."""

from __future__ import annotations

import sys
from pathlib import Path

# mkdocs-macros loads this module by file path: make the package importable first.
_PROJECT = str(Path(__file__).resolve().parents[2])
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

from macros.adapter.hooks import model  # noqa: E402
from macros.adapter.reload import core  # noqa: E402

# macro name -> (renderer module, function): each renders Markdown for the page that calls it.
PAGE_MACROS = {
    "progression_diagram": ("overview", "progression_diagram"),
    "levels_table": ("overview", "levels_table"),
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
}


def define_env(env):
    """Called on every (re)build, so the renderers bound here are the current code."""

    def bind(name, module, function):
        render = getattr(core(f"macros.render.{module}"), function)

        def macro():
            return render(model(), env.page.file.src_uri)

        macro.__name__, macro.__doc__ = name, render.__doc__
        return macro

    for name, (module, function) in PAGE_MACROS.items():
        env.macro(bind(name, module, function), name)
    env.macro(lambda: model().version, "model_version")
    env.macro(lambda: model().max_score, "max_score")

    # The self-check: its mount point, how scoring works, and the snippet other sites embed it with.
    def self_check():
        return core("macros.selfcheck.render").widget(model(), env.page.file.src_uri)

    def self_check_scoring():
        return core("macros.selfcheck.render").scoring(model(), env.page.file.src_uri)

    def self_check_origin():
        return core("macros.selfcheck.render").origin(model(), env.page.file.src_uri)

    def self_check_embed_snippet():
        return core("macros.selfcheck.render").embed_snippet(model(), env.page.file.src_uri, env.conf.get("site_url"))

    for macro in (self_check, self_check_scoring, self_check_origin, self_check_embed_snippet):
        env.macro(macro)
