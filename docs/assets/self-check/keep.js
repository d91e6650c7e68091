/*
 * The keep rules. A reader's work is { answers, notes, evidence, team } (question id -> answer id, -> text, -> an
 * evidence entry, evidence.js; evidence may be absent, as in work saved before it existed; and the team or
 * application name an export carries, absent or "" for none; it goes where the notes go). It
 * changes only when the reader acts, and whatever an action replaces is kept first: as the one-step undo (an
 * import, the link's answers, a reset), or as a snapshot of the old version (a model update, answers.js).
 * Pure, so the widget and the unit tests (tests/js/keep.test.mjs, with a property test) run the same rules.
 */

export const EMPTY = Object.freeze({ answers: {}, notes: {}, evidence: {} });

// Evidence entries are objects, tidied to one field order (evidence.js tidy), so their JSON compares them.
const same = (a, b) => a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
export const sameMap = (a = {}, b = {}) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => same(b[k], v));
const teamOf = (work) => work.team || "";
const named = (work, team) => (team ? { ...work, team } : work); // no name: the shape without one, as before names
export const isEmpty = (work) => ["answers", "notes", "evidence"].every((key) => !Object.keys(work[key] || {}).length) && !teamOf(work);
export const sameWork = (a, b) => sameMap(a.answers, b.answers) && sameMap(a.notes, b.notes) && sameMap(a.evidence, b.evidence)
  && teamOf(a) === teamOf(b);

/*
 * The reader replaces their work: { work, keep }, where keep (the undo) is what was replaced, or null when there
 * was nothing to keep (then an older undo stays). "link": the link's answers, the reader's notes, evidence and team
 * name stay (a link carries none of them). "import": the file's answers, notes, evidence and team name (an older
 * file has no evidence: what it replaces is the undo). "reset": nothing, or, asked for, nothing kept at all.
 */
export function replaced(current, reason, found = EMPTY, { keepNothing = false } = {}) {
  const work = reason === "link" ? named({ answers: { ...found.answers }, notes: { ...current.notes }, evidence: { ...current.evidence } }, teamOf(current))
    : named({ answers: { ...found.answers }, notes: { ...(found.notes || {}) }, evidence: { ...(found.evidence || {}) } }, teamOf(found));
  const keep = keepNothing || isEmpty(current) || sameWork(current, work) ? null : { reason, ...copy(current) };
  return { work, keep };
}

const copy = (work) => named({ answers: { ...work.answers }, notes: { ...work.notes }, evidence: { ...work.evidence } }, teamOf(work));

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
  const evidence = side(base.evidence, mine.evidence, theirs.evidence, prefer);
  const team = side({ team: teamOf(base) }, { team: teamOf(mine) }, { team: teamOf(theirs) }, prefer);
  const conflicts = [...new Set([...answers.conflicts, ...notes.conflicts, ...evidence.conflicts])];
  const keep = conflicts.length || team.conflicts.length ? { reason: "tab", ...copy(prefer === "theirs" ? mine : theirs) } : null;
  return { work: named({ answers: answers.out, notes: notes.out, evidence: evidence.out }, team.out.team), conflicts, keep };
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
