"""``python -m tools.bench``: run every benchmark, print the report and write it to BENCHMARKS.md."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from macros.assemble import load_model
from macros.paths import ROOT
from tools.site import LocalSite

from . import build_overhead, first_build, languages, lighthouse, page_weight, scaling
from .report import Results, render
from .serve import gzip_handler


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def pages_of(site: Path, data_dir: Path | None) -> dict[str, str]:
    """The four pages the issue names: label -> path below the site's root."""
    model = load_model(ROOT, data_dir)
    pages = {"home": "", "level": f"levels/{model.levels[0].id}/", "practice": f"practices/{model.practices[0].id}/"}
    if (site / "self-check" / "index.html").is_file():
        pages["self-check"] = "self-check/"
    return pages


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs of each build and validation (default 5)")
    parser.add_argument("--overhead-runs", type=int, default=9, help="pairs of real and plain builds (default 9)")
    parser.add_argument(
        "--sizes", default="10,100,1000", help="synthetic model sizes, in practices (default 10,100,1000)"
    )
    parser.add_argument(
        "--big-runs", type=int, default=3, help="builds of sizes of 1,000 practices and more (default 3)"
    )
    parser.add_argument(
        "--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page and form factor; 0 skips it"
    )
    parser.add_argument("--lighthouse-pages", default="", help="comma-separated page labels (default: all four)")
    parser.add_argument(
        "--form-factors", default=",".join(lighthouse.FORM_FACTORS), help="mobile,desktop (default both)"
    )
    parser.add_argument(
        "--first-build-runs",
        type=int,
        default=1,
        help="fresh clones timed for `make site` and for `make setup site`, each (default 1; 0 skips it)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md", help="where to write the report")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    return args


def run(args: argparse.Namespace) -> Results:
    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    results = Results(args.runs)
    with tempfile.TemporaryDirectory(prefix="genaiops-bench-") as tmp:
        work = Path(tmp)
        if args.first_build_runs > 0:
            _log(f"first build: {args.first_build_runs} fresh clone(s) each of `make site` and `make setup site`")
            results.first_build = first_build.measure(work / "first-build", args.first_build_runs)
        _log(f"build overhead: {args.overhead_runs} interleaved runs of the real and the plain build")
        results.overhead, site = build_overhead.measure(work / "overhead", args.overhead_runs)
        _log(f"languages: {args.runs} builds of each language's site")
        results.languages = languages.measure(work / "languages", args.runs)
        for n in args.sizes:
            build_runs = args.big_runs if n >= 1000 else args.runs
            _log(f"scaling: {n} practices, {n * 10} references ({build_runs} builds)")
            results.sizes.append(scaling.measure(work / "scaling", n, args.runs, build_runs))
        pages = pages_of(site, None)
        with LocalSite(site, gzip_handler()) as server:
            _log(f"page weight: {', '.join(pages)}")
            with sync_playwright() as pw:
                browser = page_weight.launch(pw)
                try:
                    results.weights = page_weight.measure(browser, server.url + "/", pages)
                finally:
                    browser.close()
            results.widget_bytes = page_weight.self_check_assets(site)
            if args.lighthouse_runs > 0:
                chosen = {
                    k: v for k, v in pages.items() if not args.lighthouse_pages or k in args.lighthouse_pages.split(",")
                }
                forms = [f for f in args.form_factors.split(",") if f]
                _log(f"lighthouse: {len(chosen)} pages x {forms} x {args.lighthouse_runs} runs")
                results.lighthouse = lighthouse.measure(server.url + "/", chosen, args.lighthouse_runs, forms)
    results.seconds = time.perf_counter() - start
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    report = render(run(args))
    args.out.write_text(report + "\n", encoding="utf-8")
    print(report)
    _log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
