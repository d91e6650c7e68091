"""The built guide as an outside judge sees it: the W3C Nu Html Checker over every page, and data text escaped.

vnu (the ``vnu-jar`` npm package, run with the system's Java) checks the whole site once. Any error or warning
fails the test unless tests/vnu-allowed.txt lists it, with a reason: that list holds only the theme's markup.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
import yaml

from tests.support import ROOT, build_site, make_data

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ALLOWED = Path(__file__).resolve().parent / "vnu-allowed.txt"


@dataclass(frozen=True)
class Allowed:
    line: int
    reason: str
    message: str
    url: re.Pattern | None = None

    def matches(self, finding: dict) -> bool:
        return finding["message"] == self.message and (self.url is None or bool(self.url.search(finding["page"])))


def load_allowed(path: Path = ALLOWED) -> list[Allowed]:
    """Entries of the allowlist: comment lines (the reason), ``message: ...`` and an optional ``url: <regex>``."""
    entries: list[Allowed] = []
    reason: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            reason = []  # a blank line ends a reason: the file's header is no entry's reason
        elif line.startswith("#"):
            reason.append(line.lstrip("# "))
        elif line.startswith("message: "):
            if not reason:
                raise ValueError(f"{path.name}:{number}: an allowed message needs a reason in the comment above it")
            entries.append(Allowed(number, " ".join(reason), line[len("message: ") :]))
            reason = []
        elif line.startswith("url: ") and entries and entries[-1].line == number - 1:
            last = entries.pop()
            entries.append(Allowed(last.line, last.reason, last.message, re.compile(line[len("url: ") :])))
        else:
            raise ValueError(f"{path.name}:{number}: expected '# reason', 'message: ...' or 'url: ...' after it")
    return entries


def _vnu(site: Path) -> list[dict]:
    """vnu's errors and warnings on every HTML file under ``site``, each with ``page`` (its path in the site)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("java not found: install Debian's default-jre-headless (.ci/run does)")
    if not VNU.exists():
        pytest.fail(f"{VNU} not found: run 'make setup' (npm ci)")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stderr)  # vnu writes its report to stderr and exits 1 when it found errors
    root = site.resolve()
    findings = []
    for m in report["messages"]:
        if m["type"] == "info" and m.get("subType") != "warning":
            continue  # plain information, neither error nor warning
        url = m.get("url", "")
        path = Path(unquote(urlparse(url).path)) if url.startswith("file:") else None
        page = path.resolve().relative_to(root).as_posix() if path else url
        findings.append({**m, "page": page})
    return findings


def _summary(findings: list[dict]) -> str:
    """Findings grouped by message, most frequent first, with the first three places of each."""
    by_message: dict[str, list[dict]] = {}
    for f in findings:
        kind = f["subType"] if f["type"] == "info" else f["type"]
        by_message.setdefault(f"{kind}: {f['message']}", []).append(f)
    lines = []
    for message, found in sorted(by_message.items(), key=lambda item: -len(item[1])):
        lines.append(f"{len(found)} x {message}")
        for f in found[:3]:
            extract = " ".join((f.get("extract") or "").split())[:160]
            lines.append(f"    {f['page']}:{f.get('lastLine', '?')}: {extract}")
    return "\n".join(lines)


def test_allowlist_gives_every_entry_a_reason():
    entries = load_allowed()
    assert entries, "tests/vnu-allowed.txt lists nothing: then delete it and its use here"
    assert len({(e.message, e.url and e.url.pattern) for e in entries}) == len(entries), "an entry is listed twice"


def test_whole_site_passes_the_nu_html_checker(site_dir):
    allowed = load_allowed()
    findings = _vnu(site_dir)
    assert findings or allowed, "vnu reported nothing at all"
    unexpected = [f for f in findings if not any(a.matches(f) for a in allowed)]
    assert unexpected == [], (
        "vnu found markup problems (fix the project's markup; tests/vnu-allowed.txt is for the theme's):\n"
        + _summary(unexpected)
    )
    unused = [a for a in allowed if not any(a.matches(f) for f in findings)]
    assert unused == [], "entries of tests/vnu-allowed.txt that match nothing any more (remove them): " + ", ".join(
        f"line {a.line}: {a.message[:60]}" for a in unused
    )


class _Head(HTMLParser):
    """The <title> text and the attributes of every <meta> of a page, as a browser parses them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.metas: list[list[tuple[str, str | None]]] = []
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            self.metas.append(attrs)
        self._in_title = tag == "title" and self.title is None
        if self._in_title:
            self.title = ""

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@pytest.mark.build
def test_quotes_and_markup_characters_in_data_survive_into_meta_and_title(tmp_path):
    """A practice's summary is its page's <meta name="description">: a `"` in it once ended the attribute."""
    data = make_data(tmp_path)
    path = data / "practices" / "ci-cd.yml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["title"] = 'CI/CD for "prompts" & models in < 3 days'
    doc["summary"] = "Say \"ship it\" only when x < 3 & y > 2, so 'done' means done."
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = build_site(tmp_path / "site", data)
    assert result.returncode == 0, result.stderr[-4000:]

    head = _Head()
    head.feed((tmp_path / "site" / "practices" / "ci-cd" / "index.html").read_text(encoding="utf-8"))
    descriptions = [dict(attrs) for attrs in head.metas if ("name", "description") in attrs]
    assert descriptions == [{"name": "description", "content": doc["summary"]}]
    assert " ".join(head.title.split()) == f"{doc['title']} - GenAIOps Maturity Guide"
