"""Finding and parsing the data files: every file the model is made of (:data:`macros.kinds.SINGLE_FILES`, and
one file per practice), and nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..kinds import PRACTICES_DIR, SINGLE_FILES
from ..problems import Problem
from .yaml_hints import control_message, syntax_message
from .yaml_lines import Refused, load_text


@dataclass
class Source:
    kind: str
    path: str  # as shown in messages: relative to the project root
    doc: object  # parsed YAML (LineDict/LineList), None when it could not be parsed
    text: str = ""  # the file's text, when it could be read


def display_path(path: Path, root: Path) -> str:
    """How messages name a file: relative to the project root where it lies inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _parse(kind: str, path: Path, root: Path, problems: list[Problem], load=load_text, shown: str = "") -> Source:
    """One file parsed by ``load`` (the overlays': yaml_lines.load_texts); ``shown``: its display_path, when the
    caller knows it (resolving the path of each of a thousand files costs a tenth of a second)."""
    shown = shown or display_path(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(shown, 1, f"not UTF-8 text ({exc.reason}) - save the file as UTF-8"))
        return Source(kind, shown, None)
    try:
        doc = load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.append(Problem(shown, mark.line + 1 if mark else 1, syntax_message(exc, text)))
        return Source(kind, shown, None)
    except yaml.reader.ReaderError as exc:  # no mark: PyYAML gives the character's position in the text
        problems.append(Problem(shown, text.count("\n", 0, exc.position) + 1, control_message(exc)))
        return Source(kind, shown, None)
    except Refused as exc:
        problems.append(Problem(shown, exc.line, exc.message))
        return Source(kind, shown, None)
    if doc is None:
        problems.append(Problem(shown, 1, "the file is empty - see data/schema/ for the fields it needs"))
    return Source(kind, shown, doc, text)


def read_sources(data_dir: Path, root: Path, problems: list[Problem]) -> list[Source]:
    """Parse every data file. Unknown files are errors: a file the build ignores is a silent skip."""
    sources: list[Source] = []
    for name, kind in SINGLE_FILES.items():
        path = data_dir / name
        if not path.is_file():
            problems.append(Problem(display_path(path, root), 1, f"missing data file: the model needs {name}"))
            continue
        sources.append(_parse(kind, path, root, problems))
    for path in sorted(data_dir.glob("*")):
        if path.is_file() and path.name not in SINGLE_FILES and not path.name.startswith("."):
            allowed = ", ".join(sorted(SINGLE_FILES))
            message = f"unexpected file in data/ - expected one of: {allowed}, or a practice in data/practices/"
            problems.append(Problem(display_path(path, root), 1, message))
    practices = data_dir / PRACTICES_DIR
    folder = display_path(practices, root) if practices.is_dir() else ""
    for path in sorted(practices.glob("*")) if practices.is_dir() else []:
        if path.suffix == ".yml" and path.is_file():
            # The folder resolved once, not each of a thousand files (a symlinked file is named where it points).
            shown = "" if path.is_symlink() else f"{folder}/{path.name}"
            sources.append(_parse("practice", path, root, problems, shown=shown))
        elif not path.name.startswith("."):
            problems.append(
                Problem(
                    display_path(path, root),
                    1,
                    "unexpected file in data/practices/ - each practice is one '<id>.yml' file",
                )
            )
    return sources
