"""The cost of each language: the real data built once per language, as ``make site`` builds it.

English is built by mkdocs.yml, each other language by its own mkdocs.<path>.yml into site/<path>: one build per
language. A language's build renders the same pages from the localized model, so its time should track its pages:
the report compares each language's build time with English's (time ratio) and its page count with English's
(page ratio); a time ratio well above the page ratio is work a language adds beyond its pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from macros.paths import ROOT
from tools.site import language_configs

from .runs import BuildTime, build, html_pages, median


@dataclass
class LanguageBuild:
    name: str  # "en", or the language's path (pt-br)
    builds: list[BuildTime]
    pages: int

    @property
    def wall(self) -> float:
        return median([b.wall for b in self.builds])

    @property
    def reported(self) -> float:
        return median([b.reported for b in self.builds])


def measure(work: Path, runs: int) -> list[LanguageBuild]:
    """``runs`` builds of each language, interleaved so that a slower minute of the machine hits them alike."""
    configs = {"en": ROOT / "mkdocs.yml", **language_configs()}
    times: dict[str, list[BuildTime]] = {name: [] for name in configs}
    for _ in range(runs):
        for name, config in configs.items():
            times[name].append(build(config, work / name))
    return [LanguageBuild(name, times[name], html_pages(work / name)) for name in configs]


def rows(found: list[LanguageBuild]) -> list[list]:
    """One row per language: build times, pages, and the time and page ratios against English."""
    english = found[0]
    return [
        [
            lang.name,
            f"{lang.wall:.2f}",
            f"{lang.reported:.2f}",
            lang.pages,
            f"{lang.reported / english.reported:.2f}",
            f"{lang.pages / english.pages:.2f}",
        ]
        for lang in found
    ]
