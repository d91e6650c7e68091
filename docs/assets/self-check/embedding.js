/*
 * Telling the page around the widget about a result: a DOM CustomEvent on the widget's element, and, when
 * the self-check runs in an iframe, a postMessage to the parent. Names come from the model's contract.
 *
 * What a framing page may learn: the level and score, and only once the reader has changed something in the
 * widget (widget.js calls this after the reader's own action, never on load). A page of the same site that
 * frames the embed page shares its storage, so announcing on load would hand it a returning visitor's saved
 * result before they touch anything. The height message (frame.js) is sent from load on, as the frame needs it.
 */
export const framed = window.parent !== window;

export function announce(root, contract, res) {
  const detail = { score: res.score, max: res.max, level: res.level.number, name: res.level.name };
  // composed: in the script embed the widget sits in a shadow root, and the host sees the event on its element.
  root.dispatchEvent(new CustomEvent(contract.result_event, { bubbles: true, composed: true, detail }));
  if (framed) {
    // Only the level number and score leave the frame, nothing from the answers, so any embedding page may read them.
    const message = { type: contract.result_message, version: contract.message_version, level: res.level.number, score: res.score };
    window.parent.postMessage(message, "*");
  }
}
