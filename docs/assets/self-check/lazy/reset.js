/*
 * Reset asks first, in the page: a group under the buttons with what will happen, a choice to also remove the
 * notes kept in the history (for a shared computer), and Clear or Cancel. Not window.confirm: that blocks the
 * page (and automated tests), cannot offer the choice, and its text is the browser's, not the self-check's.
 * Focus goes to Cancel, the safe answer, and back to the Reset button when the group closes; Escape cancels.
 * reset(everything) is the widget's: it keeps the answers as the undo unless everything is asked.
 */
import { button, h } from "../dom.js";
import { t } from "../i18n.js";
import { clearHistoryNotes } from "./history.js";

export function askReset({ data, view, say }, box, reset) {
  const tr = (key) => t(data, key);
  const opener = document.activeElement;
  const id = `${view.uid}-confirm`;
  const everything = h("input", { type: "checkbox", id: `${id}-all` });
  const close = () => {
    box.replaceChildren();
    if (opener && opener.isConnected) opener.focus();
  };
  const clear = button(tr("reset.clear"), () => {
    const all = everything.checked;
    close();
    const kept = reset(all);
    if (!all) {
      say(tr(kept ? "reset.cleared_kept" : "reset.cleared"));
      return;
    }
    say(tr(`reset.everything_${clearHistoryNotes(data)}`)); // reset.everything_ok, reset.everything_newer, reset.everything_blocked
  });
  const cancel = button(tr("cancel"), () => {
    close();
    say(tr("reset.cancelled"));
  });
  const group = h("div", { class: "gsc-confirm gsc-notice", role: "group", "aria-labelledby": `${id}-text` },
    h("p", { id: `${id}-text`, text: tr("reset.ask") }),
    h("p", {}, everything, h("label", { for: everything.id, text: tr("reset.everything") })),
    h("p", { class: "gsc-controls" }, clear, cancel));
  group.addEventListener("keydown", (event) => {
    if (event.key === "Escape") cancel.click();
  });
  box.replaceChildren(group);
  cancel.focus();
}
