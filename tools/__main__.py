"""Command line of the contributor tools: ``python -m tools new-practice|check-version|links-external|embed-demo``."""

from __future__ import annotations

import argparse
import sys

from . import embed_demo, scaffold, versioning
from .links import cli as links_cli


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools", description="Contributor and maintainer tools of the guide."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add_parser in (scaffold.add_parser, versioning.add_parser, links_cli.add_parser, embed_demo.add_parser):
        add_parser(sub)  # each sets args.run
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
