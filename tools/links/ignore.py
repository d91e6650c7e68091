"""The ignore list: URLs LinkChecker only syntax-checks, such as sites that always refuse automated requests."""

from __future__ import annotations

import re
from pathlib import Path

from macros.problems import Problem


class IgnoreListError(ValueError):
    """Every bad line of the ignore list, each with its file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_ignore(path: Path, shown: str | None = None) -> list[str]:
    """Regular expressions, one a line; blank lines and lines starting with # are comments. Every bad line is reported."""
    shown = shown or path.as_posix()
    patterns, problems = [], []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            re.compile(line[1:] if line.startswith("!") else line)  # LinkChecker reads a leading ! as "not"
        except re.error as exc:
            message = f"invalid regular expression '{line}': {exc} - expected a Python regular expression"
            problems.append(Problem(shown, number, message))
            continue
        patterns.append(line)
    if problems:
        raise IgnoreListError(problems)
    return patterns
