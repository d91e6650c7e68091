"""Where each URL comes from: the data file and line that cite it, found with the line-aware loader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from macros.load.files import read_sources
from macros.load.yaml_lines import field_of, walk
from macros.problems import Problem

# A URL inside prose or a Markdown link: stops at whitespace, brackets and quotes.
_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+")


@dataclass(frozen=True)
class Citation:
    path: str
    line: int
    what: str  # "reference 'openai-evals'" or "'why' of practice 'tracing'"

    def __str__(self) -> str:
        return f"{self.path}:{self.line} ({self.what})"


def _urls_in(key: str, text: str) -> list[str]:
    if key == "url":
        return [text.strip()]
    return [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(text)]


def _record_kind(kind: str) -> str:
    return {
        "references": "reference",
        "levels": "level",
        "areas": "area",
        "lifecycle": "lifecycle stage",
        "comparison": "comparison row",
    }.get(kind, kind)


def citations(root: Path, data_dir: Path) -> dict[str, list[Citation]]:
    """Every URL written in data/, with each place that writes it."""
    out: dict[str, list[Citation]] = {}
    unreadable: list[Problem] = []  # the caller validates the data first; an unreadable file cites nothing here
    for src in read_sources(data_dir, root, unreadable):
        if src.doc is None:
            continue
        for name, text, line, owner in walk(src.doc):
            key = field_of(name)
            for url in _urls_in(key, text):
                if key == "url" and owner:
                    what = f"{_record_kind(src.kind)} '{owner}'"
                else:
                    what = f"'{key}' of {_record_kind(src.kind)} '{owner}'" if owner else f"'{key}'"
                out.setdefault(url, []).append(Citation(src.path, line, what))
    return out


def cited_at(url: str, index: dict[str, list[Citation]]) -> list[Citation]:
    """The citations of a URL as LinkChecker reports it; HTML escaping may have changed its percent-encoding."""
    if url in index:
        return index[url]
    wanted = unquote(url)
    return [c for known, cites in index.items() if unquote(known) == wanted for c in cites]
