/* The result: score, level and why, the breakdown by area (a chart and a table with the same numbers), plan. */
import { h } from "./dom.js";
import { inPlaceList, nextSteps } from "./plan.js";
import { aboutThis, levelLabel, reasonText } from "./reason.js";

export function resultView(view) {
  const summary = h("div", { class: "gsc-summary", "aria-live": "polite", "aria-atomic": "true" });
  const details = h("div", { class: "gsc-details" });
  const element = h("section", { class: "gsc-result", "aria-labelledby": `${view.uid}-result` },
    h("h2", { id: `${view.uid}-result`, text: "Your result" }), summary, details, aboutThis(view));

  function show(res) {
    details.replaceChildren();
    if (!res.complete) {
      summary.replaceChildren(h("p", { text: `Answer all ${res.total} questions to see your score and level.` }));
      return;
    }
    const reason = h("p", { class: "gsc-reason", text: reasonText(res.reason) });
    if (!res.level) {
      summary.replaceChildren(h("p", { class: "gsc-score" }, "Points: ",
        h("strong", { text: `${res.points} of ${res.applicableMax} applicable points` })), reason);
      details.replaceChildren(...[breakdown(res), inPlaceList(view, res.inPlace)].filter(Boolean));
      return;
    }
    summary.replaceChildren(
      h("p", { class: "gsc-score" }, "Score: ", h("strong", { text: `${res.score} / ${res.max}` })),
      h("p", { class: "gsc-level" }, "Level: ", h("strong", { text: levelLabel(res.level) })),
    );
    if (res.applicableMax < res.max) {
      summary.append(h("p", {
        class: "gsc-rescaled", text: `Rescaled from ${res.points} of ${res.applicableMax} points, as some questions do not apply.`,
      }));
    }
    summary.append(reason);
    const about = h("p", {}, view.link(res.level.url, `What ${levelLabel(res.level)} means`));
    details.replaceChildren(...[about, breakdown(res), nextSteps(view, res), inPlaceList(view, res.inPlace)].filter(Boolean));
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
