/* Answers leaving the page by hand: the share link and the clipboard (files: lazy/export-file.js, lazy/download.js). */
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
