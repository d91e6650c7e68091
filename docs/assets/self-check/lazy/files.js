/*
 * Reading an answers file (import, team roll-up): JSON, then the published schema (fetched once from next
 * to the widget's JSON), then the questionnaire (export-file.js). Every refusal says what is wrong, as lines of
 * "path: expected ..., found ...". Should the schema not load, the checks of answers.js still guard the import.
 */
import { t } from "../i18n.js";
import { readExport } from "./export-file.js";
import { describe, MAX_PROBLEMS, moreText, problemText, validate } from "./schema.js";

const schemas = new Map();
const MAX_BYTES = 1e6;

export function loadSchema(data, jsonUrl) {
  const url = new URL(data.contract.export_schema, jsonUrl).href;
  if (!schemas.has(url)) {
    const request = fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    schemas.set(url, request);
  }
  return schemas.get(url);
}

/*
 * Why a file that passed the schema does not fit this version's questions (only said for the same version):
 * the first MAX_PROBLEMS lines, as the schema check gives, then how many more, so a file of thousands of
 * unknown ids is still a short report.
 */
export function misfits(data, file) {
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  const problems = Object.entries(file.answers).map(([id, answer]) => {
    const q = questions.get(id);
    const path = `/answers/${id}`;
    if (!q) return { path, expected: t(data, "file.question_of", { current: data.model.version }), found: t(data, "file.not_asked") };
    const ids = data.scales.find((s) => s.id === q.scale).options.map((o) => o.id);
    if (q.not_applicable) ids.push(data.contract.not_applicable);
    return ids.includes(answer) ? null : { path, expected: t(data, "file.one_of", { ids: ids.join(", ") }), found: describe(data, answer) };
  }).filter(Boolean);
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS).map((p) => problemText(data, p)), ...(more > 0 ? [moreText(data, more)] : [])];
}

/* "Question 3 (Is there…): " before a problem of that question's evidence, so the reader knows where to look. */
function ofQuestion(data, path) {
  const m = /^\/evidence\/([^/]+)/.exec(path || "");
  const index = m ? data.questions.findIndex((q) => q.id === m[1]) : -1;
  if (!m) return "";
  return index < 0 ? t(data, "file.evidence_id", { id: m[1] }) : t(data, "file.evidence_of", { number: index + 1, text: data.questions[index].text });
}

/* Evidence that passed the schema's shapes but breaks a rule it cannot say (2026-02-30, an empty entry). */
function evidenceLines(data, problems) {
  // file.evidence_what, _link, _owner, _checked, _review, _entry
  const { evidence_max_length: max, evidence_link_max_length: longest } = data.contract;
  return problems.map(({ id, fields }) => ofQuestion(data, `/evidence/${id}`) + fields.map((field) => t(data, `file.evidence_${field}`,
    { count: field === "link" ? longest : max })).join(" "));
}

/* A reconcile result with notes and evidence, or { rejected: true, problems: [text] }. schema null: skip that step. */
export function readText(data, schema, text) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    return { rejected: true, problems: [t(data, "file.not_json")] };
  }
  const problems = schema ? validate(data, schema, file).map((p) => ofQuestion(data, p.path) + problemText(data, p)) : [];
  // validate() stops at MAX_PROBLEMS without counting the rest: say the list may be longer.
  if (problems.length >= MAX_PROBLEMS) problems.push(moreText(data, null));
  if (problems.length) return { rejected: true, problems };
  const found = readExport(data, text);
  if (found.evidenceProblems) return { rejected: true, problems: evidenceLines(data, found.evidenceProblems) };
  return found.rejected ? { rejected: true, problems: schema ? misfits(data, file) : [] } : found;
}

export async function readAnswersFile(data, jsonUrl, file) {
  if (file.size > MAX_BYTES) return { rejected: true, problems: [t(data, "file.too_big")] };
  const [schema, text] = await Promise.all([loadSchema(data, jsonUrl), file.text()]);
  return readText(data, schema, text);
}
