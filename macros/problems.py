"""Located problems: every validator rule reports into one list, so a contributor sees all of them in one run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the project root, with forward slashes
    line: int  # 1-based; 0 when the problem concerns a whole file that could not be read
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    def github(self) -> str:
        # GitHub workflow command: shows the error on the pull request's changed line.
        msg = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.path},line={max(self.line, 1)}::{msg}"


class InvalidModel(Exception):
    """Raised with every problem found; the build refuses to render a partial guide."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
