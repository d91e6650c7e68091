"""``python -m tools new-practice``: start a practice file from the commented template.

The file it writes does not pass ``make check`` until every TODO is replaced (see ``checks.placeholders``):
a contributor gets a list of what is left, with lines, and no placeholder can reach the published site.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from string import Template

import yaml

from macros.load.files import PRACTICES_DIR, display_path
from macros.load.yaml_lines import load_text
from macros.paths import DATA_DIR, ROOT, SCHEMA_DIR

TEMPLATE = Path(__file__).resolve().parent / "templates" / "practice.yml"
EXIT_REFUSED = 2


class Refused(Exception):
    """The request cannot be honoured; the message says what is allowed."""


def _defs() -> dict:
    return json.loads((SCHEMA_DIR / "genaiops.schema.json").read_text(encoding="utf-8"))["$defs"]


def _records(data_dir: Path, name: str) -> list:
    """The records of a list file (areas.yml, levels.yml), read the way the validator reads them."""
    path = data_dir / f"{name}.yml"
    try:
        doc = load_text(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise Refused(f"cannot read {path}: {exc} - run 'make check' and fix it first") from None
    records = doc.get(name) if isinstance(doc, dict) else None
    if not isinstance(records, list) or not all(isinstance(r, dict) and "id" in r for r in records):
        raise Refused(f"{path} has no list of {name} with ids - run 'make check' and fix it first")
    return records


def _check_id(practice_id: str, data_dir: Path, slug_pattern: str) -> None:
    if not re.fullmatch(slug_pattern, practice_id):
        raise Refused(
            f"id '{practice_id}' is not a lowercase slug - use letters a-z, digits and single hyphens, "
            "such as 'canary-releases'"
        )
    if practice_id == "todo":
        raise Refused("id 'todo' is reserved for the template's placeholders - choose a name for the practice")
    target = data_dir / PRACTICES_DIR / f"{practice_id}.yml"
    if target.exists():
        raise Refused(
            f"a practice with id '{practice_id}' already exists: {target} - edit that file or choose another id"
        )


def _check_area(area: str, data_dir: Path) -> list[str]:
    areas = [str(a["id"]) for a in _records(data_dir, "areas")]
    if area not in areas:
        raise Refused(f"unknown area '{area}' - expected one of: {', '.join(areas)} (data/areas.yml)")
    return areas


def _check_level(level: str, data_dir: Path) -> dict:
    every = {r.get("number"): r for r in _records(data_dir, "levels")}
    # The lowest level is where every organization starts and expects no practice (see data/levels.yml).
    numbers = sorted(n for n in every if isinstance(n, int))[1:]
    levels = {n: every[n] for n in numbers}
    consecutive = bool(numbers) and numbers == list(range(numbers[0], numbers[-1] + 1))
    allowed = f"{numbers[0]}-{numbers[-1]}" if consecutive else ", ".join(map(str, numbers))
    if not re.fullmatch(r"[0-9]+", level):
        raise Refused(
            f"level '{level}' is not a whole number - expected {allowed}, the number of a level in data/levels.yml"
        )
    if int(level) not in levels:
        raise Refused(
            f"level {int(level)} is outside {allowed} - expected the number of a level in data/levels.yml "
            "above the first, which expects no practice"
        )
    return levels[int(level)]


def render(practice_id: str, area: str, level: str, data_dir: Path) -> str:
    """The new file's text, after checking every argument; raises :class:`Refused` with what is allowed."""
    defs = _defs()
    checks = {
        "id": lambda: _check_id(practice_id, data_dir, defs["slug"]["pattern"]),
        "areas": lambda: _check_area(area, data_dir),
        "level": lambda: _check_level(level, data_dir),
    }
    found, problems = {}, []
    for name, check in checks.items():
        try:
            found[name] = check()
        except Refused as exc:
            problems.append(str(exc))
    if problems:  # every problem at once, like the validator
        raise Refused("\n".join(problems))
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        id=practice_id,
        area=area,
        areas=", ".join(found["areas"]),
        level=int(level),
        level_name=found["level"].get("name", ""),
        example_languages=", ".join(defs["example"]["properties"]["language"]["enum"]),
    )


def new_practice(practice_id: str, area: str, level: str, data_dir: Path) -> Path:
    text = render(practice_id, area, level, data_dir)
    target = data_dir / PRACTICES_DIR / f"{practice_id}.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as out:  # "x": never overwrite, even if the file appeared meanwhile
        out.write(text)
    return target


def add_parser(sub) -> None:
    p = sub.add_parser("new-practice", help="write data/practices/<id>.yml from the commented template")
    p.add_argument("--id", required=True, help="lowercase slug, which becomes the file name and the page address")
    p.add_argument("--area", required=True, help="an area id from data/areas.yml")
    p.add_argument(
        "--level", required=True, help="the level (2-4) at which the practice is expected; level 1 expects none"
    )
    p.add_argument("--data", type=Path, default=None, help="the data directory (default: data/)")
    p.set_defaults(run=_run)


def _run(args) -> int:
    data_dir = (args.data or DATA_DIR).resolve()
    try:
        target = new_practice(args.id, args.area, args.level, data_dir)
    except (Refused, FileExistsError) as exc:
        for line in str(exc).splitlines():
            print(f"new-practice: {line}", file=sys.stderr)
        return EXIT_REFUSED
    shown = display_path(target, ROOT)
    print(
        f"wrote {shown}\nnext: replace every TODO in it, run 'make check' until it passes, then 'make serve' to see the page"
    )
    return 0
