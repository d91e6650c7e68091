/*
 * Answers in and out of the browser: the share-link fragment, localStorage and export files.
 * Everything read here comes from outside (a URL, storage, a user's file), so it is checked against
 * the questionnaire before use, and reading never throws: bad input comes back as { rejected: true }.
 * Formats, the not-applicable id and the version pattern come from data.contract (written by the build).
 */
import { isRecord, versionPattern } from "./model.js";
import { fits } from "./scoring.js";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REJECTED = Object.freeze({ rejected: true });

/* A fragment is meant as a share link when it starts with v= or a=; heading anchors never do. */
export function isShareFragment(hash) {
  return /^#?[va]=/.test(hash);
}

export function encodeFragment(data, answers) {
  const pairs = data.questions.filter((q) => Object.hasOwn(answers, q.id)).map((q) => `${q.id}:${answers[q.id]}`);
  return `v=${data.model.version}&a=${pairs.join(",")}`;
}

/* { version, entries: Map(questionId -> answerId) }, or null when the fragment is not well formed. */
export function parseFragment(data, hash) {
  if (hash.length > 4000) return null;
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const version = params.get("v");
  const list = params.get("a");
  if (!versionPattern(data).test(version || "") || list === null) return null;
  const entries = new Map();
  for (const pair of list ? list.split(",") : []) {
    const [id, answer, extra] = pair.split(":");
    if (extra !== undefined || !SLUG.test(id || "") || !SLUG.test(answer || "") || entries.has(id)) return null;
    entries.set(id, answer);
  }
  return { version, entries };
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

/* Notes are there only when there are some, so without them storage and files keep the shape of 2.0.0. */
const withNotes = (record, notes) => (notes && Object.keys(notes).length ? { ...record, notes } : record);

function entriesOf(answers) {
  if (!isRecord(answers)) return null;
  const entries = new Map(Object.entries(answers));
  return [...entries.values()].every((v) => typeof v === "string") ? entries : null;
}

/*
 * Saved answers: { answers } when usable, otherwise { problem: "corrupted" | "outdated", version }.
 * Saved under another version of the model, they stay usable while every answer still fits its question
 * (most new versions change practices, not the questionnaire); once one does not, the entry is outdated.
 */
export function readStored(data, text) {
  if (text === null || text === undefined) return { answers: {} };
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return { problem: "corrupted" };
  }
  const { stored_format: format } = data.contract;
  if (!isRecord(stored) || stored.format !== format || !versionPattern(data).test(String(stored.model))) {
    return { problem: "corrupted" };
  }
  const entries = entriesOf(stored.answers);
  const result = entries && reconcile(data, stored.model, entries);
  if (!result || result.rejected) return { problem: "corrupted" };
  if (result.dropped.length || result.cleared.length) return { problem: "outdated", version: stored.model };
  return withNotes({ answers: result.answers }, cleanNotes(data, stored.notes));
}

/* Notes: text for questions this version asks, cut to the contract's length; a bad note is dropped alone. */
export function cleanNotes(data, notes) {
  const out = {};
  if (!isRecord(notes)) return out;
  for (const q of data.questions) {
    const note = notes[q.id];
    if (typeof note === "string" && note.trim()) out[q.id] = note.slice(0, data.contract.note_max_length);
  }
  return out;
}

export function storedText(data, answers, notes) {
  return JSON.stringify(withNotes({ format: data.contract.stored_format, model: data.model.version, answers }, notes));
}

/* The export file: the answers and notes, plus the result for people who open it; import reads only the first two. */
export function exportText(data, answers, result, notes) {
  const file = withNotes({ format: data.contract.file_format, model: data.model.version, answers }, notes);
  Object.assign(file, { score: result.score, max: result.max });
  if (result.level) file.level = { number: result.level.number, name: result.level.name }; // only when placed
  file.reason = result.reason ? result.reason.kind : null;
  return JSON.stringify(file, null, 2) + "\n";
}

export function readExport(data, text) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    return REJECTED;
  }
  const { file_format: format } = data.contract;
  if (!isRecord(file) || file.format !== format || !versionPattern(data).test(String(file.model))) return REJECTED;
  const entries = entriesOf(file.answers);
  if (!entries || [...entries.keys()].some((id) => !SLUG.test(id))) return REJECTED;
  const found = reconcile(data, file.model, entries);
  return found.rejected ? found : withNotes(found, cleanNotes(data, file.notes));
}
