/*
 * The reader's answers in localStorage, under the contract's key. Storage may be blocked (some embedded
 * frames) or full: then nothing is kept and the answers live on the page, in share links and in exports.
 */
import { readStored, storedText } from "./answers.js";

/* { answers } or { problem, version } as readStored says, or null when storage cannot be read at all. */
export function readSaved(data) {
  let text;
  try {
    text = localStorage.getItem(data.contract.storage_key);
  } catch {
    return null;
  }
  return readStored(data, text);
}

export function save(data, answers, notes) {
  try {
    const empty = !Object.keys(answers).length && !Object.keys(notes || {}).length;
    if (empty) localStorage.removeItem(data.contract.storage_key);
    else localStorage.setItem(data.contract.storage_key, storedText(data, answers, notes));
  } catch {
    // storage full or blocked: the answers stay on the page and in share links and exports
  }
}

export function forget(data) {
  try {
    localStorage.removeItem(data.contract.storage_key);
  } catch {
    // nothing to forget where storage is blocked
  }
}
