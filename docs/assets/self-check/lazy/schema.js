/*
 * A tiny JSON Schema interpreter for the one schema the build publishes (export.schema.json, written by
 * macros/selfcheck/file_schema.py): only the keywords that schema uses. A keyword it does not know is an
 * error, not a silent pass, so a richer schema fails the unit tests instead of checking less than it says.
 * Each problem is { path (a JSON Pointer), expected (the schema's description, or the rule), found }.
 */
import { isRecord } from "../model.js";

const ANNOTATIONS = ["$schema", "$id", "$comment", "title", "description"];
const KEYWORDS = new Set([...ANNOTATIONS, "type", "const", "pattern", "maxLength", "minimum", "required",
  "properties", "additionalProperties", "propertyNames", "maxProperties"]);
const TYPES = {
  null: (v) => v === null, boolean: (v) => typeof v === "boolean", string: (v) => typeof v === "string",
  integer: Number.isInteger, number: (v) => typeof v === "number" && Number.isFinite(v),
  array: Array.isArray, object: isRecord,
};
export const MAX_PROBLEMS = 10; // enough to fix a file by; a file of junk would otherwise list thousands

/* What a value is, in a few words, for "found ...": never the whole value, which may be huge. */
export function describe(value) {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)` : JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "an object";
  return String(value);
}

const pointer = (path, key) => `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;

export function validate(schema, value) {
  const problems = [];
  check(schema, value, "", problems);
  return problems;
}

function check(schema, value, path, problems) {
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key)) throw new Error(`schema keyword ${key} is not supported`);
  }
  if (problems.length >= MAX_PROBLEMS) return;
  const fail = (rule) => problems.push({ path, expected: schema.description || rule, found: describe(value) });
  if ("const" in schema && value !== schema.const) return fail(JSON.stringify(schema.const));
  if (schema.type) {
    const types = [].concat(schema.type);
    if (!types.some((type) => TYPES[type](value))) return fail(types.join(" or "));
  }
  if (typeof value === "string") {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return fail(`at most ${schema.maxLength} characters`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) return fail(`text matching ${schema.pattern}`);
  }
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum) return fail(`at least ${schema.minimum}`);
  if (isRecord(value)) checkObject(schema, value, path, problems);
}

function checkObject(schema, value, path, problems) {
  const properties = schema.properties || {};
  const keys = Object.keys(value);
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    problems.push({ path, expected: `at most ${schema.maxProperties} entries`, found: `${keys.length}` });
    return;
  }
  for (const key of schema.required || []) {
    if (!Object.hasOwn(value, key)) problems.push({ path: pointer(path, key), expected: (properties[key] || {}).description || "a value", found: "nothing" });
  }
  for (const key of keys) {
    const at = pointer(path, key);
    if (schema.propertyNames) {
      const before = problems.length;
      check(schema.propertyNames, key, at, problems);
      if (problems.length > before) continue; // a bad name says enough about its entry
    }
    if (Object.hasOwn(properties, key)) check(properties[key], value[key], at, problems);
    else if (schema.additionalProperties === false) {
      problems.push({ path: at, expected: `no such field (known: ${Object.keys(properties).join(", ")})`, found: describe(value[key]) });
    } else if (isRecord(schema.additionalProperties)) check(schema.additionalProperties, value[key], at, problems);
  }
}

/* The line that ends a list cut at MAX_PROBLEMS: how many more there are, when that is known. */
export function moreText(more) {
  if (more === null) return `Only the first ${MAX_PROBLEMS} problems are listed; there may be more.`;
  return `…and ${more} more ${more === 1 ? "problem" : "problems"} of this kind.`;
}

/* One line a reader can act on: where, what was expected, what was there. */
export function problemText({ path, expected, found }) {
  return `${path || "The file"}: expected ${expected}, found ${found}.`;
}
