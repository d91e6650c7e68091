/*
 * The result: score, level and why, the breakdown by area (a chart and a table with the same numbers), plan.
 * In print it also carries the date and the model version, and the notes (the form they are typed in is hidden).
 */
import { h } from "./dom.js";
import { inPlaceList, nextSteps } from "./plan.js";
import { aboutThis, levelLabel, reasonText } from "./reason.js";

export function resultView(view, controls) {
  const summary = h("div", { class: "gsc-summary", "aria-live": "polite", "aria-atomic": "true" });
  const details = h("div", { class: "gsc-details" });
  const stamp = h("p", { class: "gsc-print-only gsc-stamp" });
  const noteList = h("div", { class: "gsc-print-only gsc-notes" });
  const element = h("section", { class: "gsc-result", "aria-labelledby": `${view.uid}-result` },
    h("h2", { id: `${view.uid}-result`, text: "Your result" }), stamp, summary, controls, details, noteList, aboutThis(view));

  function show(res) {
    stamp.textContent = `${new Date().toISOString().slice(0, 10)}, questionnaire version ${view.data.model.version}`;
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

  /* Text nodes only: a note with markup prints as typed. */
  function notes(byQuestion) {
    const items = view.data.questions.map((q, i) => [q, i]).filter(([q]) => byQuestion[q.id])
      .map(([q, i]) => h("li", {}, h("strong", { text: `Question ${i + 1}, ${q.text}: ` }), byQuestion[q.id]));
    noteList.replaceChildren(...(items.length ? [h("h3", { text: "Your notes" }), h("ul", {}, items)] : []));
  }

  return { element, show, notes };
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
