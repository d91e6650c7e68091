/*
 * The widget's entry on the guide (imported by assets/javascripts/self-check-loader.js only where a page has
 * the widget) and on the embed page. It mounts where an element carries data-genaiops-self-check, from the
 * JSON its data-model names. Instant navigation swaps pages without reloading scripts, so mounting runs on
 * every document$ emission and marks each element it mounts on, which keeps it idempotent.
 */
import { isShareFragment } from "./answers.js";
import { h } from "./dom.js";
import { startFrame } from "./frame.js";
import { inLanguage, loadModel } from "./load.js";
import { mountWidget } from "./widget.js";

const MOUNT = "data-genaiops-self-check";
const MOUNTED = "data-gsc-mounted";
const EMBED_PAGE = "gsc-page"; // the body class of overrides/self-check-embed.html
const widgets = new Set(); // the widgets mounted on this page, which share links opened here are handed to

/* The share link in this page's own address, if any: read once, dropped from the address once dealt with. */
function openLink(widget) {
  const hash = location.hash;
  if (!isShareFragment(hash)) return;
  widget.openLink(hash, () => {
    // Only if the address still holds that link: a reload then shows the saved answers, not the link again.
    if (location.hash === hash) history.replaceState(history.state, "", location.pathname + location.search);
  });
}

async function mount(root) {
  let url = new URL(root.getAttribute("data-model"), location.href);
  let data;
  try {
    // The page's language, unless the address asks for another (?lang=, for embedders of the frame).
    ({ data, url } = await inLanguage(await loadModel(url), url, new URLSearchParams(location.search).get("lang")));
  } catch {
    // From disk (where a browser loads this module at all), self-check-from-disk.js has already said why.
    if (location.protocol === "file:" && root.querySelector(".gsc-error")) return;
    // The page's own words (the build writes them on the mount, in its language): the catalog is in the JSON that failed.
    const text = root.getAttribute(window.origin === "null" ? "data-sandboxed" : "data-load-failed");
    root.replaceChildren(h("p", { class: "gsc-error", role: "alert", text }));
    return;
  }
  const widget = mountWidget(root, data, url);
  widgets.add(widget);
  openLink(widget);
  if (document.body.classList.contains(EMBED_PAGE)) startFrame(data.contract);
}

function mountAll() {
  for (const root of document.querySelectorAll(`[${MOUNT}]`)) {
    if (root.hasAttribute(MOUNTED)) continue;
    root.setAttribute(MOUNTED, "");
    mount(root);
  }
}

// A share link opened on the self-check page itself only changes the fragment: the widgets read it as they are,
// with the reader's answers still on the page (and kept, even where storage is blocked).
window.addEventListener("hashchange", () => {
  for (const widget of widgets) {
    if (widget.root.isConnected) openLink(widget);
    else widgets.delete(widget); // left behind by instant navigation
  }
});

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(mountAll);
}
// Imported after the first document$ emission, or on the embed page with no Material at all: mount now too.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
