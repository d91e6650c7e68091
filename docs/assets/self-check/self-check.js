/*
 * The widget's entry on the guide (imported by assets/javascripts/self-check-loader.js only where a page has
 * the widget) and on the embed page. It mounts where an element carries data-genaiops-self-check, from the
 * JSON its data-model names. Instant navigation swaps pages without reloading scripts, so mounting runs on
 * every document$ emission and marks each element it mounts on, which keeps it idempotent.
 */
import { isShareFragment } from "./answers.js";
import { h } from "./dom.js";
import { startFrame } from "./frame.js";
import { LOAD_FAILED, loadModel } from "./load.js";
import { mountWidget } from "./widget.js";

const MOUNT = "data-genaiops-self-check";
const MOUNTED = "data-gsc-mounted";
const EMBED_PAGE = "gsc-page"; // the body class of overrides/self-check-embed.html

async function mount(root) {
  const url = new URL(root.getAttribute("data-model"), location.href);
  let data;
  try {
    data = await loadModel(url);
  } catch {
    // From disk (where a browser loads this module at all), self-check-from-disk.js has already said why.
    if (location.protocol === "file:" && root.querySelector(".gsc-error")) return;
    root.replaceChildren(h("p", { class: "gsc-error", role: "alert", text: LOAD_FAILED }));
    return;
  }
  mountWidget(root, data, url);
  if (document.body.classList.contains(EMBED_PAGE)) startFrame(data.contract);
}

function mountAll() {
  for (const root of document.querySelectorAll(`[${MOUNT}]`)) {
    if (root.hasAttribute(MOUNTED)) continue;
    root.setAttribute(MOUNTED, "");
    mount(root);
  }
}

// A share link opened on the self-check page itself only changes the fragment: mount afresh to read it.
window.addEventListener("hashchange", () => {
  if (!isShareFragment(location.hash)) return;
  for (const root of document.querySelectorAll(`[${MOUNTED}]`)) root.removeAttribute(MOUNTED);
  mountAll();
});

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(mountAll);
}
// Imported after the first document$ emission, or on the embed page with no Material at all: mount now too.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
