/*
 * The embed page: its look from ?theme= and ?accent=, and, in an iframe, its content height posted to the
 * parent on every change, so the host's listener can fit the frame to it (no scrolling inside the frame).
 */
import { applyLook } from "./look.js";

let started = false;

export function startFrame(contract) {
  if (started) return; // a share link opened in the frame mounts again; one observer is enough
  started = true;
  const params = new URLSearchParams(location.search);
  applyLook(document.body, contract, params.get("theme"), params.get("accent"));
  if (window.parent === window) return;
  let last = 0;
  // The body's box, not scrollHeight: that never drops below the frame's height, so the frame could not shrink.
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: contract.height_message, version: contract.message_version, height }, "*");
  }).observe(document.body);
}
