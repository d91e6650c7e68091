/*
 * What evidence says once there is some: due and overdue by the reader's day, and how an entry reads (print,
 * CSV, Markdown). Loaded with the first evidence a page shows, or a report: never on a plain first visit. Pure
 * but for lists(), which fills the result's two boxes with text nodes only.
 */
import { h } from "../dom.js";
import { FIELDS, isDay } from "../evidence.js";
import { t } from "../i18n.js";

/* The day `days` after `checked`, or "" when either is unusable: the interval input sets the review-by date. */
export function reviewFrom(checked, days) {
  if (!isDay(checked) || !Number.isInteger(days) || days < 0 || days > 36500) return "";
  const date = new Date(`${checked}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/* The reader's day, by their own clock: what "overdue" is measured against. */
export function localDay(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/* "overdue" (review-by date before today), "due" (within the contract's days), or null. */
export function statusOf(data, entry, today) {
  if (!entry || !isDay(entry.review || "")) return null;
  if (entry.review < today) return "overdue";
  return entry.review <= reviewFrom(today, data.contract.evidence_due_days) ? "due" : null;
}

/* The questions whose evidence is overdue or due, in the questionnaire's order: [{ question, number, entry, status }]. */
export function dueList(data, evidence, today) {
  return data.questions.map((question, i) => ({ question, number: i + 1, entry: evidence[question.id] }))
    .map((item) => ({ ...item, status: statusOf(data, item.entry, today) })).filter((item) => item.status);
}

/* "What it is: …; Link: …; …" in the catalog's words, fields in one order: print, CSV and Markdown read alike. */
export function describeEvidence(data, entry) {
  return FIELDS.filter((field) => entry[field]).map((field) => `${t(data, `evidence.${field}`)}: ${entry[field]}`).join("; ");
}

/* The result's due box (screen and print) and evidence list (print only); a note or evidence with markup prints as typed. */
export function lists(data, evidence, dueBox, evidenceList) {
  const tr = (key, params) => t(data, key, params);
  const due = dueList(data, evidence, localDay());
  // evidence.status_due, evidence.status_overdue
  dueBox.replaceChildren(...(due.length ? [h("h3", { text: tr("evidence.due_title", { count: due.length }) }),
    h("ul", {}, due.map(({ number, question, entry, status }) => h("li", { class: `gsc-${status}` },
      h("strong", { text: tr(`evidence.status_${status}`, { date: entry.review }) }), " ",
      tr("result.note", { number, text: question.text }), entry.what || entry.link || "")))] : []));
  const all = data.questions.map((q, i) => [q, i + 1]).filter(([q]) => evidence[q.id]);
  evidenceList.replaceChildren(...(all.length ? [h("h3", { text: tr("evidence.title") }), h("ul", {}, all.map(([q, number]) =>
    h("li", {}, h("strong", { text: tr("result.note", { number, text: q.text }) }), describeEvidence(data, evidence[q.id]))))] : []));
}
