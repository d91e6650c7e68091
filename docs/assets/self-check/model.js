/*
 * The JSON file the build writes (assets/self-check/model.json), checked before the widget uses it.
 * Pure: no DOM, no storage. Values shared with Python (answer ids, event names, storage key, formats,
 * the version pattern) come from its "contract", never from strings written here.
 */
const CONTRACT_TYPES = {
  not_applicable: "string", result_event: "string", result_message: "string", height_message: "string",
  message_version: "number", embed_element: "string", themes: "array", storage_key: "string",
  stored_format: "number", file_format: "string", version_pattern: "string",
  history_key: "string", history_format: "number", history_max: "number", note_max_length: "number", export_schema: "string",
  undo_key: "string", file_version: "number", evidence_max_length: "number", evidence_link_max_length: "number", evidence_due_days: "number",
  team_max_length: "number",
};
// The shape of model.json this code reads: FORMAT in macros/selfcheck/export.py. A build that writes another
// shape (or a cached page meeting a newer file) gets the "could not load" message, never a half-read model.
export const MODEL_FORMAT = 3;
const typeOf = (value) => (Array.isArray(value) ? "array" : typeof value);

export function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/* True when the file has everything the widget reads first; anything else gets the "could not load" message. */
export function isUsableModel(data) {
  if (!isRecord(data) || data.format !== MODEL_FORMAT || !isRecord(data.contract)) return false;
  const { contract } = data;
  if (!Object.entries(CONTRACT_TYPES).every(([key, type]) => typeOf(contract[key]) === type)) return false;
  try {
    versionPattern(data);
  } catch {
    return false;
  }
  return ["questions", "levels", "scales", "areas"].every((key) => Array.isArray(data[key])) && typeof data.lang === "string"
    && isRecord(data.practices) && isRecord(data.scoring) && isRecord(data.model) && isRecord(data.messages) && isRecord(data.languages);
}

/* A model version as the build checks it (X.Y.Z), from the contract's pattern. */
export function versionPattern(data) {
  return new RegExp(data.contract.version_pattern);
}

/* -1, 0 or 1 as version a is older than, the same as or newer than b (both X.Y.Z), compared number by number. */
export function compareVersions(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/* "older" or "newer" than this page's questionnaire, for the notices: never guessed, always compared. */
export function ageOf(data, version) {
  return compareVersions(version, data.model.version) < 0 ? "older" : "newer";
}
