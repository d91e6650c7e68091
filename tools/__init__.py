"""Contributor and maintainer tools, kept apart from the generator in ``macros/`` that they serve.

- ``scaffold``: ``python -m tools new-practice`` (``make new-practice``) starts a practice file from the template.
- ``versioning``: ``python -m tools check-version`` requires a new model version when scores would change meaning.
- ``links``: ``python -m tools links-external`` (``make links-external``) checks external links; it needs the network.
- ``bench``: ``python -m tools.bench`` (``make bench``) measures build speed, page weight and Lighthouse scores.
- ``port``: ``python -m tools.port PORT`` tells ``make serve`` in one line why it cannot listen on a port.
- ``site``: building the site in a fresh process (with ``ENGINE``: mkdocs or properdocs) and serving it on 127.0.0.1,
  shared by the tests and the benchmark.
- ``engines``: ``python -m tools engines`` (``make engines``) builds with MkDocs and ProperDocs and compares the sites.
- ``canary``: ``python -m tools zensical-canary`` (``make zensical-canary``) builds the staged site with Zensical and
  reports each check of the result.
"""
