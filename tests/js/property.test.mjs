// scoring.js over a few hundred seeded-random answer sets: the rules hold for any answers, on every fixture.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { score } from "../../docs/assets/self-check/scoring.js";
import { builtModel, fixture, random, top } from "./helpers.mjs";

const RUNS = 400;
const models = { "model-like fixture": fixture("model-like.json"), "tiny fixture": fixture("tiny.json"), "built model": builtModel() };

/* The test's own reading of the status rules, to check the plan against. */
function statusOf(data, id, answers) {
  const na = data.contract.not_applicable;
  const seen = data.questions.filter((q) => q.practices.includes(id)).map((q) => {
    const options = data.scales.find((s) => s.id === q.scale).options;
    const at = options.findIndex((o) => o.id === answers[q.id]);
    return answers[q.id] === na ? "na" : at === options.length - 1 ? "in-place" : at === 0 ? "missing" : "partial";
  }).filter((s) => s !== "na");
  if (!seen.length) return null;
  if (seen.every((s) => s === "in-place")) return "in-place";
  return seen.every((s) => s === "missing") ? "missing" : "partial";
}

for (const [name, data] of Object.entries(models)) {
  describe(name, () => {
    const na = data.contract.not_applicable;
    const cases = [];
    for (let seed = 1; seed <= RUNS; seed += 1) {
      const next = random(seed);
      const naShare = next(); // some sets are mostly not applicable, some not at all
      const answers = Object.fromEntries(data.questions.map((q) => {
        const options = data.scales.find((s) => s.id === q.scale).options;
        return [q.id, q.not_applicable && next() < naShare ? na : options[Math.floor(next() * options.length)].id];
      }));
      cases.push({ seed, answers, res: score(data, answers) });
    }
    const levelIndex = (level) => (level ? data.levels.indexOf(level) : -1);

    test("the placed level is the band's, or lower because a gate failed", () => {
      for (const { seed, res } of cases) {
        assert.ok(res.complete, `seed ${seed}`);
        if (!res.level) continue;
        assert.ok(res.band.min <= res.score && res.score <= res.band.max, `seed ${seed}`);
        if (res.level === res.band) assert.equal(res.reason.kind, "band", `seed ${seed}`);
        else assert.ok(res.reason.kind === "gate" && levelIndex(res.level) < levelIndex(res.band), `seed ${seed}`);
      }
    });

    test("every level up to the placed one has its gate met", () => {
      for (const { seed, answers, res } of cases) {
        if (!res.level) continue;
        for (const level of data.levels.slice(1, levelIndex(res.level) + 1)) {
          const asked = data.questions.filter((q) => q.level === level.number);
          const max = asked.reduce((s, q) => s + top(data, q).points, 0);
          const earned = asked.reduce((s, q) => s + (data.scales.find((x) => x.id === q.scale).options.find((o) => o.id === answers[q.id])?.points || 0), 0);
          assert.ok(earned * 100 >= data.scoring.level_gate_percent * max, `seed ${seed}, level ${level.number}`);
        }
      }
    });

    test("too little applicable means no level", () => {
      let seen = 0;
      for (const { seed, res } of cases) {
        if (res.applicableMax * 100 >= data.scoring.applicable_min_percent * data.model.max_score) continue;
        seen += 1;
        assert.deepEqual([res.level, res.score, res.plan, res.reason.kind], [null, null, null, "not-enough"], `seed ${seed}`);
      }
      // Only a model whose not-applicable questions can drop it under the threshold can show it.
      const optional = data.questions.filter((q) => q.not_applicable).reduce((s, q) => s + top(data, q).points, 0);
      const canFall = (data.model.max_score - optional) * 100 < data.scoring.applicable_min_percent * data.model.max_score;
      assert.equal(seen > 0, canFall, "random sets fall under the threshold exactly when the model allows it");
    });

    test("replacing a not applicable answer by the top answer never lowers the score or the level", () => {
      for (const { seed, answers, res } of cases) {
        for (const q of data.questions.filter((x) => answers[x.id] === na)) {
          const better = score(data, { ...answers, [q.id]: top(data, q).id });
          assert.ok(levelIndex(better.level) >= levelIndex(res.level), `seed ${seed}, ${q.id}: level`);
          if (res.score !== null) assert.ok(better.score >= res.score, `seed ${seed}, ${q.id}: score`);
        }
      }
    });

    test("the plan holds exactly the missing or partial practices up to the target level", () => {
      for (const { seed, answers, res } of cases) {
        if (!res.plan) continue;
        const limit = res.plan.target ? res.plan.target.number : Infinity;
        const expected = Object.keys(data.practices).filter((id) => data.practices[id].level <= limit
          && ["missing", "partial"].includes(statusOf(data, id, answers)));
        assert.deepEqual(res.plan.items.map((p) => p.id).sort(), expected.sort(), `seed ${seed}`);
        const levels = res.plan.items.map((p) => p.level);
        assert.deepEqual(levels, [...levels].sort((a, b) => a - b), `seed ${seed}: lowest level first`);
        assert.deepEqual(res.inPlace.map((p) => p.id), Object.keys(data.practices).filter((id) => statusOf(data, id, answers) === "in-place"));
      }
    });
  });
}
