"""The widget's security rules are ESLint's (`make lint`), and they catch each way text could become markup or code.

ESLint lints each sample from stdin as if it were a file of the widget (``--stdin-filename``), with the project's
own config, so these tests fail if a rule is dropped from eslint.config.mjs, and nothing is written into the tree.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.support import ROOT

ESLINT = ROOT / "node_modules" / ".bin" / "eslint"
AS_IF = "docs/assets/self-check/lint-sample.js"  # linted as a module of the widget; never written

# One unsafe line each, with the rule that must refuse it. `text` stands for data-, storage- or URL-derived text.
UNSAFE = {
    "el.innerHTML = text;": "no-unsanitized/property",
    "el.outerHTML = text;": "no-unsanitized/property",
    'el.insertAdjacentHTML("beforeend", text);': "no-unsanitized/method",
    "document.write(text);": "no-unsanitized/method",
    "document.createRange().createContextualFragment(text);": "no-unsanitized/method",
    'new DOMParser().parseFromString(text, "text/html");': "no-unsanitized/method",
    "frame.srcdoc = text;": "no-restricted-syntax",
    'frame.setAttribute("srcdoc", text);': "no-restricted-syntax",
    "el.setHTMLUnsafe(text);": "no-unsanitized/method",
    "import(text);": "no-unsanitized/method",
    "eval(text);": "no-eval",
    "new Function(text)();": "no-new-func",
    "setTimeout(text + '();', 10);": "no-implied-eval",
    'el.setAttribute("onclick", text);': "no-restricted-syntax",
    'el.setAttribute("ONMOUSEOVER", "go()");': "no-restricted-syntax",
    'el.setAttributeNS(null, "onload", text);': "no-restricted-syntax",
    'h("a", { onclick: text });': "no-restricted-syntax",
    'h("a", { "onfocus": text });': "no-restricted-syntax",
    "h('a', { [text]: 'x' });": "no-restricted-syntax",
    "h('a', { ...text });": "no-restricted-syntax",
    "h('a', text);": "no-restricted-syntax",
    'location.href = "javascript:void 0";': "no-script-url",
}
# What the widget does instead: the same rules let each of these through.
SAFE = [
    "el.textContent = text;",
    'el.innerHTML = "";',
    'el.setAttribute("href", text);',
    'h("a", { href: text, class: "gsc-link", text });',
    'h("p", null, text);',
    'el.addEventListener("click", () => text);',
    'import("./lazy/reports.js");',
    "setTimeout(() => text, 10);",
]


def _lint(lines: list[str]) -> dict[int, set[str]]:
    """Rule ids reported per line (1-based) when `lines` are linted as a widget module."""
    if not ESLINT.exists():
        pytest.fail("ESLint is missing: run 'make setup' (npm's devDependencies)")
    source = "\n".join(["/* global el, frame, text */", 'import { h } from "./dom.js";', *lines, "export { h };", ""])
    done = subprocess.run(
        [str(ESLINT), "--format", "json", "--stdin", "--stdin-filename", AS_IF],
        cwd=ROOT,
        input=source,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    found: dict[int, set[str]] = {}
    for message in json.loads(done.stdout)[0]["messages"]:
        found.setdefault(message["line"] - 2, set()).add(message.get("ruleId") or message["message"])
    return found


@pytest.fixture(scope="module")
def linted() -> dict[int, set[str]]:
    return _lint([*UNSAFE, *SAFE])


@pytest.mark.parametrize(("number", "line"), list(enumerate(UNSAFE, 1)), ids=list(UNSAFE))
def test_lint_refuses_text_as_markup_or_code(linted, number, line):
    assert UNSAFE[line] in linted.get(number, set()), linted.get(number)


@pytest.mark.parametrize(("number", "line"), list(enumerate(SAFE, len(UNSAFE) + 1)), ids=SAFE)
def test_lint_lets_the_safe_ways_through(linted, number, line):
    assert linted.get(number, set()) == set()
