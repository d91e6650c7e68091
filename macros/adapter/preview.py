"""The live preview when the data is invalid: a page that lists every problem, served at once.

``mkdocs serve`` answers a request only once the latest build has succeeded (MkDocs 1.6,
``LiveReloadServer._serve_request`` waits for ``_visible_epoch == _wanted_epoch`` without a timeout). A rebuild
that raises therefore leaves every request waiting until a later build succeeds, and a first build that raises
ends the server. Under ``mkdocs serve`` the hooks do not raise for invalid data: the build succeeds with a site
of one page, written at every address the guide had, that lists every problem. The watched data files rebuild
it on the next save, and the browser reloads into the guide. ``mkdocs build`` still fails on any problem.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

SITE_NAME = "GenAIOps Maturity Guide"

# The serve loop's poll (the same one MkDocs injects into every page it serves from disk), for the 404 page,
# which MkDocs serves without it: an address the broken build could not know still reloads after the fix.
_RELOAD_404 = """<script>
(function () {
  function poll(epoch) {
    fetch("/livereload/" + epoch + "/0", { cache: "no-store" }).then(function (response) {
      return response.text();
    }).then(function (text) {
      var now = parseFloat(text);
      if (epoch && now > epoch) location.reload();
      else poll(now);
    }, function () {
      setTimeout(function () { poll(epoch); }, 3000);
    });
  }
  poll(0);
})();
</script>
"""

_STYLE = (
    "body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}"
    "h1{font-size:1.5rem;color:#a40e26}li{margin:.4rem 0}code{background:#f3f3f3;padding:0 .2em;font-size:.95em}"
)


def _count(n: int) -> str:
    return f"{n} problem" if n == 1 else f"{n} problems"


def error_page(found: list, *, reload_script: bool = False) -> str:
    """The preview's page for invalid data: every problem as ``file:line: message``, all data text escaped."""
    items = "\n".join(
        f"<li><code>{html.escape(f'{p.path}:{p.line}')}</code>: {html.escape(p.message)}</li>" for p in found
    )
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>The data has {_count(len(found))} - {SITE_NAME} preview</title>\n<style>{_STYLE}</style>\n"
        "</head>\n<body>\n<main>\n"
        f"<h1>The guide cannot be built: the data has {_count(len(found))}</h1>\n"
        "<p>Fix each one in the file and line named below and save: this page then reloads with the guide. "
        "<code>make check</code> lists the same problems; <code>make site</code> and CI refuse to build until "
        "they are fixed.</p>\n"
        f'<ul aria-label="Problems in the data">\n{items}\n</ul>\n'
        "</main>\n" + (_RELOAD_404 if reload_script else "") + "</body>\n</html>\n"
    )


def write_error_site(site_dir: str | Path, problems: list, pages: set[str]) -> None:
    """Write the error page listing ``problems`` at ``index.html``, at each of ``pages`` and as the 404 page."""
    site = Path(site_dir)
    page = error_page(problems)
    for dest in {"index.html", *pages} - {"404.html"}:
        target = site / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    (site / "404.html").write_text(error_page(problems, reload_script=True), encoding="utf-8")


def report(log: logging.Logger, problems: list, url: str | None) -> None:
    """Say in the terminal what the page says, without a WARNING that ``--strict`` would turn into a failed build."""
    where = f" at {url}" if url else ""
    listed = "\n".join(f"  {p}" for p in problems)
    log.info(
        "The data has %s, listed on every page of the preview%s until fixed:\n%s", _count(len(problems)), where, listed
    )
