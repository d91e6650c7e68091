/*
 * The export file, written on Export and read on Import or by the team roll-up: it loads on first use, outside a
 * first visit's 20 KB budget. Reading checks the file as answers.js checks storage, and never throws: bad input
 * comes back as { rejected: true }.
 */
import { entriesOf, reconcile, REJECTED, SLUG, splitNotes, withNotes } from "../answers.js";
import { readEvidence } from "../evidence.js";
import { isRecord, versionPattern } from "../model.js";
import { download } from "../sharing.js";

/* The export file: the answers, notes and evidence, plus the result for people who open it, which import recomputes. */
export function exportText(data, answers, result, notes, evidence, frameworks = null) {
  const head = { format: data.contract.file_format, format_version: data.contract.file_version, model: data.model.version, answers };
  const file = withNotes(head, notes, evidence);
  Object.assign(file, { score: result.score, max: result.max });
  if (result.level) file.level = { number: result.level.number, name: result.level.name }; // only when placed
  file.reason = result.reason ? result.reason.kind : null;
  if (frameworks) file.frameworks = frameworks; // framework id -> item id -> status (lazy/crosswalk.js exportField)
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
  const revision = file.format_version ?? 1; // a file without it is of the revision before evidence
  if (!Number.isInteger(revision) || revision < 1 || revision > data.contract.file_version) return REJECTED;
  const entries = entriesOf(file.answers);
  if (!entries || [...entries.keys()].some((id) => !SLUG.test(id))) return REJECTED;
  const found = reconcile(data, file.model, entries);
  if (found.rejected) return found;
  const { notes, droppedNotes } = splitNotes(data, file.notes);
  // Evidence that breaks a rule refuses the whole file (files.js names the question); on a question no longer asked it is left, as a note is.
  const { evidence, problems, dropped } = readEvidence(data, file.evidence, new Set(data.questions.map((q) => q.id)));
  if (problems.length) return { rejected: true, evidenceProblems: problems };
  return { ...withNotes(found, notes), evidence, droppedNotes, droppedEvidence: dropped };
}

export function downloadAnswers(data, answers, result, notes, evidence, frameworks) {
  download(`${data.contract.file_format}-${data.model.version}.json`, "application/json", exportText(data, answers, result, notes, evidence, frameworks));
}
