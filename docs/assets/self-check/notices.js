/* Notices above the form: what happened to answers restored from a link, storage or a file. */
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { ageOf } from "./model.js";

export function noticesView() {
  const element = h("div", { class: "gsc-notices", role: "status" });
  return {
    element,
    /* One notice: a sentence, an optional list, optional buttons; returned so it can be taken away alone. */
    add(text, items = [], controls = []) {
      const list = items.length ? h("ul", {}, items.map((item) => h("li", { text: item }))) : null;
      const buttons = controls.length ? h("p", { class: "gsc-controls" }, controls) : null;
      const notice = h("div", { class: "gsc-notice" }, h("p", { text }), list, buttons);
      element.append(notice);
      return notice;
    },
    clear() {
      element.replaceChildren();
    },
  };
}

/*
 * The lines that say what answers of another version lost (a reconcile result, with droppedNotes when read from
 * storage or a file); none for the current version. `where` is "here" when what does not fit went from this page (into the history).
 */
export function changes(data, found, where = "") {
  const number = (q) => data.questions.indexOf(q) + 1;
  const current = data.model.version;
  // changes.gone_older, changes.gone_other
  const gone = t(data, found.outdated && ageOf(data, found.version) === "older" ? "changes.gone_older" : "changes.gone_other", { current });
  const lines = found.outdated ? [t(data, "changes.made_with", { version: found.version, current })] : [];
  const dropped = (what, id) => t(data, `changes.dropped_${what}${where && "_here"}`, { id, gone }); // changes.dropped_answer(_here), _note, _evidence
  return [
    ...lines,
    ...found.dropped.map((id) => dropped("answer", id)),
    ...(found.droppedNotes || []).map((id) => dropped("note", id)),
    ...(found.droppedEvidence || []).map((id) => dropped("evidence", id)),
    ...found.cleared.map((q) => t(data, "changes.cleared", { number: number(q) })),
    ...(found.outdated ? found.missing : []).map((q) => t(data, "changes.missing", { number: number(q), text: q.text })),
  ];
}
