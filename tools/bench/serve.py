"""The benchmark's handler for :class:`tools.site.LocalSite`: it gzips text responses, as GitHub Pages does, so
transfer sizes are honest."""

from __future__ import annotations

import gzip
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

# What GitHub Pages compresses; images and fonts are already compressed.
COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".map"}


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".js": "text/javascript"}
    _cache: dict[Path, bytes]

    def log_message(self, *args):  # the benchmark prints its own table
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the slash URL
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = self._cache.get(path)
        if body is None:
            body = self._cache[path] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # GitHub Pages' own header
        self.end_headers()
        if self.command == "HEAD":
            return None
        self.wfile.write(body)
        return None


def gzip_handler() -> type[SimpleHTTPRequestHandler]:
    """A handler class with its own cache of compressed files, for one server: ``LocalSite(site, gzip_handler())``."""
    return type("GzipHandler", (_Handler,), {"_cache": {}})
