/*
 * The CSV report: one row per question (area, practices, question, answer, points, note, evidence and its review
 * status: "overdue" or "due" by `today`, the reader's day), RFC 4180 quoting,
 * CRLF lines and a byte-order mark so spreadsheets read the UTF-8. Pure.
 *
 * CSV injection: a text cell that a spreadsheet could run as a formula gets a leading ' (which spreadsheets show
 * as text and hide). Spreadsheets trim what comes before the formula sign, so the test looks past any leading
 * whitespace, line break or invisible character (space, NBSP, zero-width space, BOM, control characters), and
 * takes the full-width signs some locales read as the ASCII ones. A cell starting with a tab or carriage return
 * is neutralized too (OWASP). Numbers the report writes itself (question numbers, points) are never changed.
 */
import { t } from "../i18n.js";
import { describeEvidence, localDay, statusOf } from "./evidence-due.js";

const LEADING = /^[\s\p{Cc}\p{Cf}\p{Z}]*/u; // \s covers NBSP and the Unicode spaces; Cf the zero-width ones
const SIGN = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

export function formulaLike(text) {
  return /^[\t\r]/.test(text) || SIGN.test(text.replace(LEADING, ""));
}

export function cell(value) {
  if (typeof value === "number") return String(value);
  let text = value === null || value === undefined ? "" : String(value);
  if (formulaLike(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// The columns, in the catalog's language: csv.number, csv.area, csv.practices, csv.question, csv.answer, ...
const COLUMNS = ["number", "area", "practices", "question", "answer", "points", "most_points", "note", "evidence", "review_by", "review"];
export const header = (data) => COLUMNS.map((key) => t(data, `csv.${key}`));

/*
 * The frameworks view (crosswalk.js coverage()) as a second table after a blank line: one row per framework item,
 * framework, item, title, status (in words) and the practices mapped to it.
 */
const FRAMEWORK_COLUMNS = ["framework", "item", "title", "status", "practices"];
export function frameworkRows(data, frameworks) {
  return [FRAMEWORK_COLUMNS.map((key) => t(data, `csv.${key}`)), ...frameworks.flatMap((fw) => fw.items.map((item) => [fw.name, item.id,
    item.title, t(data, `frameworks.status_${item.status}`), item.practices.map((p) => p.title).join("; ")]))];
}

/*
 * evidence: {questionId: entry}, flagged by `today` (the reader's day, YYYY-MM-DD); frameworks: the frameworks view
 * of the result, or null (incomplete answers, or the crosswalk did not load).
 */
export function csvText(data, answers, notes = {}, evidence = {}, frameworks = null, today = localDay()) {
  const areaName = (id) => data.areas.find((a) => a.id === id).name;
  const rows = data.questions.map((q, i) => {
    const scale = data.scales.find((s) => s.id === q.scale);
    const answer = answers[q.id];
    const option = scale.options.find((o) => o.id === answer);
    const text = answer === data.contract.not_applicable && q.not_applicable ? t(data, "questions.na") : option ? option.text : "";
    const practices = q.practices.map((id) => data.practices[id]);
    return [i + 1, areaName(practices[0].area), practices.map((p) => p.title).join("; "), q.text, text,
      option ? option.points : "", scale.options.at(-1).points, notes[q.id] || "", ...evidenceCells(data, evidence[q.id], today)];
  });
  const tables = [[header(data), ...rows], ...(frameworks ? [frameworkRows(data, frameworks)] : [])];
  return "\uFEFF" + tables.map((table) => table.map((row) => row.map(cell).join(",")).join("\r\n")).join("\r\n\r\n") + "\r\n";
}

// csv.status_due, csv.status_overdue: the review column, empty when the evidence is neither
function evidenceCells(data, entry, today) {
  if (!entry) return ["", "", ""];
  const status = statusOf(data, entry, today);
  return [describeEvidence(data, entry), entry.review || "", status ? t(data, `csv.status_${status}`) : ""];
}
