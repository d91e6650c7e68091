/*
 * Shared by the node unit tests: the model JSON the build writes (its path in GENAIOPS_MODEL_JSON), small
 * hand-written fixtures, and answers made from points. Fixtures carry no "contract" and no catalog: they take
 * the build's, so the values shared with Python and the widget's words still have one source.
 */
import { readFileSync } from "node:fs";

import { isUsableModel, MODEL_FORMAT } from "../../docs/assets/self-check/model.js";

export const SELF_CHECK = new URL("../../docs/assets/self-check/", import.meta.url);

export function loadModel() {
  const path = process.env.GENAIOPS_MODEL_JSON;
  if (!path) {
    throw new Error("GENAIOPS_MODEL_JSON is not set: point it at the widget's JSON (assets/self-check/model.json of a build)");
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

/* The build's model, which must be one the widget reads: a build that writes another format fails here, by name. */
export function builtModel() {
  const data = loadModel();
  if (!isUsableModel(data)) {
    throw new Error(`the build's model.json (format ${JSON.stringify(data?.format)}) is not one the widget reads `
      + `(format ${MODEL_FORMAT}): change the widget with FORMAT in macros/selfcheck/export.py, and MODEL_FORMAT in model.js`);
  }
  return data;
}

/* The export file's JSON Schema as the build publishes it (its path in GENAIOPS_EXPORT_SCHEMA). */
export function loadSchema() {
  const path = process.env.GENAIOPS_EXPORT_SCHEMA;
  if (!path) throw new Error("GENAIOPS_EXPORT_SCHEMA is not set: point it at assets/self-check/export.schema.json of a build");
  return JSON.parse(readFileSync(path, "utf8"));
}

/* The crosswalk the build writes beside model.json (its path in GENAIOPS_CROSSWALK_JSON). */
export function loadCrosswalkJson() {
  const path = process.env.GENAIOPS_CROSSWALK_JSON;
  if (!path) throw new Error("GENAIOPS_CROSSWALK_JSON is not set: point it at assets/self-check/crosswalk.json of a build");
  return JSON.parse(readFileSync(path, "utf8"));
}

export function fixture(name) {
  const data = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
  const { contract, lang, languages, messages } = loadModel(); // the build's words, as its values: one source
  return { contract, lang, languages, messages, ...data };
}

/* Answer ids for {question id: points or "na"}; questions not named get their lowest answer. */
export function answersByPoints(data, points = {}) {
  const na = data.contract.not_applicable;
  const scales = new Map(data.scales.map((s) => [s.id, s]));
  const out = {};
  for (const q of data.questions) {
    const want = points[q.id] ?? 0;
    if (want === na) {
      out[q.id] = na;
      continue;
    }
    const option = scales.get(q.scale).options.find((o) => o.points === want);
    if (!option) throw new Error(`question ${q.id} has no answer worth ${want} points`);
    out[q.id] = option.id;
  }
  return out;
}

/* Every question at its top answer, or its lowest, or not applicable wherever the question allows it. */
export const top = (data, q) => data.scales.find((s) => s.id === q.scale).options.at(-1);
export const lowest = (data, q) => data.scales.find((s) => s.id === q.scale).options[0];

/* A small seeded PRNG (mulberry32), so a failing random case can be replayed from its seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
