"""The built site's second wall: no page may run script that nobody put there on purpose.

The validator keeps data text to a small subset of Markdown; this checks what actually came out, whatever
path it took (the theme, a macro, a Markdown extension, a hand-written page). It parses every ``.html`` file
with the standard library's HTML parser and reports, as ``path:line: message``:

- any event-handler attribute (``onclick=``, ``onerror=``...);
- any URL attribute (``href``, ``src``, ``action``, ``formaction``, ``srcset``...) whose scheme is not http(s),
  after the clean-up a browser does (entities decoded, tabs and newlines dropped, case folded), and any
  ``srcdoc`` or ``<meta http-equiv=refresh>`` that points at another scheme;
- any ``<script>`` not in the allow-lists below: inline scripts by the SHA-256 of their text, external ones by
  their path in the site. A new script fails until someone adds it here, on purpose, with a comment.

``python -m tools check-html [SITE_DIR]`` runs it on any built site; the test suite runs it on its build.

These allow-lists are also what a Content-Security-Policy would list. A ``<meta>`` policy (script-src 'self'
plus each page's theme hashes, style-src 'self' 'unsafe-inline', img-src 'self' data:, worker-src 'self' blob:)
was measured on the whole site: diagrams, search, the palette, instant navigation and the widget worked with no
violation, but the browser tests inject axe-core as an inline script and poll with string predicates (eval),
which such a policy blocks, and Lighthouse was not re-measured, so it is not shipped yet.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

# Inline scripts, as CSP names them (sha256-<base64>), hashed by script_hash(). Today all three are the theme's.
INLINE_SCRIPTS = {
    # Material's bootstrap (base.html): the site's scope and the __md_get/__md_set storage helpers.
    "sha256-frNoT9rNKIH2e5QomDJzop2HdNi8gmIq+bZajsEDKpA=": "Material: __md_scope and storage helpers",
    # Material (base.html): applies the reader's saved colour palette before the first paint.
    "sha256-DrEMJJ29sL7vIloQzly+VUGMxKcBTMII+OfW7Y8AkG4=": "Material: saved colour palette",
    # Material (base.html): selects the content tab that the URL's #anchor names.
    "sha256-/8wPdzX9q0NNJXyA5lzsLojXFpkeaXVxhbfkUOQaWy8=": "Material: content tab of the #anchor",
}
# External scripts, by their path from the site's root (shell patterns: the theme's bundle name has a hash).
EXTERNAL_SCRIPTS = {
    "assets/javascripts/bundle.*.min.js": "Material's bundle (instant navigation, search, palette)",
    "assets/javascripts/mermaid-loader.js": "mkdocs.yml extra_javascript: imports mermaid where a page has a diagram",
    "assets/javascripts/self-check-loader.js": "mkdocs.yml extra_javascript: imports the widget where a page has it",
    "assets/javascripts/self-check-from-disk.js": "mkdocs.yml extra_javascript: the file:// notice",
    "assets/javascripts/language-switch.js": "mkdocs.yml extra_javascript: the language selector keeps the page",
    "assets/self-check/self-check.js": "overrides/self-check-embed.html: the widget in its iframe page",
}
# <script type=...> a browser never runs: data, such as Material's __config.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
# mailto: and tel: are refused too: nothing on the guide needs them; allow one here if a page ever does.
SCHEMES = {"http", "https"}
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "poster", "data", "xlink:href", "background", "cite", "ping",
    "codebase", "manifest", "longdesc", "icon", "lowsrc", "dynsrc",
}  # fmt: skip
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL ("java\tscript:" is javascript:)
# Material writes the page's path to the site root into its bootstrap ("..", "../..", or "/" on the 404 page):
# one script, many texts. It is hashed with that path taken out.
_SCOPE = re.compile(r'__md_scope=new URL\("[A-Za-z0-9_./-]*",location\)')
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"]*)", re.IGNORECASE)


def script_hash(text: str) -> str:
    digest = hashlib.sha256(_SCOPE.sub('__md_scope=new URL("",location)', text).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _scheme(url: str) -> str | None:
    """The scheme a browser would see in ``url`` (lowercase), or None for a relative URL."""
    m = _SCHEME.match(_INVISIBLE.sub("", url.strip(" \f\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f")))
    return m.group(1).lower() if m else None


class _Page(HTMLParser):
    def __init__(self, path: str):
        super().__init__(convert_charrefs=True)
        self.path, self.found, self._script = path, [], None

    def _problem(self, message: str) -> None:
        self.found.append(f"{self.path}:{self.getpos()[0]}: {message}")

    def _url(self, tag: str, name: str, url: str) -> None:
        scheme = _scheme(url)
        if scheme is not None and scheme not in SCHEMES:
            shown = url if len(url) <= 60 else url[:57] + "..."
            self._problem(f"<{tag} {name}='{shown}'> uses the scheme '{scheme}:' - expected http(s) or a relative URL")

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self._problem(f"<{tag}> has the event handler attribute '{name}' - the site runs no inline handlers")
            elif name == "srcdoc":
                self._problem(f"<{tag}> has a srcdoc attribute - a frame's document must come from a file")
            elif name in URL_ATTRIBUTES:
                self._url(tag, name, value)
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    self._url(tag, name, candidate.strip().split(" ")[0])
        attributes = dict(attrs)
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            if m := _REFRESH_URL.search(attributes.get("content") or ""):
                self._url(tag, "content", m.group(1))
        if tag == "script":
            self._script_start(attributes)

    def _script_start(self, attributes: dict) -> None:
        kind = (attributes.get("type") or "").strip().lower()
        if kind in DATA_SCRIPT_TYPES:
            return
        src = attributes.get("src")
        if src is None:
            self._script = []  # inline: its text arrives in handle_data
            return
        if _scheme(src) is not None or src.startswith("//"):
            self._problem(f"<script src='{src}'> loads script from another site - the site serves its own")
            return
        here = posixpath.dirname(self.path)
        where = posixpath.normpath(posixpath.join(here, src)) if not src.startswith("/") else src.lstrip("/")
        if not any(fnmatch.fnmatch(where, p) or fnmatch.fnmatch(where, "*/" + p) for p in EXTERNAL_SCRIPTS):
            self._problem(f"<script src='{src}'> is not a known script - add its path to EXTERNAL_SCRIPTS on purpose")

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            digest = script_hash("".join(self._script))
            self._script = None
            if digest not in INLINE_SCRIPTS:
                self._problem(
                    f"inline <script> {digest} is not a known script - add its hash to INLINE_SCRIPTS on purpose"
                )


def check_page(html: str, path: str) -> list[str]:
    page = _Page(path)
    page.feed(html)
    page.close()
    return page.found


def check_site(site: Path) -> list[str]:
    """Every problem of every page under ``site``, as ``path:line: message`` (paths relative to ``site``)."""
    found = []
    for file in sorted(site.rglob("*.html")):
        found += check_page(file.read_text(encoding="utf-8"), file.relative_to(site).as_posix())
    return found


def add_parser(sub) -> None:
    parser = sub.add_parser("check-html", help="check a built site for script nobody put there on purpose")
    parser.add_argument("site", nargs="?", default="site", type=Path, help="the built site (default: site/)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    if not (args.site / "index.html").is_file():
        print(f"{args.site}/index.html not found - build the site first (make site)")
        return 2
    found = check_site(args.site)
    print("\n".join(found) if found else f"OK: no unexpected script in {args.site}/")
    return 1 if found else 0
