/* Answers leaving and entering the page by hand: the share link (and the clipboard), export and import files. */
import { encodeFragment, exportText } from "./answers.js";

export function shareUrl(data, siteRoot, answers) {
  const url = new URL(data.page, siteRoot);
  url.hash = encodeFragment(data, answers);
  return url.href;
}

/* Resolves to whether the text reached the clipboard; never rejects. */
export function copyText(text) {
  if (!navigator.clipboard) return Promise.resolve(false);
  return navigator.clipboard.writeText(text).then(() => true, () => false);
}

export function downloadAnswers(data, work, result, date) {
  download(exportName(data, work.team, date), "application/json", exportText(data, work.answers, result, work.notes, work.team));
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

/* Saves text as a file through a temporary link; the CSV and Markdown reports use it too. */
export function download(name, type, text) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
