"""What the self-check pages show at build time: the widget's mount point, how scoring works, the embed snippet."""

from __future__ import annotations

from html import escape
from urllib.parse import urljoin

from ..model import Model
from ..render.md import band, page_url, rel, rel_url, table
from .contract import RESULT_EVENT, RESULT_MESSAGE
from .export import json_url

EMBED_PAGE = "self-check/embed.md"


def widget(model: Model, page: str) -> str:
    """The element the widget mounts on; ``data-model`` points at the JSON file relative to this page."""
    count = len(model.self_check.questions)
    practices, levels = rel_url(page, "practices/index.md"), rel_url(page, "levels/index.md")
    return (
        f'<div class="gsc-mount" data-genaiops-self-check data-model="{escape(json_url(page))}">\n'
        f'<p class="gsc-loading">Loading the {count} questions…</p>\n'
        f"<noscript><p>The self-check runs in your browser and needs JavaScript. Without it, the "
        f'<a href="{escape(levels)}">levels</a> and <a href="{escape(practices)}">practices</a> '
        f"describe what each level expects.</p></noscript>\n"
        "</div>"
    )


def scoring(model: Model, page: str) -> str:
    """How answers become a score and a level, with the numbers taken from the data."""
    sc = model.self_check
    top = model.max_score
    rows = [
        [s.name, "; ".join(f"{o.text}: {o.points}" for o in s.options), str(sum(q.scale == s.id for q in sc.questions))]
        for s in sc.scales
    ]
    bands = [[f"[{lv.label}]({rel(page, lv.page)})", band(lv)] for lv in model.levels]
    return "\n\n".join(
        [
            f"The self-check asks **{len(sc.questions)} questions**, each about one practice of the guide. "
            "Each answer gives the points shown below; the answers share these scales:",
            table(["Scale", "Answers and their points", "Questions"], rows),
            f"With every question answered, your score is the sum of your points, from 0 to **{top}**, "
            "and the level is the one whose band holds it:",
            table(["Level", f"Score out of {top}"], bands),
            "**Not applicable.** Any question can be answered *Not applicable*, for example when you run no "
            "application that faces users. Such a question is left out, and the points you earned are rescaled "
            f"to the {top}-point scale so that the same bands apply:",
            f"> **score = points earned × {top} ÷ the most points the applicable questions allow**, rounded to the "
            "nearest whole number, with halves rounded up.",
            "With no question marked *Not applicable*, this is simply the sum of your points. When every question is "
            "answered *Not applicable* there is nothing to measure: the self-check says so and shows no level.",
            "**Your next steps** list the practices whose question you did not answer with its top answer and that "
            "are expected by the next level up or an earlier one, the area with the smallest share of its points "
            "first. Each links to its practice page and references. At the top level, every practice not yet fully "
            "in place is listed.",
        ]
    )


def embed_snippet(model: Model, page: str, site_url: str | None) -> str:
    """The iframe and message listener an outside site copies; absolute when the build knows its address."""
    path = page_url(EMBED_PAGE)
    if site_url:
        src = urljoin(site_url if site_url.endswith("/") else site_url + "/", path)
        intro = "Copy this into your page:"
    else:
        src = f"/{path}"
        intro = (
            f"This copy of the guide was built without its public address (`site_url`), so the address below "
            f"is relative: put the guide's address in front of `{src}`."
        )
    iframe = (
        f'<iframe src="{escape(src)}" title="{escape(model.title)} self-check" '
        'width="100%" height="900" loading="lazy" allow="clipboard-write"></iframe>'
    )  # lets Copy share link work
    listener = "\n".join(
        [
            f"var frame = document.querySelector('iframe[src$=\"/{path}\"]');",
            'window.addEventListener("message", function (event) {',
            "  if (event.source !== frame.contentWindow) return;  // only the self-check's frame",
            "  var data = event.data;",
            f'  if (data && data.type === "{RESULT_MESSAGE}") {{',
            "    // data.level is the level number, data.score the score; nothing else is sent",
            '    console.log("Level " + data.level + ", score " + data.score);',
            "  }",
            "});",
        ]
    )
    return "\n\n".join(
        [
            intro,
            f"```text\n{iframe}\n```",
            f"When a result is ready, the frame sends the page that holds it a message with the level number and the "
            f"score, and nothing else. To use it, listen for messages of type `{RESULT_MESSAGE}` from the frame, "
            "in a script that runs after the iframe element:",
            f"```text\n{listener}\n```",
            f"On this guide's own pages the widget also dispatches a `{RESULT_EVENT}` DOM event, which bubbles from "
            "the self-check's element.",
        ]
    )
