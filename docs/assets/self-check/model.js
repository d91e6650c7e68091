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
};
// The shape of model.json this code reads: FORMAT in macros/selfcheck/export.py. A build that writes another
// shape (or a cached page meeting a newer file) gets the "could not load" message, never a half-read model.
export const MODEL_FORMAT = 2;
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
  return ["questions", "levels", "scales", "areas"].every((key) => Array.isArray(data[key]))
    && isRecord(data.practices) && isRecord(data.scoring) && isRecord(data.model);
}

/* A model version as the build checks it (X.Y.Z), from the contract's pattern. */
export function versionPattern(data) {
  return new RegExp(data.contract.version_pattern);
}
