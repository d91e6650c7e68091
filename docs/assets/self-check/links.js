/*
 * A share link opened over the reader's work (keep.js linkPlan says what it may do). Over saved answers it
 * shows how the link's answers differ from them and waits: "Use the link's answers" (the reader's notes stay,
 * and the replaced answers become the undo) or "Keep mine". A link that cannot be read, or carries no answers,
 * says what is wrong and leaves the saved answers shown and stored as they were.
 * host: { current() -> work, use(found) -> text about the undo, adopt(work), say(text) }.
 */
import { button } from "./dom.js";
import { t } from "./i18n.js";
import { isEmpty, linkPlan } from "./keep.js";
import { ageOf } from "./model.js";
import { changes } from "./notices.js";

export function linkView({ data }, notices, host) {
  const na = data.contract.not_applicable;
  const tr = (key, params) => t(data, key, params);
  const optionText = (q, id) => (id === undefined ? tr("link.no_answer") : tr("link.quoted", { text: id === na ? tr("questions.na")
    : data.scales.find((s) => s.id === q.scale).options.find((o) => o.id === id).text }));
  let waiting = null; // the notice of a link waiting for the reader's choice

  // link.from_current, link.from_older, link.from_newer: which link, for the sentences below
  const from = (found) => tr(`link.from_${found.outdated ? ageOf(data, found.version) : "current"}`);

  /* settle(): called once the link is dealt with, so its entry can drop the fragment from the address. */
  function open(hash, settle = () => {}) {
    const saved = host.current();
    const plan = linkPlan(data, saved, hash);
    const after = ` ${tr(isEmpty(saved) ? "link.after_empty" : "link.after_saved")}`;
    if (waiting) waiting.remove();
    waiting = null;
    if (plan.kind === "bad") notices.add(tr("link.bad", { problem: plan.problem }) + after);
    if (plan.kind === "empty") notices.add(tr("link.empty") + after, changes(data, plan.found));
    if (plan.kind === "same") notices.add(tr("link.same"));
    if (plan.kind === "adopt") {
      host.adopt(plan.work);
      notices.add(tr("link.restored", { from: from(plan.found) }), changes(data, plan.found));
    }
    if (plan.kind !== "choose") return settle();
    const { found } = plan;
    const differ = data.questions.map((q, i) => [q, i + 1]).filter(([q]) => saved.answers[q.id] !== found.answers[q.id])
      .map(([q, n]) => tr("link.differ", { number: n, text: q.text, yours: optionText(q, saved.answers[q.id]),
        theirs: optionText(q, found.answers[q.id]) }));
    const use = button(tr("link.use"), () => {
      waiting.remove();
      waiting = null;
      const kept = host.use(found);
      notices.add(`${tr("link.used")} ${kept}`.trim(), changes(data, found));
      settle();
    });
    const keep = button(tr("link.keep"), () => {
      waiting.remove();
      waiting = null;
      host.say(tr("link.kept_mine"));
      settle();
    });
    waiting = notices.add(tr("link.choose", { from: from(found) }), [...differ, ...changes(data, found)], [use, keep]);
  }

  return { open };
}
