"""Build the guide with MkDocs and with ProperDocs, its fallback, and compare: ``python -m tools engines``.

Both build the same ``mkdocs.yml`` strictly. The outputs must be identical but for what a build tool may name
differently without a reader seeing it: the ``generator`` meta tag of each page, and the order of the entries of
Material's search index and of the sitemap (the same entries: the hooks add the generated pages after the
hand-written ones, a walk of the staged folder lists them in path order). Any other difference fails, naming every
file. ``compare`` is also how the staged build is checked against the hook path.
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
import time
from pathlib import Path

from .site import build_languages

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
SEARCH_INDEX = "search/search_index.json"
SITEMAP_URL = re.compile(rb"<url>.*?</url>", re.S)


def _normal(path: str, data: bytes) -> bytes:
    # Each language's site (site/, site/pt-br/) has its own sitemap and search index: compared by their name.
    name = path.rsplit("/", 2)[-2:] if path.endswith(SEARCH_INDEX) else [path.rsplit("/", 1)[-1]]
    path = "/".join(name)
    if path.endswith(".html"):
        return GENERATOR.sub(b'<meta name="generator">', data)
    if path == "sitemap.xml.gz":
        return _normal("sitemap.xml", gzip.decompress(data))
    if path == "sitemap.xml":
        return SITEMAP_URL.sub(b"", data) + b"".join(sorted(SITEMAP_URL.findall(data)))
    if path == SEARCH_INDEX:
        index = json.loads(data)
        index["docs"] = sorted(index["docs"], key=lambda d: json.dumps(d, sort_keys=True))
        return json.dumps(index, sort_keys=True).encode()
    return data


def _files(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}


def differences(first: Path, second: Path) -> list[str]:
    """Every file that is only in one site, or whose content differs beyond the generator tag; empty when alike."""
    a, b = _files(first), _files(second)
    out = [f"{path}: only in {first}" for path in sorted(a.keys() - b.keys())]
    out += [f"{path}: only in {second}" for path in sorted(b.keys() - a.keys())]
    for path in sorted(a.keys() & b.keys()):
        if _normal(path, a[path].read_bytes()) != _normal(path, b[path].read_bytes()):
            out.append(f"{path}: differs")
    return out


def _build(engine: str, dest: Path) -> float:
    start = time.monotonic()
    done = build_languages(dest, engine=engine)
    if done.returncode != 0:
        raise SystemExit(f"{engine} build --strict failed:\n{done.stdout[-2000:]}{done.stderr[-4000:]}")
    return time.monotonic() - start


def add_parser(sub) -> None:
    parser = sub.add_parser("engines", help="build mkdocs.yml with MkDocs and ProperDocs and compare the sites")
    parser.add_argument("--keep", type=Path, help="build into this folder (mkdocs/ and properdocs/) and keep it")
    parser.set_defaults(run=run)


def run(args) -> int:
    with tempfile.TemporaryDirectory(prefix="genaiops-engines-") as tmp:
        root = args.keep or Path(tmp)
        took = {engine: _build(engine, root / engine) for engine in ("mkdocs", "properdocs")}
        found = differences(root / "mkdocs", root / "properdocs")
        pages = sum(1 for _ in (root / "mkdocs").rglob("*.html"))
    print("; ".join(f"{engine} build --strict: {seconds:.1f} s" for engine, seconds in took.items()))
    if found:
        print(f"MkDocs and ProperDocs built different sites ({len(found)} files):")
        print("\n".join(f"  {line}" for line in found))
        return 1
    print(f"MkDocs and ProperDocs built the same site ({pages} pages): every file identical but the generator tag")
    return 0
