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

/*
 * The language an embedder asked for (?lang= of the embed page, lang= of the element), as one of the languages the
 * build lists: the same tag in any case, else the same language ("pt" or "pt-PT" -> "pt-BR"), else English, the
 * source. Nothing asked (null or ""): the JSON's own language, which on this site is the page's.
 */
export function pickLanguage(data, asked) {
  if (!asked) return data.lang;
  const tags = Object.keys(data.languages);
  const lower = asked.toLowerCase();
  const primary = lower.split("-")[0];
  return tags.find((tag) => tag.toLowerCase() === lower) || tags.find((tag) => tag.toLowerCase().split("-")[0] === primary)
    || (tags.includes("en") ? "en" : data.lang);
}

/* { data, url } in the language asked for; the JSON already loaded when that language cannot be (never an error). */
export async function inLanguage(data, url, asked) {
  const lang = pickLanguage(data, asked);
  if (lang === data.lang) return { data, url };
  const other = new URL(data.languages[lang], url);
  try {
    return { data: await loadModel(other), url: other };
  } catch {
    return { data, url };
  }
}
