"""The home and about pages name the source model article, linked exactly as references.yml cites it."""

from __future__ import annotations

import pytest

from macros.validate import load_model
from tests.support import ROOT


@pytest.mark.parametrize("page", ["index.md", "about.md"])
def test_page_links_the_source_model_article(page):
    article = load_model().reference_by_id["genaiops-maturity-article"]
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert f"[{article.title}]({article.url})" in text
