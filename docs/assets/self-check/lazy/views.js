/* Pieces the history and team views share: a table with a caption, bars, a heading for a panel. Text only. */
import { h } from "../dom.js";
import { pct, t } from "../i18n.js";

export function table(caption, columns, rows) {
  const head = h("thead", {}, h("tr", {}, columns.map((text) => h("th", { scope: "col", text }))));
  const body = h("tbody", {}, rows.map(([first, ...rest]) => h("tr", {}, h("th", { scope: "row" }, first), rest.map((c) => h("td", {}, c)))));
  return h("div", { class: "gsc-table-wrap" }, h("table", { class: "gsc-table" }, h("caption", { text: caption }), head, body));
}

/* Bars for values 0-100 (null: none); hidden from assistive tech, as the table next to it has the numbers. */
export function bars(data, rows) {
  return h("div", { class: "gsc-chart", "aria-hidden": "true" }, rows.map(({ name, values }) => h("div", { class: "gsc-row" },
    h("span", { class: "gsc-row-name", text: name }),
    h("span", { class: "gsc-bars" }, values.map(({ value, before }) => {
      const fill = h("span", { class: before ? "gsc-fill gsc-before" : "gsc-fill" });
      fill.style.width = `${value || 0}%`; // a CSSOM property, which a style-src CSP allows
      return h("span", { class: "gsc-track" }, fill);
    })),
    h("span", { class: "gsc-row-value", text: values.map((v) => (v.value === null ? t(data, "na_short") : pct(data, v.value))).join(" → ") }))));
}

export function panel(view, name, title, ...children) {
  const id = `${view.uid}-${name}`;
  return h("section", { class: "gsc-section", "aria-labelledby": id }, h("h2", { id, text: title }), ...children);
}
