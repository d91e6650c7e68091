/*
 * The keep rules. A reader's work is { answers, notes, team } (question id -> answer id, question id -> text, and
 * the team or application name an export carries, absent or "" for none; it goes where the notes go). It
 * changes only when the reader acts, and whatever an action replaces is kept first: as the one-step undo (an
 * import, the link's answers, a reset), or as a snapshot of the old version (a model update, answers.js).
 * Pure, so the widget and the unit tests (tests/js/keep.test.mjs, with a property test) run the same rules.
 */
import { misfitText, readFragment, reconcile } from "./answers.js";

export const EMPTY = Object.freeze({ answers: {}, notes: {} });

const sameMap = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
const teamOf = (work) => work.team || "";
const named = (work, team) => (team ? { ...work, team } : work); // no name: the shape without one, as before names
export const isEmpty = (work) => !Object.keys(work.answers).length && !Object.keys(work.notes).length && !teamOf(work);
export const sameWork = (a, b) => sameMap(a.answers, b.answers) && sameMap(a.notes, b.notes) && teamOf(a) === teamOf(b);

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
  if (isEmpty(saved)) return { kind: "adopt", found, work: { answers: { ...found.answers }, notes: {} } };
  if (sameMap(found.answers, saved.answers)) return { kind: "same", found };
  return { kind: "choose", found };
}

/*
 * The reader replaces their work: { work, keep }, where keep (the undo) is what was replaced, or null when there
 * was nothing to keep (then an older undo stays). "link": the link's answers, the reader's notes and team name
 * stay (a link carries neither). "import": the file's answers, notes and team name. "reset": nothing, or, asked
 * for, nothing kept at all.
 */
export function replaced(current, reason, found = EMPTY, { keepNothing = false } = {}) {
  const work = reason === "link" ? named({ answers: { ...found.answers }, notes: { ...current.notes } }, teamOf(current))
    : named({ answers: { ...found.answers }, notes: { ...(found.notes || {}) } }, teamOf(found));
  const keep = keepNothing || isEmpty(current) || sameWork(current, work) ? null : { reason, ...copy(current) };
  return { work, keep };
}

const copy = (work) => named({ answers: { ...work.answers }, notes: { ...work.notes } }, teamOf(work));

/*
 * Two tabs: `base` is what this tab last read from or wrote to storage, `mine` what it shows, `theirs` what
 * another tab stored since. What only one side changed is taken from it. Where both changed the same answer or
 * note, the newer act wins: "theirs" when their storage event arrives, "mine" when this tab is saving the
 * reader's click. The other side's work goes to `keep`, the undo, and `conflicts` lists the questions for the
 * notice: neither tab's work disappears without a word. The team name merges the same way; changed in both tabs,
 * the other side's name is in the undo too, but it names no question, so `conflicts` does not list it.
 */
export function merge3(base, mine, theirs, prefer = "theirs") {
  const answers = side(base.answers, mine.answers, theirs.answers, prefer);
  const notes = side(base.notes, mine.notes, theirs.notes, prefer);
  const team = side({ team: teamOf(base) }, { team: teamOf(mine) }, { team: teamOf(theirs) }, prefer);
  const conflicts = [...new Set([...answers.conflicts, ...notes.conflicts])];
  const keep = conflicts.length || team.conflicts.length ? { reason: "tab", ...copy(prefer === "theirs" ? mine : theirs) } : null;
  return { work: named({ answers: answers.out, notes: notes.out }, team.out.team), conflicts, keep };
}

function side(base, mine, theirs, prefer) {
  const out = {};
  const conflicts = [];
  for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const [b, m, t] = [base[id], mine[id], theirs[id]];
    let value = t;
    if (t === b) value = m; // only this tab changed it (or nobody did)
    else if (m !== b && m !== t) {
      conflicts.push(id);
      if (prefer === "mine") value = m;
    }
    if (value !== undefined) out[id] = value;
  }
  return { out, conflicts };
}
