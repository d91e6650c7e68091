// The team roll-up (lazy/rollup.js) and the comparison of two snapshots (lazy/compare.js), on the model-like fixture.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { compare, matching } from "../../docs/assets/self-check/lazy/compare.js";
import { median, rollup, spread } from "../../docs/assets/self-check/lazy/rollup.js";
import { fixture, lowest, top } from "./helpers.mjs";

const data = fixture("model-like.json");
const all = (pick) => Object.fromEntries(data.questions.map((q) => [q.id, pick(data, q).id]));
const LOW = all(lowest);
const TOP = all(top);

describe("statistics", () => {
  test("median: the middle value, or the mean of the two middle ones", () => {
    assert.equal(median([]), null);
    assert.equal(median([7]), 7);
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 10]), 3.5);
    assert.equal(median([0, 100]), 50);
  });

  test("spread skips what did not apply (null) and is null when nothing did", () => {
    assert.deepEqual(spread([null, 50, 0, 100]), { min: 0, median: 50, max: 100, count: 3 });
    assert.equal(spread([null, null]), null);
  });
});

describe("roll-up", () => {
  const teams = [
    { name: "low", answers: LOW },
    { name: "top", answers: { ...TOP, "model-selection": data.contract.not_applicable } },
    { name: "most", answers: { ...TOP, "prompt-library": "not-in-place", "release-evaluation": "sometimes" } },
  ];
  const roll = rollup(data, teams);
  const practice = (id) => roll.practices.find((p) => p.id === id);

  test("per area: lowest, median and highest share of points", () => {
    const models = roll.areas.find((a) => a.id === "models-and-prompts").spread;
    assert.equal(models.min, 0);
    assert.equal(models.max, 100);
    assert.equal(models.count, 3);
    // most: model-selection 2 + prompt-library 0 + model-tuning 2 of 6 points
    assert.equal(models.median, (100 * 4) / 6);
  });

  test("per practice: in-place counts among the teams it applies to", () => {
    assert.deepEqual([practice("prompt-library").inPlace, practice("prompt-library").applicable], [1, 3]);
    assert.deepEqual(practice("prompt-library").missing, ["low", "most"]);
    assert.deepEqual([practice("base-model-selection").inPlace, practice("base-model-selection").applicable], [1, 2]);
    assert.equal(practice("base-model-selection").spread.count, 2); // not applicable for "top"
    assert.equal(practice("pre-production-evaluation").spread.median, 50);
    assert.equal(practice("experimentation"), undefined); // no question asks about it
  });

  test("the team plan: most-missed first, then the lowest level, then the guide's order", () => {
    const plan = roll.plan.map((p) => [p.id, p.missing.length]);
    assert.deepEqual(plan.slice(0, 2), [["prompt-library", 2], ["pre-production-evaluation", 2]]);
    const ones = plan.filter(([, n]) => n === 1).map(([id]) => id);
    const levels = ones.map((id) => data.practices[id].level);
    assert.deepEqual(levels, [...levels].sort((a, b) => a - b));
    const order = Object.keys(data.practices);
    for (let i = 1; i < ones.length; i += 1) {
      if (levels[i] === levels[i - 1]) assert.ok(order.indexOf(ones[i - 1]) < order.indexOf(ones[i]));
    }
    assert.ok(!roll.plan.some((p) => p.missing.length === 0));
  });

  test("scores and levels of the teams", () => {
    assert.deepEqual(roll.teams.map((t) => t.name), ["low", "top", "most"]);
    assert.equal(roll.scores.min, 0);
    assert.equal(roll.scores.max, 28);
  });
});

describe("comparison", () => {
  const { version } = data.model;
  const snap = (model, answers) => ({ model, answers });

  test("the same version: every question, areas and practices up", () => {
    const cmp = compare(data, snap(version, LOW), snap(version, TOP));
    assert.equal(cmp.all, true);
    assert.equal(cmp.older, false);
    assert.ok(cmp.areas.every((a) => a.before === 0 && a.after === 100 && a.change === "up"));
    assert.equal(cmp.down.length, 0);
    assert.equal(cmp.up.length, cmp.practices.length);
    assert.deepEqual(cmp.practices.find((p) => p.id === "prompt-library").before, "missing");
  });

  test("down and unchanged are told apart", () => {
    const after = { ...TOP, "prompt-library": "some" };
    const cmp = compare(data, snap(version, TOP), snap(version, after));
    assert.deepEqual(cmp.down.map((p) => p.id), ["prompt-library"]);
    const models = cmp.areas.find((a) => a.id === "models-and-prompts");
    assert.deepEqual([models.before, models.after, models.change], [100, (100 * 5) / 6, "down"]);
    assert.equal(cmp.areas.find((a) => a.id === "evaluation").change, "same");
  });

  test("an older snapshot: only questions with the same id whose answers still fit in both", () => {
    const old = { ...LOW, "gone-question": "some", "prompt-library": "sometimes", "release-evaluation": "na" };
    delete old["ab-tests"];
    const matched = matching(data, snap("1.0.0", old), snap(version, TOP)).map((q) => q.id);
    assert.deepEqual(matched, data.questions.map((q) => q.id).filter((id) => !["prompt-library", "release-evaluation", "ab-tests"].includes(id)));
    const cmp = compare(data, snap("1.0.0", old), snap(version, TOP));
    assert.equal(cmp.older, true);
    assert.equal(cmp.all, false);
    assert.equal(cmp.practices.find((p) => p.id === "prompt-library"), undefined);
    // models-and-prompts is compared on model-selection and model-tuning only
    assert.deepEqual(cmp.areas.find((a) => a.id === "models-and-prompts").after, 100);
  });

  test("not applicable in one snapshot: no direction for what did not apply", () => {
    const na = data.contract.not_applicable;
    const cmp = compare(data, snap(version, { ...TOP, "ab-tests": na }), snap(version, TOP));
    assert.equal(cmp.practices.find((p) => p.id === "ab-testing").change, "same");
    assert.equal(cmp.practices.find((p) => p.id === "ab-testing").before, "na");
  });
});
