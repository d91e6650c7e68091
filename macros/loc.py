"""Where a record was written: the file, its line, and the line of each of its keys."""

from __future__ import annotations

from dataclasses import dataclass

from .problems import Problem


@dataclass(frozen=True)
class Loc:
    path: str
    line: int
    keys: tuple = ()  # (key, line) pairs, so a message can point at the field, not just the record

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"

    def at(self, key: str) -> int:
        return dict(self.keys).get(key, self.line)

    def problem(self, key: str | None, message: str) -> Problem:
        """A problem at this record's ``key`` (its first line when ``key`` is None)."""
        return Problem(self.path, self.at(key) if key else self.line, message)
