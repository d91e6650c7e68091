"""What the self-check pages show at build time: the widget's mount point, how scoring works, the embed snippet."""

from __future__ import annotations

import posixpath
import re
from html import escape
from urllib.parse import urljoin

from ..contract import EMBED_ELEMENT, HEIGHT_MESSAGE, MESSAGE_VERSION, RESULT_EVENT, RESULT_MESSAGE, THEMES
from ..model import Model
from ..render.levels import gate_points
from ..render.md import band, english, level_label, page_url, rel, rel_url, table
from .export import JSON_PATH, SELF_CHECK_PAGE, json_url
from .scoring import rescale

EMBED_PAGE = "self-check/embed.md"
# The script embed's entry, next to the JSON it loads (it finds it by its own URL).
EMBED_SCRIPT = posixpath.join(posixpath.dirname(JSON_PATH), "embed.js")


def widget(model: Model, page: str, messages: dict) -> str:
    """The element the widget mounts on; ``data-model`` points at the JSON file relative to this page.

    ``messages`` is the widget's catalog in the page's language: the loading line, the words for a browser
    without JavaScript, and the two errors the widget shows when its JSON (and so its catalog) cannot load.
    """
    count = len(model.self_check.questions)
    links = {
        "levels": f'<a href="{escape(rel_url(page, "levels/index.md"))}">{escape(messages["load.noscript_levels"])}</a>',
        "practices": f'<a href="{escape(rel_url(page, "practices/index.md"))}">{escape(messages["load.noscript_practices"])}</a>',
    }
    noscript = re.sub(r"\{(levels|practices)\}", lambda m: links[m.group(1)], escape(messages["load.noscript"]))
    return (
        f'<div class="gsc-mount" data-genaiops-self-check data-model="{escape(json_url(page))}"'
        f' data-load-failed="{escape(messages["load.failed"])}" data-sandboxed="{escape(messages["load.sandboxed"])}">\n'
        f'<p class="gsc-loading">{escape(messages["load.loading"].replace("{count}", str(count)))}</p>\n'
        f"<noscript><p>{noscript}</p></noscript>\n"
        "</div>"
    )


def origin(model: Model, page: str, msg=None) -> str:
    """Say plainly what the self-check is: the guide's own questionnaire on the published model's bands."""
    msg = msg or english()
    official = model.reference_by_id[model.self_check.official_assessment]
    return msg(
        "selfcheck.origin",
        title=model.title,
        official=f"[{official.title}]({official.url})",
        publisher=official.publisher,
    )


def scoring(model: Model, page: str, msg=None) -> str:
    """How answers become a score and a level, with every number taken from the data."""
    msg = msg or english()
    sc = model.self_check
    top = model.max_score
    rows = [
        [s.name, "; ".join(f"{o.text}: {o.points}" for o in s.options), str(sum(q.scale == s.id for q in sc.questions))]
        for s in sc.scales
    ]
    level_rows = [
        [f"[{level_label(lv, msg)}]({rel(page, lv.page)})", band(lv), _gate(model, lv, msg)] for lv in model.levels
    ]
    optional = [q for q in sc.questions if q.not_applicable]
    optional_rows = [[q.text, q.not_applicable, str(sc.scale_by_id[q.scale].top)] for q in optional]
    needed = -(-sc.applicable_min_percent * top // 100)
    out = [
        msg("selfcheck.asks", count=len(sc.questions)),
        table([msg("selfcheck.col_scale"), msg("selfcheck.col_answers"), msg("selfcheck.col_questions")], rows),
        msg("selfcheck.bands", top=top, percent=sc.level_gate_percent),
        table([msg("selfcheck.col_level"), msg("selfcheck.col_score", top=top), msg("selfcheck.col_gate")], level_rows),
    ]
    if optional:
        example = max(optional, key=lambda q: sc.scale_by_id[q.scale].top)
        applicable = top - sc.scale_by_id[example.scale].top
        earned = applicable - 6
        out += [
            msg("selfcheck.optional", count=len(optional), not_applicable=msg("selfcheck.not_applicable")),
            table(
                [msg("selfcheck.col_question"), msg("selfcheck.col_when"), msg("selfcheck.col_points")], optional_rows
            ),
            msg(
                "selfcheck.rescale",
                not_applicable=msg("selfcheck.not_applicable"),
                top=top,
                left_out=sc.scale_by_id[example.scale].top,
                earned=earned,
                applicable=applicable,
                result=rescale(earned, applicable, top),
            ),
            msg("selfcheck.enough", percent=sc.applicable_min_percent, needed=needed, top=top),
        ]
    out.append(msg("selfcheck.plan"))
    return "\n\n".join(out)


def _gate(model: Model, level, msg) -> str:
    if level.number == model.levels[0].number:
        return msg("selfcheck.gate_none")
    return msg("selfcheck.gate", need=gate_points(model, level), points=model.points_by_level.get(level.number, 0))


def _address(site_url: str | None, path: str) -> str:
    """``path`` (site-relative) under the published address, or root-relative when the build does not know it."""
    if not site_url:
        return f"/{path}"
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", path)


def embed_parts(model: Model, site_url: str | None) -> dict[str, str]:
    """The code an outside site copies, one block a key: the iframe and its listener, the script embed and its."""
    frame_path = page_url(EMBED_PAGE)
    src = _address(site_url, frame_path)
    iframe = (
        f'<iframe src="{escape(src)}" title="{escape(model.title)} self-check" '
        'width="100%" height="900" style="border: 0" loading="lazy" allow="clipboard-write"></iframe>'
    )  # clipboard-write lets Copy share link work; the listener replaces the height with the content's; no
    # border, as a browser's default inset border shows as a light frame on a dark page
    listener = "\n".join(
        [
            f"var frame = document.querySelector('iframe[src*=\"/{frame_path}\"]');",
            "var guide = new URL(frame.src).origin;  // the address the frame was given, absolute",
            'window.addEventListener("message", function (event) {',
            "  // only the self-check's frame, still showing the guide (not a page it was navigated to)",
            "  if (event.source !== frame.contentWindow || event.origin !== guide) return;",
            "  var data = event.data;",
            f"  if (!data || data.version !== {MESSAGE_VERSION}) return;  // a message shape this code knows",
            f'  if (data.type === "{HEIGHT_MESSAGE}") {{',
            '    frame.style.height = data.height + "px";  // the frame fits its content: no scrolling inside it',
            f'  }} else if (data.type === "{RESULT_MESSAGE}") {{',
            "    // data.level is the level number, data.score the score; nothing else is sent",
            '    console.log("Level " + data.level + ", score " + data.score);',
            "  }",
            "});",
        ]
    )
    fallback = _address(site_url, page_url(SELF_CHECK_PAGE))
    script = "\n".join(
        [
            f'<script type="module" src="{escape(_address(site_url, EMBED_SCRIPT))}"></script>',
            f'<{EMBED_ELEMENT} theme="{THEMES[0]}">',
            f'  <a href="{escape(fallback)}">Take the {escape(model.title)} self-check</a>',
            f"</{EMBED_ELEMENT}>",
        ]
    )
    element_listener = "\n".join(
        [
            f'document.querySelector("{EMBED_ELEMENT}").addEventListener("{RESULT_EVENT}", function (event) {{',
            '  console.log("Level " + event.detail.level + ", score " + event.detail.score);',
            "});",
        ]
    )
    return {"iframe": iframe, "listener": listener, "script": script, "element_listener": element_listener}


def embed_snippet(model: Model, page: str, site_url: str | None, msg=None) -> str:
    """How another site embeds the self-check, in a frame or with a script, and the messages it can listen for."""
    msg = msg or english()
    parts = embed_parts(model, site_url)

    def block(key: str) -> str:
        return f"```text\n{parts[key]}\n```"

    themes = ", ".join(f"`{t}`" for t in THEMES)
    intro = msg("embed.copy") if site_url else msg("embed.relative")
    languages = ", ".join(
        [f"{msg('embed.english')} (`en`)", *(f"{lang.name} (`{lang.code}`)" for lang in model.languages)]
    )
    example = model.languages[-1].code if model.languages else "en"
    messages = table(
        [msg("embed.col_type"), msg("embed.col_version"), msg("embed.col_then"), msg("embed.col_sent")],
        [
            [f"`{HEIGHT_MESSAGE}`", str(MESSAGE_VERSION), msg("embed.height_fields"), msg("embed.height_sent")],
            [f"`{RESULT_MESSAGE}`", str(MESSAGE_VERSION), msg("embed.result_fields"), msg("embed.result_sent")],
        ],
    )
    event = f"`{RESULT_EVENT}`"
    return "\n\n".join(
        [
            f"### {msg('embed.iframe')}",
            intro,
            block("iframe"),
            msg("embed.listener"),
            block("listener"),
            msg("embed.shape"),
            messages,
            msg("embed.version"),
            msg("embed.learns"),
            msg("embed.theme", themes=themes, default=THEMES[0]),
            msg("embed.language", languages=languages, example=example),
            f"### {msg('embed.script')}",
            msg("embed.element", themes=themes),
            block("script"),
            msg("embed.event", event=event),
            block("element_listener"),
            msg("embed.share"),
            msg("embed.cors"),
            msg("embed.own", event=event),
        ]
    )
