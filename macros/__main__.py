"""Command line of the generator: ``python -m macros check [--format text|github] [--data DIR]``.

It runs the load and validate stages alone and prints every problem as ``file:line: message``. The
contributor tools (``new-practice``, ``check-version``, ``links-external``) are ``python -m tools``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import ROOT
from .validate import summary, timed_check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m macros", description="Validate the GenAIOps maturity model in data/."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate every data file and report all problems")
    check.add_argument(
        "--format",
        choices=["text", "github"],
        default="text",
        help="github: workflow commands that annotate the pull request's lines",
    )
    check.add_argument("--data", type=Path, default=None, help="the data directory (default: data/)")
    args = parser.parse_args(argv)

    model, problems, seconds = timed_check(ROOT, args.data.resolve() if args.data else None)
    for problem in problems:
        print(problem.github() if args.format == "github" else problem)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
        return 1
    print(summary(model, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
