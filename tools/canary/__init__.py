"""The Zensical canary: build the staged site with Zensical and check the result, not the exit code.

A short build is green (Zensical drops what it does not support without a word), so ``checks`` looks at what was
built: the pages the model demands, the widget's JSON, no template left unrendered, the diagrams, the self-check
scoring in Chromium and axe. ``run`` stages, builds, runs every check and writes a report of each; the checks are
tested on the MkDocs site, where all pass, and on broken copies of it, where each fails (tests/test_canary.py).
"""
