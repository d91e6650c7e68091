/*
 * Reset asks first, in the page: a group under the buttons with what will happen, a choice to also remove the
 * notes kept in the history (for a shared computer), and Clear or Cancel. Not window.confirm: that blocks the
 * page (and automated tests), cannot offer the choice, and its text is the browser's, not the self-check's.
 * Focus goes to Cancel, the safe answer, and back to the Reset button when the group closes; Escape cancels.
 * reset(everything) is the widget's: it keeps the answers as the undo unless everything is asked.
 */
import { button, h } from "../dom.js";
import { clearHistoryNotes } from "./history.js";

export function askReset({ data, view, say }, box, reset) {
  const opener = document.activeElement;
  const id = `${view.uid}-confirm`;
  const everything = h("input", { type: "checkbox", id: `${id}-all` });
  const close = () => {
    box.replaceChildren();
    if (opener && opener.isConnected) opener.focus();
  };
  const clear = button("Clear answers", () => {
    const all = everything.checked;
    close();
    const kept = reset(all);
    if (!all) {
      say(kept ? "Answers and notes cleared. Undo the reset brings them back." : "Answers cleared.");
      return;
    }
    const history = { ok: " here and in the history's snapshots", newer: "; the history, saved by a newer self-check, was left "
      + "as it is", blocked: "; the history could not be changed here" }[clearHistoryNotes(data)];
    say(`Answers and notes cleared${history}. Nothing is kept to undo.`);
  });
  const cancel = button("Cancel", () => {
    close();
    say("Nothing was cleared.");
  });
  const group = h("div", { class: "gsc-confirm gsc-notice", role: "group", "aria-labelledby": `${id}-text` },
    h("p", { id: `${id}-text`, text: "Clear every answer and note on this page? Undo the reset will bring them back." }),
    h("p", {}, everything, h("label", { for: everything.id, text: " Also remove the notes kept in the history's snapshots, "
      + "and keep nothing to undo (for a shared computer)" })),
    h("p", { class: "gsc-controls" }, clear, cancel));
  group.addEventListener("keydown", (event) => {
    if (event.key === "Escape") cancel.click();
  });
  box.replaceChildren(group);
  cancel.focus();
}
