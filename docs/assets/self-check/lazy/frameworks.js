/*
 * The frameworks view under a result: one collapsible section per framework, its items grouped by what the
 * reader's practices and plan do for them (crosswalk.js), each item linked to the framework's own text and to the
 * practices the guide maps to it. The crosswalk is fetched once, after a first result, from beside model.json.
 * Text only: ids, titles and reasons from the data go in as text nodes.
 */
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { coverage, exportField, fitsModel, STATUSES } from "./crosswalk.js";

const loads = new Map();

/* The crosswalk that goes with this model.json; rejects when it cannot be had (a later call tries again). */
export function loadCrosswalk(data, jsonUrl) {
  const url = new URL(data.contract.crosswalk, jsonUrl).href;
  if (!loads.has(url)) {
    const request = fetch(url).then((r) => (r.ok ? r.json() : null)).then((crosswalk) => {
      if (!fitsModel(data, crosswalk)) throw new Error("no crosswalk for this model");
      return crosswalk;
    });
    request.catch(() => loads.delete(url));
    loads.set(url, request);
  }
  return loads.get(url);
}

/* The frameworks of a complete result, or null when the crosswalk cannot be had (reports then go without it). */
export async function frameworksOf(data, jsonUrl, res) {
  if (!res.complete) return null;
  try {
    return coverage(data, await loadCrosswalk(data, jsonUrl), res);
  } catch {
    return null;
  }
}

/* The export file's `frameworks` field for a complete result, or null without the crosswalk. */
export async function exportedFrameworks(data, jsonUrl, res) {
  const frameworks = await frameworksOf(data, jsonUrl, res);
  return frameworks && exportField(frameworks);
}

/* An item's line: its id (linked to the framework's text), its title, and the practices mapped to it. */
function itemLine(view, fw, item) {
  const tr = (key, params) => t(view.data, key, params);
  const practices = item.practices.map((p) => h("li", {}, view.link(p.url, p.title),
    p.state ? ` (${tr(`frameworks.state_${p.state}`)})` : null, // frameworks.state_in-place, frameworks.state_planned
    p.why ? h("span", { class: "gsc-fw-why", text: ` ${tr("frameworks.why", { why: p.why })}` }) : null));
  return h("li", { "data-item": item.id, "data-status": item.status }, h("strong", {}, view.link(fw.url, item.id)), `: ${item.title}`,
    practices.length ? h("ul", { "aria-label": tr("frameworks.practices_of", { item: item.id }) }, practices) : null);
}

function section(view, fw, open) {
  const tr = (key, params) => t(view.data, key, params);
  const groups = STATUSES.map((status) => [status, fw.items.filter((item) => item.status === status)]).filter(([, items]) => items.length)
    .map(([status, items]) => [h("h4", { text: tr(`frameworks.group_${status}`, { count: items.length }) }), // frameworks.group_supported ...
      h("ul", { class: "gsc-fw-items" }, items.map((item) => itemLine(view, fw, item)))]);
  return h("details", { class: "gsc-fw", "data-framework": fw.id, open },
    h("summary", {}, h("strong", { text: fw.name }), " ", h("span", { class: "gsc-fw-counts", text: tr("frameworks.summary", fw.counts) })),
    h("p", {}, tr("frameworks.version", { version: fw.version }), " ", view.link(fw.url, tr("frameworks.text", { name: fw.name }))),
    groups);
}

/*
 * Shows the view of `res` in `box`, keeping open the sections the reader opened. current(): whether `res` is still
 * the result shown once the crosswalk is in (the reader may have answered again meanwhile).
 */
export async function showFrameworks(view, box, res, current = () => true) {
  const { data } = view;
  const frameworks = await frameworksOf(data, view.jsonUrl, res);
  if (!current()) return;
  if (!frameworks) return void box.replaceChildren(h("p", { class: "gsc-fw-failed", text: t(data, "frameworks.failed") }));
  const open = new Set([...box.querySelectorAll("details[open]")].map((d) => d.getAttribute("data-framework")));
  box.replaceChildren(h("div", { class: "gsc-frameworks" }, h("h3", { text: t(data, "frameworks.title") }),
    h("p", { class: "gsc-fw-disclaimer", text: t(data, "frameworks.disclaimer") }),
    frameworks.map((fw) => section(view, fw, open.has(fw.id)))));
  return true;
}
