/*
 * The reader's answers in localStorage, under the contract's keys: the answers and notes (storage_key) and the
 * one-step undo (undo_key). Storage may be blocked (some embedded frames, sandboxes) or full: every call says so
 * instead of throwing, and the widget tells the reader once, with the way out (export or a share link).
 */
import { readStored, storedText } from "./answers.js";
import { isEmpty } from "./keep.js";

/* { text } (null when nothing is stored), or null when storage cannot be read at all. */
export function readRaw(key) {
  try {
    return { text: localStorage.getItem(key) };
  } catch {
    return null;
  }
}

/* readStored's answer plus the text it came from, or null when storage is blocked. */
export function readSaved(data) {
  const raw = readRaw(data.contract.storage_key);
  return raw && { ...readStored(data, raw.text), text: raw.text };
}

/* { ok, text }: text is what storage now holds (null: nothing, for empty work), for the two-tab check. */
export function save(data, work) {
  const empty = isEmpty(work);
  const text = empty ? null : storedText(data, work.answers, work.notes, work.evidence, work.team);
  return { ok: write(data.contract.storage_key, text), text };
}

function write(key, text) {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
    return true;
  } catch {
    return false; // full or blocked
  }
}

const REASONS = ["import", "link", "reset", "undo", "tab"];

/* The undo: { reason, date, answers, notes, evidence, team } as stored, or null. Read like saved answers, so it is checked too. */
export function readUndo(data) {
  const raw = readRaw(data.contract.undo_key);
  if (!raw || raw.text === null) return null;
  const work = readStored(data, raw.text);
  let meta;
  try {
    meta = JSON.parse(raw.text);
  } catch {
    return null;
  }
  return work.problem || !REASONS.includes(meta.reason) ? null
    : { reason: meta.reason, date: String(meta.date), answers: work.answers, notes: work.notes, evidence: work.evidence, ...(work.team ? { team: work.team } : {}) };
}

/* Keeps `keep` ({ reason, answers, notes, evidence, team }) as the undo; false when storage refused it. */
export function saveUndo(data, keep) {
  const record = { ...JSON.parse(storedText(data, keep.answers, keep.notes, keep.evidence, keep.team)), reason: keep.reason, date: new Date().toISOString() };
  return write(data.contract.undo_key, JSON.stringify(record));
}

export function forgetUndo(data) {
  return write(data.contract.undo_key, null);
}
