"""Internal links and anchors of the built site, checked by LinkChecker over HTTP on 127.0.0.1 (no external network)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support import LocalSite
from tools.links.linkchecker import parse_csv

LINKCHECKER = Path(sys.executable).parent / "linkchecker"
RC = """[checking]
threads=4
maxrequestspersecond=200
[filtering]
checkextern=0
[AnchorCheck]
[output]
"""


def broken_links(url: str, tmp_path: Path) -> list[str]:
    """Every link LinkChecker finds invalid, and every link to a missing anchor, as 'page -> link: result'."""
    rc = tmp_path / "linkcheckerrc"
    rc.write_text(RC)
    result = subprocess.run(
        [str(LINKCHECKER), "-f", str(rc), "--no-status", "--no-robots", "-o", "csv", url],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return [
        f"{r.parent} -> {r.url}: {r.status} {r.warning}".strip()
        for r in parse_csv(result.stdout)
        if not r.valid or "anchor" in r.warning.lower()
    ]


def test_built_site_has_no_broken_internal_link_or_anchor(site_url, tmp_path):
    assert broken_links(site_url + "/", tmp_path) == []


def test_the_check_catches_a_missing_page_and_a_missing_anchor(tmp_path):
    """Guards the guard: the same configuration must report both kinds of breakage."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<html><body><h1 id="top">Home</h1>'
        '<a href="other.html#present">ok</a> <a href="other.html#absent">bad anchor</a>'
        ' <a href="missing.html">bad page</a></body></html>'
    )
    (site / "other.html").write_text('<html><body><h2 id="present">Here</h2></body></html>')
    server = LocalSite(site)
    try:
        problems = broken_links(server.url + "/index.html", tmp_path)
    finally:
        server.close()
    assert len(problems) == 2, problems
    assert any("missing.html" in p and "404" in p for p in problems)
    assert any("#absent" in p for p in problems)
