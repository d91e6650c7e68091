"""External link health: LinkChecker crawls the built site, this package decides what is broken and says where.

- ``ignore``: the ignore list (``.github/linkcheck-ignore.txt``), one regular expression a line.
- ``linkchecker``: runs LinkChecker and reads its CSV; ``verdict`` is the policy for what counts as broken.
- ``crawl``: serves the site on 127.0.0.1, crawls it once, re-checks failures with back-off.
- ``citations``: the data file and line that cite each URL.
- ``report``: the Markdown report, with references whose ``last_verified`` is old or missing.
- ``cli``: ``python -m tools links-external`` (``make links-external``), which needs the network.
"""
