/*
 * The self-check widget's entry, loaded on every page as an ES module. It acts only where an element
 * carries data-genaiops-self-check, and reads nothing but the JSON file named by its data-model attribute,
 * fetched once per URL. Material's instant navigation swaps pages without reloading this script, so
 * mounting runs on every document$ emission and marks each element it mounts on, which keeps it idempotent.
 */
import { isShareFragment } from "./answers.js";
import { h } from "./dom.js";
import { isUsableModel } from "./model.js";
import { mountWidget } from "./widget.js";

const MOUNT = "data-genaiops-self-check";
const MOUNTED = "data-gsc-mounted";
const loads = new Map();

function load(url) {
  if (!loads.has(url.href)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }).then((data) => {
      if (!isUsableModel(data)) throw new Error("not a self-check model");
      return data;
    });
    request.catch(() => loads.delete(url.href)); // a failed load is retried on the next visit
    loads.set(url.href, request);
  }
  return loads.get(url.href);
}

async function mount(root) {
  const url = new URL(root.getAttribute("data-model"), location.href);
  let data;
  try {
    data = await load(url);
  } catch {
    // From disk (where a browser loads this module at all), self-check-from-disk.js has already said why.
    if (location.protocol === "file:" && root.querySelector(".gsc-error")) return;
    root.replaceChildren(h("p", {
      class: "gsc-error", role: "alert", text: "The self-check could not load its questions. Reload the page to try again.",
    }));
    return;
  }
  mountWidget(root, data, url);
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
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mountAll); // the standalone embed page has no Material bundle
} else {
  mountAll();
}
