/* Notices above the form: what happened to answers restored from a link, storage or a file. */
import { h } from "./dom.js";
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
 * storage or a file); none for the current version. `where` says where what does not fit went, if anywhere.
 */
export function changes(data, found, where = "") {
  const number = (q) => data.questions.indexOf(q) + 1;
  const gone = found.outdated && ageOf(data, found.version) === "an older" ? "a question no longer asked"
    : `a question version ${data.model.version} does not ask`;
  const lines = found.outdated ? [`Made with version ${found.version}; this is version ${data.model.version}.`] : [];
  return [
    ...lines,
    ...found.dropped.map((id) => `Dropped${where}: the answer to "${id}", ${gone}.`),
    ...(found.droppedNotes || []).map((id) => `Dropped${where}: the note on "${id}", ${gone}.`),
    ...found.cleared.map((q) => `Changed: question ${number(q)} has new answers; please answer it again.`),
    ...(found.outdated ? found.missing : []).map((q) => `New or unanswered: question ${number(q)}, "${q.text}"`),
  ];
}
