"""The tool-neutral build: ``python -m macros.adapter.stage DEST`` writes a folder any MkDocs-style tool builds.

DEST gets ``docs/`` (the hand-written pages, the generated level and practice pages, the widget's JSON and
schema, self-hosted mermaid and the minified widget), a ``mkdocs.yml`` with the navigation filled in and no
``hooks:``, and links to ``macros/`` and ``overrides/``. ``mkdocs build``, ``properdocs build`` or ``zensical
build`` then builds it with an ordinary configuration: the hand-written pages' macros run through mkdocs-macros or
Zensical's macros extension, both loading ``macros/adapter/macros_plugin.py``. The MkDocs hooks stay the default
path (``make site``, ``make serve``); both take every page and file from ``outputs``, so they render alike
(tests/test_stage.py builds both and compares). A file whose content did not change is not rewritten, so a
tool's incremental rebuild sees only what an edit changed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

from ..paths import ROOT
from . import languages, outputs
from .cache import data_dir
from .state import BUILD, Build

CONFIG = ROOT / "mkdocs.yml"
LINKED = ("macros", "overrides")  # the staged config names them as mkdocs.yml does
INCLUDES = "includes"  # the macros' include_dir: empty, so no page depends on every file of docs/
# What each tool needs beyond the shared configuration: Zensical's own look is "modern"; "classic" is Material's.
TOOL_THEME = {"zensical": {"variant": "classic"}}


class _Tagged:
    """A YAML value with a tag PyYAML should not resolve here (``!ENV``, ``!!python/name:``): written back as read."""

    def __init__(self, tag: str, node: yaml.Node) -> None:
        self.tag, self.node = tag, node


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: _Tagged("!" + suffix, node))
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: _Tagged(node.tag, node))
_Dumper.add_representer(_Tagged, lambda dumper, value: _retag(value.node, value.tag))


def _retag(node: yaml.Node, tag: str) -> yaml.Node:
    node.tag = tag
    return node


def read_config(path: Path) -> dict:
    """A config as the build tool reads it: a language's ``INHERIT: mkdocs.yml`` merged into its parent (mappings
    key by key, anything else replaced), so the staged config needs no INHERIT of its own."""
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    parent = config.pop("INHERIT", None)
    return _merge(read_config(path.parent / parent), config) if parent else config


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def staged_config(config: dict, model, build: Build, dest: Path, tool: str) -> dict:
    """The project's configuration for the staged folder: its nav filled in (in the config's language), no hooks,
    macros without includes; a language's address and selector links as the hooks would set them."""
    out = {k: v for k, v in config.items() if k not in ("hooks", "watch")}
    lang = languages.lang_of(config)
    prefix = languages.prefix_of(lang, model)
    out["docs_dir"] = "docs"
    msg = build.messages(lang)
    out["nav"] = outputs.nav(config.get("nav"), model, build.core("macros.render.pages"), msg)
    english_url = os.environ.get("SITE_URL") or None  # what `site_url: !ENV SITE_URL` reads
    if prefix:
        out["site_url"] = languages.site_url(english_url, prefix)
    out["extra"] = {**(config.get("extra") or {}), "alternate": languages.alternates(prefix, model, english_url)}
    out["theme"] = {**config["theme"], **TOOL_THEME.get(tool, {})}
    if lang != languages.ENGLISH:
        out["theme"]["palette"] = [
            {**s, "toggle": dict(s.get("toggle") or {})} for s in out["theme"].get("palette", [])
        ]
        languages.translate_chrome(out, msg)
    plugins = []
    stemmer = languages.search_lang(lang, model)
    for plugin in config.get("plugins", []):
        if plugin == "search" and stemmer:
            plugin = {"search": {"lang": [stemmer]}}  # the language's stemmer, as the hooks set it
        if isinstance(plugin, dict) and "macros" in plugin:
            # mkdocs-macros reads include_dir from the working directory, Zensical from the config's: absolute suits both.
            plugin = {"macros": {**plugin["macros"], "include_dir": str(dest / INCLUDES)}}
        plugins.append(plugin)
    out["plugins"] = plugins
    return out


def _write(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _docs_files(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def stage(dest: Path, *, config_path: Path = CONFIG, tool: str = "mkdocs", build: Build = BUILD) -> list[str]:
    """Write the staged folder; returns the ``docs/``-relative paths whose content changed (all, the first time)."""
    dest = dest.resolve()
    config = read_config(config_path)
    lang = languages.lang_of(config)
    docs = (config_path.parent / config.get("docs_dir", "docs")).resolve()
    model = build.model(lang)
    prefix = languages.prefix_of(lang, model)
    files = _docs_files(docs)
    hand_written = set(files)
    site_url = languages.site_url(os.environ.get("SITE_URL") or None, prefix)  # what `site_url: !ENV SITE_URL` reads
    widget = [p for p in files if outputs.is_widget_source(p)]
    english = {p: data.decode("utf-8") for p, data in files.items() if p.endswith(".md")}
    generated = outputs.generated(build, model, site_url, hand_written, lang, prefix, repo_url=config.get("repo_url"))
    localized = outputs.localized_pages(build, model, english, lang, prefix)
    for out in [*localized, *generated, *outputs.minified_widget(docs, widget)]:
        files[out.path] = out.source.read_bytes() if out.source is not None else out.content.encode("utf-8")
    staged_docs = dest / "docs"
    changed = [path for path, data in files.items() if _write(staged_docs / path, data)]
    for old in [
        p for p in staged_docs.rglob("*") if p.is_file() and p.relative_to(staged_docs).as_posix() not in files
    ]:
        old.unlink()
        changed.append(old.relative_to(staged_docs).as_posix())
    (dest / INCLUDES).mkdir(exist_ok=True)
    for name in LINKED:
        link = dest / name
        if not link.is_symlink():
            link.symlink_to(config_path.parent.resolve() / name, target_is_directory=True)
    text = yaml.dump(
        staged_config(config, model, build, dest, tool), Dumper=_Dumper, sort_keys=False, allow_unicode=True
    )
    header = f"# Written by `python -m macros.adapter.stage` from {config_path.name} and {data_dir()}: do not edit.\n"
    _write(dest / "mkdocs.yml", (header + text).encode("utf-8"))
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.adapter.stage", description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="the folder to write (created; files no longer generated are removed)")
    parser.add_argument("-f", "--config-file", type=Path, default=CONFIG, help="the project's mkdocs.yml")
    parser.add_argument("--tool", choices=["mkdocs", "properdocs", "zensical"], default="mkdocs")
    args = parser.parse_args(argv)
    invalid = BUILD.core("macros.problems").InvalidModel
    try:
        changed = stage(args.dest, config_path=args.config_file.resolve(), tool=args.tool)
    except invalid as exc:
        print(f"the data in {data_dir()} is invalid:\n{exc}", file=sys.stderr)
        return 1
    except (outputs.AdapterError, languages.LanguageError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(
        f"Staged {args.dest}/ ({len(changed)} files changed): build it with '{args.tool} build -f {args.dest}/mkdocs.yml'"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
