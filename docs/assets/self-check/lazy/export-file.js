/*
 * The export file, written on Export and read on Import or by the team roll-up: it loads on first use, outside a
 * first visit's 20 KB budget. Reading checks the file as answers.js checks storage, and never throws: bad input
 * comes back as { rejected: true }.
 */
import { cleanTeam, entriesOf, reconcile, REJECTED, SLUG, splitNotes, withNotes, withTeam } from "../answers.js";
import { readEvidence } from "../evidence.js";
import { isRecord, versionPattern } from "../model.js";
import { download } from "./download.js";

/*
 * The export file: the answers, notes, evidence and team name, plus the result for people who open it, which
 * import recomputes.
 */
export function exportText(data, answers, result, notes, evidence, frameworks = null, team = "") {
  const head = { format: data.contract.file_format, format_version: data.contract.file_version, model: data.model.version, answers };
  const file = withTeam(withNotes(head, notes, evidence), team);
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
  return { ...withTeam(withNotes(found, notes), cleanTeam(data, file.team)), evidence, droppedNotes, droppedEvidence: dropped };
}

/* work: { answers, notes, evidence, team }; date: the day in the file's name; frameworks: exportText's. */
export function downloadAnswers(data, work, result, date, frameworks = null) {
  const text = exportText(data, work.answers, result, work.notes, work.evidence, frameworks, work.team);
  download(exportName(data, work.team, date), "application/json", text);
}

/*
 * The export's file name: the format, the questionnaire's version, the day (UTC, ISO, so names sort by date) and
 * the team name made safe for every file system: no characters Windows, macOS or Linux refuse in a name (nor
 * control characters), spaces as "-", no dot or "-" at either end, at most 60 characters. Letters of any
 * script stay, so "Operações" is still readable. Pure.
 */
export function exportName(data, team, date) {
  const safe = (team || "").normalize("NFC").replace(/[<>:"/\\|?*\p{Cc}]/gu, " ").trim().replace(/\s+/g, "-")
    .replace(/-{2,}/g, "-");
  const name = Array.from(safe).slice(0, 60).join("").replace(/^[-.]+|[-.]+$/g, "");
  const parts = [data.contract.file_format, data.model.version, date.toISOString().slice(0, 10), name].filter(Boolean);
  return `${parts.join("-")}.json`;
}
