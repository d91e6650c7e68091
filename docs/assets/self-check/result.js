/*
 * The result: score, level and why, the breakdown by area (a chart and a table with the same numbers), plan.
 * In print it also carries the date and the model version, the notes and the evidence (the form is hidden). On
 * screen and in print it lists the evidence that is due for review or overdue, by the reader's clock.
 */
import { button, h } from "./dom.js";
import { day, pct, t } from "./i18n.js";
import { inPlaceList, nextSteps } from "./plan.js";
import { aboutThis, levelLabel, reasonText } from "./reason.js";

export function resultView(view, controls) {
  const { data } = view;
  const tr = (key, params) => t(data, key, params);
  const summary = h("div", { class: "gsc-summary", "aria-live": "polite", "aria-atomic": "true" });
  const details = h("div", { class: "gsc-details" });
  // Out of the live summary, so it is not read out with each answer; opens the area and focuses (widget.js).
  const toFirst = h("p", { class: "gsc-to-first", hidden: true }, button(tr("result.first_unanswered"), () => view.goToFirst()));
  const stamp = h("p", { class: "gsc-print-only gsc-stamp" });
  const noteList = h("div", { class: "gsc-print-only gsc-notes" });
  // The frameworks view: its code and the crosswalk load after the first complete result, never on a first visit.
  const frameworks = h("div", { class: "gsc-frameworks-box" });
  let shown = 0; // the latest result asked for, so a slower earlier load never shows over a newer one
  const dueBox = h("div", { class: "gsc-due" });
  const evidenceList = h("div", { class: "gsc-print-only gsc-evidence-list" });
  let listed = 0; // the latest notes() call, so an earlier evidence load never fills the boxes over a newer one
  const element = h("section", { class: "gsc-result", "aria-labelledby": `${view.uid}-result` },
    h("h2", { id: `${view.uid}-result`, text: tr("result.title") }), stamp, summary, toFirst, controls, details, dueBox, noteList,
    evidenceList, aboutThis(view));

  function show(res) {
    stamp.textContent = tr("result.stamp", { date: day(data, new Date()), version: data.model.version });
    details.replaceChildren();
    toFirst.hidden = true;
    const ticket = ++shown;
    if (res.complete) {
      import("./lazy/frameworks.js").then((m) => m.showFrameworks(view, frameworks, res, () => ticket === shown),
        () => ticket === shown && frameworks.replaceChildren(h("p", { text: tr("lazy.failed") })));
    } else frameworks.replaceChildren();
    if (!res.complete) {
      // The way to what is missing: opens its area and puts focus on it (view.goToFirst, widget.js).
      summary.replaceChildren(h("p", { text: tr("result.incomplete", { count: res.total }) }));
      toFirst.hidden = !res.answered;
      return;
    }
    const reason = h("p", { class: "gsc-reason", text: reasonText(data, res.reason) });
    if (!res.level) {
      summary.replaceChildren(h("p", { class: "gsc-score" }, tr("result.points"),
        h("strong", { text: tr("result.points_value", { points: res.points, count: res.applicableMax }) })), reason);
      details.replaceChildren(...[breakdown(data, res), inPlaceList(view, res.inPlace), frameworks].filter(Boolean));
      return;
    }
    summary.replaceChildren(
      h("p", { class: "gsc-score" }, tr("result.score"), h("strong", { text: tr("result.score_value", { score: res.score, max: res.max }) })),
      h("p", { class: "gsc-level" }, tr("result.level"), h("strong", { text: levelLabel(data, res.level) })),
    );
    if (res.applicableMax < res.max) {
      summary.append(h("p", {
        class: "gsc-rescaled", text: tr("result.rescaled", { points: res.points, count: res.applicableMax }),
      }));
    }
    summary.append(reason);
    const about = h("p", {}, view.link(res.level.url, tr("result.level_link", { level: levelLabel(data, res.level) })));
    details.replaceChildren(...[about, breakdown(data, res), nextSteps(view, res), inPlaceList(view, res.inPlace), frameworks].filter(Boolean));
  }

  /* Text nodes only: a note or evidence with markup prints as typed. */
  function notes(byQuestion, evidence = {}) {
    const items = data.questions.map((q, i) => [q, i]).filter(([q]) => byQuestion[q.id])
      .map(([q, i]) => h("li", {}, h("strong", { text: tr("result.note", { number: i + 1, text: q.text }) }), byQuestion[q.id]));
    noteList.replaceChildren(...(items.length ? [h("h3", { text: tr("result.notes") }), h("ul", {}, items)] : []));
    // Evidence, rare on a first visit, brings its code (lazy/evidence-due.js); the latest call wins a slow load.
    const asked = ++listed;
    if (!Object.keys(evidence).length) return void (dueBox.replaceChildren(), evidenceList.replaceChildren());
    import("./lazy/evidence-due.js").then((m) => asked === listed && m.lists(data, evidence, dueBox, evidenceList), () => {});
  }

  return { element, show, notes };
}

function percent(a) {
  return a.max ? Math.round((100 * a.points) / a.max) : null;
}

function breakdown(data, res) {
  const tr = (key, params) => t(data, key, params);
  const chart = h("div", { class: "gsc-chart", "aria-hidden": "true" }, res.areas.map((a) => {
    const fill = h("span", { class: "gsc-fill" });
    fill.style.width = `${percent(a) || 0}%`; // a CSSOM property, which a style-src CSP allows
    return h("div", { class: "gsc-row" }, h("span", { class: "gsc-row-name", text: a.name }), h("span", { class: "gsc-track" }, fill),
      h("span", { class: "gsc-row-value", text: a.max ? pct(data, percent(a)) : tr("na_short") }));
  }));
  const rows = res.areas.map((a) => h("tr", {}, h("th", { scope: "row", text: a.name }),
    h("td", { text: a.max ? tr("points_of", { points: a.points, max: a.max }) : tr("questions.na") }), h("td", { text: pct(data, percent(a)) })));
  const head = h("thead", {}, h("tr", {}, ["area", "points", "share"].map((key) => h("th", { scope: "col", text: tr(`column.${key}`) })))); // column.area, column.points, column.share
  const table = h("table", { class: "gsc-table" }, h("caption", { text: tr("result.by_area_caption") }), head, h("tbody", {}, rows));
  return h("div", { class: "gsc-breakdown" }, h("h3", { text: tr("by_area") }), chart, h("div", { class: "gsc-table-wrap" }, table));
}
