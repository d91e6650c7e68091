/*
 * A tiny JSON Schema interpreter for the one schema the build publishes (export.schema.json, written by
 * macros/selfcheck/file_schema.py): only the keywords that schema uses. A keyword it does not know is an
 * error, not a silent pass, so a richer schema fails the unit tests instead of checking less than it says.
 * Each problem is { path (a JSON Pointer), expected (the schema's description, or the rule), found }.
 */
import { t } from "../i18n.js";
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
export function describe(data, value) {
  if (value === undefined) return t(data, "schema.nothing");
  if (typeof value === "string") {
    return value.length > 40 ? t(data, "schema.long_text", { start: JSON.stringify(value.slice(0, 40)), count: value.length }) : JSON.stringify(value);
  }
  if (Array.isArray(value)) return t(data, "schema.list");
  if (isRecord(value)) return t(data, "schema.object");
  return String(value);
}

const pointer = (path, key) => `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;

/* The problems of `value`, worded in data's catalog (the schema's own descriptions are the build's). */
export function validate(data, schema, value) {
  // The problems found so far, and the words to say them in.
  const out = { list: [], say: (key, params) => t(data, key, params), describe: (found) => describe(data, found) };
  check(schema, value, "", out);
  return out.list;
}

function check(schema, value, path, out) {
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key)) throw new Error(`schema keyword ${key} is not supported`);
  }
  if (out.list.length >= MAX_PROBLEMS) return;
  const { say } = out;
  const fail = (rule) => out.list.push({ path, expected: schema.description || rule, found: out.describe(value) });
  if ("const" in schema && value !== schema.const) return fail(JSON.stringify(schema.const));
  if (schema.type) {
    const types = [].concat(schema.type);
    if (!types.some((type) => TYPES[type](value))) return fail(types.join(say("schema.or")));
  }
  if (typeof value === "string") {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return fail(say("schema.max_length", { count: schema.maxLength }));
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) return fail(say("schema.pattern", { pattern: schema.pattern }));
  }
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum) return fail(say("schema.minimum", { minimum: schema.minimum }));
  if (isRecord(value)) checkObject(schema, value, path, out);
}

function checkObject(schema, value, path, out) {
  const properties = schema.properties || {};
  const keys = Object.keys(value);
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    out.list.push({ path, expected: out.say("schema.max_entries", { count: schema.maxProperties }), found: `${keys.length}` });
    return;
  }
  for (const key of schema.required || []) {
    if (!Object.hasOwn(value, key)) out.list.push({ path: pointer(path, key), expected: (properties[key] || {}).description || out.say("schema.a_value"),
      found: out.say("schema.nothing") });
  }
  for (const key of keys) {
    const at = pointer(path, key);
    if (schema.propertyNames) {
      const before = out.list.length;
      check(schema.propertyNames, key, at, out);
      if (out.list.length > before) continue; // a bad name says enough about its entry
    }
    if (Object.hasOwn(properties, key)) check(properties[key], value[key], at, out);
    else if (schema.additionalProperties === false) {
      out.list.push({ path: at, expected: out.say("schema.no_field", { known: Object.keys(properties).join(", ") }),
        found: out.describe(value[key]) });
    } else if (isRecord(schema.additionalProperties)) check(schema.additionalProperties, value[key], at, out);
  }
}

/* The line that ends a list cut at MAX_PROBLEMS: how many more there are, when that is known. */
export function moreText(data, more) {
  if (more === null) return t(data, "schema.only_first", { count: MAX_PROBLEMS });
  return t(data, "schema.more", { count: more });
}

/* One line a reader can act on: where, what was expected, what was there. */
export function problemText(data, { path, expected, found }) {
  return t(data, "schema.problem", { path: path || t(data, "schema.the_file"), expected, found });
}
