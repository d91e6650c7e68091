/*
 * Structured evidence beside a note: { what, link, owner, checked, review } per question, every field optional
 * text, at least one given. `link` is https only; `checked` (last checked) and `review` (review by) are calendar
 * days, YYYY-MM-DD. The review-by date is the one stored value; an interval in days is only a way to type it
 * (lazy/evidence-due.js reviewFrom), so the two can never disagree. Pure: the widget, the reports and the unit tests
 * share these rules; what is due and how it reads load with the first evidence (lazy/evidence-due.js).
 */
import { isRecord } from "./model.js";

export const FIELDS = ["what", "link", "owner", "checked", "review"];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/* A real calendar day (2026-02-30 is not), as <input type=date> gives and the export schema's pattern shapes. */
export function isDay(text) {
  const m = DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toISOString().slice(0, 10) === text;
}

export function isHttps(text) {
  try {
    const url = new URL(text);
    return url.protocol === "https:" && Boolean(url.hostname) && !/\s/.test(text);
  } catch {
    return false;
  }
}

/* The field names of an entry that break a rule: "what", "link" (not https), "checked", "review" (not a day)... */
export function badFields(data, entry) {
  if (!isRecord(entry)) return ["entry"];
  const { evidence_max_length: max, evidence_link_max_length: longest } = data.contract;
  const bad = Object.keys(entry).filter((k) => !FIELDS.includes(k) || typeof entry[k] !== "string"
    || [...entry[k]].length > (k === "link" ? longest : max)).map((k) => (FIELDS.includes(k) ? k : "entry"));
  if (typeof entry.link === "string" && entry.link && !isHttps(entry.link)) bad.push("link");
  for (const k of ["checked", "review"]) if (typeof entry[k] === "string" && entry[k] && !isDay(entry[k])) bad.push(k);
  if (!bad.length && !FIELDS.some((k) => entry[k])) bad.push("entry"); // nothing at all: not evidence
  return [...new Set(bad)];
}

/* An entry with its fields in one order and no empty ones, so two equal entries serialize alike (keep.js). */
export function tidy(entry) {
  const out = {};
  for (const k of FIELDS) if (typeof entry[k] === "string" && entry[k].trim()) out[k] = entry[k].trim();
  return out;
}

/*
 * Evidence read from storage, a file or a snapshot: { evidence (valid entries, tidied), problems: [{ id, fields }] }.
 * `asked`: the question ids to keep (null keeps every id, as a snapshot of an old version does); others go to `dropped`.
 */
export function readEvidence(data, raw, asked = null) {
  const out = { evidence: {}, problems: [], dropped: [] };
  if (!isRecord(raw)) return out;
  for (const [id, entry] of Object.entries(raw)) {
    const fields = badFields(data, entry);
    if (fields.length) out.problems.push({ id, fields });
    else if (asked && !asked.has(id)) out.dropped.push(id);
    else out.evidence[id] = tidy(entry);
  }
  return out;
}
