/*
 * A share link opened over the reader's work (keep.js linkPlan says what it may do). Over saved answers it
 * shows how the link's answers differ from them and waits: "Use the link's answers" (the reader's notes stay,
 * and the replaced answers become the undo) or "Keep mine". A link that cannot be read, or carries no answers,
 * says what is wrong and leaves the saved answers shown and stored as they were.
 * host: { current() -> work, use(found) -> text about the undo, adopt(work), say(text) }.
 */
import { button } from "./dom.js";
import { isEmpty, linkPlan } from "./keep.js";
import { ageOf } from "./model.js";
import { changes } from "./notices.js";

export function linkView({ data }, notices, host) {
  const na = data.contract.not_applicable;
  const optionText = (q, id) => (id === undefined ? "no answer" : `"${id === na ? "Not applicable"
    : data.scales.find((s) => s.id === q.scale).options.find((o) => o.id === id).text}"`);
  let waiting = null; // the notice of a link waiting for the reader's choice

  function from(found) {
    return found.outdated ? `a share link made with ${ageOf(data, found.version)} questionnaire` : "a share link";
  }

  /* settle(): called once the link is dealt with, so its entry can drop the fragment from the address. */
  function open(hash, settle = () => {}) {
    const saved = host.current();
    const plan = linkPlan(data, saved, hash);
    const after = isEmpty(saved) ? " Ask for a new link, or answer the questions below."
      : " Your saved answers are shown below, unchanged.";
    if (waiting) waiting.remove();
    waiting = null;
    if (plan.kind === "bad") notices.add(`This share link could not be read: ${plan.problem}.${after}`);
    if (plan.kind === "empty") {
      notices.add(`This share link carries no answers this questionnaire asks, so nothing was changed.${after}`, changes(data, plan.found));
    }
    if (plan.kind === "same") notices.add("This share link holds the same answers as the ones saved here, so nothing was changed.");
    if (plan.kind === "adopt") {
      host.adopt(plan.work);
      notices.add(`Answers restored from ${from(plan.found)}.`, changes(data, plan.found));
    }
    if (plan.kind !== "choose") return settle();
    const { found } = plan;
    const differ = data.questions.map((q, i) => [q, i + 1]).filter(([q]) => saved.answers[q.id] !== found.answers[q.id])
      .map(([q, n]) => `Question ${n}, ${q.text} Yours: ${optionText(q, saved.answers[q.id])}; the link's: ${optionText(q, found.answers[q.id])}.`);
    const use = button("Use the link's answers", () => {
      waiting.remove();
      waiting = null;
      const kept = host.use(found);
      notices.add(`The link's answers are in use, and your notes stay. ${kept}`.trim(), changes(data, found));
      settle();
    });
    const keep = button("Keep mine", () => {
      waiting.remove();
      waiting = null;
      host.say("Your answers are kept, and the link's answers were set aside.");
      settle();
    });
    waiting = notices.add(`You opened ${from(found)} whose answers differ from those saved in this browser. Nothing `
      + "changes until you choose; your notes stay either way.", [...differ, ...changes(data, found)], [use, keep]);
  }

  return { open };
}
