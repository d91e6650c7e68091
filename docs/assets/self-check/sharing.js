/* Answers leaving and entering the page by hand: the share link (and the clipboard), export and import files. */
import { encodeFragment, exportText, readExport } from "./answers.js";

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

export function downloadAnswers(data, answers, result) {
  const blob = new Blob([exportText(data, answers, result)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = `${data.contract.file_format}-${data.model.version}.json`;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/* What readExport makes of a chosen file; files over a megabyte are not read and are refused. */
export async function readAnswersFile(data, file) {
  return readExport(data, file.size > 1e6 ? "" : await file.text());
}
