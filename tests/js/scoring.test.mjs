// scoring.js on the build's model JSON and on a tiny fixture: rescaling, bands, not applicable, the plan.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { levelFor, rescale, score } from "../../docs/assets/self-check/scoring.js";
import { answersByPoints, fixture, loadModel } from "./helpers.mjs";

const data = loadModel();
const ids = data.questions.map((q) => q.id);
const levelOf = Object.fromEntries(data.questions.map((q) => [q.id, data.practices[q.practice].level]));
const all = (value) => Object.fromEntries(ids.map((id) => [id, value]));

describe("rescale", () => {
  const cases = [
    [0, 20, 0], [20, 20, 28], [13, 20, 18], // 18.2 rounds down
    [1, 8, 4], [3, 8, 11], // 3.5 and 10.5: halves round up
    [5, 26, 5], [25, 26, 27], // 5.38 and 26.92
  ];
  for (const [points, applicable, expected] of cases) {
    test(`${points} of ${applicable} is ${expected} of 28`, () => assert.equal(rescale(points, applicable, 28), expected));
  }
});

describe("levelFor", () => {
  for (const [value, number] of [[0, 1], [9, 1], [10, 2], [14, 2], [15, 3], [19, 3], [20, 4], [28, 4]]) {
    test(`score ${value} is level ${number}`, () => assert.equal(levelFor(data.levels, value).number, number));
  }
  test("a score outside the bands has no level", () => {
    assert.equal(levelFor(data.levels, -1), null);
    assert.equal(levelFor(data.levels, 29), null);
  });
});

describe("score", () => {
  test("lowest answers score 0 and highest 28", () => {
    const low = score(data, answersByPoints(data));
    const high = score(data, answersByPoints(data, all(2)));
    assert.deepEqual([low.score, low.level.name], [0, "Initial"]);
    assert.deepEqual([high.score, high.level.name], [28, "Optimized"]);
    assert.equal(high.plan.target, null);
    assert.deepEqual(high.plan.groups, []);
  });

  test("an incomplete questionnaire has no score", () => {
    const answers = answersByPoints(data);
    delete answers[ids.at(-1)];
    const res = score(data, answers);
    assert.deepEqual([res.complete, res.answered, res.score, res.level, res.plan], [false, ids.length - 1, null, null, null]);
  });

  test("not applicable questions leave the count and the score is rescaled", () => {
    const na = data.contract.not_applicable;
    // 10 questions apply (20 points at most) and earn 13: 13 x 28 / 20 = 18.2 -> 18, Managed.
    let points = { ...Object.fromEntries(ids.slice(0, 4).map((i) => [i, na])), ...Object.fromEntries(ids.slice(4, 10).map((i) => [i, 2])) };
    points[ids[10]] = 1;
    let res = score(data, answersByPoints(data, points));
    assert.deepEqual([res.points, res.applicableMax, res.score, res.level.name], [13, 20, 18, "Managed"]);
    // 4 questions apply (8 points) and earn 3: 10.5 rounds up to 11, Defined.
    points = { ...Object.fromEntries(ids.slice(4).map((i) => [i, na])), [ids[0]]: 2, [ids[1]]: 1 };
    res = score(data, answersByPoints(data, points));
    assert.deepEqual([res.points, res.applicableMax, res.score, res.level.name], [3, 8, 11, "Defined"]);
  });

  test("all not applicable is complete but has no score", () => {
    const res = score(data, all(data.contract.not_applicable));
    assert.deepEqual([res.complete, res.applicableMax, res.score, res.level], [true, 0, null, null]);
  });

  test("an answer that is not one of the question's options does not count as answered", () => {
    const answers = { ...answersByPoints(data), [ids[0]]: "always" };
    assert.equal(score(data, answers).answered, ids.length - 1);
  });
});

describe("plan", () => {
  test("lists missing practices up to the next level, weakest area first", () => {
    // Levels 1-2 fully in place, one level-4 question too, level 3 not at all: 14 points, Defined.
    const points = Object.fromEntries(ids.filter((i) => levelOf[i] <= 2).map((i) => [i, 2]));
    points["environments-as-code"] = 2;
    const res = score(data, answersByPoints(data, points));
    assert.deepEqual([res.score, res.level.name], [14, "Defined"]);
    const { plan } = res;
    assert.equal(plan.target.name, "Managed");
    assert.equal(plan.beyond, false);
    // Operations earned 0 of 4, evaluation 2 of 4; improvement's gaps are all level 4, beyond the target.
    assert.deepEqual(plan.groups.map((g) => [g.area.id, g.items.map((p) => p.id)]), [
      ["operations", ["post-production-monitoring", "cost-and-token-management"]],
      ["evaluation", ["safety-evaluation"]],
    ]);
    const item = plan.groups[1].items[0];
    assert.equal(item.url, data.practices["safety-evaluation"].url);
    assert.ok(item.references.length);
    assert.equal(item.answer, "Never or rarely");
  });

  test("at the top level lists every practice not fully in place", () => {
    const points = { ...all(2), "prompt-library": 1, "ab-tests": 0, "feedback-to-changes": 1 };
    const res = score(data, answersByPoints(data, points));
    assert.deepEqual([res.score, res.plan.target], [24, null]);
    // Improvement earned 5 of 8, models and prompts 3 of 4: the weaker area comes first.
    assert.deepEqual(res.plan.groups.map((g) => g.items.map((p) => p.id)), [["feedback-loops", "ab-testing"], ["prompt-library"]]);
  });

  test("looks beyond the next level when nothing below it is missing", () => {
    // Only level 4 practices asked and all at 0; everything else not applicable: 0 points, Initial.
    const points = Object.fromEntries(ids.map((i) => [i, levelOf[i] < 4 ? data.contract.not_applicable : 0]));
    const res = score(data, answersByPoints(data, points));
    assert.equal(res.level.name, "Initial");
    assert.equal(res.plan.beyond, true);
    assert.deepEqual(new Set(res.plan.groups.flatMap((g) => g.items.map((p) => p.level))), new Set([4]));
  });

  test("an area where nothing applies comes last and holds no item (tiny fixture)", () => {
    const tiny = fixture("tiny.json");
    const na = tiny.contract.not_applicable;
    // Alpha: one na, one at 1 of 2; beta at 0 of 2. 1 of 4 points -> 10 x 1 / 4 = 2.5 -> 3, level 1.
    const res = score(tiny, answersByPoints(tiny, { "q-one": na, "q-two": 1 }));
    assert.deepEqual([res.points, res.applicableMax, res.score, res.level.name], [1, 4, 3, "Start"]);
    assert.deepEqual(res.plan.groups.map((g) => [g.area.id, g.items.map((p) => p.id)]), [["alpha", ["p-two"]]]);
    const beta = score(tiny, answersByPoints(tiny, { "q-one": 2, "q-two": 2, "q-three": na }));
    assert.deepEqual([beta.score, beta.level.name, beta.plan.target], [10, "Top", null]);
    assert.deepEqual(beta.areas.map((a) => [a.id, a.points, a.max]), [["alpha", 4, 4], ["beta", 0, 0]]);
  });
});
