"""The external link checker against a local HTTPS server: what counts as broken, redirects, retries, timeouts,
the ignore list, and the data file and line that cite each link. Nothing here leaves 127.0.0.1."""

from __future__ import annotations

import collections
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from macros.assemble import check, load_model
from tests.support import ROOT, build_site, make_data
from tools.links.citations import citations
from tools.links.crawl import Settings, check_site
from tools.links.ignore import IgnoreListError, load_ignore
from tools.links.report import stale_references

TIMEOUT = 2  # LinkChecker's timeout in these tests (whole seconds); /slow answers only after SLOW seconds
SLOW = 6.0
IGNORE = r"/skipped$"
# Links the site template adds (such as the theme's credit) would leave this machine: only syntax-check them.
OFFSITE = r"^https?://(?!127\.0\.0\.1[:/])"
# path -> (reference id, last_verified or None); every one is cited by a practice of the minimal model
LINKS = {
    "/ok": ("guide", "2026-11-01"),
    "/moved": ("video", "2024-01-01"),
    "/gone": ("gone", None),
    "/broken": ("broken", None),
    "/slow": ("slow", None),
    "/flaky": ("flaky", None),
    "/forbidden": ("forbidden", None),
    "/private": ("private", None),
    "/skipped": ("skipped", None),
}


class FakeWeb:
    """An HTTPS server on 127.0.0.1 that answers each path the way a real site might fail."""

    def __init__(self, cert: Path, key: Path):
        self.hits: collections.Counter = collections.Counter()
        self.stop = threading.Event()
        web = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self.do_GET()

            def do_GET(self):
                web.hits[self.path] += 1
                path = self.path
                if path == "/robots.txt":
                    return self._send(200, b"User-agent: *\nDisallow: /private\n", "text/plain")
                if path == "/moved":
                    return self._send(301, b"", location="/ok")
                if path == "/slow":
                    web.stop.wait(SLOW)
                    return self._send(200, b"<html><body>late</body></html>")
                if path == "/flaky":  # fails once, then works: a retry must save it
                    return self._send(503 if web.hits[path] == 1 else 200, b"<html><body>flaky</body></html>")
                status = {"/ok": 200, "/skipped": 200, "/private": 200, "/gone": 404, "/broken": 500, "/forbidden": 403}
                self._send(status.get(path, 404), b"<html><body>page</body></html>")

            def _send(self, status, body, ctype="text/html", location=None):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("LinkChecker", "unthrottled")  # skip LinkChecker's politeness delay
                    if location:
                        self.send_header("Location", location)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                    pass  # the checker gave up waiting (the /slow case)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.httpd.server_port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def readable_dir():
    # LinkChecker, run as root, reads the CA file as the user 'nobody': pytest's tmp_path is private to root.
    path = Path(tempfile.mkdtemp(prefix="links-test-"))
    os.chmod(path, 0o755)
    yield path
    shutil.rmtree(path)


@pytest.fixture(scope="module")
def web(readable_dir):
    cert, key = readable_dir / "cert.pem", readable_dir / "key.pem"
    done = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, (
        f"openssl (Debian package 'openssl') is needed to make a test certificate: {done.stderr}"
    )
    os.chmod(cert, 0o644)
    server = FakeWeb(cert, key)
    server.cert = cert
    yield server
    server.close()


def _reference(path: str, rid: str, verified: str | None, base: str) -> str:
    entry = f"  - id: {rid}\n    title: Page {rid}\n    url: {base}{path}\n    kind: article\n    publisher: Example\n"
    return entry + (f"    last_verified: {verified}\n" if verified else "")


@pytest.fixture(scope="module")
def model_site(tmp_path_factory, web):
    """The minimal model whose references all point at the fake web, built into a site."""
    tmp = tmp_path_factory.mktemp("links")
    data = make_data(tmp)
    refs = "references:\n" + "".join(
        _reference(path, rid, verified, web.url) for path, (rid, verified) in LINKS.items()
    )
    (data / "references.yml").write_text(refs)
    practice = data / "practices" / "ab-testing.yml"
    cited = ", ".join(rid for rid, _ in LINKS.values())
    text = practice.read_text().replace("references: [guide]", f"references: [{cited}]")
    # A link written in prose, not in references.yml: the report must point at this line too.
    text = text.replace(
        "why: Why ab-testing matters.", f"why: Why it matters, as [a note]({web.url}/gone-too) explains."
    )
    practice.write_text(text)
    _, problems = check(tmp, data)
    assert problems == []
    site = tmp / "site"
    built = build_site(site, data)
    assert built.returncode == 0, built.stderr[-3000:]
    return tmp, data, site


def _url_line(data: Path, url: str) -> int:
    lines = (data / "references.yml").read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.strip() == f"url: {url}")


@pytest.fixture(scope="module")
def outcomes(model_site, web):
    _, _, site = model_site
    web.hits.clear()
    settings = Settings(timeout=TIMEOUT, retries=2, backoff=5, threads=4, ignore=(IGNORE, OFFSITE), ca_bundle=web.cert)
    pauses: list[float] = []  # recorded instead of slept: the schedule is what matters here
    found = check_site(site, settings, sleep=pauses.append)
    return {o.link: o for o in found}, dict(web.hits), pauses


def test_each_answer_gets_its_verdict(outcomes, web):
    by_link, _, _ = outcomes
    verdicts = {link[len(web.url) :]: o.verdict for link, o in by_link.items() if link.startswith(web.url)}
    assert verdicts == {
        "/ok": "ok",
        "/moved": "redirected",
        "/gone": "broken",
        "/gone-too": "broken",
        "/broken": "broken",
        "/slow": "broken",
        "/flaky": "ok",
        "/forbidden": "unverified",
        "/private": "unverified",
        "/skipped": "ignored",
    }


def test_failures_are_retried_with_back_off_and_successes_are_not(outcomes, web):
    by_link, hits, pauses = outcomes
    assert pauses == [5, 10]  # the pause doubles before each retry
    assert hits["/gone"] == 3 and hits["/broken"] == 3 and by_link[web.url + "/gone"].attempts == 3  # crawl + 2 retries
    assert (
        hits["/flaky"] == 2 and by_link[web.url + "/flaky"].attempts == 2
    )  # failed once, then answered: not retried again
    assert by_link[web.url + "/ok"].attempts == 1


def test_timeouts_and_status_codes_are_reported_as_they_happened(outcomes, web):
    by_link, _, _ = outcomes
    assert by_link[web.url + "/gone"].result.status.startswith("404")
    assert by_link[web.url + "/broken"].result.status.startswith("500")
    assert "timed out" in by_link[web.url + "/slow"].result.status.lower()
    assert by_link[web.url + "/moved"].result.final_url == web.url + "/ok"
    assert "robots.txt" in by_link[web.url + "/private"].result.info


def test_ignored_links_are_never_requested(outcomes):
    _, hits, _ = outcomes
    assert hits.get("/skipped", 0) == 0
    assert hits.get("/private", 0) == 0  # robots.txt forbids it: LinkChecker does not fetch it either


def test_the_site_itself_is_crawled_and_has_no_broken_page(outcomes):
    by_link, _, _ = outcomes
    internal = [o for o in by_link.values() if o.internal]
    assert len(internal) >= 10  # every level and practice page, the assets: the crawl followed the site's links
    assert [o.link for o in internal if o.verdict == "broken"] == []


def test_each_url_maps_back_to_the_data_line_that_cites_it(model_site, web):
    tmp, data, _ = model_site
    index = citations(tmp, data)
    gone = index[web.url + "/gone"]
    assert [(c.path, c.line, c.what) for c in gone] == [
        ("data/references.yml", _url_line(data, web.url + "/gone"), "reference 'gone'")
    ]
    prose = index[web.url + "/gone-too"]
    why_line = next(
        i
        for i, line in enumerate((data / "practices" / "ab-testing.yml").read_text().splitlines(), 1)
        if line.startswith("why:")
    )
    assert [(c.path, c.line, c.what) for c in prose] == [
        ("data/practices/ab-testing.yml", why_line, "'why' of practice 'ab-testing'")
    ]


def test_cli_writes_the_report_and_exits_1_on_broken_links(model_site, web, readable_dir):
    tmp, data, site = model_site
    ignore = readable_dir / "ignore.txt"
    ignore.write_text(f"# sites that refuse automated checks\n\n{IGNORE}\n{OFFSITE}\n")
    report, summary = tmp / "out" / "report.md", tmp / "out" / "summary.json"
    web.hits.clear()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools",
            "links-external",
            "--site",
            str(site),
            "--data",
            str(data),
            "--ignore",
            str(ignore),
            "--ca-bundle",
            str(web.cert),
            "--timeout",
            str(TIMEOUT),
            "--retries",
            "1",
            "--backoff",
            "0",
            "--report",
            str(report),
            "--summary",
            str(summary),
            "--today",
            "2026-11-23",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stderr
    counts = json.loads(summary.read_text())
    # The catalog's tool urls are off this machine, so OFFSITE ignores each of them besides the two links above.
    offsite_tools = {t.url for t in load_model(tmp, data).tools if t.url and re.match(OFFSITE, t.url)}
    assert {k: counts[k] for k in ("broken", "unverified", "redirected", "ignored", "stale")} == {
        "broken": 4,
        "unverified": 2,
        "redirected": 1,
        "ignored": 2 + len(offsite_tools),
        "stale": 8,
    }
    text = report.read_text()
    gone_line = _url_line(data, web.url + "/gone")
    assert (
        f"| {web.url}/gone | 404 Not Found (2 of 2 attempts) | {data}/references.yml:{gone_line} (reference 'gone') |"
        in text
    )
    assert "## Broken links (4)" in text and "## Could not be verified (2)" in text
    assert f"| {web.url}/moved | {web.url}/ok |" in text  # moved permanently: cite the new address
    assert "| video |" in text and "2024-01-01 (1057 days ago)" in text  # verified too long ago
    assert "| guide |" not in text  # verified 22 days before --today
    assert f"- {web.url}/skipped" in text
    assert "4 broken" in done.stderr


def test_stale_references_are_those_never_or_long_ago_verified(model_site):
    tmp, data, _ = model_site
    model, _ = check(tmp, data)
    stale = stale_references(model, date(2026, 11, 23), max_age_days=365)
    assert [(s.reference.id, s.age_days) for s in stale][0] == ("broken", None)
    assert ("video", 1057) in [(s.reference.id, s.age_days) for s in stale]
    assert "guide" not in [s.reference.id for s in stale]
    assert "video" not in [s.reference.id for s in stale_references(model, date(2026, 11, 23), max_age_days=1100)]


def test_ignore_list_reports_every_bad_line(tmp_path):
    path = tmp_path / "ignore.txt"
    path.write_text("# comment\n^https://ok\\.example/\n[unclosed\n\n(also\n")
    with pytest.raises(IgnoreListError) as err:
        load_ignore(path, "ignore.txt")
    assert [(p.path, p.line) for p in err.value.problems] == [("ignore.txt", 3), ("ignore.txt", 5)]
    assert "invalid regular expression '[unclosed'" in str(err.value)


def _ignore_list_problems(path: Path, urls: list[str]) -> list[str]:
    """What the ignore list's own header asks of each pattern, beyond being a valid expression: a comment right
    above it saying which site and why, and at least one URL of the data that it matches (else it is stale)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = []
    for pattern in load_ignore(path):
        number = next(i for i, line in enumerate(lines) if line.strip() == pattern)
        if number == 0 or not lines[number - 1].lstrip().startswith("#"):
            problems.append(f"line {number + 1}: '{pattern}' has no comment above it saying which site and why")
        expression = re.compile(pattern.removeprefix("!"))
        if not any(expression.search(url) for url in urls):
            problems.append(f"line {number + 1}: '{pattern}' matches no URL the data cites - remove it")
    return problems


def test_the_project_ignore_list_is_valid_explained_and_current():
    urls = [ref.url for ref in load_model().references]
    assert _ignore_list_problems(ROOT / ".github" / "linkcheck-ignore.txt", urls) == []


def test_an_unexplained_or_stale_ignore_pattern_is_reported(tmp_path):
    path = tmp_path / "ignore.txt"
    path.write_text("# example.org refuses crawlers\n^https://example\\.org/\n\n^https://gone\\.example/\n")
    assert _ignore_list_problems(path, ["https://example.org/page"]) == [
        "line 4: '^https://gone\\.example/' has no comment above it saying which site and why",
        "line 4: '^https://gone\\.example/' matches no URL the data cites - remove it",
    ]


def test_a_missing_site_is_a_clear_error(tmp_path):
    data = make_data(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tools", "links-external", "--site", str(tmp_path / "nowhere"), "--data", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "no built site" in done.stderr and "make site" in done.stderr
