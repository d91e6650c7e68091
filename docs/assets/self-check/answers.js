/*
 * Answers in and out of the browser: the share-link fragment, localStorage and export files.
 * Everything read here comes from outside (a URL, storage, a user's file), so it is checked against
 * the questionnaire before use, and reading never throws: bad input comes back as { rejected: true }.
 * Formats, the not-applicable id and the version pattern come from data.contract (written by the build).
 */
import { t } from "./i18n.js";
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
/* The same for the team name: a file without one is what an older self-check wrote, and reads the same. */
const withTeam = (record, team) => (team ? { ...record, team } : record);

/*
 * A team or application name as kept: text only, spaces collapsed, cut to the contract's length at a character
 * boundary; anything else (a number, an object, blanks) is no name.
 */
export function cleanTeam(data, team) {
  if (typeof team !== "string") return "";
  return cutNote(team.replace(/\s+/g, " ").trim(), data.contract.team_max_length).trim();
}

function entriesOf(answers) {
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
  if (text === null || text === undefined) return { answers: {}, notes: {} };
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return { problem: "corrupted" };
  }
  const { stored_format: format } = data.contract;
  if (isRecord(stored) && typeof stored.format === "number" && stored.format > format) return { problem: "newer" };
  if (!isRecord(stored) || stored.format !== format || !versionPattern(data).test(String(stored.model))) {
    return { problem: "corrupted" };
  }
  const entries = entriesOf(stored.answers);
  const found = entries && reconcile(data, stored.model, entries);
  if (!found || found.rejected) return { problem: "corrupted" };
  const { notes, droppedNotes } = splitNotes(data, stored.notes);
  const work = withTeam({ answers: found.answers, notes }, cleanTeam(data, stored.team));
  if (!found.dropped.length && !found.cleared.length && !droppedNotes.length) return work;
  const old = { model: stored.model, answers: Object.fromEntries(entries), notes: allNotes(data, stored.notes) };
  return { ...work, update: { ...found, droppedNotes, old } };
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

export function storedText(data, answers, notes, team) {
  return JSON.stringify(withTeam(withNotes({ format: data.contract.stored_format, model: data.model.version, answers }, notes), team));
}

/*
 * The export file: the answers, notes and team name, plus the result for people who open it; import reads only
 * the first three.
 */
export function exportText(data, answers, result, notes, team) {
  const file = withTeam(withNotes({ format: data.contract.file_format, model: data.model.version, answers }, notes), team);
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
  if (found.rejected) return found;
  const { notes, droppedNotes } = splitNotes(data, file.notes);
  return { ...withTeam(withNotes(found, notes), cleanTeam(data, file.team)), droppedNotes };
}
