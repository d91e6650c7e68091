"""The tool-neutral staged build (``python -m macros.adapter.stage``): the same pages as the MkDocs hooks, a config
any MkDocs-style tool reads, and only changed files rewritten."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import yaml

from macros.adapter import outputs
from macros.adapter.stage import _Loader, stage
from macros.adapter.state import Build
from tests.support import FIXTURES, ROOT, build_site, make_data
from tools.engines import differences
from tools.site import language_configs


def _stage(dest, *args, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros.adapter.stage", str(dest), *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )


@pytest.mark.build
def test_the_staged_build_gives_the_same_site_as_the_hooks(site_server, tmp_path):
    server, hook_site = site_server
    # Every language: English into site/, each other language's config staged and built into site/<prefix>.
    for prefix, config in {"": ROOT / "mkdocs.yml", **language_configs()}.items():
        staged = tmp_path / f"staged-{prefix or 'en'}"
        done = _stage(staged, "-f", str(config), SITE_URL=server.url + "/")
        assert done.returncode == 0, done.stderr
        built = build_site(tmp_path / "site" / prefix, config=staged / "mkdocs.yml", site_url=server.url + "/")
        assert built.returncode == 0, built.stderr[-3000:]
    assert (tmp_path / "site" / "pt-br" / "index.html").is_file()
    assert differences(hook_site, tmp_path / "site") == []


@pytest.mark.build
def test_the_staged_config_is_ordinary_its_nav_has_every_generated_page_and_no_hooks(tmp_path):
    build = Build()
    stage(tmp_path, build=build, tool="zensical")
    text = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader that keeps tags as read
    assert "hooks" not in config and "watch" not in config
    assert "site_url: !ENV" in text and "!!python/name:pymdownx.superfences.fence_code_format" in text
    listed = set(re.findall(r":\s(\S+\.md)$", text, re.M))
    generated = set(build.core("macros.render.pages").generated_pages(build.model()))
    assert generated <= listed
    assert config["theme"]["variant"] == "classic"  # Zensical's Material look; MkDocs ignores it
    (macros,) = [p["macros"] for p in config["plugins"] if isinstance(p, dict) and "macros" in p]
    assert macros["include_dir"] == str(tmp_path / "includes") and not any((tmp_path / "includes").iterdir())
    for path in generated:
        assert (tmp_path / "docs" / path).is_file()


@pytest.mark.build
def test_staging_again_rewrites_only_what_an_edit_changed(tmp_path, monkeypatch):
    data = make_data(tmp_path)
    monkeypatch.setenv("GENAIOPS_DATA", str(data))
    build = Build()
    first = stage(tmp_path / "staged", build=build)
    assert "index.md" in first and stage(tmp_path / "staged", build=build) == []
    practice = build.model().practices[0]
    source = data / "practices" / f"{practice.id}.yml"
    source.write_text(source.read_text().replace(practice.title, practice.title + " (renamed)", 1))
    changed = stage(tmp_path / "staged", build=build)
    assert practice.page in changed and "assets/self-check/model.json" in changed
    assert "index.md" not in changed and not [
        p for p in changed if p.startswith("assets/self-check/") and p.endswith(".js")
    ]


def test_a_hand_written_page_in_the_way_of_a_generated_one_is_refused():
    build = Build()
    model = build.model()
    page = model.practices[0].page
    with pytest.raises(outputs.AdapterError, match=f"docs/{page} would hide the page generated from data"):
        outputs.generated(build, model, None, {page})


@pytest.mark.build
def test_staging_invalid_data_lists_the_problems_and_writes_nothing(tmp_path):
    data = make_data(tmp_path, FIXTURES / "bad" / sorted(p.name for p in (FIXTURES / "bad").iterdir() if p.is_dir())[0])
    done = _stage(tmp_path / "staged", GENAIOPS_DATA=str(data))
    assert done.returncode == 1
    assert f"the data in {data} is invalid:" in done.stderr
    assert not (tmp_path / "staged").exists()
