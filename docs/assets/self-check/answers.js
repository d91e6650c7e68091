/*
 * Answers in and out of the browser: the share-link fragment and localStorage; export files are written and read
 * by lazy/export-file.js, which loads on the first export or import, with these same checks.
 * Everything read here comes from outside (a URL, storage, a user's file), so it is checked against
 * the questionnaire before use, and reading never throws: bad input comes back as { rejected: true }.
 * Formats, the not-applicable id and the version pattern come from data.contract (written by the build).
 */
import { readEvidence } from "./evidence.js";
import { isRecord, versionPattern } from "./model.js";
import { fits } from "./scoring.js";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REJECTED = Object.freeze({ rejected: true });

/* A fragment is meant as a share link when it starts with v= or a=; heading anchors never do. */
export function isShareFragment(hash) {
  return /^#?[va]=/.test(hash);
}

export function encodeFragment(data, answers) {
  const pairs = data.questions.filter((q) => Object.hasOwn(answers, q.id)).map((q) => `${q.id}:${answers[q.id]}`);
  return `v=${data.model.version}&a=${pairs.join(",")}`;
}

/*
 * Check answers made with some version of the questionnaire against the current one. Made with the
 * current version, any answer that does not fit means the input was tampered with: all is rejected.
 * Made with another version, what still fits is kept and the rest is listed, so a notice can say so.
 */
export function reconcile(data, version, entries) {
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  const answers = {};
  const dropped = [];
  const cleared = [];
  for (const [id, answer] of entries) {
    const question = questions.get(id);
    if (!question) {
      dropped.push(id);
    } else if (fits(data, question, answer)) { // na fits only questions that say why they may not apply
      answers[id] = answer;
    } else {
      cleared.push(question);
    }
  }
  const outdated = version !== data.model.version;
  if (!outdated && (dropped.length || cleared.length)) return REJECTED;
  const missing = outdated ? data.questions.filter((q) => !entries.has(q.id)) : [];
  return { rejected: false, answers, version, outdated, dropped, cleared, missing };
}

/* Notes and evidence are there only when there are some, so without them storage and files keep the shape of 2.0.0. */
export const withNotes = (record, notes, evidence) => ({ ...record, ...(notes && Object.keys(notes).length ? { notes } : {}),
  ...(evidence && Object.keys(evidence).length ? { evidence } : {}) });
/* The same for the team name: a file without one is what an older self-check wrote, and reads the same. */
export const withTeam = (record, team) => (team ? { ...record, team } : record);

/*
 * A team or application name as kept: text only, spaces collapsed, cut to the contract's length at a character
 * boundary; anything else (a number, an object, blanks) is no name.
 */
export function cleanTeam(data, team) {
  if (typeof team !== "string") return "";
  return cutNote(team.replace(/\s+/g, " ").trim(), data.contract.team_max_length).trim();
}

export function entriesOf(answers) {
  if (!isRecord(answers)) return null;
  const entries = new Map(Object.entries(answers));
  return [...entries.values()].every((v) => typeof v === "string") ? entries : null;
}

/*
 * Saved answers: { answers, notes } when usable, { problem: "corrupted" } when unreadable, { problem: "newer" }
 * when saved by a newer self-check (a stored format this page does not know: never read, never overwritten).
 * Saved under another version of the model, what still fits is kept; when anything does not (an answer, or a
 * note on a question no longer asked), `update` carries the reconcile result and the whole old record, which the
 * widget keeps as a snapshot of the old version before it saves what fits.
 */
export function readStored(data, text) {
  if (text === null || text === undefined) return { answers: {}, notes: {}, evidence: {} };
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return { problem: "corrupted" };
  }
  const { stored_format: format } = data.contract;
  if (isRecord(stored) && typeof stored.format === "number" && stored.format > format) return { problem: "newer" };
  // Every stored format up to this page's is read (1: before evidence); what is saved is always this page's.
  if (!isRecord(stored) || !Number.isInteger(stored.format) || stored.format < 1 || !versionPattern(data).test(String(stored.model))) {
    return { problem: "corrupted" };
  }
  const entries = entriesOf(stored.answers);
  const found = entries && reconcile(data, stored.model, entries);
  if (!found || found.rejected) return { problem: "corrupted" };
  const { notes, droppedNotes } = splitNotes(data, stored.notes);
  const asked = new Set(data.questions.map((q) => q.id));
  const { evidence, dropped: droppedEvidence } = readEvidence(data, stored.evidence, asked);
  const work = withTeam({ answers: found.answers, notes, evidence }, cleanTeam(data, stored.team));
  if (!found.dropped.length && !found.cleared.length && !droppedNotes.length && !droppedEvidence.length) return work;
  const old = { model: stored.model, answers: Object.fromEntries(entries), notes: allNotes(data, stored.notes),
    evidence: readEvidence(data, stored.evidence).evidence };
  return { ...work, update: { ...found, droppedNotes, droppedEvidence, old } };
}

/*
 * A note cut to at most `max` code points, at a character boundary a reader sees (a grapheme where the browser
 * can tell), so an emoji or an accented letter is never split in half. The textarea's maxlength counts UTF-16
 * units, which are never fewer than code points, so a note typed here is never cut.
 */
export function cutNote(text, max) {
  if (text.length <= max) return text;
  const graphemes = typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
  const parts = graphemes ? Array.from(graphemes.segment(text), (s) => s.segment) : Array.from(text);
  let out = "";
  let used = 0;
  for (const part of parts) {
    const size = Array.from(part).length;
    if (used + size > max) break;
    out += part;
    used += size;
  }
  return out;
}

/* Every note that is text, whatever question it names (kept in snapshots of an old version), cut to length. */
export function allNotes(data, notes) {
  if (!isRecord(notes)) return {};
  return Object.fromEntries(Object.entries(notes).filter(([id, note]) => SLUG.test(id) && typeof note === "string" && note.trim())
    .map(([id, note]) => [id, cutNote(note, data.contract.note_max_length)]));
}

/* { notes on questions this version asks, droppedNotes: ids of the notes on questions it does not ask }. */
export function splitNotes(data, notes) {
  const all = allNotes(data, notes);
  const asked = new Set(data.questions.map((q) => q.id));
  const kept = Object.fromEntries(Object.entries(all).filter(([id]) => asked.has(id)));
  return { notes: kept, droppedNotes: Object.keys(all).filter((id) => !asked.has(id)) };
}

/* Notes: text for questions this version asks, cut to the contract's length; a bad note is dropped alone. */
export function cleanNotes(data, notes) {
  return splitNotes(data, notes).notes;
}

export function storedText(data, answers, notes, evidence, team) {
  return JSON.stringify(withTeam(withNotes({ format: data.contract.stored_format, model: data.model.version, answers }, notes, evidence), team));
}
