"""Command line of the generator: ``python -m macros check [--format text|github] [--data DIR] [--today YYYY-MM-DD] [--look-ahead DAYS]``.

It runs the load and validate stages alone and prints every problem as ``file:line: message``, or a summary
of the model, then a line per translation and a warning per stale text (``file:line: warning: ...``); a published
language below its ``min_translated`` (data/i18n/languages.yml) is a problem too. The contributor tools
(``new-practice``, ``check-version``, ``links-external``) are ``python -m tools``.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from .assemble import check
from .i18n.report import missing_warnings, stale_warnings, summary_lines, threshold_problems
from .model import Model
from .paths import ROOT
from .problems import Problem


def summary(model: Model, seconds: float) -> str:
    parts = [
        f"{len(model.levels)} levels",
        f"{len(model.areas)} areas",
        f"{len(model.practices)} practices",
        f"{len(model.references)} references",
        f"{len(model.lifecycle.stages)} lifecycle stages",
        f"{len(model.comparison)} comparison rows",
        f"{len(model.self_check.scales)} answer scales",
        f"{len(model.self_check.questions)} self-check questions",
        f"{len(model.frameworks)} frameworks",
        f"{sum(len(m.practices) for m in model.mappings)} crosswalk mappings",
    ]
    return f"OK: model {model.version}: {', '.join(parts)} ({seconds * 1000:.0f} ms)"


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date - expected YYYY-MM-DD") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m macros", description="Validate the GenAIOps maturity model in data/."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    command = sub.add_parser("check", help="validate every data file and report all problems")
    command.add_argument(
        "--format",
        choices=["text", "github"],
        default="text",
        help="github: workflow commands that annotate the pull request's lines",
    )
    command.add_argument("--data", type=Path, default=None, help="the data directory (default: data/)")
    command.add_argument(
        "--today",
        type=_day,
        default=None,
        help="the date (YYYY-MM-DD) retirement dates are judged against (default: as_of in data/model.yml)",
    )
    command.add_argument(
        "--look-ahead", type=int, default=0, metavar="DAYS", help="also report what retires within DAYS days"
    )
    args = parser.parse_args(argv)

    start = time.perf_counter()
    model, problems = check(ROOT, args.data.resolve() if args.data else None, args.today, args.look_ahead)
    seconds = time.perf_counter() - start
    for problem in problems:
        print(problem.github() if args.format == "github" else problem)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
        return 1
    print(summary(model, seconds))
    # The translations: a line per language, a warning per stale text; only a published language below its
    # threshold fails the check (ARCHITECTURE.md, Translations).
    for line in summary_lines(model):
        print(line)
    for warning in [*stale_warnings(model), *missing_warnings(model)]:
        print(_warning(warning, args.format))
    gate = threshold_problems(model)
    for problem in gate:
        print(problem.github() if args.format == "github" else problem)
    if gate:
        print(f"{len(gate)} problem{'s' if len(gate) != 1 else ''} found", file=sys.stderr)
        return 1
    return 0


def _warning(problem: Problem, fmt: str) -> str:
    if fmt == "github":
        return problem.github().replace("::error ", "::warning ", 1)
    return f"{problem.path}:{problem.line}: warning: {problem.message}"
