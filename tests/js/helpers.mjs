/*
 * Shared by the node unit tests: the model JSON the build writes (its path in GENAIOPS_MODEL_JSON), small
 * hand-written fixtures, and answers made from points. Fixtures carry no "contract": they take the build's,
 * so the values shared with Python still have one source.
 */
import { readFileSync } from "node:fs";

export const SELF_CHECK = new URL("../../docs/assets/self-check/", import.meta.url);

export function loadModel() {
  const path = process.env.GENAIOPS_MODEL_JSON;
  if (!path) {
    throw new Error("GENAIOPS_MODEL_JSON is not set: point it at the widget's JSON (assets/self-check/model.json of a build)");
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

export function fixture(name) {
  const data = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
  return { contract: loadModel().contract, ...data };
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
