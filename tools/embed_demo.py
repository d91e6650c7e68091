"""``python -m tools embed-demo``: try both ways of embedding the self-check on this machine, as another site would.

``make serve`` (mkdocs serve) sends no ``Access-Control-Allow-Origin``, so a page on another origin cannot load the
script embed from it. This serves a built site on 127.0.0.1:PORT with that header, as GitHub Pages serves public
sites, and host pages on 127.0.0.1:PORT+1, another origin, made from the snippets the self-check page prints
(``embed_parts``): one with the iframe, one with the script and the element. Standard library and the build set only.
"""

from __future__ import annotations

import html
import tempfile
import threading
from pathlib import Path

from macros.assemble import load_model
from macros.selfcheck.render import embed_parts

from .site import CORSHandler, LocalSite, SiteHandler

DEFAULT_PORT = 8000
PAGES = {
    "frame.html": "In an iframe",
    "script.html": "With a script, without an iframe",
}


def _page(title: str, body: str) -> str:
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body>\n<h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n"
    )


def write_hosts(folder: Path, guide_url: str) -> None:
    """The host pages: each embed exactly as the self-check page prints it for a guide at ``guide_url``."""
    parts = embed_parts(load_model(), guide_url.rstrip("/") + "/")
    (folder / "frame.html").write_text(
        _page(PAGES["frame.html"], f"{parts['iframe']}\n<script>\n{parts['listener']}\n</script>"), encoding="utf-8"
    )
    (folder / "script.html").write_text(
        _page(PAGES["script.html"], f"{parts['script']}\n<script>\n{parts['element_listener']}\n</script>"),
        encoding="utf-8",
    )
    links = "\n".join(f'<li><a href="{name}">{html.escape(text)}</a></li>' for name, text in PAGES.items())
    about = f"<p>The guide is served from {html.escape(guide_url)} with Access-Control-Allow-Origin: *.</p>"
    (folder / "index.html").write_text(_page("Embedding the self-check", f"{about}\n<ul>\n{links}\n</ul>"))


class Demo:
    """The guide (``guide``) and the host pages (``host``), each on its own 127.0.0.1 origin; ``close()`` stops both."""

    def __init__(self, site_dir: Path, port: int = 0):
        self._folder = tempfile.TemporaryDirectory(prefix="embed-demo-")
        self._guide = LocalSite(site_dir, handler=CORSHandler, port=port)
        self.guide = self._guide.url
        write_hosts(Path(self._folder.name), self.guide)
        try:
            self._host = LocalSite(Path(self._folder.name), handler=SiteHandler, port=port + 1 if port else 0)
        except OSError:
            self._guide.close()
            self._folder.cleanup()
            raise
        self.host = self._host.url

    def close(self) -> None:
        self._host.close()
        self._guide.close()
        self._folder.cleanup()


def add_parser(sub) -> None:
    p = sub.add_parser(
        "embed-demo",
        help="serve a built site with the CORS header the script embed needs, and host pages using both embeds",
    )
    p.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site/)")
    p.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"the guide's port; the host pages take the next one "
        f"(default: {DEFAULT_PORT})"
    )  # fmt: skip
    p.set_defaults(run=_run)


def _run(args) -> int:
    if not (args.site / "assets" / "self-check" / "embed.js").is_file():
        print(f"{args.site}/ holds no built guide: run 'make site' first", flush=True)
        return 2
    if not 0 < args.port < 65535:
        print(f"PORT={args.port} is not a port number below 65535 (the host pages take PORT+1)", flush=True)
        return 1
    try:
        demo = Demo(args.site, args.port)
    except OSError as error:  # one of the two ports is taken
        print(
            f"cannot listen on 127.0.0.1:{args.port} and :{args.port + 1} ({error.strerror}): "
            f"choose other ports, for example 'make embed-demo PORT={args.port + 10}'",
            flush=True,
        )
        return 1
    print(f"The guide, with Access-Control-Allow-Origin: *: {demo.guide}/", flush=True)
    print(f"Pages of another site embedding it:              {demo.host}/  (Ctrl+C stops both)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    return 0
