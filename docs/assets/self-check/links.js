/*
 * A share link opened over the reader's work (loaded with the first link a page is handed, never on a plain visit) (keep.js linkPlan says what it may do). Over saved answers it
 * shows how the link's answers differ from them and waits: "Use the link's answers" (the reader's notes stay,
 * and the replaced answers become the undo) or "Keep mine". A link that cannot be read, or carries no answers,
 * says what is wrong and leaves the saved answers shown and stored as they were.
 * host: { current() -> work, use(found) -> text about the undo, adopt(work), say(text) }.
 */
import { reconcile, SLUG } from "./answers.js";
import { button } from "./dom.js";
import { t } from "./i18n.js";
import { isEmpty, sameMap } from "./keep.js";
import { ageOf, versionPattern } from "./model.js";
import { changes } from "./notices.js";
import { fits } from "./scoring.js";

/* { version, entries: Map(questionId -> answerId) }, or null when the fragment is not well formed. */
export function parseFragment(data, hash) {
  const link = readFragment(data, hash);
  return link.problem ? null : link;
}

/* A few characters of what a link holds, quoted, for a notice (never the whole of it, which may be huge). */
const quote = (text) => JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text);

/* { version, entries } or { problem }: what is wrong, in words a reader can pass on to who sent the link. */
export function readFragment(data, hash) {
  const bad = (key, params) => ({ problem: t(data, key, params) });
  if (hash.length > 4000) return bad("link.too_long");
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const version = params.get("v");
  const list = params.get("a");
  if (version === null) return bad("link.no_version");
  if (!versionPattern(data).test(version)) return bad("link.bad_version", { version: quote(version) });
  if (list === null) return bad("link.no_answers");
  const entries = new Map();
  for (const pair of list ? list.split(",") : []) {
    const [id, answer, extra] = pair.split(":");
    if (extra !== undefined || !SLUG.test(id || "") || !SLUG.test(answer || "")) {
      return bad("link.bad_pair", { pair: quote(pair) });
    }
    if (entries.has(id)) return bad("link.twice", { id: quote(id) });
    entries.set(id, answer);
  }
  return { version, entries };
}

/* Why answers of the current version were rejected by reconcile, for a notice. */
export function misfitText(data, entries) {
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  for (const [id, answer] of entries) {
    const q = questions.get(id);
    if (!q) return t(data, "link.unknown_question", { id: quote(id), current: data.model.version });
    if (!fits(data, q, answer)) return t(data, "link.unknown_answer", { number: data.questions.indexOf(q) + 1 });
  }
  return t(data, "link.misfit");
}

/*
 * What a share link opened over `saved` does. Only "adopt" writes, and only when nothing was saved; "choose"
 * waits for the reader ("use the link's answers" or "keep mine"); "bad" and "empty" change nothing.
 * { kind: "bad", problem } | { kind: "empty", found } | { kind: "same", found } | { kind: "adopt", found, work }
 * | { kind: "choose", found }
 */
export function linkPlan(data, saved, hash) {
  const link = readFragment(data, hash);
  if (link.problem) return { kind: "bad", problem: link.problem };
  const found = reconcile(data, link.version, link.entries);
  if (found.rejected) return { kind: "bad", problem: misfitText(data, link.entries) };
  if (!Object.keys(found.answers).length) return { kind: "empty", found };
  if (isEmpty(saved)) return { kind: "adopt", found, work: { answers: { ...found.answers }, notes: {}, evidence: {} } };
  if (sameMap(found.answers, saved.answers)) return { kind: "same", found };
  return { kind: "choose", found };
}

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
