/*
 * The history: dated snapshots of complete results, each with the model version it was made under, kept in
 * localStorage under the contract's history_key. Pure: parsing and writing the stored text. A snapshot that
 * does not read is dropped alone and counted, so one bad entry never costs the others.
 */
import { allNotes, cleanNotes } from "../answers.js";
import { readEvidence } from "../evidence.js";
import { isRecord, versionPattern } from "../model.js";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[a-z0-9-]{1,40}$/;

function answersOk(answers) {
  return isRecord(answers) && Object.entries(answers).every(([k, v]) => SLUG.test(k) && typeof v === "string" && SLUG.test(v));
}

function snapshotOk(data, s) {
  return isRecord(s) && typeof s.id === "string" && ID.test(s.id) && typeof s.date === "string" && !Number.isNaN(Date.parse(s.date))
    && versionPattern(data).test(String(s.model)) && answersOk(s.answers)
    && (s.score === null || Number.isInteger(s.score)) && (s.level === null || Number.isInteger(s.level));
}

/*
 * { snapshots, dropped, problem? }: problem "corrupted" when the stored text is not a history at all, "newer" when
 * a newer self-check wrote it in a format this page does not know (then it is neither read nor ever written over).
 */
export function readHistory(data, text) {
  if (text === null || text === undefined) return { snapshots: [], dropped: 0 };
  let stored;
  try {
    stored = JSON.parse(text);
  } catch {
    return { snapshots: [], dropped: 0, problem: "corrupted" };
  }
  if (isRecord(stored) && typeof stored.format === "number" && stored.format > data.contract.history_format) {
    return { snapshots: [], dropped: 0, problem: "newer" };
  }
  if (!isRecord(stored) || stored.format !== data.contract.history_format || !Array.isArray(stored.snapshots)) {
    return { snapshots: [], dropped: 0, problem: "corrupted" };
  }
  const ok = stored.snapshots.filter((s) => snapshotOk(data, s));
  // Notes of an older version stay with it (cleanNotes would drop those whose question is gone); text only.
  // Evidence too, each entry checked alone (one that breaks a rule is left out, not the snapshot).
  const snapshots = ok.map((s) => ({ ...s, notes: allNotes(data, s.notes), evidence: readEvidence(data, s.evidence).evidence }));
  return { snapshots, dropped: stored.snapshots.length - ok.length };
}

export function historyText(data, snapshots) {
  return JSON.stringify({ format: data.contract.history_format, snapshots });
}

/* A snapshot of a complete result; `now` and `id` are arguments so tests can pin them. */
export function snapshotOf(data, answers, notes, res, now, id, evidence = {}) {
  return {
    id, date: now.toISOString(), model: data.model.version, answers: { ...answers }, notes: cleanNotes(data, notes),
    evidence: readEvidence(data, evidence, new Set(data.questions.map((q) => q.id))).evidence,
    score: res.score, level: res.level ? res.level.number : null,
  };
}

/* A snapshot of answers kept from another version (a model update): no score, as this version cannot give one. */
export function keptOf(data, old, now, id) {
  const answers = Object.fromEntries(Object.entries(old.answers).filter(([k, v]) => SLUG.test(k) && typeof v === "string" && SLUG.test(v)));
  return { id, date: now.toISOString(), model: old.model, answers, notes: allNotes(data, old.notes),
    evidence: readEvidence(data, old.evidence).evidence, score: null, level: null };
}

/* The newest last. Nothing is ever dropped here: at the maximum, saving asks the reader which to replace (full). */
export function added(snapshots, snapshot, replacing = null) {
  return [...removed(snapshots, replacing), snapshot];
}

export const full = (data, snapshots) => snapshots.length >= data.contract.history_max;

/* Every snapshot without its notes and evidence (a reset that also clears the history's notes, for a shared computer). */
export function withoutNotes(snapshots) {
  return snapshots.map((s) => ({ ...s, notes: {}, evidence: {} }));
}

export function removed(snapshots, id) {
  return id === null ? snapshots : snapshots.filter((s) => s.id !== id);
}

/* "2026-12-01 14:05:09 UTC": the same on every computer, sorts as it reads, and to the second, so two snapshots
 * saved a minute apart never read alike (history.js numbers them as well, for those saved within one second). */
export function when(snapshot) {
  return `${snapshot.date.slice(0, 10)} ${snapshot.date.slice(11, 19)} UTC`;
}

/* Question ids whose evidence differs between two snapshots (the history's "evidence changed"). */
export function evidenceChanged(before = {}, after = {}) {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id] || null) !== JSON.stringify(after[id] || null));
}
