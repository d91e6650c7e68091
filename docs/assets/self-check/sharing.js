/* Answers leaving the page by hand: the share link (and the clipboard), and files (lazy/export-file.js, the reports). */
import { encodeFragment } from "./answers.js";

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
