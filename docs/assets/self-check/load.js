/* Fetching the widget's JSON (checked before use) and CSS, once per URL; a failed load is tried again next time. */
import { isUsableModel } from "./model.js";

const loads = new Map();

function once(url, read) {
  if (!loads.has(url.href)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return read(response);
    });
    request.catch(() => loads.delete(url.href));
    loads.set(url.href, request);
  }
  return loads.get(url.href);
}

export const loadModel = (url) => once(url, async (response) => {
  const data = await response.json();
  if (!isUsableModel(data)) throw new Error("not a self-check model");
  return data;
});

export const loadText = (url) => once(url, (response) => response.text());
