/* The result: score and level, the breakdown by area (a chart and a table with the same numbers), next steps. */
import { h } from "./dom.js";
import { nextSteps } from "./plan.js";

export function resultView(view) {
  const summary = h("div", { class: "gsc-summary", "aria-live": "polite", "aria-atomic": "true" });
  const details = h("div", { class: "gsc-details" });
  const element = h("section", { class: "gsc-result", "aria-labelledby": `${view.uid}-result` },
    h("h2", { id: `${view.uid}-result`, text: "Your result" }), summary, details);

  function show(res) {
    if (!res.complete) {
      summary.replaceChildren(h("p", { text: `Answer all ${res.total} questions to see your score and level.` }));
      details.replaceChildren();
      return;
    }
    if (res.score === null) {
      summary.replaceChildren(h("p", {
        text: "Every question is marked Not applicable, so there is nothing to score. Answer at least one to see your level.",
      }));
      details.replaceChildren();
      return;
    }
    const label = `Level ${res.level.number} – ${res.level.name}`;
    summary.replaceChildren(
      h("p", { class: "gsc-score" }, "Score: ", h("strong", { text: `${res.score} / ${res.max}` })),
      h("p", { class: "gsc-level" }, "Level: ", h("strong", { text: label })),
    );
    if (res.applicableMax < res.max) {
      summary.append(h("p", {
        class: "gsc-rescaled", text: `Rescaled from ${res.points} of ${res.applicableMax} points, as some questions do not apply.`,
      }));
    }
    details.replaceChildren(h("p", {}, view.link(res.level.url, `What ${label} means`)), breakdown(res), nextSteps(view, res.plan));
  }

  return { element, show };
}

function percent(a) {
  return a.max ? Math.round((100 * a.points) / a.max) : null;
}

function breakdown(res) {
  const chart = h("div", { class: "gsc-chart", "aria-hidden": "true" }, res.areas.map((a) => {
    const fill = h("span", { class: "gsc-fill" });
    fill.style.width = `${percent(a) || 0}%`; // a CSSOM property, which a style-src CSP allows
    return h("div", { class: "gsc-row" }, h("span", { class: "gsc-row-name", text: a.name }), h("span", { class: "gsc-track" }, fill),
      h("span", { class: "gsc-row-value", text: a.max ? `${percent(a)}%` : "n/a" }));
  }));
  const rows = res.areas.map((a) => h("tr", {}, h("th", { scope: "row", text: a.name }),
    h("td", { text: a.max ? `${a.points} of ${a.max}` : "Not applicable" }), h("td", { text: a.max ? `${percent(a)}%` : "–" })));
  const head = h("thead", {}, h("tr", {}, ["Area", "Points", "Share"].map((text) => h("th", { scope: "col", text }))));
  const table = h("table", { class: "gsc-table" }, h("caption", { text: "Points per area" }), head, h("tbody", {}, rows));
  return h("div", { class: "gsc-breakdown" }, h("h3", { text: "By area" }), chart, h("div", { class: "gsc-table-wrap" }, table));
}
