"""Templates copied from Material into overrides/ stay in step with the Material that is installed.

A copy keeps Material's markup of the version it was taken from; Dependabot bumps mkdocs-material, and a newer
Material may change the original (markup, block names, what its JavaScript looks for) while the copy still
renders the old one. Each copy names its source and version in its header comment; when the installed version
moves, this test says which copies to compare again.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import pytest

from tests.support import ROOT

OVERRIDES = ROOT / "overrides"
MATERIAL = Path(find_spec("material").origin).resolve().parent / "templates"  # the installed theme's templates
# The header comment of a copy: "Material's partials/nav-item.html (9.8.1) ..."
SOURCE = re.compile(r"Material's (?P<path>[\w/.-]+\.html) \((?P<version>\d+\.\d+\.\d+)\)")
COPIES = sorted(p.relative_to(OVERRIDES).as_posix() for p in OVERRIDES.rglob("*.html"))


def _source(name: str) -> re.Match | None:
    return SOURCE.search((OVERRIDES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", COPIES)
def test_a_template_that_shadows_materials_names_what_it_was_taken_from(name):
    """Every override with the path of a Material template replaces it, so it must say where it came from."""
    if not (MATERIAL / name).is_file():
        assert _source(name) is None or (MATERIAL / _source(name)["path"]).is_file(), name
        return
    found = _source(name)
    assert found, f"overrides/{name} replaces Material's own: say in its header \"Material's <path> (<version>)\""
    assert (MATERIAL / found["path"]).is_file(), f"overrides/{name} names {found['path']}, which Material lacks"


@pytest.mark.parametrize("name", [n for n in COPIES if _source(n)])
def test_each_copied_template_was_taken_from_the_installed_material(name):
    installed = version("mkdocs-material")
    found = _source(name)
    stamps = {found["version"], *re.findall(r"mkdocs-material-(\d+\.\d+\.\d+)", (OVERRIDES / name).read_text())}
    assert stamps == {installed}, (
        f"overrides/{name} is a copy of Material's {found['path']} from {', '.join(sorted(stamps))}, but "
        f"mkdocs-material {installed} is installed: compare it with {MATERIAL / found['path']} (diff the two "
        f"versions' originals), carry over Material's changes while keeping this copy's own (its header says which), "
        f"then write {installed} in its header and any mkdocs-material-X.Y.Z it carries"
    )
