/*
 * The keep rules. A reader's work is { answers, notes, evidence } (question id -> answer id, -> text, -> an evidence
 * entry, evidence.js; evidence may be absent, as in work saved before it existed). It
 * changes only when the reader acts, and whatever an action replaces is kept first: as the one-step undo (an
 * import, the link's answers, a reset), or as a snapshot of the old version (a model update, answers.js).
 * Pure, so the widget and the unit tests (tests/js/keep.test.mjs, with a property test) run the same rules.
 */
import { misfitText, readFragment, reconcile } from "./answers.js";

export const EMPTY = Object.freeze({ answers: {}, notes: {}, evidence: {} });

// Evidence entries are objects, tidied to one field order (evidence.js tidy), so their JSON compares them.
const same = (a, b) => a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
const sameMap = (a = {}, b = {}) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => same(b[k], v));
export const isEmpty = (work) => ["answers", "notes", "evidence"].every((key) => !Object.keys(work[key] || {}).length);
export const sameWork = (a, b) => sameMap(a.answers, b.answers) && sameMap(a.notes, b.notes) && sameMap(a.evidence, b.evidence);

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

/*
 * The reader replaces their work: { work, keep }, where keep (the undo) is what was replaced, or null when there
 * was nothing to keep (then an older undo stays). "link": the link's answers, the reader's notes and evidence stay
 * (a link carries neither). "import": the file's answers, notes and evidence (an older file has none: what it
 * replaces is the undo). "reset": nothing, or, asked for, nothing kept at all.
 */
export function replaced(current, reason, found = EMPTY, { keepNothing = false } = {}) {
  const work = reason === "link" ? { answers: { ...found.answers }, notes: { ...current.notes }, evidence: { ...current.evidence } }
    : { answers: { ...found.answers }, notes: { ...(found.notes || {}) }, evidence: { ...(found.evidence || {}) } };
  const keep = keepNothing || isEmpty(current) || sameWork(current, work) ? null : { reason, ...copy(current) };
  return { work, keep };
}

const copy = (work) => ({ answers: { ...work.answers }, notes: { ...work.notes }, evidence: { ...work.evidence } });

/*
 * Two tabs: `base` is what this tab last read from or wrote to storage, `mine` what it shows, `theirs` what
 * another tab stored since. What only one side changed is taken from it. Where both changed the same answer or
 * note, the newer act wins: "theirs" when their storage event arrives, "mine" when this tab is saving the
 * reader's click. The other side's work goes to `keep`, the undo, and `conflicts` lists the questions for the
 * notice: neither tab's work disappears without a word.
 */
export function merge3(base, mine, theirs, prefer = "theirs") {
  const answers = side(base.answers, mine.answers, theirs.answers, prefer);
  const notes = side(base.notes, mine.notes, theirs.notes, prefer);
  const evidence = side(base.evidence, mine.evidence, theirs.evidence, prefer);
  const conflicts = [...new Set([...answers.conflicts, ...notes.conflicts, ...evidence.conflicts])];
  const keep = conflicts.length ? { reason: "tab", ...copy(prefer === "theirs" ? mine : theirs) } : null;
  return { work: { answers: answers.out, notes: notes.out, evidence: evidence.out }, conflicts, keep };
}

function side(base = {}, mine = {}, theirs = {}, prefer = "theirs") {
  const out = {};
  const conflicts = [];
  for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const [b, m, t] = [base[id], mine[id], theirs[id]];
    let value = t;
    if (same(t, b)) value = m; // only this tab changed it (or nobody did)
    else if (!same(m, b) && !same(m, t)) {
      conflicts.push(id);
      if (prefer === "mine") value = m;
    }
    if (value !== undefined) out[id] = value;
  }
  return { out, conflicts };
}
