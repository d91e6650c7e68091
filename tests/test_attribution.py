"""The home and about pages name the source model article, linked from data/model.yml's source_article."""

from __future__ import annotations

import pytest

from macros.assemble import load_model


@pytest.mark.parametrize("page", ["index.html", "about/index.html"])
def test_page_links_the_source_model_article(site_dir, page):
    model = load_model()
    article = model.reference_by_id[model.source_article]
    assert model.source_article == "genaiops-maturity-article"
    html = (site_dir / page).read_text(encoding="utf-8")
    assert f'<a href="{article.url.replace("&", "&amp;")}">{article.title}</a>' in html
