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


def embed_snippet(model: Model, page: str, site_url: str | None) -> str:
    """How another site embeds the self-check, in a frame or with a script, and the messages it can listen for."""
    parts = embed_parts(model, site_url)

    def block(key: str) -> str:
        return f"```text\n{parts[key]}\n```"

    themes = ", ".join(f"`{t}`" for t in THEMES)
    if site_url:
        intro = "Copy this into your page:"
    else:
        intro = (
            "This copy of the guide was built without its public address (`site_url`), so the addresses below "
            "are relative: put the guide's address in front of them."
        )
    messages = table(
        ["`type`", "`version`", "Then", "Sent"],
        [
            [f"`{HEIGHT_MESSAGE}`", str(MESSAGE_VERSION), "`height`: the content's height in CSS pixels",
             "once the questions are shown, and whenever the height changes"],
            [f"`{RESULT_MESSAGE}`", str(MESSAGE_VERSION), "`level`: the level number; `score`: the score",
             "when the reader's change in the frame gives a level (an answer, a target level, an import); "
             "never on load"],
        ],
    )  # fmt: skip
    return "\n\n".join(
        [
            "### In an iframe",
            intro,
            block("iframe"),
            "The frame sends the page that holds it small messages, and nothing from the answers. These few lines, "
            "in a script that runs after the iframe element, fit the frame's height to its content (without them "
            "the frame keeps its 900 pixels and scrolls inside) and read the result:",
            block("listener"),
            "Every message is an object with `type` and `version` first, then the fields of its type:",
            messages,
            "`version` is raised when the fields of a message change, so a listener that checks it, as above, "
            "never misreads a newer shape.",
            "**What your page learns.** The result is sent only after the reader changes something in the frame, "
            "never when the frame loads: a reader who comes back finds their saved answers in the frame, and your "
            "page learns nothing of them until they act. The height is sent from the start, as the frame needs "
            "it; it follows what the frame shows, so it is larger when saved answers give a result and a plan "
            "(it tells that much, never the answers, the level or the score). "
            "The listener checks both `event.source` and `event.origin`, so a message from any other window, or "
            "from another page the frame was sent to, is ignored.",
            f"**Theme.** Add `?theme=` to the frame's address to match your page: {themes} (the default is "
            f"`{THEMES[0]}`; `auto` follows the reader's system setting, `prefers-color-scheme`). "
            "`?accent=` sets the colour of the bars, borders and choices, as three or six hex digits without "
            "the `#` (for example `?theme=dark&accent=0a7ea4`); any other value is ignored. Text never takes the "
            "accent, so it keeps its contrast whatever colour you pick.",
            "### With a script, without an iframe",
            "The self-check can also sit in your page itself: add the script and the element. The element's "
            "content (here a link to this page) shows until the self-check has loaded, and stays if it cannot. "
            f"It takes the same `theme` ({themes}) and `accent` as attributes, and keeps its styles to itself: "
            "your page's styles do not change it, and its styles do not change your page.",
            block("script"),
            f"When the reader's change gives a result, the element dispatches a `{RESULT_EVENT}` event (never on "
            "load), whose `detail` holds `level`, `score`, `max` and the level's `name`:",
            block("element_listener"),
            "Share links made in the element open this guide's self-check page: the element never reads your "
            "page's address as a share link, and never changes it.",
            "**The one requirement:** the script, and the questions and styles it loads next to itself, come from "
            "this guide's address, so when your page is on another site they must be served with the header "
            "`Access-Control-Allow-Origin` (CORS). GitHub Pages sends `Access-Control-Allow-Origin: *` with every "
            "public site, though it is not a setting it documents or lets you change; a copy of the guide on your "
            "own server needs that header on `assets/self-check/`. A Content-Security-Policy on your page must "
            "allow the guide's address in `script-src` and `connect-src`.",
            f"On this guide's own pages the widget dispatches the same `{RESULT_EVENT}` event, which bubbles from "
            "the self-check's element.",
        ]
    )
