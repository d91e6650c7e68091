"""The pseudo-locale's detector: runs of plain-ASCII English words left in a page built in ``qps-ploc``.

In the pseudo-locale every translatable string comes out accented and bracketed (``⟦Ŀḗṽḗŀ⟧``), so a word spelled
in plain ASCII letters is text some code wrote by hand, unless the guide quotes it on purpose: a product or tool
name, a reference's title or publisher, a framework's own item, an id, or code. The allow-list is derived from the
data (:func:`allowed_phrases`), never typed in here, so a new tool or reference needs no change to this file.
The site's walk (tests/test_pseudo_site.py) and the widget's walk both read a page's visible text with
:data:`VISIBLE_TEXT_JS` and fail on :func:`english_runs` of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["VISIBLE_TEXT_JS", "allowed_phrases", "english_runs"]

# A word in plain ASCII letters (an apostrophe or hyphen inside it, as in "don't" or "self-check"). A pseudo word
# has at least one accented letter, so it never matches as a whole: the lookarounds stop a match inside one.
_WORD = r"(?<![^\W\d_])[A-Za-z]+(?:['’-][A-Za-z]+)*(?![^\W\d_])"
# Two such words side by side, with only spaces or punctuation between them: a phrase written by hand.
_RUN = re.compile(rf"{_WORD}(?:[\s,.;:!?()/–-]+{_WORD})*")
# Shorter than this, a lone ASCII word is a unit, an initialism or a level's letter ("L2", "KB", "CSV"), which the
# guide writes the same in every language; a run of two words or more is always reported.
MIN_LONE_WORD = 4

# The visible text a reader sees in the page's content and navigation, without code (kept as written in every
# language), the brackets' own text or anything hidden. Material's interface strings come from its own language
# support and are checked by the theme, not by this walk (the table of contents, titled by Material, repeats the
# content's headings); the navigation and the page's title are ours.
VISIBLE_TEXT_JS = """(selectors) => {
  const skip = 'code, pre, kbd, samp, script, style, noscript, svg, .md-search, .md-nav--secondary, [hidden], ' +
    '[aria-hidden="true"]';
  const out = [];
  for (const root of document.querySelectorAll(selectors)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest(skip)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (node.textContent.trim()) out.push(node.textContent);
    }
  }
  return out.join('\\n');
}"""


def english_runs(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Every run of plain-ASCII words in ``text`` once the ``allowed`` phrases are taken out, in order of
    appearance. A run of one word counts only from :data:`MIN_LONE_WORD` letters on."""
    phrases = sorted({p for p in allowed if p.strip()}, key=len, reverse=True)  # longest first: titles before words
    if phrases:
        text = re.sub("|".join(re.escape(p) for p in phrases), " ¦ ", text)
    found = []
    for match in _RUN.finditer(text):
        run = match.group().strip(" ,.;:!?()/–-")
        words = re.findall(_WORD, run)
        if len(words) > 1 or (words and len(words[0]) >= MIN_LONE_WORD):
            found.append(run)
    return found


def allowed_phrases(model) -> set[str]:
    """What the guide quotes as written in every language, from the (English) model: tool and product names,
    reference titles and publishers, frameworks' names, versions and items, ids, languages and model versions."""
    out = {model.title.split()[0]}  # the guide's subject, "GenAIOps", is a name
    for t in model.tools:
        out.add(t.name)
    for r in model.references:
        out |= {r.title, r.publisher, r.language or ""}  # the language a reference is written in, as cited
    for fw in model.frameworks:
        # the copy of the framework's text its items were checked against: a citation, not translatable
        # (macros/i18n/texts.py translates a framework's scope only)
        out |= {fw.name, fw.version, fw.id, fw.verified_from}
        for item in fw.items:
            out |= {item.id, item.title}
    for v in model.model_versions:
        out |= {v.family, v.id}
    for p in model.practices:
        out |= {u.tool for u in p.tools}
        out |= {ex.language for ex in p.examples}
    # Each language's own name for itself ("Português (Brasil)"), as the embed instructions list them.
    out |= {lang.name for lang in model.languages}
    # Names the comparison quotes as product and discipline names, not prose.
    out |= {"MLOps", "DevOps", "LLMOps", "GenAIOps"}
    return out
