/* Notices above the form: what happened to answers restored from a link, storage or a file. */
import { h } from "./dom.js";

export function noticesView() {
  const element = h("div", { class: "gsc-notices", role: "status" });
  return {
    element,
    add(text, items = []) {
      const list = items.length ? h("ul", {}, items.map((item) => h("li", { text: item }))) : null;
      element.append(h("div", { class: "gsc-notice" }, h("p", { text }), list));
    },
    clear() {
      element.replaceChildren();
    },
  };
}

/* The lines that say what an older version's answers lost (a reconcile result); none for the current version. */
export function changes(data, found) {
  if (!found.outdated) return [];
  const number = (q) => data.questions.indexOf(q) + 1;
  return [
    `Made with version ${found.version}; this is version ${data.model.version}.`,
    ...found.dropped.map((id) => `Dropped: the answer to "${id}", a question no longer asked.`),
    ...found.cleared.map((q) => `Changed: question ${number(q)} has new answers; please answer it again.`),
    ...found.missing.map((q) => `New or unanswered: question ${number(q)}, "${q.text}"`),
  ];
}
