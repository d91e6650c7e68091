"""MkDocs adapter (mkdocs-macros): the macros hand-written pages call, each a thin call into the renderer."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.mkdocs_hooks import model  # noqa: E402
from macros.render import lifecycle, overview, practices, refs  # noqa: E402

PAGE_MACROS = {
    "progression_diagram": overview.progression_diagram,
    "levels_table": overview.levels_table,
    "practice_matrix": practices.practice_matrix,
    "references_catalog": refs.references_catalog,
    "lifecycle_diagram": lifecycle.lifecycle_diagram,
    "lifecycle_stages": lifecycle.lifecycle_stages,
    "comparison_table": lifecycle.comparison_table,
}


def define_env(env):
    def bind(render):
        def macro():
            return render(model(), env.page.file.src_uri)
        macro.__name__ = render.__name__
        macro.__doc__ = render.__doc__
        return macro

    for name, render in PAGE_MACROS.items():
        env.macro(bind(render), name)
    env.macro(lambda: model().version, "model_version")
    env.macro(lambda: model().max_score, "max_score")
