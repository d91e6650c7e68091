"""Benchmarks and budgets (``make bench``): build overhead, scaling, page weight, Lighthouse, first build.

Every figure is a median of several runs, and every comparison is a ratio of two figures taken in the same
run, so the machine's noise cancels. Nothing here is part of ``make test``; tests/test_bench.py keeps the
code paths working on a tiny input.
"""
