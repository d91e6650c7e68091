/*
 * Loads the self-check widget only on pages that carry it, instead of on every page of the guide. Material's
 * instant navigation swaps pages in without reloading scripts, so the check runs on each document$ emission;
 * once imported, the widget subscribes to document$ itself and mounts on the pages that follow.
 */
const MOUNT = "[data-genaiops-self-check]"; // written by the self_check() macro (macros/selfcheck/render.py)
let widget = null;

function loadWhereNeeded() {
  if (widget || !document.querySelector(MOUNT)) return;
  widget = import("../self-check/self-check.js");
  widget.catch(() => { widget = null; }); // offline for a moment: the next page with the widget tries again
}

if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(loadWhereNeeded);
else loadWhereNeeded();
