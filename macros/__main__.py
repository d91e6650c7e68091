"""Command line: ``python -m macros check [--format text|github] [--data DIR]``, and the contributor tools
(``new-practice``, ``check-version``, ``links-external``)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import scaffold, versioning
from .links import cli as links_cli
from .validate import ROOT, summary, timed_check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description="Validate the GenAIOps maturity model in data/.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate every data file and report all problems")
    check.add_argument("--format", choices=["text", "github"], default="text",
                       help="github: workflow commands that annotate the pull request's lines")
    check.add_argument("--data", type=Path, default=None, help="the data directory (default: data/)")
    for add_parser in (scaffold.add_parser, versioning.add_parser, links_cli.add_parser):
        add_parser(sub)  # each sets args.run
    args = parser.parse_args(argv)
    if hasattr(args, "run"):
        return args.run(args)

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
